import { defineSecret } from './_define-secret';
import { wordSet } from '../../word-list';
import { charClasses, distinctChars, isPlaceholder, isVariableReference, shannonEntropy, trimSentencePunctuation } from './_entropy';
import type { DetectorExamples } from '../../types';

/**
 * Web links that carry a credential: password-reset and magic-login links (`?token=…`), OAuth
 * redirects (`#access_token=…`, `?code=…`), pre-signed storage URLs (S3 `X-Amz-Signature`, Google
 * `X-Goog-Signature`, Azure SAS `sig=`), API keys in the query (`?api_key=…`), and credentials in
 * the authority (`https://user:password@host`). Parameters are split on `?`, `&`, `;` and `#`.
 * Span (decision): the secret value(s), not the whole URL: from the start of the first secret value to
 * the end of the last one in the same URL (the password for `user:password@`), so the masked prompt
 * keeps the host and the path readable and one finding covers every secret of the link.
 * Check: a secret parameter value has 8+ characters (3+ for a password in the authority), is not a
 * placeholder (`xxx`, `***`, `{token}`, `<token>`, `$TOKEN`, also once percent-decoded) and looks
 * random: letters and digits, or 16+ characters mixing cases, with 2.5+ bits of entropy per character.
 * Personal data in queries (`?email=…`) is left to the other detectors.
 * Source: shared/reference/detectors.md §7.4; RFC 6749 §4.1.2 and §4.2.2 (OAuth redirects);
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html.
 * Examples are synthetic.
 */
const SECRET_PARAMS = wordSet(
  'access_token id_token refresh_token token api_key apikey key secret client_secret password passwd',
  'pwd pass mdp auth authkey auth_key sig signature x_amz_signature x_amz_credential',
  'x_amz_security_token x_goog_signature x_goog_credential code session sessionid session_id sid jwt',
  'ticket otp private_token magic access_key secret_key jsessionid phpsessid aspsessionid',
);

const QUICK_CHECK = /[?#;@]/u;

const isSecretParam = (name: string): boolean => {
  const key = name.toLowerCase().replace(/-/gu, '_');
  return SECRET_PARAMS.has(key) || key.endsWith('token') || key.endsWith('secret') || key.endsWith('password') || key.endsWith('api_key') || key.endsWith('apikey');
};

const decode = (value: string): string => {
  try {
    return decodeURIComponent(value.replace(/\+/gu, ' '));
  } catch {
    return value;
  }
};

const looksRandom = (raw: string): boolean => {
  const value = decode(raw);
  if (value.length < 8 || isPlaceholder(value) || isPlaceholder(raw) || isVariableReference(value)) return false;
  if (distinctChars(value) < 6 || shannonEntropy(value) < 2.5) return false;
  const classes = charClasses(value);
  const letters = classes.lower || classes.upper;
  return (letters && classes.digit) || (value.length >= 16 && classes.lower && classes.upper);
};

export default defineSecret({
  id: 'url-secret',
  // Every link is consumed whole (a pattern that fails at the end of a link would rescan it from each
  // `http` inside it); links without a query, a fragment, a `;` parameter or user info are dropped at once.
  pattern: /(?<![A-Za-z0-9+.-])(?:https?|wss?):\/\/[^\s<>"'`)\]]{3,4096}/giu,
  prefilter: ['://'],
  baseScore: 0.9,
  priority: 97,
  validate: (match, { text, end }) => {
    if (!QUICK_CHECK.test(match)) return false;
    // A link at the end of a sentence: the full stop is not part of it.
    const url = match.slice(0, trimSentencePunctuation(match, text.charAt(end)));
    let first = -1;
    let last = -1;
    const mark = (from: number, to: number) => {
      if (first < 0 || from < first) first = from;
      if (to > last) last = to;
    };
    const authorityStart = url.indexOf('://') + 3;
    let authorityEnd = url.length;
    for (const stop of ['/', '?', '#']) {
      const at = url.indexOf(stop, authorityStart);
      if (at >= 0 && at < authorityEnd) authorityEnd = at;
    }
    const at = url.lastIndexOf('@', authorityEnd - 1);
    if (at >= authorityStart) {
      const colon = url.indexOf(':', authorityStart);
      if (colon >= 0 && colon < at) {
        const password = url.slice(colon + 1, at);
        const decoded = decode(password);
        if (decoded.length >= 3 && !isPlaceholder(decoded) && !isVariableReference(decoded)) mark(colon + 1, at);
      }
    }
    const params = /[?&;#]([A-Za-z0-9_.-]{1,64})=([^&#;\s]{1,2048})/gu;
    let param: RegExpExecArray | null;
    params.lastIndex = authorityEnd;
    while ((param = params.exec(url)) !== null) {
      if (!isSecretParam(param[1]) || !looksRandom(param[2])) continue;
      const valueStart = param.index + 1 + param[1].length + 1;
      mark(valueStart, valueStart + param[2].length);
    }
    return first < 0 ? false : { score: 0.9, start: first, end: last };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Lien reçu : https://exemple.test/reset?token=8f3kq9XzP2mL7vB1',
    'ftp impossible avec https://agent:S3cr3tPass@depot.exemple.test/partage/',
    'https://bucket.s3.amazonaws.com/f.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=3a9f0c7d1e2b4a6c8d0e5f7a9b1c3d5e',
    'https://app.exemple.test/callback#access_token=Vg7kQ2xZp9LmN4rT8sW1&token_type=Bearer&expires_in=3600',
    'https://stvigie.blob.core.windows.net/docs/a.pdf?sv=2024-05-04&se=2026-12-31&sr=b&sp=r&sig=Vx3kP9qL2mZ7nB5tR8wY1cF4dH6jK0sA%3D',
  ],
  noMatch: [
    'https://www.exemple.test/page?id=12',
    'https://exemple.test/?token=',
    'https://exemple.test/reset?token=***',
    'https://exemple.test/reset?token={token}',
    'https://exemple.test/recherche?code=75001&session=expired',
    'https://user:password@exemple.test/',
  ],
};
