import { compileWordList } from './define-detector';

/**
 * Words that tie a sensitive term to a person (shared/reference/detectors.md §9.1): civil titles,
 * roles of a département's files, family relations and personal pronouns. "La politique de santé
 * du département" has none; "Mme X suit un traitement" has one.
 * Folded (lower case, no accents).
 */
export const PERSON_ANCHOR_WORDS: readonly string[] = [
  // Titles
  'm', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'dr', 'docteur', 'me',
  // Roles in a file
  'usager', 'usagere', 'beneficiaire', 'allocataire', 'patient', 'patiente', 'enfant', 'mineur',
  'mineure', 'agent', 'agente', 'salarie', 'salariee', 'collegue', 'eleve', 'famille', 'parent',
  'parents', 'mere', 'pere', 'fils', 'fille', 'epoux', 'epouse', 'conjoint', 'conjointe', 'frere', 'soeur',
  'demandeur', 'demandeuse', 'locataire', 'resident', 'residente', 'personne agee',
  // Pronouns and possessives that point at someone
  'il', 'elle', 'ils', 'elles', 'lui', 'sa', 'son', 'ses', 'leur', 'leurs', 'je', 'mon', 'ma', 'mes',
];

const ANCHOR_REGEX = compileWordList(PERSON_ANCHOR_WORDS);

/** True when the sentence [start, end) of the folded text contains a person anchor. */
export function hasPersonAnchor(_text: string, folded: string, start: number, end: number): boolean {
  return ANCHOR_REGEX !== null && ANCHOR_REGEX.test(folded.slice(start, end));
}
