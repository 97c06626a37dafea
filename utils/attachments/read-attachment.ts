import { unzipSync } from 'fflate';

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

/**
 * The text of a .docx (`word/document.xml` only: headers, footers and comments are rare in what
 * agents attach, and each entry read is one more inflation to bound). The entry is inflated into a
 * buffer of its declared size, refused above `capBytes`, so a lying or huge entry cannot exhaust memory.
 */
export function docxText(bytes: Uint8Array, capBytes = DOCX_XML_CAP_BYTES): AttachmentText {
  let tooBig = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== 'word/document.xml') return false;
        if (file.originalSize > capBytes || file.size > capBytes) {
          tooBig = true;
          return false;
        }
        return true;
      },
    });
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (tooBig) return { ok: false, reason: 'too-big' };
  const xml = entries['word/document.xml'];
  if (!xml) return { ok: false, reason: 'corrupt' };
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
