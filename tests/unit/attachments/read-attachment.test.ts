import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { attachmentKind, decodeText, docxText, MIB, readAttachmentText, wordXmlToText } from '@/utils/attachments/read-attachment';

const DOC_XML = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
const docx = (xml: string, extra: Record<string, Uint8Array> = {}) => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml), ...extra });

describe('attachmentKind', () => {
  it.each([
    ['notes.txt', '', 'text'],
    ['export.CSV', '', 'text'],
    ['readme.md', '', 'text'],
    ['data.json', 'application/json', 'text'],
    ['sans-extension', 'text/plain', 'text'],
    ['rapport.docx', '', 'docx'],
    ['x', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['scan.pdf', 'application/pdf', 'unsupported'],
    ['photo.png', 'image/png', 'unsupported'],
    ['archive.zip', 'application/zip', 'unsupported'],
  ])('%s (%s) → %s', (name, type, kind) => {
    expect(attachmentKind(name, type)).toBe(kind);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 and falls back to Windows-1252 for office CSV exports', () => {
    expect(decodeText(strToU8('Nom;Prénom'))).toBe('Nom;Prénom');
    expect(decodeText(new Uint8Array([0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d]))).toBe('Prénom');
  });
});

describe('docx', () => {
  it('keeps paragraphs, tabs and breaks, decodes entities', () => {
    expect(wordXmlToText('<w:p><w:r><w:t>Mme Dubois</w:t><w:tab/><w:t>&lt;NIR&gt; &amp; co &#233;</w:t></w:r></w:p><w:p><w:r><w:t>ligne</w:t><w:br/><w:t>2</w:t></w:r></w:p>')).toBe('Mme Dubois\t<NIR> & co é\nligne\n2\n');
  });

  it('reads word/document.xml of a .docx', () => {
    const result = docxText(docx(DOC_XML('<w:p><w:r><w:t>NIR 2 95 10 99 126 111 93</w:t></w:r></w:p>')));
    expect(result).toEqual({ ok: true, text: 'NIR 2 95 10 99 126 111 93\n' });
  });

  it('refuses a document.xml that inflates beyond the cap (zip bomb) without inflating it', () => {
    const bomb = docx(DOC_XML(`<w:p><w:r><w:t>${'a'.repeat(9 * MIB)}</w:t></w:r></w:p>`));
    expect(bomb.byteLength).toBeLessThan(100_000);
    expect(docxText(bomb)).toEqual({ ok: false, reason: 'too-big' });
    expect(docxText(docx(DOC_XML('<w:p/>')), 10)).toEqual({ ok: false, reason: 'too-big' });
  });

  it('says corrupt for a file that is not a zip or has no document.xml', () => {
    expect(docxText(strToU8('not a zip at all'))).toEqual({ ok: false, reason: 'corrupt' });
    expect(docxText(zipSync({ 'other.xml': strToU8('<x/>') }))).toEqual({ ok: false, reason: 'corrupt' });
  });
});

describe('readAttachmentText', () => {
  it('reads text files, refuses files over maxBytes and unsupported kinds', () => {
    expect(readAttachmentText('a.txt', 'text/plain', strToU8('bonjour'), 1024)).toEqual({ ok: true, text: 'bonjour' });
    expect(readAttachmentText('a.txt', 'text/plain', new Uint8Array(2048), 1024)).toEqual({ ok: false, reason: 'too-big' });
    expect(readAttachmentText('a.pdf', 'application/pdf', strToU8('%PDF-1.7'), 1024)).toEqual({ ok: false, reason: 'unsupported' });
  });
});
