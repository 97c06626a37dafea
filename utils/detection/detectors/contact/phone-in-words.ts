import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { FR_NATIONAL_NUMBER } from './phone';

/**
 * A French phone number spelled out in words, as speech-to-text writes a dictated number and as
 * voicemail transcripts hold it: `zéro six trente-neuf quatre-vingt-dix-huit quarante et un zéro sept`
 * (06 39 98 41 07), digit by digit or by pairs, words and digits mixed (`zéro six 39 98 soixante-dix 05`).
 *
 * Format: `zéro` and a digit word (the trunk `0` and the first digit), then number words from 0 to
 * 99 (French, Belgian and Swiss: `septante`, `huitante`, `octante`, `nonante`) or one- and two-digit
 * groups, separated by spaces, hyphens or commas.
 * Check: the words read as digits (each group of two words as its number: `soixante et onze` is 71,
 * `quatre-vingt-dix-huit` 98) give exactly ten digits, which pass the same numbering-plan check as
 * a French number written in digits (phone.ts). Reading stops at the tenth digit: what follows
 * (`… zéro sept, deux enfants`) is not part of the number.
 *
 * Not reported: number words that do not start with `zéro` and a digit (amounts, counts, dates
 * spelled out), and the digits counted in order (`zéro un deux … neuf`, a dictation exercise).
 * Examples are fictitious (the ARCEP ranges reserved for fiction).
 */

/** Number words from 0 to 16, each at its value's index. */
const SMALL = 'zero|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize'.split('|');
/** Tens from 20 to 90, each at its index + 2 (`septante`, `huitante`, `nonante`: Belgian and Swiss). */
const TENS = 'vingt|trente|quarante|cinquante|soixante|septante|huitante|nonante'.split('|');

/** A tens word, and a word of a number spoken from 0 to 99 (birth-date-in-words.ts reads them too). */
export const TENS_WORD = `(?:${TENS.join('|')}|vingts|octante)`;
export const SPOKEN_NUMBER_WORD = `(?:z[ée]ro|une?|${[...SMALL.slice(1), ...TENS].join('|')}|vingts|octante|et)`;

// The boundary is checked after the first letter: a pattern that starts with a look-behind is tried at every position.
const PATTERN = new RegExp(
  `z(?<![\\p{L}\\p{N}]z)[ée]ro[ ,-]{1,3}(?:une?|${SMALL.slice(1, 10).join('|')})(?![\\p{L}])(?:[ ,.-]{1,3}(?:${SPOKEN_NUMBER_WORD}|\\d{1,2})(?![\\p{L}\\p{N}])){4,24}`,
  'giu',
);
const TOKEN = /[\p{L}\d]+/gu;

/** Value of a number word from 0 to 16, or -1. */
const small = (word: string): number => SMALL.indexOf(word === 'une' ? 'un' : word.replace('é', 'e'));
/** Value of a tens word, or -1. */
const tens = (word: string): number => {
  const index = TENS.indexOf(word === 'octante' ? 'huitante' : word.replace(/^vingts$/, 'vingt'));
  return index < 0 ? -1 : (index + 2) * 10;
};
const isDigitWord = (value: number): boolean => value >= 1 && value <= 9;

/** The digits the words of `value` read as, and where in `value` the tenth one ends (-1 when they give another count). */
const spokenDigits = (value: string): { digits: string; tenthEnd: number } => {
  const words = [...value.toLowerCase().matchAll(TOKEN)];
  const at = (index: number): string => words[index]?.[0] ?? '';
  let digits = '';
  let i = 0;
  /** The unit that `dix` takes in `dix-sept`, `dix-huit`, `dix-neuf` (its word then read), or 0. */
  const unitAfterDix = (): number => {
    const unit = small(at(i + 1));
    if (unit < 7 || unit > 9) return 0;
    i++;
    return unit;
  };
  for (; i < words.length && digits.length < 10; i++) {
    const word = at(i);
    if (word === 'et') continue;
    const digitGroup = /^\d+$/.test(word);
    let number = digitGroup ? -1 : small(word);
    if (number === 4 && tens(at(i + 1)) === 20) {
      i++;
      number = 80;
    } else if (number < 0 && !digitGroup) number = tens(word);
    if (number < 0 && !digitGroup) break;
    if (number >= 20) {
      // `soixante et onze`, `vingt et un`; `soixante-dix-huit`, `quatre-vingt-onze`; `trente-neuf`.
      if (at(i + 1) === 'et' && [1, 11].includes(small(at(i + 2)))) i++;
      const next = small(at(i + 1));
      if ((number === 60 || number === 80) && next >= 10) {
        number += next;
        i++;
        if (next === 10) number += unitAfterDix();
      } else if (isDigitWord(next)) number += small(at(++i));
    } else if (number === 10) number += unitAfterDix();
    digits += number < 0 ? word : number;
  }
  return { digits, tenthEnd: digits.length === 10 ? words[i - 1].index! + at(i - 1).length : -1 };
};

export default defineDetector({
  id: 'phone-in-words',
  type: 'PHONE',
  pattern: PATTERN,
  prefilter: ['zero'],
  baseScore: 0.7,
  priority: 40,
  validate: (value) => {
    const { digits, tenthEnd } = spokenDigits(value);
    if (tenthEnd < 0 || digits === '0123456789' || !FR_NATIONAL_NUMBER.test(digits.slice(1))) return false;
    return { score: 0.7, start: 0, end: tenthEnd };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    "mon numéro c'est le zéro six trente-neuf quatre-vingt-dix-huit quarante et un zéro sept merci",
    'rappelez-moi au zéro cinq, trente-six, quarante-neuf, zéro quatre, quatre-vingt-un',
    'Zéro quatre soixante-cinq soixante et onze dix-huit quarante, le soir',
    'au zéro six 39 98 soixante-dix 05 après 18 h',
    'zéro six trois neuf neuf huit un deux trois quatre',
    'zéro deux nonante-huit septante et un 14 20',
  ],
  noMatch: [
    'zéro six trente-neuf quatre-vingt-dix-huit',
    'zéro un deux trois quatre cinq six sept huit neuf',
    'six trente-neuf quatre-vingt-dix-huit quarante et un zéro sept',
    'zéro zéro trente-neuf quatre-vingt-dix-huit quarante et un zéro sept',
    'il reste zéro euro, deux cent trente, quarante',
  ],
};
