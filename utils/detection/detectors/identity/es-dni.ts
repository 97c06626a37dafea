import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { codeAt } from '../../char-codes';

/**
 * Spanish identity numbers: the DNI (8 digits and a check letter, `72581634M`) and the NIE of
 * foreign residents (X, Y or Z, 7 digits and a check letter, `X4718263C`), which are also their NIF.
 * A département near the border deals with cross-border workers, seasonal workers and families
 * whose documents are Spanish. The check letter is the number modulo 23 read in TRWAGMYFPDXBNJZSQVHLCKE,
 * the NIE's X, Y, Z counting as 0, 1, 2. Reported only next to a word that names the document: eight
 * digits and a letter are also references and codes, one in 23 of which holds the right letter.
 *
 * Source: Real Decreto 1553/2005 (DNI) and Orden INT/2058/2008 (NIE), Ministerio del Interior.
 * Examples are fictitious: their letters are computed.
 */
const CHECK_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

const checkLetterHolds = (value: string): boolean => {
  const compact = value.replace(/[- ]/g, '');
  const first = codeAt(compact, 0);
  // X, Y, Z stand for 0, 1, 2 (their codes are 88 to 90).
  const digits = first >= 88 ? String(first - 88) + compact.slice(1, -1) : compact.slice(0, -1);
  return CHECK_LETTERS[Number(digits) % 23] === compact[compact.length - 1];
};

export default defineDetector({
  id: 'es-dni',
  type: 'ID_DOCUMENT',
  // The left boundary is checked after the first character: a pattern that starts with a look-behind
  // is tried at every position of the text.
  pattern: /(?:[XYZ](?<![\p{L}\p{N}][XYZ])-?\d{7}|\d(?<![\p{L}\p{N}]\d)\d{7})-?[A-Z](?![\p{L}\p{N}])/gu,
  baseScore: 0.85,
  keywords: phraseList('dni|nie|nif|d.n.i|n.i.e|documento nacional|documento de identidad|tarjeta de residencia|carte d\'identite espagnole|espagnol|espagnole'),
  requiresContext: true,
  prefilter: phraseList('dni|nie|nif|d.n.i|n.i.e|documento|tarjeta|espagnol'),
  priority: 65,
  validate: (value) => checkLetterHolds(value),
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['M. Iñaki Zubizarreta, DNI 72581634M, domicilié à Irun', 'NIE de la mère : X4718263C', 'dni: 15947283-A', 'son NIE Y2093518A est en cours'],
  noMatch: ['DNI 72581634A', 'référence 72581634M', 'NIE X4718263D', 'dni 7258163M'],
};
