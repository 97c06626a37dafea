import type { FindingType } from '@/utils/detection/types';

export type TypeAction = 'allow' | 'warn' | 'block';

/**
 * Embedded default: what a French département does with each kind of data.
 * Block what is never needed to get help from an AI tool and is most harmful if it leaks
 * (identifiers backed by a checksum, bank data, secrets, art. 9/10 and social-file data about a
 * person, internal markings); warn on contact data, which agents often need to reword; allow
 * company identifiers, which are public (SIRENE register).
 */
export const DEFAULT_TYPE_ACTIONS: Readonly<Record<FindingType, TypeAction>> = {
  PERSON_NAME: 'warn',
  EMAIL: 'warn',
  PHONE: 'warn',
  POSTAL_ADDRESS: 'warn',
  BIRTH_DATE: 'warn',
  NIR: 'block',
  IBAN: 'block',
  CARD_NUMBER: 'block',
  ID_DOCUMENT: 'block',
  TAX_ID: 'block',
  IP_ADDRESS: 'warn',
  SECRET: 'block',
  LICENSE_PLATE: 'warn',
  CAF_NUMBER: 'block',
  COMPANY_ID: 'allow',
  HEALTH: 'block',
  SOCIAL_CASE: 'block',
  SPECIAL_CATEGORY: 'block',
  JUDICIAL: 'block',
  CONFIDENTIAL: 'block',
  CUSTOM: 'warn',
};

/** Findings below this confidence are shown nowhere and change no verdict. */
export const DEFAULT_MIN_SCORE = 0.5;
