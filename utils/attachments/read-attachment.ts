import { Unzip, UnzipInflate } from 'fflate';

/**
 * Reads the text of a file the agent attaches to an AI tool, locally, so it can be checked before
 * the upload leaves. Pure: bytes in, text (or the reason it cannot be read) out; no DOM, no I/O.
 */

export const MIB = 1024 * 1024;
/** Largest `word/document.xml` inflated from a .docx: a bigger (or lying) entry is not read (zip bombs). */
export const DOCX_XML_CAP_BYTES = 8 * MIB;

export type AttachmentKind = 'text' | 'docx' | 'unsupported';
export type UnreadableReason = 'too-big' | 'unsupported' | 'corrupt';

export type AttachmentText = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: UnreadableReason };

const TEXT_EXTENSIONS = /\.(?:txt|csv|tsv|md|markdown|json|log|xml|html?|ya?ml)$/i;
const TEXT_TYPES = /^(?:text\/|application\/(?:json|xml|csv|x-ndjson)\b)/i;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What kind of reading a file needs, from its name and declared type (both page-controlled: only a hint). */
export function attachmentKind(name: string, type: string): AttachmentKind {
  if (/\.docx$/i.test(name) || type === DOCX_TYPE) return 'docx';
  if (TEXT_EXTENSIONS.test(name) || TEXT_TYPES.test(type)) return 'text';
  return 'unsupported';
}

/** UTF-8 first (with or without BOM); Windows-1252 for the CSV exports office software still writes. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The visible text of WordprocessingML: paragraphs and breaks become new lines, tabs stay tabs. */
export function wordXmlToText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:(?:br|cr)\b[^>]*\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return XML_ENTITIES[name!] ?? whole;
    });
}

/** Compressed bytes handed to the inflater at a time: bounds what one step can inflate (deflate ≤ ~1032:1). */
const DOCX_PUSH_BYTES = 4 * 1024;

/**
 * The text of a .docx (`word/document.xml` only: headers, footers and comments are rare in what
 * agents attach, and each entry read is one more inflation to bound). The entry is inflated in
 * small steps and refused as soon as it passes `capBytes`, whatever size it declares: a zip bomb
 * cannot exhaust memory, and an entry whose real size differs from the declared one is corrupt
 * (inflating into a buffer of the declared size would silently check a truncated text).
 */
export function docxText(bytes: Uint8Array, capBytes = DOCX_XML_CAP_BYTES): AttachmentText {
  let tooBig = false;
  let broken = false;
  let found = false;
  let finished = false;
  let declared: number | undefined;
  let total = 0;
  const chunks: Uint8Array[] = [];
  try {
    const unzip = new Unzip((file) => {
      if (file.name !== 'word/document.xml' || found) return;
      found = true;
      declared = file.originalSize;
      if ((file.originalSize ?? 0) > capBytes || (file.size ?? 0) > capBytes) {
        tooBig = true;
        return;
      }
      file.ondata = (error, chunk, final) => {
        if (error || tooBig) {
          broken ||= !!error;
          return;
        }
        total += chunk.length;
        if (total > capBytes) {
          tooBig = true;
          file.terminate();
          return;
        }
        chunks.push(chunk);
        if (final) finished = true;
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    for (let offset = 0; offset < bytes.length && !tooBig && !broken; offset += DOCX_PUSH_BYTES) {
      unzip.push(bytes.subarray(offset, offset + DOCX_PUSH_BYTES), offset + DOCX_PUSH_BYTES >= bytes.length);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (tooBig) return { ok: false, reason: 'too-big' };
  if (broken || !found || !finished || (declared !== undefined && declared !== total)) return { ok: false, reason: 'corrupt' };
  const xml = new Uint8Array(total);
  let position = 0;
  for (const chunk of chunks) {
    xml.set(chunk, position);
    position += chunk.length;
  }
  return { ok: true, text: wordXmlToText(decodeText(xml)) };
}

/** Reads an attachment's text, or says why it cannot be checked. */
export function readAttachmentText(name: string, type: string, bytes: Uint8Array, maxBytes: number): AttachmentText {
  if (bytes.byteLength > maxBytes) return { ok: false, reason: 'too-big' };
  const kind = attachmentKind(name, type);
  if (kind === 'docx') return docxText(bytes);
  if (kind === 'text') return { ok: true, text: decodeText(bytes) };
  return { ok: false, reason: 'unsupported' };
}
