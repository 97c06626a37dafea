import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxText, MIB } from '@/utils/attachments/read-attachment';

const XML = '<w:document><w:body><w:p><w:r><w:t>IBAN FR76 3000 6000 0112 3456 7890 189</w:t></w:r></w:p></w:body></w:document>';

/** Rewrites the uncompressed size of every entry, in the local header and the central directory. */
function lieAboutSize(zip: Uint8Array, size: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 <= zip.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return zip;
}

describe('docx entry whose declared size lies', () => {
  it('is corrupt rather than a truncated text that would be checked as the whole (padding hides the value past the lie)', () => {
    const padded = `<w:document><w:body><w:p><w:r><w:t>${'x'.repeat(200)}</w:t></w:r></w:p>${XML}</w:body></w:document>`;
    const zip = lieAboutSize(zipSync({ 'word/document.xml': strToU8(padded) }), 100);
    expect(docxText(zip)).toEqual({ ok: false, reason: 'corrupt' });
  });

  it('a bomb that declares a tiny size is refused as too big once the real output passes the cap', () => {
    const zip = lieAboutSize(zipSync({ 'word/document.xml': new Uint8Array(40 * MIB).fill(65) }, { level: 9 }), 100);
    expect(docxText(zip, 8 * MIB)).toEqual({ ok: false, reason: 'too-big' });
  });

  it('an honest docx still reads, also when sizes come in a data descriptor (streamed zip)', () => {
    expect(docxText(zipSync({ 'word/document.xml': strToU8(XML) }))).toEqual({ ok: true, text: 'IBAN FR76 3000 6000 0112 3456 7890 189\n' });
    const parts: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      parts.push(chunk);
    });
    const entry = new ZipDeflate('word/document.xml');
    zip.add(entry);
    entry.push(strToU8(XML), true);
    zip.end();
    const streamed = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    parts.reduce((position, part) => (streamed.set(part, position), position + part.length), 0);
    expect(docxText(streamed)).toEqual({ ok: true, text: 'IBAN FR76 3000 6000 0112 3456 7890 189\n' });
  });
});
