import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManagedSchema } from '@/policies/managed-schema';
import { POLICY_KEYS } from '@/policies/policy-schema';

const committed = JSON.parse(readFileSync('policies/managed-schema.json', 'utf8'));

/** Keywords Chrome's policy schema accepts (draft-03 subset used by storage.managed_schema). */
const CHROME_KEYWORDS = new Set(['type', 'properties', 'items', 'additionalProperties', 'title', 'description']);

function walk(node: Record<string, unknown>, path: string, visit: (node: Record<string, unknown>, path: string) => void) {
  visit(node, path);
  for (const [key, child] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) walk(child, `${path}.${key}`, visit);
  if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`, visit);
  if (node.additionalProperties) walk(node.additionalProperties as Record<string, unknown>, `${path}{}`, visit);
}

describe('policies/managed-schema.json', () => {
  it('is in step with the zod policy schema (regenerate with `npm run policy -- managed-schema`)', () => {
    expect(committed).toEqual(buildManagedSchema());
  });

  it('declares every policy field, with a title and a description', () => {
    expect(Object.keys(committed.properties).sort()).toEqual([...POLICY_KEYS].sort());
    for (const key of POLICY_KEYS) {
      expect(committed.properties[key].title, key).toBeTruthy();
      expect(committed.properties[key].description, key).toBeTruthy();
    }
  });

  it("uses only Chrome's schema keywords and exactly one type per node", () => {
    walk(committed, '', (node, path) => {
      for (const keyword of Object.keys(node)) expect(CHROME_KEYWORDS.has(keyword), `${path}: ${keyword}`).toBe(true);
      expect(['object', 'array', 'string', 'integer', 'number', 'boolean'], path).toContain(node.type);
    });
    expect(committed.additionalProperties).toBeUndefined();
  });
});
