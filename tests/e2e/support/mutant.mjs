import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROME_EXT_DIR } from './paths.mjs';

/**
 * A copy of the built extension without its content scripts (Privacy Badger's "verify that
 * mutating the code fails the test"): the guard tests run against it must see the data leave.
 */
export function buildMutantWithoutContentScripts() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-mutant-'));
  fs.cpSync(CHROME_EXT_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  delete manifest.content_scripts;
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
