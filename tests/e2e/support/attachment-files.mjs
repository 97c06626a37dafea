/**
 * Files used by the attachment tests and the leak report: fictitious data, built in memory.
 * docx: a minimal WordprocessingML package made with fflate (the same library the extension reads it with).
 */
import { strToU8, zipSync } from 'fflate';

export function docxBuffer(paragraphs) {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return Buffer.from(
    zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
      'word/document.xml': strToU8(xml),
    }),
  );
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** { name, mimeType, buffer } as Playwright's setInputFiles takes it. */
export const textFile = (name, text, mimeType = 'text/plain') => ({ name, mimeType, buffer: Buffer.from(text, 'utf8') });
export const docxFile = (name, paragraphs) => ({ name, mimeType: DOCX_TYPE, buffer: docxBuffer(paragraphs) });
export const pdfFile = (name) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });

/**
 * Runs in the page: drops files (given as { name, mimeType, base64 }) on `selector`, as a drag from the desktop would.
 * Used with page.evaluate(dropFilesInPage, { selector, files }).
 */
export function dropFilesInPage({ selector, files }) {
  const target = document.querySelector(selector);
  if (!target) throw new Error(`no drop target ${selector}`);
  const data = new DataTransfer();
  for (const file of files) {
    const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
    data.items.add(new File([bytes], file.name, { type: file.mimeType }));
  }
  const init = { dataTransfer: data, bubbles: true, cancelable: true, composed: true };
  target.dispatchEvent(new DragEvent('dragenter', init));
  target.dispatchEvent(new DragEvent('dragover', init));
  target.dispatchEvent(new DragEvent('drop', init));
}

export const forDrop = (file) => ({ name: file.name, mimeType: file.mimeType, base64: file.buffer.toString('base64') });
