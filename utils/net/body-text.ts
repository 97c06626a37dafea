/**
 * The human text inside a request body, for scanning: JSON string values (also JSON nested in
 * strings, as in Gemini's double-encoded `f.req`), form fields, multipart text parts. Escapes are
 * decoded, so "\u00e9" or "\n" in JSON do not hide data from the detectors.
 */

const MAX_BODY_CHARS = 2_000_000;
const MAX_DEPTH = 6;

function collectJson(value: unknown, out: string[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && trimmed.length > 1) {
      try {
        collectJson(JSON.parse(trimmed), out, depth + 1);
        return;
      } catch {
        // Not JSON after all: plain text.
      }
    }
    if (value.length > 0) out.push(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectJson(item, out, depth + 1);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) collectJson(item, out, depth + 1);
  }
}

/** Text of a string body: JSON, URL-encoded form, or plain text. */
export function textOfString(body: string): string {
  const source = body.length > MAX_BODY_CHARS ? body.slice(0, MAX_BODY_CHARS) : body;
  const trimmed = source.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const out: string[] = [];
      collectJson(JSON.parse(trimmed), out, 0);
      return out.join('\n');
    } catch {
      // Fall through: not JSON.
    }
  }
  if (/^[\w.%-]+=[^&\s]*(?:&[\w.%-]+=[^&\s]*)*$/.test(trimmed)) {
    try {
      const out: string[] = [];
      for (const [, value] of new URLSearchParams(trimmed)) collectJson(value, out, 0);
      return out.join('\n');
    } catch {
      // Fall through.
    }
  }
  return source;
}

/** Text of any fetch/XHR body shape. Binary bodies that are not UTF-8 text give "". */
export async function textOfBody(body: unknown): Promise<string> {
  if (body === null || body === undefined) return '';
  if (typeof body === 'string') return textOfString(body);
  if (body instanceof URLSearchParams) return textOfString(body.toString());
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    const out: string[] = [];
    for (const [, value] of body.entries()) {
      if (typeof value === 'string') out.push(textOfString(value));
      else if (value.size <= MAX_BODY_CHARS && /^text\/|json/.test(value.type)) out.push(textOfString(await value.text()));
    }
    return out.join('\n');
  }
  if (typeof Blob !== 'undefined' && body instanceof Blob) return body.size <= MAX_BODY_CHARS ? textOfString(await body.text()) : '';
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    const bytes = body instanceof ArrayBuffer ? new Uint8Array(body) : new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
    if (bytes.byteLength > MAX_BODY_CHARS) return '';
    try {
      return textOfString(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return '';
    }
  }
  return '';
}
