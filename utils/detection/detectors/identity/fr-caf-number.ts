import { defineDetector } from '../../define-detector';
import { columnHeader } from '../../table-context';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { testBefore } from '../../text-window';

/**
 * Numéro allocataire (now also "numéro de dossier") of a household at the CAF (family benefits,
 * RSA, housing aid), or the equivalent MSA number: 7 digits, no public checksum.
 * Reported only after an anchor: `allocataire` or `alloc` (`alloc.`, `num_alloc=` in a log), or `n°`/`numéro`/`dossier`/`matricule`/
 * `identifiant` + `CAF`/`MSA`, within 40 characters before the number (or at the end of the line
 * above, after a colon, as forms copied from a PDF put it). "CAF" alone is not enough: in
 * a département's finance documents it means capacité d'autofinancement (`CAF brute 1 250 000`).
 *
 * Source: https://www.caf.fr (Caisse nationale des allocations familiales)
 * Examples are fictitious or public test values.
 */
const ANCHOR_BEFORE =
  /(?:allocataire|(?<![a-z])alloc(?:\.|(?=[ =]))|numalloc|(?:caf|msa) (?:n°|no|num|numero)|(?:n°|no|num|numero|dossier|matricule|identifiant)[ _]*(?:d' ?)?(?:allocataire[ _]*)?(?:caf|msa))[^\n\d]{0,40}(?::[ \t]*\n[ \t]*)?$/;

/** A form pasted one cell per line: the label alone on the line above (`N° allocataire` ↵ `1234567`). */
const LABEL_LINE_ABOVE = /(?:^|\n)[ \t]*(?:n°|no|num|numero)[ \t]*(?:d' ?)?(?:allocataire|caf|msa)(?: (?:caf|msa))?[ \t]*\n[ \t]*$/;

const QUOTIENT_IN_ROW = /(?<![a-z])(?:quotient(?: familial)?|qf)(?![a-z])[ :]{0,3}\d/;

/** The line holding [start, end) (in a CSV/TSV paste, the row), with the candidate itself blanked out. */
const rowOf = (folded: string, start: number, end: number): string => {
  const lineStart = folded.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = folded.indexOf('\n', end);
  return `${folded.slice(lineStart, start)}#${folded.slice(end, lineEnd === -1 ? folded.length : lineEnd)}`;
};

/** A column header that names the CAF or MSA number. */
const CAF_COLUMN = /allocataire|caf|msa|(?<![a-z])alloc(?![a-z])/;

export default defineDetector({
  id: 'fr-caf-number',
  type: 'CAF_NUMBER',
  // The left boundary is checked after the first digit: a pattern that starts with a look-behind is
  // tried at every position of the text. A form copied from a PDF gives one digit per box (`2 7 4 1 8 5 3`,
  // `|3|0|6|8|2|1|4|`); a number read out is grouped (`30 64 518`, `5 812 364`).
  pattern: /\d(?<!(?:[\p{L}\p{N}]|\d[ .\-])\d)(?:\d{6}|(?: \d){6}|(?:\|\d){6}|\d \d\d \d{3}| \d{3} \d{3})(?![\p{L}\p{N}]|[ .\-]?\d)/gu,
  baseScore: 0.75,
  keywords: phraseList('allocataire|alloc|numeroallocataire|numallocataire|numalloc|caf|msa|quotient familial|quotient|qf'),
  requiresContext: true,
  negativeKeywords: phraseList("caf brute|caf nette|capacite d'autofinancement|autofinancement"),
  prefilter: phraseList('alloc|caf|msa|quotient|qf'),
  priority: 65,
  // The label comes before the number, or heads its table column (CSV/TSV/Markdown rows).
  // Or the row also gives the family quotient (QF), which the CAF computes: school grant and canteen
  // tables list the allocataire number next to it.
  // A number of one repeated digit (`0000000`) is a placeholder.
  validate: (value, context) =>
    !/^(\d)\1+$/.test(value.replace(/[ |]/g, '')) &&
    (testBefore(context.folded, context.start, ANCHOR_BEFORE, 75) ||
      testBefore(context.folded, context.start, LABEL_LINE_ABOVE, 40) ||
      CAF_COLUMN.test(columnHeader(context.folded, context.start) ?? '') ||
      QUOTIENT_IN_ROW.test(rowOf(context.folded, context.start, context.end))),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['n° allocataire CAF : 1234567', '"num_caf": "3318204"', 'alloc. 3098124', 'tel 06 39 98 41 27 / alloc 4829173 / 12 allée des Genêts', 'N° allocataire CAF enregistré pour le calcul du tarif : 3618204', '"numeroAllocataire": "6031879"', 'caisse MSA n° 3047812', 'N° allocataire CAF :\n1234567', 'numéro allocataire 7654321', 'Dossier CAF n°0123456', 'matricule MSA 2345678', 'Nom;Prénom;N° allocataire\nDUPONT;Marie;3307412', 'FAURE Lina;6e;2290417;quotient 480', '| nom  | num_alloc |\n+------+-----------+\n| RUIZ | 4418203   |', 'N° allocataire\n1234567\nAdresse', '<NumAlloc>2284519</NumAlloc>', 'Numéro allocataire CAF\n2 7 4 1 8 5 3\nAdresse', 'N° allocataire |3|0|6|8|2|1|4| Allocataire : Mme X', "son numéro allocataire c'est le 30 64 518, merci", 'INFO declaration.submit num_alloc=4471902 user=x'],
  noMatch: ['quotient 1234567', 'CAF brute : 1234567 €', 'n° allocataire 123456', 'allocataire depuis 2019', 'CAF 1234567', 'n° allocataire : 0000000', "Nombre d'allocataires\n1234567"],
};
