import { nirBodyIsPlausible } from '../../checksums/nir';
import { defineDetector, withoutSeparators } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * NIR written without its key: the 13 characters `S AA MM DD CCC OOO` (the key can be recomputed
 * from them, so this is as identifying as the full number). There is no checksum, so only the
 * structure is checked (sex, month or pseudo-month, département incl. 2A/2B, commune and order not
 * 000; checksums/nir.ts) and a context word is required: "sécurité sociale", "NIR", "n° SS",
 * "INSEE", "carte Vitale"…
 *
 * Source: https://xml.insee.fr/schema/2004/nir.html (INSEE NIR schema, decree 82-103)
 * Examples are fictitious or public test values.
 */
export default defineDetector({
  id: 'fr-nir-short',
  type: 'NIR',
  // The left boundary is checked after the first digit: a pattern that starts with a look-behind is
  // tried at every position of the text.
  pattern: /[1-478](?<!(?:[\p{L}\p{N}]|\d[ .\-])[1-478])(?:[ .\-]?\d){4}[ .\-]?(?:\d[ .\-]?\d|2[ABab])(?:[ .\-]?\d){6}(?![\p{L}\p{N}]|[ .\-]\d)/gu,
  baseScore: 0.7,
  keywords: phraseList(
    'securite sociale|secu|nir|nss|nia|insee|carte vitale|vitale|n° ss|n°ss|no ss|numero ss|num ss',
    'immatriculation|matricule',
  ),
  requiresContext: true,
  // 13 digits labelled as a tax number are the numéro fiscal (fr-nif), not a NIR without its key.
  negativeKeywords: phraseList('fiscal|spi|impots|impot'),
  prefilter: phraseList('secu|nir|nss|nia|insee|vitale|ss|matricul'),
  priority: 88,
  normalize: (raw) => withoutSeparators(raw).toUpperCase(),
  validate: (body, { text, start, end }) => nirBodyIsPlausible(body) && groupsFollowFields(text.slice(start, end)),
});

/** Where the NIR's fields end (sex, year, month, département of two digits or three overseas, commune, order). */
const FIELD_ENDS = new Set([1, 3, 5, 7, 8, 10, 13]);

/**
 * Separators, when there are some, fall between the NIR's fields (`1 85 05 75 112 034`); an OID's
 * dots do not (`1.2.250.1.213.1.4.10`).
 */
const groupsFollowFields = (raw: string): boolean => {
  let length = 0;
  for (const group of raw.split(/[ .\-]/)) {
    length += group.length;
    if (!FIELD_ENDS.has(length)) return false;
  }
  return true;
};

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'N° de sécurité sociale : 1 85 05 75 112 034',
    'NIR 2921119004012',
    'carte Vitale n° 2 92 11 2A 004 012',
  ],
  noMatch: [
    'Réf. commande 1850575112034',
    'NIR 1 85 13 75 112 034',
    "Le connecteur INSi utilise l'OID 1.2.250.1.213.1.4.10 (INS-NIR de test)",
    'NIR 1 85 05 75 112 03',
    'N° de sécurité sociale : 1 85 05 75 112 034 48',
  ],
};
