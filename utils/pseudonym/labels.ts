import type { FindingType } from '@/utils/detection/types';

/** Roles a person can have in a social-work file; the placeholder says which, so the answer stays readable. */
export type PersonRole = 'USAGER' | 'ENFANT' | 'AGENT';

/**
 * Placeholder label per kind of data, in French as agents read them: `[COURRIEL_1]`,
 * `[TÉLÉPHONE_2]`. Person names take their role instead (`[USAGER_1]`, `[ENFANT_1]`, `[AGENT_1]`).
 */
export const PLACEHOLDER_LABELS: Readonly<Record<FindingType, string>> = {
  PERSON_NAME: 'USAGER',
  EMAIL: 'COURRIEL',
  PHONE: 'TÉLÉPHONE',
  POSTAL_ADDRESS: 'ADRESSE',
  BIRTH_DATE: 'DATE_NAISSANCE',
  NIR: 'NIR',
  IBAN: 'IBAN',
  CARD_NUMBER: 'CARTE_BANCAIRE',
  ID_DOCUMENT: 'PIÈCE_IDENTITÉ',
  TAX_ID: 'NUMÉRO_FISCAL',
  IP_ADDRESS: 'ADRESSE_IP',
  SECRET: 'SECRET',
  LICENSE_PLATE: 'IMMATRICULATION',
  CAF_NUMBER: 'NUMÉRO_CAF',
  COMPANY_ID: 'ENTREPRISE',
  HEALTH: 'SANTÉ',
  SOCIAL_CASE: 'SITUATION_SOCIALE',
  SPECIAL_CATEGORY: 'DONNÉE_SENSIBLE',
  JUDICIAL: 'JUDICIAIRE',
  CONFIDENTIAL: 'CONFIDENTIEL',
  CUSTOM: 'DONNÉE',
};

/**
 * Any text shaped like a placeholder: `[` upper-case label (letters, accents, `_`) `_` number `]`.
 * Used to find placeholders in answers and to reserve look-alikes already typed by the agent.
 */
export const PLACEHOLDER_PATTERN = /\[[A-ZÀ-ÖØ-Þ]+(?:_[A-ZÀ-ÖØ-Þ]+)*_\d{1,4}\]/g;

/** A prefix of a placeholder cut at the end of a streamed chunk (`[USA`, `[USAGER_`). */
export const PLACEHOLDER_PREFIX_AT_END = /\[[A-ZÀ-ÖØ-Þ_]*\d{0,4}$/;

export function placeholderOf(label: string, index: number): string {
  return `[${label}_${index}]`;
}

// Folded (lower case, no accents) context words before a name, nearest wins.
const ROLE_WORDS: readonly (readonly [RegExp, PersonRole])[] = [
  [/\b(?:enfants?|fils|filles?|mineur(?:e|s|es)?|bebe|nourrisson|petite?-(?:fils|fille)|neveu|niece|eleve)\b/g, 'ENFANT'],
  [
    /\b(?:agents?|collegues?|assistant(?:e)?s? social(?:e|es|s)?|travailleu(?:r|se)s? socia(?:l|le|ux)|referent(?:e|s|es)?|educat(?:eur|rice)s?|conseill(?:er|ere)s?|signature|signe|cordialement|redacteur|redactrice|instructeur|instructrice|chef(?:fe)? de service|responsable)\b/g,
    'AGENT',
  ],
];

/** How far back (in characters, same sentence) a role word is looked for. */
const ROLE_WINDOW = 48;

/**
 * The role of a person named at `start` in `folded` (lower case, accent-free text, same offsets),
 * from the nearest role word before the name in the same sentence and after `notBefore` (the end of
 * the previous name); `USAGER` by default.
 */
export function roleBefore(folded: string, start: number, notBefore = 0): PersonRole {
  let window = folded.slice(Math.max(0, notBefore, start - ROLE_WINDOW), start);
  const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf('!'), window.lastIndexOf('?'), window.lastIndexOf(';'));
  if (sentenceEnd >= 0) window = window.slice(sentenceEnd + 1);
  let best: { at: number; role: PersonRole } | null = null;
  for (const [pattern, role] of ROLE_WORDS) {
    for (const match of window.matchAll(pattern)) {
      const at = match.index + match[0].length;
      if (!best || at > best.at) best = { at, role };
    }
  }
  return best?.role ?? 'USAGER';
}
