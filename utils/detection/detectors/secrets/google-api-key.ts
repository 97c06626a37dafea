import { defineSecret } from './_define-secret';
import { distinctChars, isPlaceholder, shannonEntropy } from './_entropy';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * Google credentials: API keys `AIza` + 35 `[A-Za-z0-9_-]` (39 characters), OAuth client secrets
 * `GOCSPX-` + 28, OAuth access tokens `ya29.` + 20–2048 base64url characters.
 * Check: exact length and key boundaries; the random part needs 10+ distinct characters and 3.5+
 * bits of entropy per character (rejects `AIzaXXXX…` placeholders).
 * Source: https://cloud.google.com/docs/authentication/api-keys and gitleaks' GCP rules.
 * Examples are synthetic.
 */
export default defineSecret({
  id: 'google-api-key',
  pattern: /(?<![A-Za-z0-9_-])(?:AIza[A-Za-z0-9_-]{35}|GOCSPX-[A-Za-z0-9_-]{28}|ya29\.[A-Za-z0-9_-]{20,2048})(?![A-Za-z0-9_-])/gu,
  // `za` is part of `AIza`; short needles with a rare first letter are cheap to search.
  prefilter: ['za', 'gocspx', 'ya29'],
  keywords: phraseList('google|gcp|api key|api_key|apikey|maps|firebase|oauth|client_secret'),
  validate: (value) => {
    const random = value.slice(value.startsWith('GOCSPX-') ? 7 : value.startsWith('ya29.') ? 5 : 4);
    return distinctChars(random) >= 10 && shannonEntropy(random) >= 3.5 && !isPlaceholder(random);
  },
});

/**
 * Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine
 * bundle: built by a call marked pure, which the bundler drops when nothing uses it (`repeat` is a
 * call, so the object alone would be kept).
 */
export const examples: DetectorExamples = /* @__PURE__ */ (() => ({
  match: [
    'https://maps.googleapis.com/maps/api/geocode/json?address=Caen&key=' + 'AIza' + 'Vigie0Synthetic0Google0Key0Test0123',
    'GOOGLE_API_KEY="' + 'AIza' + 'q8Lr2ZxW0bN5mT7yK3vC9hJ4dF6sA1pG_e-' + '"',
    'client_secret: ' + 'GOCSPX-' + 'Vigie0Synthetic0Client0Sec01',
    'Authorization: Bearer ' + 'ya29.' + 'a0Vigie0Synthetic0Access0Token0q8Lr2ZxW0bN5mT7yK3vC',
  ],
  noMatch: [
    'AIza' + 'Vigie0Synthetic0Google0Key0Test012',
    'AIzb' + 'Vigie0Synthetic0Google0Key0Test0123',
    'AIza' + 'Vigie0Synthetic0Google0Key0Test01234',
    'AIza' + 'X'.repeat(35),
  ],
}))();
