import { describe, expect, it } from 'vitest';
import { defineDetector } from '@/utils/detection/define-detector';
import { REPEATED_NAME } from '@/utils/detection/repeated-names';
import { DETECTORS } from '@/utils/detection/registry';
import type { DetectorSpec } from '@/utils/detection/types';

const valid: DetectorSpec = { id: 'fr-example', type: 'CUSTOM', pattern: /\d{4}/g, baseScore: 0.8 };

describe('defineDetector', () => {
  it('accepts a valid declaration and gives it its type severity', () => {
    expect(defineDetector(valid).severity).toBe('high');
  });

  it.each<[string, Partial<DetectorSpec>, string]>([
    ['an id that is not kebab-case', { id: 'FR_example' }, 'Detector FR_example: id must be kebab-case'],
    ['a pattern without the g flag', { pattern: /\d{4}/ }, 'pattern needs the g flag'],
    ['a sticky pattern', { pattern: /\d{4}/gy }, 'sticky patterns are not supported'],
    ['a score of 0', { baseScore: 0 }, 'baseScore must be in (0, 1]'],
    ['a score over 1', { baseScore: 1.2 }, 'baseScore must be in (0, 1]'],
    ['a score that is no number', { baseScore: Number.NaN }, 'baseScore must be in (0, 1]'],
    ['a context required without keywords', { requiresContext: true }, 'requiresContext needs keywords'],
  ])('refuses %s, naming the detector', (_why, change, message) => {
    expect(() => defineDetector({ ...valid, ...change })).toThrow(message);
  });

  it('gives every detector the same fields in the same order, whatever its declaration lists', () => {
    // The engine reads these fields for every detector: one object shape keeps those reads fast.
    const fields = (detector: object) => [Object.getPrototypeOf(detector), ...Object.keys(detector)];
    const shape = fields(defineDetector(valid));
    expect(shape).toContain('validate');
    expect(fields(defineDetector({ priority: 90, ...valid, validate: () => true, keywords: ['x'] }))).toEqual(shape);
    for (const detector of [...DETECTORS, REPEATED_NAME]) expect(fields(detector), detector.id).toEqual(shape);
  });
});
