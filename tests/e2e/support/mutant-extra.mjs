import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROME_EXT_DIR } from './paths.mjs';

/**
 * A copy of the built extension without its MAIN-world content script (no network net, no page writer):
 * the isolated guard must then fail closed where it needs the page writer (Perplexity's Lexical composer).
 */
export function buildMutantWithoutMainWorld() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigie-mutant-main-'));
  fs.cpSync(CHROME_EXT_DIR, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.content_scripts = manifest.content_scripts.filter((script) => script.world !== 'MAIN');
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
