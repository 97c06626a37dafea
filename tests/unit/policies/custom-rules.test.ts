import { describe, expect, it } from 'vitest';
import { assertSafeRegex, compileCustomRules, hashTerm, normalizeTerm } from '@/policies/custom-rules';
import { CustomRuleSchema } from '@/policies/policy-schema';
import { scan } from '@/utils/detection/engine';

const compile = (rule: unknown) => compileCustomRules([CustomRuleSchema.parse(rule)]);
const spans = (text: string, rule: unknown) => scan(text, { detectors: compile(rule).detectors }).map((finding) => text.slice(finding.start, finding.end));

describe('custom rules', () => {
  it('finds keywords as whole words, whatever the case and accents', () => {
    const rule = { kind: 'keywords', id: 'phenix', label: 'Projet Phénix', action: 'block', words: ['projet Phénix', 'Delorme'] };
    expect(spans('Le PROJET PHENIX avance ; voir projet-phénix.', rule)).toEqual(['PROJET PHENIX', 'projet-phénix']);
    expect(spans('Les Delormeaux et DELORME', rule)).toEqual(['DELORME']);
  });

  it('finds regular expressions', () => {
    expect(spans('dossier ASE-2024-00123 suivi', { kind: 'regex', id: 'ase', label: 'ASE', action: 'block', pattern: 'ASE-\\d{4}-\\d{5}' })).toEqual(['ASE-2024-00123']);
  });

  it('finds hashed terms of one to maxWords words without the policy holding them in clear', () => {
    const rule = { kind: 'hashed-terms', id: 'protected', label: 'Personne protégée', action: 'block', algorithm: 'sha256', hashes: [hashTerm('Martine Delorme'), hashTerm('D-2024-118')], maxWords: 3 };
    expect(JSON.stringify(rule)).not.toMatch(/delorme/i);
    expect(spans('Rédige un courrier pour MARTINE DELORME, dossier d 2024 118.', rule)).toEqual(['MARTINE DELORME', 'd 2024 118']);
    expect(spans('Martine est partie. Delorme reste.', rule)).toEqual([]);
  });

  it('salts hashes when the policy gives a salt', () => {
    expect(hashTerm('Delorme', 'sel')).not.toBe(hashTerm('Delorme'));
    const rule = { kind: 'hashed-terms', id: 'salted', label: 'x', action: 'warn', algorithm: 'sha256', salt: 'sel', hashes: [hashTerm('Delorme', 'sel')], maxWords: 1 };
    expect(spans('voir Delorme', rule)).toEqual(['Delorme']);
  });

  it('normalises terms before hashing: case, accents, punctuation and spaces', () => {
    expect(normalizeTerm('  Hélène  DUPONT-Martin ')).toBe('helene dupont martin');
    // The engine folds `œ` to `þ` internally; published hashes of terms with `œ` must not change.
    expect(normalizeTerm('Sœur Cœur ŒUVRE Þór')).toBe('sœur cœur œuvre þor');
  });

  it('finds terms written with œ or æ, which the engine reads spelt out, written either way in the prompt', () => {
    const keywords = { kind: 'keywords', id: 'soeur', label: 'x', action: 'warn', words: ['Sœur Marie-Lætitia'] };
    expect(spans('Voir avec Sœur Marie-Lætitia et soeur marie-laetitia', keywords)).toEqual(['Sœur Marie-Lætitia', 'soeur marie-laetitia']);
    const hashed = { kind: 'hashed-terms', id: 'coeur', label: 'x', action: 'warn', algorithm: 'sha256', hashes: [hashTerm('Cœur Vaillant')], maxWords: 2 };
    expect(spans('Dossier CŒUR VAILLANT, puis coeur vaillant', hashed)).toEqual(['CŒUR VAILLANT', 'coeur vaillant']);
  });

  it.each([
    ['(a+)+$', /nested quantifiers/],
    ['(\\w+\\s?)*x', /nested quantifiers/],
    ['(a|ab)*c', /quantified alternation/],
    ['(x)\\1', /back-references/],
    ['a*', /empty text/],
    ['[', /not a valid regular expression/],
    // No nested group, but polynomial backtracking: caught by the growing-input timing check.
    ['\\s*\\s*\\s*\\s*\\s*x', /too slow/],
  ])('refuses the pattern %s', (pattern, message) => {
    expect(() => assertSafeRegex(pattern, 'u')).toThrow(message);
  });

  it('accepts ordinary bounded patterns quickly', () => {
    expect(assertSafeRegex('MARCHE-\\d{4}-[A-Z]{2,6}', 'u').source).toBe('MARCHE-\\d{4}-[A-Z]{2,6}');
  });
});
