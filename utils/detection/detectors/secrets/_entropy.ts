import { codeAt, isAsciiDigit } from '../../char-codes';
import { foldName } from '../../fold';
import { wordSet } from '../../word-list';

/**
 * Shared checks for the secrets family (not a detector: the leading underscore keeps it out of the
 * registry and the contract test). Keyword-based rules (passwords, generic keys, connection strings,
 * URL parameters) cannot rely on a prefix, so they filter their value with these helpers: Shannon
 * entropy (gitleaks uses 3–3.5 bits per character for generic keys), character classes, and the
 * placeholders people write in documentation and templates (shared/reference/detectors.md §8).
 */

// Scratch counters for ASCII units, cleared after each use (the functions stay pure for callers).
const ASCII_COUNTS = new Uint32Array(128);

/** Counts of each distinct UTF-16 unit of `value`, in no particular order. */
const unitCounts = (value: string): number[] => {
  const counts: number[] = [];
  const touched: number[] = [];
  let other: Map<number, number> | null = null;
  for (let i = 0; i < value.length; i++) {
    const code = codeAt(value, i);
    if (code < 128) {
      if (ASCII_COUNTS[code]++ === 0) touched.push(code);
    } else (other ??= new Map()).set(code, (other.get(code) ?? 0) + 1);
  }
  for (const code of touched) {
    counts.push(ASCII_COUNTS[code]);
    ASCII_COUNTS[code] = 0;
  }
  if (other) counts.push(...other.values());
  return counts;
};

/** Shannon entropy of `value` in bits per UTF-16 unit (0 for an empty string). */
export const shannonEntropy = (value: string): number => {
  const length = value.length;
  if (length === 0) return 0;
  let entropy = 0;
  for (const count of unitCounts(value)) {
    const p = count / length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
};

/** Number of distinct UTF-16 units in `value`. */
export const distinctChars = (value: string): number => unitCounts(value).length;

export interface CharClasses {
  readonly lower: boolean;
  readonly upper: boolean;
  readonly digit: boolean;
  readonly symbol: boolean;
  /** How many of the four classes are present. */
  readonly count: number;
}

/** Which character classes (lower, upper, digit, other) `value` contains; letters include accented ones. */
export const charClasses = (value: string): CharClasses => {
  let lower = false;
  let upper = false;
  let digit = false;
  let symbol = false;
  for (let i = 0; i < value.length; i++) {
    const code = codeAt(value, i);
    if (code >= 97 && code <= 122) lower = true;
    else if (code >= 65 && code <= 90) upper = true;
    else if (isAsciiDigit(code)) digit = true;
    else if (code < 128) symbol = true;
    else {
      const ch = value[i];
      if (/\p{Ll}/u.test(ch)) lower = true;
      else if (/\p{Lu}/u.test(ch)) upper = true;
      else if (/\p{Nd}/u.test(ch)) digit = true;
      else if (!/\p{L}/u.test(ch)) symbol = true;
    }
  }
  return { lower, upper, digit, symbol, count: Number(lower) + Number(upper) + Number(digit) + Number(symbol) };
};

// Masks and filler characters people type instead of a real value.
const MASK_ONLY = /^[*•●·xX#._\-=?~+]+$/u;
const MASK_CHAR = /[*•●]/gu;
// Template and variable syntaxes: ${X}, $(x), {{x}}, {x}, <x>, [x], %X%, %(x)s, $VAR, :name, @var.
const TEMPLATE_SHAPES: readonly RegExp[] = [
  /^\$\{[^}]{0,200}\}?$/u,
  /^\$\([^)]{0,200}\)?$/u,
  /^\$[A-Za-z_][A-Za-z0-9_]{0,100}$/u,
  /^\{\{?[^}]{0,200}\}?\}?$/u,
  /^<[^>]{0,200}>?$/u,
  /^\[[^\]]{0,200}\]?$/u,
  /^%[A-Za-z0-9_]{1,100}%$/u,
  /^%\([A-Za-z0-9_]{1,100}\)s$/u,
  /^:[A-Za-z_][A-Za-z0-9_]{0,100}$/u,
  /^@[A-Za-z_][A-Za-z0-9_]{0,100}$/u,
  /^#\{[^}]{0,200}\}$/u,
];
// Words used as stand-ins for a secret in templates, documentation and tickets (folded, no separators).
const PLACEHOLDER_WORDS = wordSet(
  'changeme changeit change motdepasse motdepass mdp password passwd pass pwd secret secrets mypassword yourpassword',
  'votremotdepasse monmotdepasse newpassword oldpassword nouveaumotdepasse token mytoken yourtoken apikey myapikey',
  'yourapikey votrecle votrecleapi key mykey yourkey mysecret yoursecret supersecret example exemple sample dummy',
  'fake redacted masked hidden removed placeholder todo tbd fixme none null nil undefined true false yes no empty',
  'vide na string str text texte value valeur your votre required optional replaceme insertkeyhere yourkeyhere',
  'yourtokenhere yourapikeyhere yourpasswordhere enteryourpassword xxx abc abcdef foobar foo bar lorem ipsum',
  'confidentiel cache',
  // WS-Security's password types (`<wsse:Password Type="#PasswordText">`): the password is the element's text.
  'passwordtext passworddigest',
  // GitHub's documentation's example token.
  'ghp16c7e42f292c6912e7710c838347ae178b4a',
);
// Fragments that mark a template value: "<votre-token>", "your_api_key_here", "REPLACE_ME", a value cut inside a placeholder (`{SSHA}<hash généré…>`),
// a quoted form field left blank (`« Code accès : ______ »`, whose blank the normalisation writes ` _`).
const PLACEHOLDER_FRAGMENTS = /(?:your|votre)(?:[_ .-]?(?:api|app|secret|access|auth|bot|client|personal))?[_ .-]?(?:password|passwd|pwd|mot[_ .-]?de[_ .-]?passe|mdp|token|jeton|key|cle|secret)|replace[_ .-]?(?:me|with|this)|a[_ .-]?remplacer|(?:insert|put|enter|add|paste)[_ .-]?(?:your|here|the|votre)|(?:key|token|secret|password)[_ .-]?here|^mot de passe |x{4,}|\*{3,}|\.{3,}|[:=] _$|…|example|exemple|placeholder|changeme|dummy|redacted|<[a-z]{3,}$/iu;

