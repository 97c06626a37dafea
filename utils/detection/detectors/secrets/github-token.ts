import { base62CrcTokenIsValid } from '../../checksums/crc32';
import { defineSecret } from './_define-secret';
import { distinctChars, shannonEntropy } from './_entropy';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * GitHub tokens. Classic formats since 2021: `ghp_` (personal), `gho_` (OAuth), `ghu_`
 * (user-to-server), `ghs_` (server-to-server), `ghr_` (refresh) + 36 characters `[A-Za-z0-9]`, the
 * last 6 being the CRC-32 of the first 30 written in base 62. Fine-grained personal access tokens:
 * `github_pat_` + 22 + `_` + 59 characters (no published checksum: shape and entropy only).
 * Check: the CRC-32 must match (a random string passes with probability 1/62^6), so documentation
 * placeholders such as `ghp_16C7e42F…` are not reported; the generic-api-key rule may still catch
 * them after a keyword.
 * Source: https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/
 * (checksum layout: shared/reference/detectors.md §8.3). Examples are synthetic, with computed checksums.
 */
export default defineSecret({
  id: 'github-token',
  pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/gu,
  prefilter: ['gh', 'github'],
  keywords: phraseList('github|token|gh_token|github_token'),
  priority: 100,
  validate: (value) => {
    if (value.startsWith('github_pat_')) {
      const random = value.slice(11).replace('_', '');
      return distinctChars(random) >= 16 && shannonEntropy(random) >= 4 ? 0.95 : false;
    }
    return base62CrcTokenIsValid(value) ? 1 : false;
  },
});

/**
 * Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine
 * bundle: built by a call marked pure, which the bundler drops when nothing uses it (`repeat` is a
 * call, so the object alone would be kept).
 */
export const examples: DetectorExamples = /* @__PURE__ */ (() => ({
  match: [
    'export GITHUB_TOKEN=' + 'ghp_' + 'Vigie0Synthetic0Token0Sample01' + '1Rhzzk',
    'token OAuth : ' + 'gho_' + 'Vigie0Synthetic0Token0Sample02' + '3v1oZm' + ' (expire demain)',
    'git clone https://x-access-token:' + 'ghs_' + 'Vigie0Synthetic0Token0Sample03' + '2wr94u' + '@github.com/org/repo.git',
    'GH_TOKEN=' + 'github_pat_' + '11VIGIE0SYNTH0TEST0001' + '_' + 'q8Lr2ZxW0bN5mT7yK3vC9hJ4dF6sA1pG0eR8uY2iO5wQ3zX7cV4nM6bLk1j',
  ],
  noMatch: [
    'ghp_' + 'Vigie0Synthetic0Token0Sample01' + '1Rhzzl',
    'ghp_16C7e42F292c6912E7710c838347Ae178B4a',
    'ghp_' + 'Vigie0Synthetic0Token0Sample01' + '1Rhzz',
    'ghx_' + 'Vigie0Synthetic0Token0Sample01' + '1Rhzzk',
    'github_pat_' + 'x'.repeat(22) + '_' + 'x'.repeat(59),
  ],
}))();
