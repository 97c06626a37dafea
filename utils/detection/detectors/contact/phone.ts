import { phoneMetadata } from '../../data/phone-metadata';
import { defineDetector } from '../../define-detector';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';
import { testAfter, testBefore, textAfter, textBefore } from '../../text-window';
import { codeAt } from '../../char-codes';
import { columnHeader } from '../../table-context';

/**
 * Telephone number: French numbers in the forms people type, overseas and Monaco numbers, and
 * international numbers written with their `+` (or `00`) country calling code.
 *
 * Format: national `0` + 9 digits grouped by two (`06 12 34 56 78`, `06.12.34.56.78`, `06/12/34/56/78`,
 * `0612345678`); international `+33 6 12 34 56 78`, `+33 (0)6 …`, `(+33) 6 …`, `0033 6 …`;
 * overseas `0692 12 34 56` / `+262 692 12 34 56`; Monaco `+377 93 15 20 00`; any `+CC …`;
 * North American `(415) 555-0132` (the parenthesised area code makes it unambiguous); British
 * national `020 7946 0274`, `0113 496 0527` after an English word (`reach me on`, `Office –`).
 *
 * Check: French numbers (national, `+33`, `0033`) against the ARCEP numbering plan as encoded in
 * libphonenumber's metadata for FR, RE, YT, GP, BL, MF, GF and MQ (a `0` + 9 digit national number
 * is valid when its first digits belong to a fixed, mobile, special or VoIP block). Other
 * countries with libphonenumber-js's `min` metadata, what its validation reads of it (lengths,
 * national-number patterns and number types of every country, deflated, about 10 kB; see
 * data/generate-phone-metadata.ts), read as its `isValidNumber` does. Only `+`/`00`/`(…)`
 * candidates reach it, so a document full of digit runs costs a regex scan, not a check per run.
 *
 * Not reported: short public numbers (15, 17, 115, 119, 3939, 3646…: too short for the pattern),
 * amounts with a currency or percent sign after them, digit runs that continue before or after
 * the candidate (order numbers, IBANs, tables), and `08` special-rate numbers get a low score
 * (organisations' numbers, not persons'). Near `réf`, `commande`, `facture`, `dossier` the
 * score drops below the default policy threshold.
 *
 * Source: ARCEP, plan national de numérotation téléphonique
 * (https://www.arcep.fr/la-regulation/grands-dossiers-thematiques-transverses/la-numerotation.html).
 * Examples are fictitious.
 */

// National significant numbers (9 digits, without the trunk `0`) of metropolitan France and the
// overseas departments, from libphonenumber's FR/RE/YT/GP/BL/MF/GF/MQ patterns: fixed 01-05
// (040 is unused), mobiles 06 and 073-079, overseas mobiles 07090-07094, special 08 (087 and
// 084x other than 0840/0842/0844 are unused), VoIP 09. `070`-`072` are not 10-digit numbers.
export const FR_NATIONAL_NUMBER = /^(?:(?:[1-35]\d|4[1-9])\d{7}|6\d{8}|7[3-9]\d{7}|709[0-4]\d{5}|8(?:[0-35689]\d|4[024])\d{6}|9\d{8})$/;

// One separator between digit groups (text is normalised: no-break spaces are spaces, dashes '-').
const SEP = '[ .\\-]';
// Slashes only throughout (`05/65/12/34/56`), so that a date never starts a phone number.
const NATIONAL = `0[1-9](?:(?:${SEP}?\\d{2}){4}|(?:\\/\\d{2}){4})`;
// Left boundary of a candidate (`(?<![\p{L}\p{N}+_@/#&])`), checked after the candidate's first
// character `first`: a pattern that starts with a look-behind is tried at every position of the text.
// After `=`, `validate` wants a phone key (`tel=0612345678` in a URL or a log, not `id=0612345678`).
const BOUNDARY = (first: string) => `${first}(?<![\\p{L}\\p{N}+_@/#&]${first})`;
const PHONE_KEY_BEFORE = /(?:tel|phone|mobile|portable|gsm|fax|cell)[a-z_-]{0,12}=$/;
// `+CC`, `(+CC)` or `00CC` (in the pattern below), then 5-16 digits, each after an optional separator or inside a short
// parenthesised group (`(0)`, `(20)`). Each repetition consumes exactly one digit, so the
// pattern is linear.
const INTERNATIONAL_DIGITS = `(?:${SEP}?\\d|${SEP}?\\(\\d{1,4}\\)${SEP}?\\d){5,16}`;
const NANP = '\\(\\d{3}\\) ?\\d{3}[\\-. ]\\d{4}';
// A British national number, 0 + 10 digits in its groups (`020 7946 0274`, `0113 496 0527`, `07700 900318`),
// taken in English text only (see ENGLISH_BEFORE).
const UK_NATIONAL = '0\\d{2,4} \\d{3,4} ?\\d{3,4}';
/** Words of an English sentence or of a British address shortly before a British national number. */
const ENGLISH_BEFORE = /(?:^|[^a-z])(?:uk|england|scotland|wales|london|britain|british|reach me|call me|call us|phone|mobile|office|tel|on|or)[ :.,–-]{0,4}$/;

