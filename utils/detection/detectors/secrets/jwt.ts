import { defineSecret } from './_define-secret';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { codeAt } from '../../char-codes';

/**
 * JSON Web Token (JWS compact serialisation, RFC 7515/7519): three base64url parts separated by
 * dots; the header and the payload are JSON objects, so both start with `eyJ` (`{"`). A JWT is a
 * bearer credential, and its payload often carries personal data (`email`, `name`, `sub`).
 * Check: the header decodes to a JSON object with a string `alg` member, the payload decodes to a
 * JSON object; an empty signature (`alg: none`) is still reported.
 * Source: https://www.rfc-editor.org/rfc/rfc7519 and gitleaks' `jwt` rule. Examples are synthetic.
 */

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < BASE64URL.length; i++) table[codeAt(BASE64URL, i)] = i;
  return table;
})();

/** Decodes unpadded base64url into a string of bytes (one char per byte), or null when malformed. */
export const decodeBase64Url = (input: string): string | null => {
  if (input.length % 4 === 1) return null;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < input.length; i++) {
    const code = codeAt(input, i);
    const value = code < 128 ? LOOKUP[code] : -1;
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) out += String.fromCharCode(...bytes.slice(i, i + 4096));
  return out;
};

/** Parses a base64url part as a JSON object; multi-byte UTF-8 stays as byte characters, which JSON accepts. */
const decodeJsonObject = (part: string): Record<string, unknown> | null => {
  const decoded = decodeBase64Url(part);
  // Cheap shape check first: exceptions from JSON.parse are slow on inputs full of fake tokens.
  if (decoded === null || decoded[0] !== '{' || decoded.trimEnd().slice(-1) !== '}') return null;
  try {
    const parsed: unknown = JSON.parse(decoded);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

export default defineSecret({
  id: 'jwt',
  pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,2048}\.eyJ[A-Za-z0-9_-]{10,16384}\.[A-Za-z0-9_-]{0,4096}(?![A-Za-z0-9_-])/gu,
  // `yj` is part of `eyJ`; a needle starting with `e` would cost a scan of every `e` of the text.
  prefilter: ['yj'],
  keywords: phraseList('jwt|bearer|token|authorization|id_token|access_token|jeton'),
  priority: 98,
  validate: (value) => {
    const [header, payload] = value.split('.', 2);
    const parsedHeader = decodeJsonObject(header);
    if (!parsedHeader || typeof parsedHeader.alg !== 'string') return false;
    return decodeJsonObject(payload) !== null;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Authorization: Bearer ' + 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9' + '.' + 'eyJzdWIiOiJhZ2VudC0wMDQyIiwibmFtZSI6IlRlc3QgRXhlbXBsZSIsImlhdCI6MTc2NzIyNTYwMH0' + '.' + 'dmlnaWUtc3ludGhldGljLXNpZ25hdHVyZS0wMDAx',
    'id_token=' + 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InZpZ2llLWsxIn0' + '.' + 'eyJpc3MiOiJodHRwczovL2lkcC5leGVtcGxlLnRlc3QiLCJhdWQiOiJkZW1vIiwiZW1haWwiOiJqZWFuLnRlc3RAZXhlbXBsZS50ZXN0In0' + '.' + 'dmlnaWUtc3ludGhldGljLXNpZ25hdHVyZS0wMDAx',
    'jeton sans signature : ' + 'eyJhbGciOiJub25lIn0' + '.' + 'eyJyb2xlIjoiYWRtaW4ifQ' + '.',
  ],
  noMatch: [
    'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0',
    'eyJub3Rqc29uIjoxLCJ4' + '.' + 'eyJyb2xlIjoibGVjdGV1ciIsImV4cCI6MTg5MzQ1NjAwMH0' + '.' + 'c2lnbmF0dXJl',
    'eyJ0eXAiOiJKV1QiLCJraWQiOiJrMSJ9' + '.' + 'eyJyb2xlIjoibGVjdGV1ciIsImV4cCI6MTg5MzQ1NjAwMH0' + '.' + 'c2lnbmF0dXJl',
    'abc.def.ghi',
  ],
};
