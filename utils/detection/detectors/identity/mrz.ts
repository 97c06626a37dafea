import { codeAt, codePointBefore, isAsciiDigit } from '../../char-codes';
import { icaoCheckIsValid } from '../../checksums/icao';
import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * Machine-readable zone (MRZ) lines of identity documents, as pasted from a scan or an OCR:
 * passports (TD3, 2 × 44), identity cards (TD1, 3 × 30; TD2, 2 × 36; old French CNI, 2 × 36) and
 * French driving licences (1 × 30). One line already holds a name or a document number and birth
 * date. Characters `A–Z`, `0–9`, `<`, with a `<<` filler.
 * Check: lines that carry check digits must pass them (ICAO 9303 weights 7-3-1, checksums/icao.ts):
 * document number, birth date, expiry date, composite where the line holds it; name lines must
 * have the document header (`P<FRA…`, `IDFRA…`) or be letters and fillers only.
 *
 * Source: https://www.icao.int/publications/pages/publication.aspx?docnum=9303
 * Examples are fictitious or public test values (cheminfo/mrz test data).
 */
const check = icaoCheckIsValid;
const NAME_CHARS = /^[A-Z<]+$/;

/**
 * Second line of a passport (TD3, 44) or of a TD2 card (36): number, nationality, birth date,
 * sex, expiry, personal or optional data, then the composite check in the last character.
 */
const numberDatesLine = (line: string): boolean => {
  const last = line.length - 1;
  return (
    check(line.slice(0, 9), line[9]) &&
    /^\d{6}$/.test(line.slice(13, 19)) &&
    check(line.slice(13, 19), line[19]) &&
    check(line.slice(21, 27), line[27]) &&
    check(line.slice(0, 10) + line.slice(13, 20) + line.slice(21, last), line[last])
  );
};

/** Old French CNI line 2 (36): 12-char number + check, given names, birth date + check, sex, composite. */
const frenchIdSecond = (line: string): boolean => check(line.slice(0, 12), line[12]) && /^\d{6}$/.test(line.slice(27, 33)) && check(line.slice(27, 33), line[33]) && /[MF<]/.test(line[34]);

/** Line 1 of passports, visas and ID cards: document code, issuing state, then names. */
const headerNameLine = (line: string): boolean => /^[PVIAC][A-Z<][A-Z<]{3}/.test(line) && NAME_CHARS.test(line.slice(5)) && /[A-Z]{2}/.test(line.slice(5));

export const mrzLineIsValid = (line: string): boolean => {
  if ((line.match(/[A-Z0-9]/g)?.length ?? 0) < 5) return false;
  switch (line.length) {
    case 44:
      return (line[0] === 'P' || line[0] === 'V') ? headerNameLine(line) || numberDatesLine(line) : numberDatesLine(line);
    case 36:
      return (
        /^IDFRA[A-Z<]{25}[0-9A-Z<]{6}$/.test(line) || frenchIdSecond(line) || numberDatesLine(line) || headerNameLine(line)
      );
    case 30:
      if (line.startsWith('D1FRA')) return check(line.slice(0, 14), line[14]) && check(line.slice(0, 29), line[29]);
      // TD1 line 1: document code, state, number + check; line 2: birth and expiry dates + checks.
      if (/^[IAC][A-Z<][A-Z<]{3}[0-9A-Z<]{9}\d/.test(line)) return check(line.slice(5, 14), line[14]);
      if (/^\d{7}[MFX<]\d{7}[A-Z<]{3}/.test(line)) return check(line.slice(0, 6), line[6]) && check(line.slice(8, 14), line[14]);
      // TD1 line 3: names only.
      return NAME_CHARS.test(line) && /[A-Z]{2}/.test(line);
    default:
      return false;
  }
};

/** Characters that may not precede a line (look-behind `(?<![\p{L}\p{N}<])`). */
const NOT_BEFORE_LINE = /^[\p{L}\p{N}<]$/u;

const isLineChar = (code: number): boolean => (code >= 65 && code <= 90) || isAsciiDigit(code) || code === 60;

/**
 * Start of the MRZ line whose first `<<` is at `anchor` and which ends at `end`: the `A–Z0–9<`
 * characters before the anchor, not preceded by a letter, a digit or `<`, for a line of 44, 36
 * or 30 characters; -1 otherwise.
 */
const mrzLineStart = (text: string, anchor: number, end: number, minStart: number): number => {
  let start = anchor;
  while (start > 0 && anchor - start <= 42 && isLineChar(codeAt(text, start - 1))) start--;
  const length = end - start;
  if (anchor - start > 42 || start < minStart || (length !== 44 && length !== 36 && length !== 30)) return -1;
  return NOT_BEFORE_LINE.test(codePointBefore(text, start)) ? -1 : start;
};

export default defineDetector({
  id: 'mrz',
  type: 'ID_DOCUMENT',
  severity: 'critical',
  // A line is a whole run of `[\p{L}\p{N}<]` of 44, 36 or 30 characters, all `A–Z0–9<`, with a
  // `<` among its first 44. The pattern starts at the run's first `<` (a pattern starting with
  // `[A-Z0-9<]` would be tried at every capital and digit of the text) and `mrzLineStart` walks
  // back to the start of the run. One `<` and not `<<`: the second line of an old CNI whose given
  // names fill their 14 characters has no filler (`…LAETITIA<ANNE<7511057F2`).
  // `(?=(…))\1` takes the rest of the run whole (an atomic group): no shorter rest can end the run.
  pattern: /<(?=([A-Z0-9<]{0,42}))\1(?![\p{L}\p{N}<])/gu,
  candidateStart: (text, anchor, minStart) => mrzLineStart(text, anchor.index, anchor.index + anchor[0].length, minStart),
  baseScore: 0.9,
  keywords: phraseList("mrz|passeport|passport|carte d'identite|cni|permis|bande mrz|ocr"),
  prefilter: ['<'],
  priority: 95,
  validate: (line) => mrzLineIsValid(line),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'IDFRATEST<NAME<<<<<<<<<<<<<<<<0CHE02',
    '1710GVA123451ROBERTA<<<<<<<9112311F2',
    'D1FRA13AA000026181231MARTIN<<9',
    'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
    'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
  ],
  noMatch: [
    'IDFRATESTNAME',
    'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
    'IDFRATEST<NAME<<<<<<<<<<<<<<<<0CHE0',
    '1710GVA123452ROBERTA<<<<<<<9112311F2',
    'L898902C36UTO7408122F1204159ZE184226B<<<<<11',
  ],
};
