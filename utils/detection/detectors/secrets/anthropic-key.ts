import { defineSecret } from './_define-secret';
import { distinctChars, shannonEntropy } from './_entropy';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * Anthropic API keys: `sk-ant-api03-` (API), `sk-ant-admin01-` (Admin API) and the other
 * `sk-ant-<kind><nn>-` variants + 93 `[A-Za-z0-9_-]` characters + `AA` (108 characters for `api03`).
 * Check: exact length, the `AA` suffix, 16+ distinct characters and 4+ bits of entropy per character.
 * Source: https://docs.anthropic.com/en/api/overview#authentication and gitleaks' `anthropic-api-key`.
 * Examples are synthetic.
 */
export default defineSecret({
  id: 'anthropic-key',
  pattern: /(?<![A-Za-z0-9_-])sk-ant-[a-z]{3,6}\d{2}-[A-Za-z0-9_-]{93}AA(?![A-Za-z0-9_-])/gu,
  prefilter: ['k-ant'],
  keywords: phraseList('anthropic|claude|anthropic_api_key|x-api-key'),
  validate: (value) => {
    const random = value.slice(value.indexOf('-', 7) + 1, -2);
    return distinctChars(random) >= 16 && shannonEntropy(random) >= 4 ? (/^sk-ant-(?:api03|admin01)-/u.test(value) ? 1 : 0.9) : false;
  },
});

/**
 * Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine
 * bundle: built by a call marked pure, which the bundler drops when nothing uses it (`repeat` is a
 * call, so the object alone would be kept).
 */
export const examples: DetectorExamples = /* @__PURE__ */ (() => ({
  match: [
    'ANTHROPIC_API_KEY=' + 'sk-ant-api03-' + 'wL51_aIEaOc-iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R-zdYYJr9u__ltOKeec7-sXmBIWtNu' + 'AA',
    'curl -H "x-api-key: ' + 'sk-ant-admin01-' + '-E_-en6Qpi4BLdu81jsD_NImnAk5aBHAASuQ1AEt_JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q' + 'AA"',
    'clé Claude : ' + 'sk-ant-api03-' + '-E_-en6Qpi4BLdu81jsD_NImnAk5aBHAASuQ1AEt_JTwzuC9QTON1K0fTBtsVYKjFJH7xME2IXfWaVbZffU0T15dPAl7Q' + 'AA.',
  ],
  noMatch: [
    'sk-ant-api03-' + 'wL51_aIEaOc-iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R-zdYYJr9u__ltOKeec7-sXmBIWtNu' + 'BB',
    'sk-ant-api03-' + 'wL51_aIEaOc-iDLo4rtWnqJZrxJCI4wCcOxBwpZvilO7BBt27HC43VY1zgIj2E1R-zdYYJr9u__ltOKeec7-sXmBIWtN' + 'AA',
    'sk-ant-api03-' + 'x'.repeat(93) + 'AA',
    'Les clés commencent par sk-ant-api03- et finissent par AA.',
  ],
}))();
