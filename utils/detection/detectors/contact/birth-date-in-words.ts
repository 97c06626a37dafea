import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { SPOKEN_NUMBER_WORD, TENS_WORD } from './phone-in-words';

/**
 * A date of birth spoken in words after `né le`, as speech-to-text writes a dictated note or a
 * call: `né le douze mars deux mille quinze`, `née le vingt-deux février mille neuf cent trente-huit`,
 * `né le seize mai 1995`. The date written in digits is birth-date.ts's.
 *
 * Format: `né`, `née`, `nés`, `nées` (or `né sous X`) and `le`, then a day (in words, `premier`, or
 * digits), a month, and a year (in words, `mille …`, `deux mille …`, `dix-neuf cent …`, its last two
 * digits alone, `quatre-vingt-quatorze`, or in digits), one of the two in words.
 * The span is the date, without its label. No check: the label and the shape make it a birth date.
 *
 * Not reported: a date without its year (`né le quinze mars courant` of an old civil record), a date
 * in digits (birth-date.ts's).
 */

const MONTH = '(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)';
const DAY = `(?:premier|\\d{1,2}|${SPOKEN_NUMBER_WORD}(?:[ -]${SPOKEN_NUMBER_WORD}){0,3})`;
// A year in full (`deux mille quinze`, `mille neuf cent quarante-six`), in digits, or its last two
// digits in words, from a tens word (`quatre-vingt-quatorze`, `soixante-dix-neuf`).
const YEAR = `(?:(?:deux )?mill?e?|dix-neuf cents?)(?:[ -](?:${SPOKEN_NUMBER_WORD}|cents?)){0,6}|\\d{4}|(?:quatre[ -]vingts?|${TENS_WORD})(?:[ -]${SPOKEN_NUMBER_WORD}){0,3}`;
// The boundary is checked after `né`: a pattern that starts with a look-behind is tried at every position.
const PATTERN = new RegExp(`n[ée](?<![\\p{L}\\p{N}]n[ée])e?s?(?: sous x)? le (${DAY} ${MONTH} (?:${YEAR}))(?![\\p{L}\\p{N}])`, 'giu');

export default defineDetector({
  id: 'birth-date-in-words',
  type: 'BIRTH_DATE',
  pattern: PATTERN,
  prefilter: phraseList('ne le|nee le|nes le|nees le|sous x le'),
  baseScore: 0.85,
  priority: 60,
  validate: (value, context) => {
    const date = context.groups[1] ?? value;
    // Day and year in digits: birth-date.ts's.
    return !/^\d{1,2} \S+ \d{4}$/.test(date) && { score: 0.85, start: value.length - date.length };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    "il a quatre-vingt-sept ans il est né le vingt-deux février mille neuf cent trente-huit il vit seul",
    'ses deux enfants yanis né le douze mars deux mille quinze et inès',
    'prénom hugo né le seize mai 1995 à poitiers',
    'il dit être né le premier janvier deux mille neuf point à la ligne',
    'la petite maëlys née le deux avril deux mille vingt et un, retard de langage',
    'madame Élodie Carrière née le dix-sept juillet quatre-vingt-huit numéro de sécu',
    'le jeune enzo garcia douze ans né le 21 mai deux mille quatorze virgule AED',
  ],
  noMatch: ['né le 12 mars 2015', 'un garçon né en son domicile le quinze mars courant', 'le projet est né le douze mars', 'née le douze', 'né le douze mars et baptisé le 20'],
};
