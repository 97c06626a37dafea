import { type Policy, SCHEMA_VERSION } from './policy-schema';

/**
 * The embedded default policy: what applies when the DSISN has set nothing, and what fills every
 * field a broken policy could not provide. Suited to a French département.
 *
 * Reasoning, type by type:
 * - **block** what an agent never needs to give an AI tool to get help, and what harms most if it
 *   leaks: identifiers backed by a checksum (NIR, IBAN, card, tax number, CAF number, identity
 *   documents), secrets (credentials give access to the information system), health, social-case,
 *   art. 9 and art. 10 data about a person (RGPD art. 9 and 10, professional secrecy of social
 *   workers, CASF L. 226-2-2), and documents marked confidential. The agent can rewrite without them.
 * - **warn** on contact data (names, e-mail addresses, phones, addresses, birth dates, plates,
 *   IP addresses): agents often paste them by habit; the warning offers to pseudonymise, modify, or
 *   send anyway with a reason (e.g. a public figure's name, fictitious data).
 * - **allow** company identifiers (SIREN, SIRET, VAT): public in the SIRENE register.
 * - Tools: all catalogue tools are **guarded**; the organisation blocks or allows tools by id.
 *   The approved alternative is Albert, the State's assistant.
 * - Mode **enforce**: the default protects from the first day; the DSISN can choose `observe` to
 *   measure before enforcing.
 * - "Send anyway" is offered on warnings only, with a reason from a short list, never free text.
 * - Agents may not relax anything locally. Statistics are kept 180 days (CNIL guidance on audit
 *   data proportionality), with reporting off until the DSISN sets an endpoint.
 */
export const DEFAULT_POLICY: Policy = {
  schemaVersion: SCHEMA_VERSION,
  policyVersion: 'vigie-default-1',
  mode: 'enforce',
  dataTypes: {
    PERSON_NAME: { action: 'warn', minScore: 0.6 },
    EMAIL: { action: 'warn' },
    PHONE: { action: 'warn' },
    POSTAL_ADDRESS: { action: 'warn' },
    BIRTH_DATE: { action: 'warn' },
    NIR: { action: 'block' },
    IBAN: { action: 'block' },
    CARD_NUMBER: { action: 'block' },
    ID_DOCUMENT: { action: 'block' },
    TAX_ID: { action: 'block' },
    IP_ADDRESS: { action: 'warn' },
    SECRET: { action: 'block' },
    LICENSE_PLATE: { action: 'warn' },
    CAF_NUMBER: { action: 'block' },
    COMPANY_ID: { action: 'allow' },
    HEALTH: { action: 'block' },
    SOCIAL_CASE: { action: 'block' },
    SPECIAL_CATEGORY: { action: 'block' },
    JUDICIAL: { action: 'block' },
    CONFIDENTIAL: { action: 'block' },
    CUSTOM: { action: 'warn' },
  },
  defaultDataAction: 'warn',
  defaultMinScore: 0.5,
  tools: {},
  defaultToolAccess: 'guarded',
  extraTools: [],
  approvedAlternative: { name: 'Albert', url: 'https://albert.numerique.gouv.fr/' },
  customRules: [],
  organisation: {
    name: 'Département',
    dpoContact: 'Délégué à la protection des données (DPO) de votre collectivité',
  },
  sendAnyway: {
    allowedFor: ['warn'],
    reasonRequired: true,
    reasons: [
      { id: 'fictitious-data', label: { fr: 'Données fictives', en: 'Fictitious data' } },
      { id: 'consent', label: { fr: 'Accord de la personne concernée', en: 'Consent of the person concerned' } },
      { id: 'public-data', label: { fr: 'Donnée publique', en: 'Public data' } },
      { id: 'own-data', label: { fr: 'Mes propres données', en: 'My own data' } },
      { id: 'false-alarm', label: { fr: 'Ce n’est pas une donnée personnelle', en: 'Not personal data' } },
    ],
  },
  allowLocalRelaxation: false,
  statistics: { retentionDays: 180, reportingMinCount: 5 },
  // Files Vigie cannot read (pdf, images) may be fine (a public report) or not (a scanned file): the agent decides, warned.
  attachments: { uncheckedFiles: 'warn', maxBytes: 5 * 1024 * 1024 },
  refreshMinutes: 360,
  pseudonymisation: { dateOfBirth: 'ageBracket', mappingTtlMinutes: 240 },
};
