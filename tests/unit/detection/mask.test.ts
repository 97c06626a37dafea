import { describe, expect, it } from 'vitest';
import { maskSpan, maskValue } from '@/utils/detection/mask';

describe('maskValue', () => {
  it.each([
    ['06 12 34 56 78', '06 •• •• •• 78'],
    ['jean.dupont@example.fr', 'je••.••••••@•••••••.fr'],
    ['1234', '••••'],
    ['AB123', 'A•••3'],
  ])('masks %s as %s', (value, expected) => {
    expect(maskValue(value)).toBe(expected);
  });

  it('never shows more than four letters or digits of a long value', () => {
    const masked = maskValue('FR7630006000011234567890189');
    expect(masked.replace(/•/g, '').length).toBeLessThanOrEqual(4);
  });

  it('caps long excerpts and folds line breaks', () => {
    const block = '-----BEGIN PRIVATE KEY-----\n' + 'A'.repeat(200) + '\n-----END PRIVATE KEY-----';
    const excerpt = maskSpan(block, 0, block.length);
    expect(excerpt.length).toBe(40);
    expect(excerpt).not.toContain('\n');
  });
});
