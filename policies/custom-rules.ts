import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { defineDetector } from '@/utils/detection/define-detector';
import { foldTextPlain } from '@/utils/detection/fold';
import { spellOutLigatures } from '@/utils/detection/normalize';
import type { Detector, Severity } from '@/utils/detection/types';
import type { CustomRuleActions } from '@/utils/guard/decide';
import type { CustomRule, DataAction } from './policy-schema';

/**
 * Compiles the organisation's custom rules (data only, no code) into detectors.
 * Regular expressions are checked before use, because JavaScript cannot interrupt a running
 * regex: a catastrophic pattern in a policy would freeze every AI page. Checks: length (schema),
 * flags (schema), known dangerous shapes, and a timed run on adversarial inputs.
 */

export class UnsafeRegexError extends Error {}

const SEVERITY_FOR_ACTION: Record<DataAction, Severity> = { allow: 'info', warn: 'medium', pseudonymise: 'medium', block: 'high' };

/** Shapes known to backtrack catastrophically or to be unbounded in cost. Conservative on purpose. */
const DANGEROUS_SHAPES: readonly [RegExp, string][] = [
  // A group containing a quantifier anywhere, itself quantified: (a+)+, (\w+\s?)*, (?:x*y){2,}
  [/\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)\??(?:[+*]|\{\d+,\d*\})/, 'nested quantifiers such as (a+)+'],
  // Alternation inside a quantified group where branches can match the same text: (a|a)*, (\w|\d)+
  [/\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/, 'a quantified alternation such as (a|ab)*'],
  [/\\[1-9]|\\k</, 'back-references'],
  [/\(\?<?[=!](?:[^()\\]|\\.)*[+*]/, 'unbounded lookarounds'],
];

/** Repeated units of the adversarial inputs, each followed by a character that makes a match fail late. */
const ADVERSARIAL_UNITS = ['a', '1', ' ', 'ab', 'a ', 'A1', '@.', 'é-', '\n'];
/** Input lengths tried in order: small steps first, so exponential blow-ups show before they cost much. */
const ADVERSARIAL_LENGTHS = [8, 12, 16, 20, 24, 28, 32, 64, 256, 1024, 4096, 16_384];
/** Time budget for one input: past it the rule is refused before a longer input is tried. */
const REGEX_STEP_BUDGET_MS = 8;

/**
 * Throws UnsafeRegexError with an explanation when `source` is not safe to run on every prompt.
 * JavaScript cannot interrupt a regex, so the timing check grows the input slowly: a pattern whose
 * cost explodes is caught at a small size, where it still returns in milliseconds.
 */
export function assertSafeRegex(source: string, flags: string): RegExp {
  for (const [shape, description] of DANGEROUS_SHAPES) {
    if (shape.test(source)) throw new UnsafeRegexError(`refused: ${description} can make matching take exponential time`);
  }
  let regex: RegExp;
  try {
    regex = new RegExp(source, `${flags.includes('u') ? '' : 'u'}${flags}g`);
  } catch (error) {
    throw new UnsafeRegexError(`not a valid regular expression: ${(error as Error).message}`);
  }
  if (regex.test('')) throw new UnsafeRegexError('refused: the expression matches the empty text');
  const timeOn = (input: string): number => {
    const started = performance.now();
    regex.lastIndex = 0;
    let matches = 0;
    while (regex.exec(input) !== null && ++matches < 20_000) {
      if (regex.lastIndex === 0) break;
    }
    return performance.now() - started;
  };
  for (const unit of ADVERSARIAL_UNITS) {
    for (const length of ADVERSARIAL_LENGTHS) {
      const input = unit.repeat(Math.ceil(length / unit.length)) + '!';
      // Measured twice before refusing, so a garbage-collection pause does not reject a good rule.
      if (timeOn(input) > REGEX_STEP_BUDGET_MS && timeOn(input) > REGEX_STEP_BUDGET_MS) {
        throw new UnsafeRegexError(`refused: too slow on a ${length}-character input (over ${REGEX_STEP_BUDGET_MS} ms); its cost grows too fast`);
      }
    }
  }
  regex.lastIndex = 0;
  return regex;
}

