import { byFirstLetter } from '../../define-detector';
import { defineSecret } from './_define-secret';
import { phraseList } from '../../word-list';
import { charClasses, distinctChars, isPlaceholder, isVariableReference, shannonEntropy, trimSentencePunctuation } from './_entropy';
import type { DetectorExamples } from '../../types';

/**
 * Secrets assigned to a keyword in configuration files, scripts, logs and HTTP requests:
 * `api_key = "…"`, `API_SECRET=…`, `client_secret: …`, `auth_token: …`, `"accessToken": "…"`,
 * `X-Api-Key: …`, `Ocp-Apim-Subscription-Key: …`, `Authorization: Bearer|Basic|Token …`, `Bearer …`,
 * in French `clé API : …`, `clé secrète : …`, `jeton d'accès : …`, and session cookies (`PHPSESSID=…`).
 * The identifier may carry a prefix (`STRIPE_SECRET_KEY`, `myApiKey`); the keyword must end it.
 * Span: the value only.
 * Check: 10+ characters (8+ after `Authorization:`), not a placeholder (`your_api_key_here`, `xxxx`,
 * `${TOKEN}`, `changeme`) nor a variable reference (`process.env.API_KEY`), 6+ distinct characters,
 * 3+ bits of entropy per character (gitleaks uses 3–3.5 for generic keys), and letters with digits,
 * or 24+ characters mixing cases with 4+ bits: `token: true`, `secret: my-secret-name` are not secrets;
 * nor are identifiers made of words and numbers (`dossier_2024_confidentiel`, `tls-cert-2026`).
 * Prefixed vendor tokens are better named by their own detectors, which have a higher priority.
 * Source: gitleaks' `generic-api-key` rule (https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml)
 * and shared/reference/detectors.md §8.9.
 * Examples are synthetic.
 */
// Regrouped by first letter (see byFirstLetter): the scan runs faster.
const KEYWORD = byFirstLetter([
  String.raw`api[_.-]?(?:key|secret|token)`,
  'apikey',
  String.raw`access[_.-]?(?:key|token)`,
  String.raw`auth[_.-]?(?:key|token)`,
  String.raw`secret[_.-]?key`,
  String.raw`client[_.-]?secret`,
  String.raw`private[_.-]?token`,
  String.raw`subscription[_.-]?key`,
  String.raw`stream[_.-]?key`,
  String.raw`signing[_.-]?key`,
  String.raw`app[_.-]?(?:key|secret)`,
  String.raw`consumer[_.-]?(?:key|secret)`,
  'secret',
  'token',
  String.raw`cl[ée]s?[ \t]+(?:d'|de[ \t]+l'|de[ \t]+)?api`,
  String.raw`cl[ée][ \t]+secr[èe]te`,
  String.raw`jeton(?:[ \t]+(?:d'acc[èe]s|api))?`,
]);
const VALUE_CHARS = String.raw`[A-Za-z0-9_.+\/=~!@#^&*-]`;
// No left boundary: the keyword may end a longer identifier (`STRIPE_SECRET_KEY`, `myApiKey`).
const ASSIGNMENT = String.raw`(?:${KEYWORD})["'\]]{0,2}[ \t]{0,5}(?::=|=>|\|\|=|\?=|=|:)[ \t]{0,5}["'\x60]?(?:base64:)?(${VALUE_CHARS}{10,256})`;
// The left boundary `(?<![A-Za-z0-9_.-])` of these two is checked after their first letter: a pattern
// that starts with a look-behind is tried at every position of the text.
const AUTHORIZATION = String.raw`a(?<![A-Za-z0-9_.-]a)uthorization["']?[ \t]{0,5}[:=][ \t]{0,5}["']?[ \t]{0,3}(?:(?:bearer|basic|token|bot|apikey|sso-key)[ \t]{1,3})?([A-Za-z0-9._~+\/-]{8,4096}={0,2})`;
const BEARER = String.raw`b(?<![A-Za-z0-9_.-]b)earer[ \t]{1,3}([A-Za-z0-9._~+\/-]{16,4096}={0,2})`;
// .NET settings: `<add key="SendGridKey" value="…" />`, the name in one attribute, the value in the next.
const XML_SETTING = String.raw`k(?<![A-Za-z0-9_.-]k)ey=["'][\w.:-]{0,40}(?:key|secret|token|password|pwd)["'][ \t]{1,3}value=["'](${VALUE_CHARS}{10,256})`;
// Session cookies (`PHPSESSID=…`, `JSESSIONID=…`, `ASP.NET_SessionId=…`, `laravel_session=…`): whoever
// holds one is logged in. Cookie syntax only (`=`): a log's or a chat's `session_id: …` names a session.
const SESSION_COOKIE = String.raw`s(?:ess(?:ion)?[_.-]?id|(?<=(?:_|cookie:[ \t]{0,3})s)ession)=(${VALUE_CHARS}{10,256})`;

