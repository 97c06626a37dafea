import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scan } from '@/utils/detection/engine';
import type { FindingType } from '@/utils/detection/types';

/**
 * French identifier vectors from python-stdnum and stdnum-js (../shared/external, read-only).
 * Each value is embedded in a short sentence with its usual context word and scanned with every
 * registered detector: a finding of the expected type must cover the value iff `expected_valid`.
 */
interface Vector {
  readonly type: 'nir' | 'nif' | 'siren' | 'siret' | 'tva' | 'iban';
  readonly value: string;
  readonly expected_valid: boolean;
  readonly reason?: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const file = JSON.parse(readFileSync(path.resolve(repoRoot, '../shared/external/fr-identifier-vectors.json'), 'utf8')) as {
  vectors: Vector[];
};

const TYPE: Record<Vector['type'], FindingType> = {
  nir: 'NIR',
  nif: 'TAX_ID',
  siren: 'COMPANY_ID',
  siret: 'COMPANY_ID',
  tva: 'COMPANY_ID',
  iban: 'IBAN',
};

/** The label an agent would write before the value. */
const LABEL: Record<Vector['type'], string> = {
  nir: 'Numéro de sécurité sociale',
  nif: 'Numéro fiscal',
  siren: 'SIREN',
  siret: 'SIRET',
  tva: 'N° TVA intracommunautaire',
  iban: 'IBAN',
};

/**
 * Deliberate differences from the sources (value → reason). Keep it minimal: the last test fails
 * if a value listed here no longer diverges.
 */
const DIVERGENCES: Readonly<Record<string, string>> = {};

function found(vector: Vector): boolean {
  const prefix = `${LABEL[vector.type]} : `;
  const text = `${prefix}${vector.value}, merci.`;
  const start = prefix.length;
  const end = start + vector.value.length;
  return scan(text).some((finding) => finding.type === TYPE[vector.type] && finding.start <= start && finding.end >= end);
}

describe('French identifier vectors (python-stdnum, stdnum-js)', () => {
  it('has the vectors the file announces', () => {
    expect(file.vectors.length).toBe(108);
  });

  it.each(file.vectors.map((vector) => [vector.type, vector.value, vector.expected_valid, vector] as const))(
    '%s %s → %s',
    (_type, value, expectedValid, vector) => {
      const expected = value in DIVERGENCES ? !expectedValid : expectedValid;
      expect(found(vector), DIVERGENCES[value] ?? vector.reason ?? '').toBe(expected);
    },
  );

  it('lists only values that really diverge', () => {
    for (const value of Object.keys(DIVERGENCES)) {
      const vector = file.vectors.find((candidate) => candidate.value === value);
      expect(vector, value).toBeDefined();
      expect(found(vector!), value).toBe(!vector!.expected_valid);
    }
  });
});