const PATTERN = new RegExp(
  // The French and British national forms share their `0` and its boundary check, done once.
  `(?:${BOUNDARY('0')}(?:(${NATIONAL.slice(1)})|(${UK_NATIONAL.slice(1)}))|((?:${BOUNDARY('\\(')}\\+[1-9]\\d{0,2}\\)|${BOUNDARY('\\+')} ?[1-9]|${BOUNDARY('0')}0 ?[1-9])${INTERNATIONAL_DIGITS})|(${BOUNDARY('\\(')}${NANP.slice(2)}))(?![\\p{L}\\p{N}])`,
  'gu',
);

const BASE_SCORE = 0.7;
const WEAK_SCORE = 0.3;
const SPECIAL_RATE_SCORE = 0.35;

// Words right before a number that make it a reference rather than a phone number (`code PSV 0120003312`, a water station's;
// `Poste n° 0420003157`, a job's; `à 10 chiffres du type 0412038571`, a format's example; `Quittance n° 0625031487`,
// `Titre de recette n° 0612 4587 39`, `devis fournisseur n° 0553420118`, `engagement comptable n° 0612204487`,
// `remise TPE n° 0639981204`: a receipt's, a revenue order's, a quote's, an accounting commitment's and a card terminal's).
const REFERENCE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:code(?: [a-z]{2,8})?|ref|reference|refs|commande|cde|devis|facture|dossier|contrat|ticket|colis|suivi|bordereau|mandat|engagement|juridique|marche|siret|siren|iban|rib|n° de (?:commande|dossier|facture|client)|order|invoice|(?:reception|poste) n°|quittance|recette|(?:engagement|contrat|devis|dossier|remise) [a-z]{2,12} n°|du type|de type)\.?[ ]?(?:n[°o]\.?|num(?:ero)?\.?|#|:)?[ ]?(?:[:#][ ]?)?$/u;
// `N° d'engagement juridique :`, `N° de bon :`: a numbered thing that is no phone line.
const NUMBERED_LABEL_BEFORE = /(?:^|[^\p{L}\p{N}])n[°o]\.? ?(?:de |d')(?!tel|portable|mobile|fax|contact|urgence|astreinte|standard|poste|ligne|appel)[\p{L}' -]{2,40}:? ?$/u;
// A code's letters joined by a hyphen (`devis fournisseur DV-0612202601`, `BC-0145…`): a reference, unless they say phone.
const CODE_PREFIX_BEFORE = /(?:^|[^\p{L}\p{N}])(?!TEL|FAX|GSM|MOB|PORT)[A-Z]{1,5}-$/u;
// Currency or percent right after: an amount.
const AMOUNT_AFTER = /^ ?(?:€|eur(?:os?)?(?![\p{L}])|\$|%|k€|m€|md€|ht(?![\p{L}])|ttc(?![\p{L}]))/u;
// The same shape as a French national number, used to accept phone lists written without commas.
const NATIONAL_AHEAD = new RegExp(`^${SEP}0[1-9](?:${SEP}?\\d{2}){4}(?!${SEP}?\\d)`);
const NATIONAL_BEHIND = new RegExp(`(?<!\\d${SEP}?)0[1-9](?:${SEP}?\\d{2}){4}${SEP}$`);

const SHARED_OVERSEAS_CODES = /^\+(?:262|590)/;
const OVERSEAS_CODES = /^\+(?:262|590|594|596)/;
const VALIDITY_CACHE = new Map<string, boolean>();
const CACHE_LIMIT = 2048;

/**
 * libphonenumber's check of an E.164 number (`+` and 6-15 digits). Total: never throws. A calling
 * code that French overseas territories share is checked against each of them (`+262 639…` is
 * Mayotte's, not La Réunion's, which an E.164 number alone gives; `+590` is Guadeloupe's,
 * Saint-Barthélemy's and Saint-Martin's); other shared codes (`+1`, `+44`) keep their main country,
 * whose plan is the strictest.
 */
export const isValidE164 = (e164: string): boolean => {
  const cached = VALIDITY_CACHE.get(e164);
  if (cached !== undefined) return cached;
  // Ofcom's ranges for drama (07700 900000–900999, 01632 960000–960999), like ARCEP's for fiction in
  // France: written as British numbers, in the training texts and test data that use them in place of
  // real ones.
  if (/^\+44(?:7700900|1632960)\d{3}$/.test(e164)) return true;
  const metadata = phoneMetadata() as unknown as Plans;
  let valid = false;
  // E.164 calling codes are prefix-free: the first 1 to 3 digits that are one.
  for (let length = 1; length <= 3; length++) {
    const callingCode = e164.slice(1, length + 1);
    const countries = countriesOf(metadata, callingCode);
    const plan = countries ? metadata.countries[countries[0]] : metadata.nonGeographic?.[callingCode];
    if (!plan) continue;
    const national = e164.slice(length + 1);
    valid = isValidIn(plan, national) || (SHARED_OVERSEAS_CODES.test(e164) && (countries ?? []).some((country) => isValidIn(metadata.countries[country], national)));
    break;
  }
  if (VALIDITY_CACHE.size >= CACHE_LIMIT) VALIDITY_CACHE.clear();
  VALIDITY_CACHE.set(e164, valid);
  return valid;
};

/**
 * A country's plan in libphonenumber-js's metadata (version 4), as its `Metadata` class reads it: 2
 * the national-number pattern, 3 the possible lengths, 11 the number types (fixed line, mobile, toll
 * free, premium rate, personal, voicemail, UAN, pager, VoIP, shared cost), each a pattern and its
 * lengths. Read here directly: the class was 6.5 KB of the engine for these few reads.
 * packed-data.test.ts checks that this agrees with the library's `PhoneNumber.isValid()`.
 */
type Plan = readonly unknown[];
type NumberType = [pattern: string, possibleLengths?: number[]] | 0 | undefined;
/** The metadata's plans by country, the countries by calling code, and the non-geographic plans (`+800`, `+882`…). */
interface Plans {
  readonly country_calling_codes: Readonly<Record<string, string[]>>;
  readonly countries: Readonly<Record<string, Plan>>;
  readonly nonGeographic?: Readonly<Record<string, Plan>>;
}

/** The countries of a calling code, its main one first; none for a non-geographic code (`"800": ["001"]` before metadata version 4). */
const countriesOf = (metadata: Plans, callingCode: string): string[] | undefined => {
  const countries = metadata.country_calling_codes[callingCode];
  return countries && !(countries.length === 1 && countries[0].length === 3) ? countries : undefined;
};

const matchesEntirely = (text: string, pattern: string): boolean => new RegExp(`^(?:${pattern})$`).test(text);

/**
 * libphonenumber's `isValidNumber` for a national number under a plan: its national-number pattern,
 * then, when the plan lists number types, one type's lengths and pattern.
 */
const isValidIn = (plan: Plan, national: string): boolean => {
  if (!matchesEntirely(national, plan[2] as string)) return false;
  const types = plan[11] as readonly NumberType[] | 0 | undefined;
  if (!types || types.length === 0) return true;
  return types.slice(0, 10).some((type) => {
    if (!type || !type[0]) return false;
    const lengths = type[1] || (plan[3] as number[] | undefined);
    return (!lengths || lengths.includes(national.length)) && matchesEntirely(national, type[0]);
  });
};

/** Digits of a `+`/`00` candidate as E.164, with the `(0)` trunk marker removed (`+33 (0)6…`). */
const toE164 = (raw: string): string => {
  const digits = raw.replace(/\(0\)/g, '').replace(/\D/g, '');
  return raw.trimStart().startsWith('00') ? `+${digits.slice(2)}` : `+${digits}`;
};

/** French number given as E.164 (`+33…`): strict numbering-plan check; otherwise libphonenumber. */
const isValidInternational = (e164: string): boolean => {
  if (e164.length < 7 || e164.length > 16) return false;
  // `+33 06 12 34 56 78`: the trunk 0 kept after the country code is a common slip.
  if (e164.startsWith('+33')) return FR_NATIONAL_NUMBER.test(e164.length === 13 && e164[3] === '0' ? e164.slice(4) : e164.slice(3));
  // The overseas départements dial within the French plan: their national numbers are checked as
  // the French ones (`+262 639 98 21 56` is `0639 98 21 56`, which ARCEP's fiction range holds).
  if (OVERSEAS_CODES.test(e164) && e164.length === 13 && FR_NATIONAL_NUMBER.test(e164.slice(4))) return true;
  return isValidE164(e164);
};

/**
 * A digit group right before or after the candidate means it is a slice of a longer number
 * (IBAN, order number, table of figures), unless that neighbour is itself a French phone number
 * (two numbers separated by a space).
 */
const touchesOtherDigits = (text: string, start: number, end: number): boolean => {
  // A single digit after a space is a count (`06 12 34 56 78 3 fois par jour`), not a group; two after a
  // letter end a code (`emplacement E02 06 39 98 68 11`), after a colon a time (`01:12 06 39 98 84 17 : …`), after
  // two more a date's year (`né le 02/05/1990 06 39 98 55 01`, `née le 19 déc. 1985 06 39 98 30 47`), not any four digits
  // (`n° de série 2026 0614 8830 27`, a meter's `2140 0936 5512 87`).
  const digitBefore = testBefore(text, start, /\d[.,\-]?$|(?<![A-Za-z:]|[\/.\-] ?[12]\d)\d\d [ ]?$/, 8);
  const digitAfter = testAfter(text, end, /^[.,\-]?\d|^ [ ]?\d\d/, 4);
  if (!digitBefore && !digitAfter) return false;
  if (digitAfter && !testAfter(text, end, NATIONAL_AHEAD, 20)) return true;
  if (digitBefore && !testBefore(text, start, NATIONAL_BEHIND, 20)) return true;
  return false;
};

/** A column of references shaped like phone numbers: a building's tax invariant, a bar code, a lab's request (`n_demande`), an article's code (`code_article`). */
const REFERENCE_COLUMN = /^(?:(?:n° )?(?:invariant|code[- ]?barres?|ean)|n[°_] ?(?:demande|echantillon)|code[_ ]article)(?![a-z])/;

/** Score of a valid number: weak right after a reference label, low for `08` special-rate numbers. */
const scoreFor = (national9: string | null, context: { folded: string; start: number }): number => {
  const window = textBefore(context.folded, context.start, 30);
  const line = window.slice(window.lastIndexOf('\n') + 1);
  if (REFERENCE_BEFORE.test(line) || NUMBERED_LABEL_BEFORE.test(line) || REFERENCE_COLUMN.test(columnHeader(context.folded, context.start) ?? '')) return WEAK_SCORE;
  if (national9?.startsWith('8')) return SPECIAL_RATE_SCORE;
  return BASE_SCORE;
};

export default defineDetector({
  id: 'phone',
  type: 'PHONE',
  pattern: PATTERN,
  baseScore: BASE_SCORE,
  keywords: phraseList(
    'tel|telephone|portable|mobile|fixe|joignable|joindre|appeler|appelez|rappeler|contacter|sms|whatsapp',
    'gsm|fax|phone|standard|ligne directe',
  ),
  priority: 40,
  validate: (value, context) => {
    const [, national, british, international, nanp] = context.groups;
    if (codeAt(context.folded, context.start - 1) === 61 && !testBefore(context.folded, context.start, PHONE_KEY_BEFORE, 24)) return false;
    const after = textAfter(context.text, context.end, 6).toLowerCase();
    if (AMOUNT_AFTER.test(after)) return false;
    // `03-2026-0041`, `0046-2025-1874`: a département or a code, a year and a sequence number, a file's reference.
    if (/^\d{2,4}-(?:19|20)\d\d-\d{4}$/.test(value)) return false;
    if (national !== undefined) {
      if (touchesOtherDigits(context.text, context.start, context.end) || testBefore(context.text, context.start, CODE_PREFIX_BEFORE, 8)) return false;
      const national9 = value.replace(/\D/g, '').slice(1);
      // `01 23 45 67 89`: the digits in order, a placeholder.
      return FR_NATIONAL_NUMBER.test(national9) && national9 !== '123456789' ? scoreFor(national9, context) : false;
    }
    if (nanp !== undefined) {
      if (touchesOtherDigits(context.text, context.start, context.end)) return false;
      return isValidE164(`+1${value.replace(/\D/g, '')}`) ? 0.6 : false;
    }
    if (british !== undefined) {
      const digits = value.replace(/\D/g, '');
      if (digits.length !== 11 || touchesOtherDigits(context.text, context.start, context.end)) return false;
      if (!testBefore(context.folded, context.start, ENGLISH_BEFORE, 40)) return false;
      return isValidE164(`+44${digits.slice(1)}`) ? BASE_SCORE : false;
    }
    if (international === undefined) return false;
    // The regex stopped at its bound inside a longer run of digit groups: not a phone number.
    if (testAfter(context.text, context.end, /^[ .,\-]?\d/, 2)) return false;
    // The longest valid prefix that ends on a digit group: "+33 6 12 34 56 78 90" is too long,
    // "+33 6 12 34 56 78" is the number.
    let end = value.length;
    while (end > 0) {
      const candidate = value.slice(0, end);
      const e164 = toE164(candidate);
      if (isValidInternational(e164)) {
        const national9 = e164.startsWith('+33') ? e164.slice(-9) : null;
        return { score: scoreFor(national9, context), end };
      }
      const cut = candidate.search(/[ .\-(][^ .\-(]*$/);
      if (cut <= 0 || toE164(candidate.slice(0, cut)).length < 7) return false;
      end = cut;
    }
    return false;
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'sgt Alexis Perrin né le 02/05/1990 06 39 98 55 01',
    'Mère joignable au +262 639 98 21 56 (Mayotte)',
    'Phone: +44 7700 900418',
    'Direct line: +44 1632 960271',
    'https://crm.example.fr/fiche?id=12&tel=0612345678',
    'Joignable au 06 12 34 56 78 après 17 h',
    'famille FERRAND, emplacement E02 06 39 98 68 11',
    'Mme Bouvier, née le 19 déc. 1985 06 39 98 30 47',
    'SMS reçus :\n01:12 06 39 98 84 17 : je suis pas rentré',
    'Tél : 05/65/12/34/56',
    'Tél. : +33 (0)1 23 45 67 89',
    'portable 0033 9 72 12 34 56',
    '07.81.23.45.67',
    'Mme X, 0692 12 34 56, La Réunion',
    'mobile : +262 692 12 34 56',
    '"telephone": "+262 639 00 47 12"',
    'Monaco : +377 93 15 20 00',
    'my international one is +44 (20) 7123 4567',
    'You can reach me on 0113 496 0527 until Friday.',
    "Mayor's Office – 020 7946 0733 – mayor@example.org",
  ],
  noMatch: [
    'Pension de famille | Cusset | 22 | 03-2026-0042 | 264 000 €',
    'Mandats rejetés du bordereau n° 1874 (flux PES 0046-2025-1874)',
    'Tél. : 01 23 45 67 89 (à remplacer)',
    'BC n° BC-2026-00871 du 03/02/2026 — devis fournisseur DV-0612202601',
    'https://crm.example.fr/fiche?id=0612345678',
    '06 12 34 56 7',
    '+33 12 34 56 78',
    '00 12 34 56 78',
    '07 01 23 45 67',
    'Appelez le 3939 ou le 115, le 119 ou le 17',
    'Montant : +12 345 678 901 €',
    'IBAN FR76 3000 6000 0112 3456 7890 189',
    'Référence 0113 496 0527 du marché',
    'Sonde redox, n° de série 2026 0614 8830 27.',
  ],
};
