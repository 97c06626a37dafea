import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import birthDate from '@/utils/detection/detectors/contact/birth-date';
import contact from '@/utils/detection/detectors/contact';
import email from '@/utils/detection/detectors/contact/email';
import ipAddress from '@/utils/detection/detectors/contact/ip-address';
import macAddress from '@/utils/detection/detectors/contact/mac-address';
import phone from '@/utils/detection/detectors/contact/phone';
import { scan } from '@/utils/detection/engine';
import type { Detector } from '@/utils/detection/types';

/**
 * Microsoft Presidio's generic recognizer tests (e-mail, phone, IP, MAC, URL, date), extracted as
 * data in ../shared/external/presidio-vectors.json (MIT, see its `source`), run against the
 * contact detectors. Each Presidio entity is compared with the one detector that plays the same
 * role, as Presidio's tests run one recognizer at a time.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const vectorsFile = path.resolve(repoRoot, '../shared/external/presidio-vectors.json');

interface AnalyzeVector {
  id: string;
  test_file: string;
  entity_type: string;
  kind: string;
  text: string;
  expected_count: number;
  /** [start, end) in code points. */
  expected_spans: [number, number][];
}

/** Presidio entity → our detectors (DATE_TIME → BIRTH_DATE needs a birth context; URL → none of ours). */
const DETECTORS_FOR: Record<string, readonly Detector[]> = {
  EMAIL_ADDRESS: [email],
  PHONE_NUMBER: [phone],
  IP_ADDRESS: [ipAddress],
  MAC_ADDRESS: [macAddress],
  DATE_TIME: [birthDate],
  URL: contact,
};

const NO_BIRTH_CONTEXT = 'a date without a birth context ("né le", "date de naissance"…) is not personal data: never reported, by design';
const PLAIN_URL = 'plain URLs are not personal data and are not reported (URLs carrying tokens belong to the secrets family)';
const NATIONAL_FOREIGN = 'foreign number in its national format, without +country code: indistinguishable from French digit runs, only +CC numbers are reported';
const BARE_NANP = 'North American number without parentheses (415-555-0132): same shape as reference numbers; only "(415) 555-0132" and "+1 …" are reported';

/**
 * Vectors where we knowingly disagree with Presidio: [vector id, test file, input, reason].
 * The test checks that each one really disagrees, so the list cannot go stale.
 */
