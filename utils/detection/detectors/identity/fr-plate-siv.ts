import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { columnHeader } from '../../table-context';
import { testBefore } from '../../text-window';
import { phraseList } from '../../word-list';
import { codeAt } from '../../char-codes';

/**
 * French licence plate of the SIV system (since 2009), attached to the vehicle for life and linked
 * to its holder in the register: `AA-123-AA`, hyphens on the plate, spaces or nothing when typed.
 * Rules: letters I, O and U are never used, the block `SS` is never used, the number `000` is never
 * used (series AA-001-AA to ZZ-999-ZZ; `WW` on the left are real temporary plates).
 * Upper case is the rule. A plate typed in lower case is one with its two hyphens (`ab-123-cd`, lower
 * score), or in any form with a context word (immatriculation, plaque, véhicule…): `ab 123 cd` and
 * `ab123cd` alone are too close to codes and references.
 *
 * Source: https://ants.gouv.fr (France Titres, SIV vehicle register)
 * Examples are fictitious or public test values.
 */
/**
 * Two French words, or a word and a unit, around a number (`CONTACTER LE 115 ET L'ASSO`, `le véhicule roule
 * près de 180 km par jour`), compared in capitals.
 */
const WORDS_AROUND_NUMBER = /^(?:LE|LA|DE|ET|EN|NE|SE|CE|SA|MA|TA|ME|TE) \d{3} (?:LE|LA|DE|ET|EN|NE|SE|CE|SA|MA|TA|ME|TE|KM|KG|CM|MM|ML|CL)$/;

/** Products named by a model's reference (folded): printer supplies, parts, batteries; sensors and food named by a code (`le capteur PZ-211-AM`, `Code TT-800-HV | Tarte Tatin`), lists of them (`réf. FK-318-BD, FK-319-BD et FK-320-BD`). */
const PRODUCT_BEFORE = /(?:^|[^a-z])(?:cartouches?|toners?|encres?|imprimantes?|ref\.?|reference|modele|article|piles?|batteries?|ampoules?|pieces?|capteurs?|sondes?|reperes?|codes?)(?: [a-z]+)? (?:[a-z]{2}-\d{3}-[a-z]{2},? (?:et |a )?)*$/;

/** Column headers of product and sensor codes (folded; `Code art.`). */
const PRODUCT_COLUMN = /(?:^|[^a-z])(?:article|art|reference|ref|produit|modele|capteur|sonde)(?![a-z])/;

export default defineDetector({
  id: 'fr-plate-siv',
  type: 'LICENSE_PLATE',
  // The left boundary is checked after the first letter and "not SS" after the second: a pattern
  // that starts with a look-around is tried at every position of the text.
  pattern:
    /[A-HJ-NP-TV-Za-hj-np-tv-z](?<![\p{L}\p{N}][A-HJ-NP-TV-Za-hj-np-tv-z])[A-HJ-NP-TV-Za-hj-np-tv-z](?<![Ss]{2})[- ]?(?!000)\d{3}[- ]?(?![Ss]{2})[A-HJ-NP-TV-Za-hj-np-tv-z]{2}(?![\p{L}\p{N}])/gu,
  baseScore: 0.75,
  keywords: phraseList('immatriculation|immatricule|immatriculee|immat|plaque|vehicule|voiture|carte grise|siv'),
  priority: 55,
  validate: (plate, context) => {
    // `RD 999 PR 22+600`, `rd 941 pk 23`: a road and its reference or kilometre point; `RD 910 RD 951`, `RD 840 ET RD 802`: a list
    // of roads; `sur la rd 115 le 4/9`: a road, then a date.
    if (/^r[dn][- ]?\d{3}[- ]?(?:pr|pk|r[dn]|et|ou|le|au|en|de|du)$/i.test(plate)) return false;
    // A form's placeholder (`immatriculé [AA-123-AA]`, `XX-123-XX`).
    if (/^([AX])\1.?\d{3}.?\1\1$/i.test(plate)) return false;
    const letters = plate.replace(/[^A-Za-z]/g, '');
    // A product's or a document's reference after what it is (`Cartouche HP 305 XL noir`, `avenant n° 1, réf. AV-214-RT`),
    // or in a column of codes (`Code article;Désignation` ↵ `XR-250-LT;Station d'accueil USB-C`).
    if (!context.hasContext && (testBefore(context.folded, context.start, PRODUCT_BEFORE, 90) || PRODUCT_COLUMN.test(columnHeader(context.folded, context.start) ?? ''))) return false;
    if (letters === letters.toUpperCase()) return context.hasContext || !WORDS_AROUND_NUMBER.test(plate);
    // Lower case (never mixed within the plate): with both hyphens, or with a context word.
    if (letters !== letters.toLowerCase()) return false;
    if (context.hasContext) return !WORDS_AROUND_NUMBER.test(plate.toUpperCase());
    return plate.length === 9 && codeAt(plate, 2) === 45 && codeAt(plate, 6) === 45 ? 0.6 : false;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['AB-123-CD', 'GH 001 ZZ', 'FX456TR', 'plaque ab-123-cd', 'immat : ab 123 cd', 'camionnette blanche fm-811-xk aperçue'],
  noMatch: [
    'VIABILITE HIVERNALE : RD 840 ET RD 802 TRAITEES, RD 19 EN COURS',
    'gravillons sur la rd 920 le 12/10, le véhicule a un impact au pare-brise',
    'Ligne 1 : Cartouche HP 305 XL noir, 40 × 23,90 € HT',
    'lot 1 terrassements (avenant n° 1, réf. AV-214-RT)',
    'Code article;Désignation;Qté\nKB-FR-2207;Clavier AZERTY;40\nXR-250-LT;Station d\'accueil USB-C;35',
    'RD 999 PR 22+600', 'patrouille rd 941 pk 23 : vehicule abandonne', 'circuits prioritaires RD 910 RD 951 et RD 347', 'AI-123-BC', 'SS-123-AB', 'AB-000-CD', 'AB-1234-CD', 'ab 123 cd', 'ab123cd', 'Ab-123-cD', 'ab-123-Cd',
    "PROPOSITION : CONTACTER LE 115 ET L'ASSO LOGE-TOIT.",
    'le véhicule familial roule près de 180 km par jour',
    'le véhicule immatriculé [AA-123-AA]',
    'Le capteur PZ-211-AM ne remonte plus',
    'id_capteur;bss;niveau\nPZ-104-AV;BSS001ZKQR;412,37\nPZ-218-BE;BSS002AXTM;398,02',
  ],
};
