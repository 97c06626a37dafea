import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Chrome refuses to load an extension whose _locales message names hold anything but letters,
 * digits, '_' and '@' (WXT joins nested YAML keys with '_'): a '-' in a key breaks the build for
 * every user, so it is checked here rather than found in a browser.
 */
describe('locale keys', () => {
  for (const file of ['fr.yml', 'en.yml']) {
    test(`${file}: every key is a valid Chrome message name part`, () => {
      const text = fs.readFileSync(path.resolve(__dirname, '../../../locales', file), 'utf8');
      const keys = [...text.matchAll(/^\s*([^\s:#][^:]*):(?:\s|$)/gm)].map((match) => match[1].replace(/^["']|["']$/g, ''));
      expect(keys.length).toBeGreaterThan(50);
      expect(keys.filter((key) => !/^[A-Za-z0-9_@]+$/.test(key))).toEqual([]);
    });
  }

  test('the training keys exist in both languages', () => {
    const keysOf = (file: string) => new Set([...fs.readFileSync(path.resolve(__dirname, '../../../locales', file), 'utf8').split('\ntraining:\n')[1].split(/\n(?=\S)/)[0].matchAll(/^(\s+)([A-Za-z0-9_]+):/gm)].map((match) => `${match[1].length}:${match[2]}`));
    expect(keysOf('en.yml')).toEqual(keysOf('fr.yml'));
  });
});
