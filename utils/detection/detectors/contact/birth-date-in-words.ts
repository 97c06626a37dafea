import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { SPOKEN_NUMBER_WORD } from './phone-in-words';

/**
 * A date of birth spoken in words after `né le`, as speech-to-text writes a dictated note or a
 * call: `né le douze mars deux mille quinze`, `née le vingt-deux février mille neuf cent trente-huit`,
 * `né le seize mai 1995`. The date written in digits is birth-date.ts's.
 *
 * Format: `né`, `née`, `nés`, `nées` (or `né sous X`) and `le`, then a day in words (or `premier`),
 * a month, and a year in words (`mille …`, `deux mille …`, `dix-neuf cent …`) or in digits.
 * The span is the date, without its label. No check: the label and the shape make it a birth date.
 *
 * Not reported: a date without its year (`né le quinze mars courant` of an old civil record), a date
 * whose day is in digits (birth-date.ts reads it when its year is too).
 */

const MONTH = '(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)';
const DAY = `(?:premier|${SPOKEN_NUMBER_WORD}(?:[ -]${SPOKEN_NUMBER_WORD}){0,3})`;
const YEAR = `(?:(?:deux )?mill?e?|dix-neuf cents?)(?:[ -](?:${SPOKEN_NUMBER_WORD}|cents?)){0,6}|\\d{4}`;
// The boundary is checked after `né`: a pattern that starts with a look-behind is tried at every position.
const PATTERN = new RegExp(`n[ée](?<![\\p{L}\\p{N}]n[ée])e?s?(?: sous x)? le (${DAY} ${MONTH} (?:${YEAR}))(?![\\p{L}\\p{N}])`, 'giu');

export default defineDetector({
  id: 'birth-date-in-words',
  type: 'BIRTH_DATE',
  pattern: PATTERN,
  prefilter: phraseList('ne le|nee le|nes le|nees le|sous x le'),
  baseScore: 0.85,
  priority: 60,
  validate: (value, context) => ({ score: 0.85, start: value.length - (context.groups[1] ?? value).length }),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    "il a quatre-vingt-sept ans il est né le vingt-deux février mille neuf cent trente-huit il vit seul",
    'ses deux enfants yanis né le douze mars deux mille quinze et inès',
    'prénom hugo né le seize mai 1995 à poitiers',
    'il dit être né le premier janvier deux mille neuf point à la ligne',
    'la petite maëlys née le deux avril deux mille vingt et un, retard de langage',
  ],
  noMatch: ['né le 12 mars 2015', 'un garçon né en son domicile le quinze mars courant', 'le projet est né le douze mars', 'née le douze'],
};
