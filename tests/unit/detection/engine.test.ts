import { describe, expect, it } from 'vitest';
import { defineDetector } from '@/utils/detection/define-detector';
import { scan, TextTooLongError } from '@/utils/detection/engine';

const digits = defineDetector({
  id: 'test-digits',
  type: 'CUSTOM',
  severity: 'low',
  pattern: /\d{4}/g,
  baseScore: 0.5,
  keywords: ['code'],
  priority: 10,
  examples: { match: [], noMatch: [] },
});
const longDigits = defineDetector({ ...digits, id: 'test-long-digits', type: 'NIR', pattern: /\d{8}/g, priority: 90 });

describe('scan', () => {
  it('returns offsets into the original text, never the value', () => {
    const text = 'a\u200B1234 b';
    const [finding] = scan(text, { detectors: [digits] });
    expect(text.slice(finding.start, finding.end)).toBe('1234');
    expect(Object.keys(finding).sort()).toEqual(['detector', 'end', 'score', 'severity', 'start', 'type']);
  });

  it('raises the score when a context word is near', () => {
    expect(scan('1234', { detectors: [digits] })[0].score).toBe(0.5);
    expect(scan('code 1234', { detectors: [digits] })[0].score).toBe(0.65);
  });

  it('keeps the higher-priority finding where spans overlap', () => {
    const found = scan('12345678', { detectors: [digits, longDigits] });
    expect(found.map((finding) => finding.detector)).toEqual(['test-long-digits']);
  });

  it('filters by type and minimum score', () => {
    expect(scan('1234', { detectors: [digits], types: ['EMAIL'] })).toEqual([]);
    expect(scan('1234', { detectors: [digits], minScore: 0.6 })).toEqual([]);
  });

  it('refuses texts above the length cap so that callers fail closed', () => {
    expect(() => scan('x'.repeat(11), { maxLength: 10 })).toThrow(TextTooLongError);
  });

  it('returns nothing for an empty text', () => {
    expect(scan('')).toEqual([]);
  });
});
