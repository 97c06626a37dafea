import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, CHROME_EXTENSION_KEY } from '@/policies/extension-identity';

it('derives the pinned Chrome extension id from the manifest key', () => {
  const digest = createHash('sha256').update(Buffer.from(CHROME_EXTENSION_KEY, 'base64')).digest('hex').slice(0, 32);
  const id = [...digest].map((hex) => 'abcdefghijklmnop'[parseInt(hex, 16)]).join('');
  expect(id).toBe(CHROME_EXTENSION_ID);
});