/**
 * True when `value` is a stand-in rather than a secret: masks (`********`, `xxxxxx`), template
 * variables (`${PASSWORD}`, `{{token}}`, `<password>`, `%PWD%`, `$DB_PASS`), documentation words
 * (`changeme`, `your_api_key_here`, `votre mot de passe`), a prompt's label (`"Mot de passe initial"`) or a
 * value that is mostly masked.
 */
export const isPlaceholder = (value: string): boolean => {
  const trimmed = value.trim();
  if (trimmed.length === 0) return true;
  if (MASK_ONLY.test(trimmed)) return true;
  const masked = trimmed.match(MASK_CHAR)?.length ?? 0;
  if (masked * 2 >= trimmed.length) return true;
  const first = trimmed[0];
  if ('${<[%:@#'.includes(first) && TEMPLATE_SHAPES.some((shape) => shape.test(trimmed))) return true;
  // Lower case without accents (the fragments' pattern ignores case).
  const plain = foldName(trimmed);
  if (PLACEHOLDER_WORDS.has(plain.replace(/[^a-z0-9]/gu, ''))) return true;
  return PLACEHOLDER_FRAGMENTS.test(plain);
};

/** Names of objects that hold configuration (`process.env.KEY`, `config.token`). */
const VARIABLE_REFERENCE_PREFIX = /^(?:process\.env|os\.environ|os\.getenv|system\.getenv|env|getenv|environment|config|settings|secrets|vault|self|this|params|args|request|req|options|opts|\$env:)(?:[.[(]|$|(?<=:)[A-Za-z_])/iu;

/** A property path of code (`process.env.API_KEY`, `config.secret(`). */
const DOTTED_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]{0,60}(?:\.[A-Za-z_$][A-Za-z0-9_$]{0,60}){1,8}[([]?$/u;

/** A constant's or an environment variable's name (`API_KEY`, `DB_PASSWORD`). */
const CONSTANT_NAME = /^[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){1,8}$/u;

/**
 * True when `value` names a variable instead of holding a secret: `process.env.API_KEY`,
 * `os.environ[`, `config.db.password`, `DB_PASSWORD`, `getenv(`.
 */
export const isVariableReference = (value: string): boolean => {
  if (VARIABLE_REFERENCE_PREFIX.test(value)) return true;
  if (DOTTED_IDENTIFIER.test(value) && !/\d/u.test(value)) return true;
  if (/^[A-Za-z_][A-Za-z0-9_]{0,80}[([]$/u.test(value)) return true;
  if (CONSTANT_NAME.test(value) && !/\d/u.test(value)) return true;
  return false;
};

/** True when `value` is a plain word (letters with optional hyphens or apostrophes), as in prose. */
export const isWordLike = (value: string): boolean => /^[\p{L}][\p{L}'-]{0,127}$/u.test(value);

/**
 * Length of `value` without the punctuation that ends the sentence around an unquoted value
 * (`mdp : T3st-Vpn#2025.` → the full stop is not part of the password): one trailing `.`, `,`, `:`
 * or `;`, or a `)` / `]` that closes nothing inside the value, when the text goes on with a space or ends.
 */
export const trimSentencePunctuation = (value: string, next: string): number => {
  if (next !== '' && !/\s/u.test(next)) return value.length;
  const last = value.charAt(value.length - 1);
  if ('.,:;'.includes(last) && value.length > 1) return value.length - 1;
  if (last === ')' && !value.includes('(')) return value.length - 1;
  if (last === ']' && !value.includes('[')) return value.length - 1;
  return value.length;
};
