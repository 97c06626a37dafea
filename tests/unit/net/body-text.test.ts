import { describe, expect, it } from 'vitest';
import { textOfBody, textOfString } from '@/utils/net/body-text';

describe('textOfString', () => {
  it('extracts JSON string values and decodes their escapes', () => {
    const body = JSON.stringify({ action: 'next', messages: [{ content: { parts: ['Mme Dubois\nné le 12/03/1980 \u00e9'] } }] });
    expect(textOfString(body)).toContain('Mme Dubois\nné le 12/03/1980 é');
  });

  it("reads Gemini's double-encoded f.req form field", () => {
    const inner = JSON.stringify([['NIR 2 95 10 99 126 111 93', 0, null]]);
    const body = new URLSearchParams({ 'f.req': JSON.stringify([null, inner]), at: 'token' }).toString();
    expect(textOfString(body)).toContain('NIR 2 95 10 99 126 111 93');
  });

  it('keeps plain text as it is', () => {
    expect(textOfString('bonjour')).toBe('bonjour');
  });
});

describe('textOfBody', () => {
  it('reads FormData text parts, Blobs and byte arrays', async () => {
    const form = new FormData();
    form.set('data', JSON.stringify({ inputs: 'IBAN FR76 3000 6000 0112 3456 7890 189' }));
    expect(await textOfBody(form)).toContain('FR76');
    expect(await textOfBody(new Blob(['{"q":"x@y.fr"}'], { type: 'application/json' }))).toContain('x@y.fr');
    expect(await textOfBody(new TextEncoder().encode('{"q":"abc"}'))).toContain('abc');
  });

  it('gives nothing for binary frames', async () => {
    expect(await textOfBody(new Uint8Array([0xff, 0xfe, 0x00, 0x81]))).toBe('');
    expect(await textOfBody(null)).toBe('');
  });
});
