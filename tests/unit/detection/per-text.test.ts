import { describe, expect, it } from 'vitest';
import { perText } from '@/utils/detection/per-text';

describe('perText', () => {
  it('builds a value once for the text asked about, and again when another text is asked about', () => {
    const built: string[] = [];
    const lengthOf = perText((text) => {
      built.push(text);
      return { length: text.length };
    });
    const first = lengthOf('une liste');
    expect(lengthOf('une liste')).toBe(first);
    expect(lengthOf('une autre liste').length).toBe(15);
    expect(lengthOf('une liste')).not.toBe(first);
    expect(built).toEqual(['une liste', 'une autre liste', 'une liste']);
  });

  it('hands back the same value for a text with the same contents', () => {
    const mapOf = perText(() => new Map<string, boolean>());
    const text = ['a', 'b'].join(' ');
    expect(mapOf(text)).toBe(mapOf('a b'));
  });
});
