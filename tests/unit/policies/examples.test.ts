import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '@/policies/resolve-policy';
import { unwrapDeploymentFormats } from '@/utils/cli/policy-file';

const DIR = 'policies/examples';

/** Reads the Vigie values of a .reg example the way Chrome does: JSON strings for objects, DWORD numbers. */
function readRegPolicy(text: string): Record<string, unknown> {
  const section = text.split(/\r?\n\[/).find((part) => /3rdparty\\extensions\\[a-p]{32}\\policy\]/.test(part)) ?? '';
  const values: Record<string, unknown> = {};
  for (const line of section.split(/\r?\n/)) {
    const string = /^"(\w+)"="((?:[^"\\]|\\.)*)"$/.exec(line);
    const dword = /^"(\w+)"=dword:([0-9a-f]{8})$/.exec(line);
    if (string) {
      const value = JSON.parse(`"${string[2]}"`);
      values[string[1]] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    } else if (dword) {
      values[dword[1]] = parseInt(dword[2], 16);
    }
  }
  // Chrome turns DWORDs into booleans where the managed schema says boolean.
  if (typeof values.allowLocalRelaxation === 'number') values.allowLocalRelaxation = values.allowLocalRelaxation !== 0;
  return values;
}

describe('the admin guide examples', () => {
  const files = readdirSync(DIR);

  it.each(files.filter((file) => file.endsWith('.json')))('%s is a valid policy', (file) => {
    const resolved = resolvePolicy({ managed: unwrapDeploymentFormats(JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8'))) });
    expect(resolved.problems).toEqual([]);
    expect(resolved.locked.length).toBeGreaterThan(0);
  });

  it.each(files.filter((file) => file.endsWith('.reg')))('%s is a valid policy', (file) => {
    const values = readRegPolicy(readFileSync(`${DIR}/${file}`, 'utf8'));
    expect(Object.keys(values)).toContain('tools');
    const resolved = resolvePolicy({ managed: values });
    expect(resolved.problems).toEqual([]);
    expect(resolved.policy.tools.deepseek).toEqual({ access: 'blocked' });
  });

  it('the Chrome and Firefox examples name the pinned extension ids', () => {
    expect(readFileSync(`${DIR}/chrome-linux.json`, 'utf8')).toContain('jhjnbaiemdcbijamdbpheghjeppopoin');
    expect(readFileSync(`${DIR}/firefox-policies.json`, 'utf8')).toContain('vigie@dsisn.example.fr');
  });
});
