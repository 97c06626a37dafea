import { defineSecret } from './_define-secret';
import { distinctChars, shannonEntropy } from './_entropy';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * GitLab tokens, recognised by their prefix: `glpat-` personal/project/group access token (legacy
 * `glpat-` + 20 `[A-Za-z0-9_-]`, or the routable form `glpat-` + 27–300 characters + `.` + 9 lower-case
 * alphanumerics), `gldt-` deploy, `glrt-` runner, `GR1348941` runner registration, `glft-` feed,
 * `glsoat-` SCIM, `glffct-` feature flags (+20), `glimt-` incoming mail (+25), `glagent-` Kubernetes
 * agent (+50), `gloas-` OAuth application secret (+64), `glptt-` pipeline trigger (+40 hex), `glcbt-`
 * CI job token.
 * Check: exact length after the prefix; the random part needs 8+ distinct characters and 3+ bits of
 * entropy per character, so `glpat-xxxxxxxxxxxxxxxxxxxx` placeholders are not reported.
 * Source: https://docs.gitlab.com/security/tokens/#token-prefixes (via gitleaks' GitLab rules).
 * Examples are synthetic.
 */
export default defineSecret({
  id: 'gitlab-token',
  pattern:
    /(?<![A-Za-z0-9_-])(?:glpat-[A-Za-z0-9_-]{27,300}\.[0-9a-z]{2}\.?[0-9a-z]{7,9}|(?:glpat|gldt|glrt|glft|glsoat|glffct)-[A-Za-z0-9_-]{20}|glimt-[A-Za-z0-9_-]{25}|glagent-[A-Za-z0-9_-]{50}|gloas-[A-Za-z0-9_-]{64}|glptt-[0-9a-f]{40}|glcbt-[0-9a-zA-Z]{1,5}_[A-Za-z0-9_-]{20}|GR1348941[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])/gu,
  prefilter: ['gl', 'gr1348'],
  keywords: phraseList('gitlab|token|private-token|ci_job_token|runner'),
  validate: (value) => {
    const random = value.startsWith('GR1348941') ? value.slice(9) : value.slice(value.indexOf('-') + 1);
    return distinctChars(random) >= 8 && shannonEntropy(random) >= 3;
  },
});

/**
 * Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine
 * bundle: built by a call marked pure, which the bundler drops when nothing uses it (`repeat` is a
 * call, so the object alone would be kept).
 */
export const examples: DetectorExamples = /* @__PURE__ */ (() => ({
  match: [
    'curl --header "PRIVATE-TOKEN: ' + 'glpat-' + 'Vigie0Synth3tic_Tst1' + '" https://gitlab.exemple.test/api/v4/projects',
    'Deploy token : ' + 'gldt-' + 'q8Lr2ZxW0bN5mT7yK3vC',
    'gitlab-runner register --registration-token ' + 'GR1348941' + 'Vigie0Synth3tic-Tst2',
    'GITLAB_TOKEN=' + 'glpat-' + 'VigieSynthetic0RoutableToken1' + '.01.' + 'a1b2c3d4e',
  ],
  noMatch: [
    'glpat-' + 'Vigie0Synth3tic_Tst',
    'glpat_' + 'Vigie0Synth3tic_Tst1',
    'Le jeton commence par glpat- puis 20 caractères.',
    'glpat-' + 'x'.repeat(20),
  ],
}))();
