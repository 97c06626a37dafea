import { foldText } from '@/utils/detection/normalize';
import type { Finding, FindingType } from '@/utils/detection/types';

/** Placeholder stem per type, in French as agents read them (`[NOM_1]`, `[TÉL_1]`). */
export const PLACEHOLDER_STEMS: Readonly<Record<FindingType, string>> = {
  PERSON_NAME: 'NOM',
  EMAIL: 'EMAIL',
  PHONE: 'TÉL',
  POSTAL_ADDRESS: 'ADRESSE',
  BIRTH_DATE: 'DATE_NAISSANCE',
  NIR: 'NIR',
  IBAN: 'IBAN',
  CARD_NUMBER: 'CARTE',
  ID_DOCUMENT: 'PIÈCE_IDENTITÉ',
  TAX_ID: 'NUM_FISCAL',
  IP_ADDRESS: 'IP',
  SECRET: 'SECRET',
  LICENSE_PLATE: 'PLAQUE',
  CAF_NUMBER: 'NUM_CAF',
  COMPANY_ID: 'ENTREPRISE',
  HEALTH: 'SANTÉ',
  SOCIAL_CASE: 'SITUATION_SOCIALE',
  SPECIAL_CATEGORY: 'DONNÉE_SENSIBLE',
  JUDICIAL: 'JUDICIAIRE',
  CONFIDENTIAL: 'CONFIDENTIEL',
  CUSTOM: 'DONNÉE',
};

/** A value's identity for the mapping: case, accents and spacing do not make a new person. */
function valueKey(type: FindingType, value: string): string {
  return `${type}:${foldText(value).replace(/[\s.\-]+/g, ' ').trim()}`;
}

/**
 * The placeholder mapping of one tab's conversation. Lives in memory only: never stored, never
 * sent; dropped with the content script when the tab closes.
 */
export class PseudonymMap {
  private readonly byValue = new Map<string, string>();
  private readonly counters = new Map<FindingType, number>();

  placeholderFor(type: FindingType, value: string): string {
    const key = valueKey(type, value);
    let placeholder = this.byValue.get(key);
    if (!placeholder) {
      const next = (this.counters.get(type) ?? 0) + 1;
      this.counters.set(type, next);
      placeholder = `[${PLACEHOLDER_STEMS[type]}_${next}]`;
      this.byValue.set(key, placeholder);
    }
    return placeholder;
  }

  get size(): number {
    return this.byValue.size;
  }
}

export interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly placeholder: string;
}

/** The replacements for `findings` in `text`, last first, so applying them in order keeps offsets valid. */
export function planReplacements(text: string, findings: readonly Finding[], map: PseudonymMap): Replacement[] {
  return [...findings]
    .sort((a, b) => b.start - a.start)
    .map((finding) => ({ start: finding.start, end: finding.end, placeholder: map.placeholderFor(finding.type, text.slice(finding.start, finding.end)) }));
}

export function applyReplacements(text: string, replacements: readonly Replacement[]): string {
  let out = text;
  for (const replacement of replacements) out = out.slice(0, replacement.start) + replacement.placeholder + out.slice(replacement.end);
  return out;
}
