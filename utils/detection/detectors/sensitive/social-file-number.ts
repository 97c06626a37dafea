import { defineDetector } from '../../define-detector';
import { NOT_AFTER_WORD } from './_terms';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * File number of a person in a département's social services: MDPH (disability), ASE (child
 * protection), APA, PCH, RSA files, and the `n° IODAS` / `n° usager` / `n° bénéficiaire` of the
 * département's own applications. Formats depend on each software (numeric, with a year, with
 * letters), so only the keyword next to the number is reliable: `n° dossier MDPH : 2023-004512`,
 * `MDPH, dossier n° 1234567`, `Numéro de dossier ASE AB123456`. Not person-anchored: the number
 * itself points at one person's file.
 *
 * Source: shared/reference/detectors.md §6.3 (regex adapted: the number must hold 4 to 10 digits,
 * optionally after up to 3 capitals, with an optional `/` or `-` suffix). Examples are fictitious.
 */

const NUMBER = '(?<![\\p{L}\\p{N}])([A-Z]{0,3}[ -]?\\d{4,10}(?:[/-]\\d{1,8})?)(?![\\p{L}\\p{N}])';
const SERVICE = '(?:MDPH|ASE|APA|PCH|RSA|IODAS)';
/** A label ending its line with a colon, its number on the next line (forms copied from a PDF). */
const NEXT_LINE = '(?:(?<=:[ \\t]*)\\n[ \\t]*)?';
const PATTERN = new RegExp(
  `${NOT_AFTER_WORD}(?:${SERVICE}(?![\\p{L}\\p{N}])[^\\n\\d]{0,30}?(?:[Nn]°|[Nn]um[ée]ro|[Dd]ossier|[Rr][ée]f[ée]rence|[Uu]sager|[Bb][ée]n[ée]ficiaire)[^\\n\\d]{0,15}?${NEXT_LINE}${NUMBER}` +
    `|(?:[Nn]°|[Nn]um[ée]ro|[Dd]ossier)[ ]{1,3}(?:de[ ]{1,3})?(?:dossier[ ]{1,3})?${SERVICE}(?![\\p{L}\\p{N}])[^\\n\\d]{0,10}?${NEXT_LINE}${NUMBER}` +
    `|(?:[Nn]°|[Nn]um[ée]ro) ?(?:IODAS|usager|bénéficiaire|beneficiaire)[ :]{0,3}${NEXT_LINE}${NUMBER})`,
  'gu',
);

const LEGAL_TEXT = /(?<![\p{L}])(?:loi|d[ée]cret|arr[êe]t[ée]|ordonnance|circulaire|article)(?![\p{L}])/iu;

export default defineDetector({
  id: 'social-file-number',
  type: 'SOCIAL_CASE',
  pattern: PATTERN,
  prefilter: phraseList('mdph|ase|apa|pch|rsa|iodas|usager|beneficiaire'),
  baseScore: 0.8,
  priority: 60,
  validate: (value, context) => {
    const raw = context.groups[1] ?? context.groups[2] ?? context.groups[3];
    if (raw === undefined) return false;
    const number = raw.replace(/^[ -]/, '');
    // `budget APA 2024`, `dossier RSA n° 2025`: a bare year or years (`dossiers individuels 1945-1985`)
    // are not a file number; `la réforme du RSA issue de la loi n° 2023-1196`: a text's number.
    if (/^(?:19|20)\d\d(?:-(?:19|20)\d\d)?$/.test(number) || LEGAL_TEXT.test(value)) return false;
    // A job's, a tender's, a support ticket's, a form's or a database query's number near the service's acronym
    // (`assistants socio-éducatifs (ASE), poste n° 2026-0147`, `Portail MDPH – ticket n° 2025-004512`, `Cerfa n° 15692`,
    // `convention de gestion du RSA (convention n° 2025-117`, `Source : IODAS, requête n° 2026-017`).
    if (/(?<![\p{L}])(?:poste|offre|annonce|march[ée]|lot|ticket|incident|cerfa|convention|requ[êe]te)(?![\p{L}])/iu.test(value)) return false;
    return { score: 0.8, start: value.length - number.length, end: value.length };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: ['n° dossier MDPH : 2023-004512', 'N° de dossier MDPH :\n2023-004512', 'MDPH, dossier n° 1234567', 'Numéro de dossier ASE AB123456', 'n° IODAS 00452187'],
  noMatch: ['Source : IODAS, requête n° 2026-017', 'la MDPH du département', 'MDPH : voir le dossier', 'budget APA 2024 : 12 M€', 'dossier RSA n° 2025', "fonds de l'ASE, dossiers individuels 1945-1985", 'Explique la réforme du RSA issue de la loi n° 2023-1196', 'cadre d\'emplois des assistants socio-éducatifs (ASE), poste n° 2026-0147', 'Portail MDPH – ticket n° 2025-004512, statut résolu', 'Où déposer la demande ? (MDPH, formulaire Cerfa n° 15692*01)'],
};
