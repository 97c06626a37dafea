import fs from 'node:fs';
import path from 'node:path';
import { CHROME_EXTENSION_ID, GECKO_EXTENSION_ID } from './paths.mjs';

/**
 * Machine-wide enterprise policy files, written as root before the browser starts
 * (shared/reference/e2e-recipe.md §10). Each test file removes its own file afterwards.
 */
export const CHROMIUM_POLICY_FILE = '/etc/chromium/policies/managed/vigie-e2e.json';
export const FIREFOX_POLICY_FILE = '/usr/lib/firefox-esr/distribution/policies.json';

export function canWritePolicies() {
  try {
    fs.mkdirSync(path.dirname(CHROMIUM_POLICY_FILE), { recursive: true });
    fs.accessSync(path.dirname(CHROMIUM_POLICY_FILE), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function writeChromiumPolicy(vigiePolicy) {
  fs.mkdirSync(path.dirname(CHROMIUM_POLICY_FILE), { recursive: true });
  fs.writeFileSync(CHROMIUM_POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: vigiePolicy } } }));
}

export function removeChromiumPolicy() {
  fs.rmSync(CHROMIUM_POLICY_FILE, { force: true });
}

let originalFirefoxPolicies = null;
export function writeFirefoxPolicy(vigiePolicy) {
  if (originalFirefoxPolicies === null) originalFirefoxPolicies = fs.existsSync(FIREFOX_POLICY_FILE) ? fs.readFileSync(FIREFOX_POLICY_FILE) : false;
  fs.mkdirSync(path.dirname(FIREFOX_POLICY_FILE), { recursive: true });
  fs.writeFileSync(FIREFOX_POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_EXTENSION_ID]: vigiePolicy } } } }));
}

export function restoreFirefoxPolicy() {
  if (originalFirefoxPolicies) fs.writeFileSync(FIREFOX_POLICY_FILE, originalFirefoxPolicies);
  else fs.rmSync(FIREFOX_POLICY_FILE, { force: true });
  originalFirefoxPolicies = null;
}
