import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CHROME_EXT_DIR = path.resolve(process.env.VIGIE_CHROME_EXT_DIR ?? path.join(ROOT, '.output/chrome-mv3'));
export const FIREFOX_EXT_DIR = path.resolve(process.env.VIGIE_FIREFOX_EXT_DIR ?? path.join(ROOT, '.output/firefox-mv3'));
export const ARTIFACTS_DIR = path.join(ROOT, 'test-results');
/** Pinned by the manifest key (policies/extension-identity.ts). */
export const CHROME_EXTENSION_ID = 'jhjnbaiemdcbijamdbpheghjeppopoin';
export const GECKO_EXTENSION_ID = 'vigie@dsisn.example.fr';
