import { defineSecret } from './_define-secret';
import { charClasses, distinctChars, shannonEntropy } from './_entropy';
import type { DetectorExamples } from '../../types';

/**
 * Mistral AI API keys: 32 alphanumerics with no prefix, so a candidate is only reported when the
 * word `mistral` (`MISTRAL_API_KEY`, `Mistral(api_key=…)`) is at most 60 characters before it
 * (trufflehog and gitleaks do the same).
 * Check: upper and lower case letters (rules out hexadecimal hashes such as MD5), 14+ distinct
 * characters and 4+ bits of entropy per character.
 * Source: https://docs.mistral.ai/api/ (authentication) and trufflehog's `mistral` detector.
 * Examples are synthetic.
 */
export default defineSecret({
  id: 'mistral-key',
  // Anchored on the keyword (at most 60 characters before the key), so the scan stays fast; the
  // span is narrowed to the key in `validate`.
  pattern: /mistral[\s\S]{0,100}?(?<![A-Za-z0-9_-])([A-Za-z0-9]{32})(?![A-Za-z0-9_-])/giu,
  prefilter: ['mistra'],
  baseScore: 0.8,
  keywords: ['mistral', 'mistral_api_key', 'mistralai'],
  requiresContext: true,
  contextWindow: { before: 60, after: 20 },
  priority: 96,
  validate: (match, { groups }) => {
    const value = groups[1];
    if (value === undefined) return false;
    const classes = charClasses(value);
    if (!classes.upper || !classes.lower || distinctChars(value) < 14 || shannonEntropy(value) < 4) return false;
    return { score: 0.8, start: match.length - value.length };
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'MISTRAL_API_KEY=' + '9wZPCI55ilZfdUXqZ1zlfhn5z8DaGOPx',
    'client = Mistral(api_key="' + 'VG18pdNEgBR1YHA8NXOz6TcqLkBiCU2w' + '")',
    'Ma clé Mistral pour le script : ' + 'VG18pdNEgBR1YHA8NXOz6TcqLkBiCU2w',
    'Mistral API key for the summarisation PoC (La Plateforme, EU region): ' + 'VG18pdNEgBR1YHA8NXOz6TcqLkBiCU2w',
  ],
  noMatch: [
    '9wZPCI55ilZfdUXqZ1zlfhn5z8DaGOPx',
    'mistral: checksum d41d8cd98f00b204e9800998ecf8427e',
    'MISTRAL_API_KEY=' + '9wZPCI55ilZfdUXqZ1zlfhn5z8DaGOP',
    'MISTRAL_API_KEY=' + 'AbAbAbAbAbAbAbAbAbAbAbAbAbAbAbAb',
  ],
};
