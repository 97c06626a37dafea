import { defineSecret } from './_define-secret';
import { charClasses, distinctChars } from './_entropy';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * Hugging Face access tokens `hf_` + 34 letters, and organisation API tokens `api_org_` + 34 letters.
 * Check: exact length, upper and lower case letters, 14+ distinct letters (rejects placeholders).
 * Source: https://huggingface.co/docs/hub/security-tokens and gitleaks' `huggingface-access-token`.
 * Examples are synthetic.
 */
export default defineSecret({
  id: 'huggingface-token',
  pattern: /(?<![A-Za-z0-9_])(?:hf_|api_org_)[A-Za-z]{34}(?![A-Za-z0-9_])/gu,
  prefilter: ['f_', '_org_'],
  keywords: phraseList('hugging face|huggingface|hf_token|huggingface_hub|hub'),
  priority: 98,
  validate: (value) => {
    const random = value.slice(value.startsWith('hf_') ? 3 : 8);
    const classes = charClasses(random);
    return classes.upper && classes.lower && distinctChars(random) >= 14;
  },
});

/**
 * Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine
 * bundle: built by a call marked pure, which the bundler drops when nothing uses it (`repeat` is a
 * call, so the object alone would be kept).
 */
export const examples: DetectorExamples = /* @__PURE__ */ (() => ({
  match: [
    'HF_TOKEN=' + 'hf_' + 'awpxZFBGkSSKEMJWOzZVwRxbegHCVDeAyV',
    'huggingface-cli login --token ' + 'hf_' + 'KmjpnItCtClJNIwNHupWCGOblJRMrgPupV',
    'token de l\'organisation : ' + 'api_org_' + 'awpxZFBGkSSKEMJWOzZVwRxbegHCVDeAyV',
  ],
  noMatch: [
    'hf_' + 'awpxZFBGkSSKEMJWOzZVwRxbegHCVDeAy',
    'hf_' + 'awpxZFBGkSSKEMJWOzZVwRxbegHCVDeAy1',
    'hf_' + 'x'.repeat(34),
    'my_hf_' + 'awpxZFBGkSSKEMJWOzZVwRxbegHCVDeAyV',
  ],
}))();
