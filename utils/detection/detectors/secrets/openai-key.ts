import { defineSecret } from './_define-secret';
import { distinctChars, shannonEntropy } from './_entropy';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * OpenAI API keys: project, service-account and admin keys `sk-proj-`, `sk-svcacct-`, `sk-admin-`
 * (and the older `sk-None-`) + 40–300 `[A-Za-z0-9_-]` characters, which normally embed `T3BlbkFJ`
 * (base64 of `OpenAI`); legacy user keys `sk-` + 20 + `T3BlbkFJ` + 20 alphanumerics.
 * Check: key boundaries, 16+ distinct characters and 4+ bits of entropy per character in the random
 * part; a prefixed key without the `T3BlbkFJ` marker is reported with a lower score.
 * Source: https://platform.openai.com/docs/api-reference/authentication and gitleaks' `openai-api-key`.
 * Examples are synthetic.
 */
export default defineSecret({
  id: 'openai-key',
  pattern: /(?<![A-Za-z0-9_-])(?:sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,300}|sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})(?![A-Za-z0-9_-])/gu,
  prefilter: ['k-'],
  keywords: phraseList('openai|chatgpt|gpt|openai_api_key|api key|api_key'),
  validate: (value) => {
    const random = value.slice(value.indexOf('-', 3) + 1).replace('T3BlbkFJ', '');
    if (distinctChars(random) < 16 || shannonEntropy(random) < 4) return false;
    return value.includes('T3BlbkFJ') ? 1 : 0.85;
  },
});

/**
 * Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine
 * bundle: built by a call marked pure, which the bundler drops when nothing uses it (`repeat` is a
 * call, so the object alone would be kept).
 */
export const examples: DetectorExamples = /* @__PURE__ */ (() => ({
  match: [
    'OPENAI_API_KEY=' + 'sk-proj-' + 'hydNZHNYHXv5FH3HxzZQ-y4JeoJ07P7o0YPZPKUT328fcl_k1Myajx9VVV7m-FwbCV81svim7u' + 'T3BlbkFJ' + 'IaRo7TAWKOXCO62gqHJf86WiV6sPRUK0VQiFU8KCL_lGSkS3bVlxlnLKkpSjzJhpO40t5eQ1qP',
    'client = OpenAI(api_key="' + 'sk-svcacct-' + '6ehNaqV0vpfkpbSe5q-NHMHtBCMcZpdO0q1iYHfZk2Uu9wWX-5uNmVd9Aw' + 'T3BlbkFJ' + 'xuVlBv6L216TmsTlz_Ci-rFESOVp5Y-EmxP-eLt5gRFch30c3GwEwQKYd-' + '")',
    'ancienne clé : ' + 'sk-' + '8QiXVdFp8oLjzOrkgnO3' + 'T3BlbkFJ' + 'gnWxvIvvyLFccXXDZ9hq',
  ],
  noMatch: [
    'sk-proj-abc123',
    'sk-proj-' + 'x'.repeat(60),
    'sk-' + '8QiXVdFp8oLjzOrkgnO3' + 'T3BlbkFJ' + 'gnWxvIvvyLFccXXDZ9h',
    'Le paramètre task-proj-2026 est obligatoire.',
  ],
}))();
