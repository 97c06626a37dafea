import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { columnHeader } from '../../table-context';
import { testBefore } from '../../text-window';
import { codeAt } from '../../char-codes';

/**
 * French passport number, and since 2013 the card driving licence number, which has the same
 * shape: 9 characters, 2 digits + 2 upper-case letters + 5 digits (`18AB12345`); typed in lower
 * case only next to a context word.
 * No check digit in the number (it is in the MRZ). The shape is rare in ordinary text, so it is
 * reported without context at a lower score; "passeport", "permis de conduire"… raise it.
 *
 * Source: https://ants.gouv.fr (France Titres; shape as in validator.js `isPassportNumber('FR')`)
 * Examples are fictitious or public test values.
 */
/** A court case's, a tender's, a lab sample's, a batch's or an asset's reference or serial, before a number of the passport's shape or heading its column. */
const CASE_OR_ORDER_REFERENCE = /(?:^|[^a-z])(?:caa|cour|arret|reference|ref|consultation|marche|commande|echantillon|lot|tag|inventaire|serie|serial|s\/n|c\/)(?![a-z])/;

export default defineDetector({
  id: 'fr-passport',
  type: 'ID_DOCUMENT',
  // The left boundary is checked after the first digit: a pattern that starts with a look-behind is
  // tried at every position of the text.
  pattern: /\d(?<![\p{L}\p{N}]\d)\d(?:[A-Z]{2}|[a-z]{2})\d{5}(?![\p{L}\p{N}])/gu,
  baseScore: 0.6,
  keywords: phraseList('passeport|passport|permis de conduire|permis|n° de permis|titre de sejour|titre de voyage'),
  contextBoost: 0.25,
  priority: 70,
  validate: (value, context) => {
    if (context.hasContext) return true;
    // Typed in lower case (`passeport 18ab12345`), only next to a context word: alone it is any code.
    if (codeAt(value, 2) >= 97) return false;
    // The end of a host's or an asset's name (`PC-ARCH-23IT01187`, `PORT-24IT00891`).
    if (codeAt(context.text, context.start - 1) === 45) return false;
    // A case number of a cour administrative d'appel has the same shape (`CAA de Lyon, 4e chambre, n° 23LY01234`),
    // and so may a tender's or an order's reference (`Référence de la consultation : 26MN00412`), and a case's
    // number after its parties (`Mme C. c/ Département des Bouches-du-Rhône, n° 23MA02716`).
    // … and a laboratory's sample number (`échantillon 26EA00318`, a column `Échantillon`), and an asset's tag (a
    // column `Tag inventaire` in a server inventory), an inventory's or a serial number (`n° inventaire 22IM00058`, `n° de série 23TC04518`, `S/N : 21HK30564`).
    return !testBefore(context.folded, context.start, CASE_OR_ORDER_REFERENCE, 80) && !CASE_OR_ORDER_REFERENCE.test(columnHeader(context.folded, context.start) ?? '');
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['passeport n° 18AB12345', 'Passeport : 07CD54321', 'permis de conduire 13AA00002', 'son passeport 18ab12345 expire'],
  noMatch: ['passeport 18AB1234', 'passeport 1AB123456', 'passeport 18AB123456', 'code promo 18ab12345', 'passeport 18aB12345', 'CAA de Lyon, 4e chambre, 6 mars 2025, n° 23LY01234', "Voir aussi l'arrêt de la même cour n° 23BX01872 sur la même question", 'gilets haute visibilité classe 3, lot 24BX10573, 12 × 19,90 € HT', 'Référence de la consultation : 26MN00412', 'Mme C. c/ Département des Bouches-du-Rhône, n° 23MA02716', 'puits privé, échantillon 26EA00318 (laboratoire départemental)', 'Échantillon | Station | Nitrates\n26EA01537 | 06148000 | 12,4\n26EA01538 | 06148150 | 31,7', 'Nom;Site;Tag inventaire;OS\nSRV-DC01;Valfleury;24DS00417;Windows Server 2022', 'Ricoh IM C3000, n° inventaire 22IM00058', 'poste PC-ARCH-23IT01187', 'Modèle : AQU4518R11 / S/N : 21HK30564'],
};