/** Normalisation applied to a term before hashing: fold case and accents, collapse spaces. Documented in policies/README.md. */
export function normalizeTerm(term: string): string {
  return foldTextPlain(term.normalize('NFC')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The hash an administrator puts in a `hashed-terms` rule for `term` (used by `npm run policy -- hash`). */
export function hashTerm(term: string, salt = ''): string {
  return bytesToHex(sha256(utf8ToBytes(salt + normalizeTerm(term))));
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A phrase of the prompt as a term with ligatures would have been hashed (`soeur` → `sœur`): published hashes keep `œ`. */
const withLigatures = (phrase: string): string => phrase.replace(/oe/gi, 'œ').replace(/ae/gi, 'æ');

const ACCENT_VARIANTS: Record<string, string> = {
  a: 'aàâäáã', c: 'cç', e: 'eéèêë', i: 'iîïíì', o: 'oôöóò', u: 'uùûüú', y: 'yÿ', n: 'nñ',
};

/**
 * A case- and accent-insensitive pattern for whole words or phrases: "Delphine" also finds
 * "DELPHINE" and "délphine"; spaces in a phrase accept any run of spaces, hyphens or apostrophes.
 */
export function keywordPattern(words: readonly string[]): RegExp {
  const alternatives = [...new Set(words.map((word) => spellOutLigatures(normalizeTerm(word))).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      [...word]
        .map((ch) => (ch === ' ' ? "[\\s'-]{1,3}" : ACCENT_VARIANTS[ch] ? `[${ACCENT_VARIANTS[ch]}]` : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join(''),
    );
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function compileRule(rule: CustomRule, checked: boolean): Detector {
  const base = {
    id: `custom-${rule.id}`,
    type: rule.type,
    severity: SEVERITY_FOR_ACTION[rule.action],
    baseScore: 0.9,
    priority: 65,
  } as const;
  switch (rule.kind) {
    case 'keywords':
      return defineDetector({ ...base, pattern: keywordPattern(rule.words) });
    case 'regex':
      return defineDetector({ ...base, pattern: checked ? new RegExp(rule.pattern, `${rule.flags.includes('u') ? '' : 'u'}${rule.flags}g`) : assertSafeRegex(rule.pattern, rule.flags) });
    case 'hashed-terms': {
      const hashes = new Set(rule.hashes);
      const { maxWords, salt } = rule;
      return defineDetector({
        ...base,
        pattern: WORD,
        // From each word, hash the phrases of 1..maxWords words that start there; longest first.
        validate: (_value, context) => {
          const following = new RegExp(WORD.source, 'gu');
          following.lastIndex = context.start;
          const ends: number[] = [];
          let match: RegExpExecArray | null;
          while (ends.length < maxWords && (match = following.exec(context.folded)) !== null) {
            const gap = context.folded.slice(ends.length ? ends[ends.length - 1] : context.start, match.index);
            if (ends.length > 0 && /[.!?\n;:,]/.test(gap)) break;
            ends.push(match.index + match[0].length);
          }
          for (let words = ends.length; words >= 1; words--) {
            const end = ends[words - 1];
            const phrase = context.text.slice(context.start, end);
            if (hashes.has(hashTerm(phrase, salt)) || (/oe|ae/i.test(phrase) && hashes.has(hashTerm(withLigatures(phrase), salt)))) return { score: 0.95, start: 0, end: end - context.start };
          }
          return false;
        },
      });
    }
  }
}

export interface CompiledCustomRules {
  readonly detectors: readonly Detector[];
  readonly actions: CustomRuleActions;
  /** Rules refused at compile time, with the reason (shown to the DSISN; the rest still apply). */
  readonly problems: readonly { readonly index: number; readonly id: string; readonly message: string }[];
}

/**
 * Compiles rules into detectors. `alreadyChecked` skips the regex safety checks for rules taken
 * from the effective policy, which only the background writes after checking them.
 */
export function compileCustomRules(rules: readonly CustomRule[], { alreadyChecked = false } = {}): CompiledCustomRules {
  const detectors: Detector[] = [];
  const actions = new Map<string, { action: DataAction; label: string }>();
  const problems: { index: number; id: string; message: string }[] = [];
  rules.forEach((rule, index) => {
    try {
      const detector = compileRule(rule, alreadyChecked);
      detectors.push(detector);
      actions.set(detector.id, { action: rule.action, label: rule.label });
    } catch (error) {
      problems.push({ index, id: rule.id, message: (error as Error).message });
    }
  });
  return { detectors, actions, problems };
}