/** `dossier_2024_confidentiel`: two or more parts, each only letters or only digits, none mixing both. */
const isComposedIdentifier = (value: string): boolean => {
  const parts = value.split(/[_.\/-]+/u).filter(Boolean);
  return parts.length >= 2 && parts.every((part) => /^[A-Za-z]+$/u.test(part) || /^\d{1,8}$/u.test(part));
};

export default defineSecret({
  id: 'generic-api-key',
  pattern: new RegExp(`${AUTHORIZATION}|${BEARER}|${XML_SETTING}|${SESSION_COOKIE}|${ASSIGNMENT}`, 'giu'),
  // Parts of `secret`, `token`, `authorization` that start with a rarer letter: cheaper to search.
  prefilter: phraseList('key|cret|ken|zation|bearer|api|jeton|sess'),
  baseScore: 0.85,
  priority: 95,
  validate: (match, { groups, text, end }) => {
    const raw = groups[1] ?? groups[2] ?? groups[3] ?? groups[4] ?? groups[5];
    if (raw === undefined) return false;
    const value = raw.slice(0, trimSentencePunctuation(raw, text.charAt(end)));
    const minLength = groups[1] !== undefined ? 8 : 10;
    if (value.length < minLength || isPlaceholder(value) || isVariableReference(value)) return false;
    if (distinctChars(value) < 6 || isComposedIdentifier(value)) return false;
    const entropy = shannonEntropy(value);
    if (entropy < 3) return false;
    const classes = charClasses(value);
    const letters = classes.lower || classes.upper;
    if (!(letters && classes.digit) && !(value.length >= 24 && classes.lower && classes.upper && entropy >= 4)) return false;
    const start = match.length - raw.length;
    return { score: 0.85, start, end: start + value.length };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    '[stream]\nstream_key = live_7Hq2kZ9xRt4WmB8pLc3N_sd41',
    'api_key = "a8F3kq9XzP2mL7vB1cD4"',
    'STRIPE_SECRET_KEY=Vg7kQ2xZp9LmN4rT8sW1yB3c',
    'curl -H "X-Api-Key: 4f9c2d7e1b8a6f3c5d0e9a7b" https://api.exemple.test/v1/dossiers',
    '{"clientSecret": "q8Lr2ZxW0bN5mT7yK3vC9hJ4"}',
    'Authorization: Basic c3ZjLWdlZDpTeW50aDN0aWMtMjAyNg==',
    '<add key="SendGridKey" value="SG.Synth3tic-c3nA2MNnw543q4yX.BZoFZt24IW" />',
    'Clé API : 7Hk2pQ9zLm4XvB8r',
    'APP_KEY=base64:T0CgRjKYH7sJ/MNYVzuttfi65Tst4OVnCKb2pOCAV1U=',
    '  API_SIGNING_KEY: Q1ZsdmhaWkVhSVJpbW9GaG1TVzdlWWNQ',
    'Cookie: PHPSESSID=8f3k2l9d0s7a6q5w4e3r2t1y; lang=fr',
    'Set-Cookie: JSESSIONID=A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6; Path=/; HttpOnly',
    'Cookie: laravel_session=eyJpdiI6Ik1xQ2ZkT3JnWlE9PSIsInZhbHVl',
    "curl -H 'Cookie: session=9bT4kQ2xZp7LmN4rT8sW1yB3' https://intranet.exemple.test/api",
  ],
  noMatch: [
    'token: true',
    'GITHUB_TOKEN: ghp_16C7e42F292c6912E7710c838347Ae178B4a', // GitHub's documentation's example
    'api_key = "YOUR_API_KEY_HERE"',
    'secret: my-secret-name',
    'API_TOKEN=${API_TOKEN}',
    'apiKey: process.env.API_KEY',
    'token_type: bearer',
    'api_key: xxxxxxxxxxxxxxxxxxxx',
    'secret: dossier_2024_confidentiel',
    'max_tokens: 4096',
    'session_id: SESSION_ID_ICI',
    'session_id: 7f3c2a91-0b44-4e1e-9d2a-61c0c8e5b210',
    'Session : formation des agents',
  ],
};
