import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '@/utils/detection/engine';
import type { FindingType } from '@/utils/detection/types';

/**
 * Microsoft Presidio's credit-card and IBAN recognizer test vectors (../shared/external, MIT,
 * read-only). Each text is scanned with every registered detector; the spans of our findings of
 * the mapped type must equal Presidio's expected spans (Python code-point offsets; these texts are
 * ASCII, so they equal UTF-16 offsets).
 */
interface PresidioVector {
  readonly id: string;
  readonly entity_type: string;
  readonly kind: string;
  readonly text: string;
  readonly negative: boolean;
  readonly expected_spans: readonly (readonly [number, number])[];
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const file = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/external/presidio-vectors.json'), 'utf8')) as {
  vectors: PresidioVector[];
};

const ENTITY_TO_TYPE: Readonly<Record<string, FindingType>> = { CREDIT_CARD: 'CARD_NUMBER', IBAN_CODE: 'IBAN' };

const vectors = file.vectors.filter((vector) => vector.kind === 'analyze' && vector.entity_type in ENTITY_TO_TYPE);

/**
 * Vectors where we deliberately disagree with Presidio (id → reason). The last test fails if a
 * listed vector no longer diverges, so the list stays minimal.
 */
const DIVERGENCES: Readonly<Record<string, string>> = {
  // 15 digits starting with 1 (UATP, an airline card). Presidio accepts any Luhn-valid 12–19 digit
  // number with a loose prefix; we only report the issuer ranges of the networks in use in France,
  // so that 15-digit identifiers starting with 1 (NIR-shaped numbers, references) are not cards.
  'presidio/CREDIT_CARD/0003': 'UATP range (1…), not a network we report',
  'presidio/CREDIT_CARD/0004': 'UATP range (1…), not a network we report',
};

function spansOf(vector: PresidioVector): [number, number][] {
  const type = ENTITY_TO_TYPE[vector.entity_type];
  return scan(vector.text)
    .filter((finding) => finding.type === type)
    .map((finding) => [finding.start, finding.end] as [number, number]);
}

function agrees(vector: PresidioVector): boolean {
  const found = spansOf(vector);
  const expected = vector.expected_spans.map(([start, end]) => [start, end]);
  return JSON.stringify(found) === JSON.stringify(expected);
}

describe('Presidio credit-card and IBAN vectors', () => {
  it('loads the vectors of both recognizers', () => {
    expect(vectors.filter((vector) => vector.entity_type === 'CREDIT_CARD').length).toBe(19);
    expect(vectors.filter((vector) => vector.entity_type === 'IBAN_CODE').length).toBe(330);
  });

  it.each(vectors.filter((vector) => !(vector.id in DIVERGENCES)).map((vector) => [vector.id, vector.text, vector] as const))(
    '%s agrees: %s',
    (_id, _text, vector) => {
      expect(spansOf(vector)).toEqual(vector.expected_spans.map(([start, end]) => [start, end]));
    },
  );

  it('agrees on at least 90% of the vectors', () => {
    const agreeing = vectors.filter(agrees).length;
    const rate = agreeing / vectors.length;
    console.info(`Presidio CREDIT_CARD + IBAN_CODE agreement: ${agreeing}/${vectors.length} (${(rate * 100).toFixed(1)}%)`);
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it('lists only vectors that really diverge', () => {
    for (const id of Object.keys(DIVERGENCES)) {
      const vector = vectors.find((candidate) => candidate.id === id);
      expect(vector, id).toBeDefined();
      expect(agrees(vector!), id).toBe(false);
    }
  });
});