const DIVERGENCES: readonly (readonly [string, string, string, string])[] = [
  ['presidio/DATE_TIME/0001', 'test_date_recognizer.py', 'Today is 5-20-2021', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0002', 'test_date_recognizer.py', 'Today is 5/20/2021', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0003', 'test_date_recognizer.py', 'Today is 2021-05-21', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0004', 'test_date_recognizer.py', 'Today is 21.5.2021', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0005', 'test_date_recognizer.py', 'Today is 21.5.21', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0006', 'test_date_recognizer.py', 'Today is 5-MAY-2021', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0007', 'test_date_recognizer.py', 'Today is 5-May-2021', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0008', 'test_date_recognizer.py', 'Today is 05/21/21', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0009', 'test_date_recognizer.py', 'Today is 5/21/21', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0010', 'test_date_recognizer.py', 'Today is 21/05/21', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0011', 'test_date_recognizer.py', 'Today is 21/5/21', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0012', 'test_date_recognizer.py', 'Today is May-21', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0013', 'test_date_recognizer.py', 'Today is 21-May', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0014', 'test_date_recognizer.py', 'Today is 05-May', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0015', 'test_date_recognizer.py', 'Today is May-21', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0016', 'test_date_recognizer.py', 'Today is May-2021', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0017', 'test_date_recognizer.py', 'Today is 05/21', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0018', 'test_date_recognizer.py', 'Today is 5/21', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0019', 'test_date_recognizer.py', 'Today is 5/2021', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0020', 'test_date_recognizer.py', 'Today is 05/2021', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0021', 'test_date_recognizer.py', 'Today is 2024-06-05T09:15:30.500-07:00 or not?', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0022', 'test_date_recognizer.py', 'Today is,2024-03-15T14:30:00.123456Z or not?', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0023', 'test_date_recognizer.py', 'Today is\r2024-12-31T23:59:59+00:00 or not?', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0024', 'test_date_recognizer.py', 'Today is\n2024-03-15T14:30:00+02:00 or not?', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0025', 'test_date_recognizer.py', 'Today is 2024-03-15T14:30:00-05:00 or not?', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0026', 'test_date_recognizer.py', 'Today is 2024-03-15T14:30:00.123Z, or not?', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0027', 'test_date_recognizer.py', 'Today is 2024-03-15T14:30:00Z\r or not?', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0028', 'test_date_recognizer.py', 'Today is 2024-03-15T14:30Z\n or not?', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0029', 'test_date_recognizer.py', '2024-03-15T14:30Z', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0033', 'test_date_recognizer.py', "Today is,5/21,and it's sunny", NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0034', 'test_date_recognizer.py', '5-20-2021 is today.', NO_BIRTH_CONTEXT],
  ['presidio/DATE_TIME/0035', 'test_date_recognizer.py', '5-20-2021', NO_BIRTH_CONTEXT],
  ['presidio/IP_ADDRESS/0076', 'test_ip_recognizer.py', '192.168.1.1.1', 'five dot-separated parts is a version string or an OID, not an address (shared/reference/detectors.md §7.1)'],
  ['presidio/PHONE_NUMBER/0002', 'test_phone_recognizer.py', 'My Israeli number is 09-7625400', NATIONAL_FOREIGN],
  ['presidio/PHONE_NUMBER/0005', 'test_phone_recognizer.py', 'US: 415-555-0132', BARE_NANP],
  ['presidio/PHONE_NUMBER/0009', 'test_phone_recognizer.py', 'My Japanese number is 090-1234-5678', NATIONAL_FOREIGN],
  ['presidio/PHONE_NUMBER/0010', 'test_phone_recognizer.py', 'My CN number is 13812345678', NATIONAL_FOREIGN],
  ['presidio/PHONE_NUMBER/0012', 'test_phone_recognizer.py', 'My US number is (415) 555-0132, and my international one is415-555-0132', `leniency 0 (Presidio option): ${BARE_NANP}`],
  ['presidio/PHONE_NUMBER/0014', 'test_phone_recognizer.py', 'My US number is (415) 555-0132, and my international one is 91-415-555-0132', 'leniency 1 (Presidio option): "91-415-555-0132" has a country code without "+", which we do not read as a phone number'],
  ['presidio/PHONE_NUMBER/0015', 'test_phone_recognizer.py', 'My US number is (415) 555-0132, and my international one is +91 4155 550132', 'leniency 3 (Presidio option, exact grouping) rejects the unusual +91 grouping; we check the digits, not how they are grouped'],
  ['presidio/URL/0001', 'test_url_recognizer.py', 'https://www.microsoft.com/', PLAIN_URL],
  ['presidio/URL/0002', 'test_url_recognizer.py', 'http://www.microsoft.com/', PLAIN_URL],
  ['presidio/URL/0003', 'test_url_recognizer.py', 'http://www.microsoft.com', PLAIN_URL],
  ['presidio/URL/0004', 'test_url_recognizer.py', 'http://microsoft.com', PLAIN_URL],
  ['presidio/URL/0005', 'test_url_recognizer.py', 'http://microsoft.site', PLAIN_URL],
  ['presidio/URL/0006', 'test_url_recognizer.py', 'http://microsoft.webcam', PLAIN_URL],
  ['presidio/URL/0007', 'test_url_recognizer.py', 'http://microsoft.vlaanderen', PLAIN_URL],
  ['presidio/URL/0008', 'test_url_recognizer.py', 'https://webhook.site/a8eedfd6-9d8a-44e0-b0fc-cc7d517db5dc?q=1&b=2', PLAIN_URL],
  ['presidio/URL/0009', 'test_url_recognizer.py', 'https://www.microsoft.com/store/abc/', PLAIN_URL],
  ['presidio/URL/0010', 'test_url_recognizer.py', 'microsoft.com', PLAIN_URL],
  ['presidio/URL/0011', 'test_url_recognizer.py', 'my domains: microsoft.com google.co.il', PLAIN_URL],
  ['presidio/URL/0012', 'test_url_recognizer.py', '"https://presidio.dataprivacystack.org/"', PLAIN_URL],
  ['presidio/URL/0013', 'test_url_recognizer.py', "'https://presidio.dataprivacystack.org/'", PLAIN_URL],
];

const vectors = (JSON.parse(readFileSync(vectorsFile, 'utf8')) as { vectors: AnalyzeVector[] }).vectors.filter(
  (vector) => vector.kind === 'analyze' && vector.entity_type in DETECTORS_FOR,
);
const divergences = new Map(DIVERGENCES.map(([id, file, input, reason]) => [id, { file, input, reason }]));

/** Code-point offset → UTF-16 offset (Presidio counts code points, JavaScript UTF-16 units). */
function toUtf16(text: string, codePoints: number): number {
  return Array.from(text).slice(0, codePoints).join('').length;
}

/** Whether our detectors find what Presidio's test expects: same spans, or the same count when the test gives none. */
function agrees(vector: AnalyzeVector): boolean {
  const found = scan(vector.text, { detectors: DETECTORS_FOR[vector.entity_type] });
  if (vector.expected_spans.length === 0 && vector.expected_count > 0) return found.length === vector.expected_count;
  const expected = vector.expected_spans.map(([start, end]) => [toUtf16(vector.text, start), toUtf16(vector.text, end)]);
  return JSON.stringify(found.map((finding) => [finding.start, finding.end])) === JSON.stringify(expected);
}

const tally = new Map<string, { agree: number; total: number }>();

describe('Presidio generic vectors (e-mail, phone, IP, MAC, URL, dates) against the contact detectors', () => {
  it('loads the vectors of every mapped entity', () => {
    expect(new Set(vectors.map((vector) => vector.entity_type))).toEqual(new Set(Object.keys(DETECTORS_FOR)));
  });

  it('lists only divergences that name an existing vector, its test file and its input', () => {
    const byId = new Map(vectors.map((vector) => [vector.id, vector]));
    for (const [id, { file, input }] of divergences) {
      const vector = byId.get(id);
      expect(vector, id).toBeDefined();
      expect(vector?.test_file.endsWith(`/${file}`), id).toBe(true);
      expect(vector?.text, id).toBe(input);
    }
  });

  it.each(vectors.map((vector) => [vector.id, vector] as const))('%s', (id, vector) => {
    const agreement = agrees(vector);
    const entry = tally.get(vector.entity_type) ?? { agree: 0, total: 0 };
    entry.total++;
    if (agreement) entry.agree++;
    tally.set(vector.entity_type, entry);
    if (divergences.has(id)) expect(agreement, `${id} is listed as a divergence but now agrees: remove it`).toBe(false);
    else expect(agreement, `${id}: ${JSON.stringify(vector.text)} expected ${JSON.stringify(vector.expected_spans)}`).toBe(true);
  });

  afterAll(() => {
    const lines = [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([entity, { agree, total }]) => `${entity}: ${agree}/${total} agree`);
    console.info(`Presidio vectors vs contact detectors\n${lines.join('\n')}`);
  });
});
