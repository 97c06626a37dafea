import { describe, expect, it } from 'vitest';
import type { Finding } from '@/utils/detection/types';
import { applyReplacements, planReplacements, PseudonymMap } from '@/utils/guard/pseudonymise';

const at = (text: string, value: string, type: Finding['type'], from = 0): Finding => {
  const start = text.indexOf(value, from);
  return { type, start, end: start + value.length, detector: 'test', score: 0.9, severity: 'medium' };
};

describe('pseudonymisation', () => {
  it('replaces each value with a numbered placeholder of its type', () => {
    const text = 'Appeler Nathalie Dubois au 06 12 34 56 78.';
    const map = new PseudonymMap();
    const out = applyReplacements(text, planReplacements(text, [at(text, 'Nathalie Dubois', 'PERSON_NAME'), at(text, '06 12 34 56 78', 'PHONE')], map));
    expect(out).toBe('Appeler [NOM_1] au [TÉL_1].');
  });

  it('gives the same value the same placeholder across prompts, whatever its case or spacing', () => {
    const map = new PseudonymMap();
    expect(map.placeholderFor('PERSON_NAME', 'Nathalie Dubois')).toBe('[NOM_1]');
    expect(map.placeholderFor('PERSON_NAME', 'Marc Petit')).toBe('[NOM_2]');
    expect(map.placeholderFor('PERSON_NAME', 'NATHALIE  DUBOIS')).toBe('[NOM_1]');
    expect(map.placeholderFor('PHONE', '06.12.34.56.78')).toBe(map.placeholderFor('PHONE', '06 12 34 56 78'));
  });

  it('never gives two different values the same placeholder', () => {
    const map = new PseudonymMap();
    const placeholders = ['a@x.fr', 'b@x.fr', 'c@x.fr'].map((value) => map.placeholderFor('EMAIL', value));
    expect(new Set(placeholders).size).toBe(3);
  });

  it('keeps offsets right when several spans are replaced', () => {
    const text = 'x@a.fr puis y@b.fr puis x@a.fr';
    const findings = [at(text, 'x@a.fr', 'EMAIL'), at(text, 'y@b.fr', 'EMAIL'), at(text, 'x@a.fr', 'EMAIL', 10)];
    expect(applyReplacements(text, planReplacements(text, findings, new PseudonymMap()))).toBe('[EMAIL_1] puis [EMAIL_2] puis [EMAIL_1]');
  });
});
