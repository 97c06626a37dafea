import { defineSecret } from './_define-secret';
import { distinctChars, isPlaceholder } from './_entropy';
import type { DetectorExamples } from '../../types';
import { phraseList } from '../../word-list';

/**
 * Slack tokens and incoming webhooks. Tokens: `xoxb-` bot, `xoxp-` user, `xoxa-`/`xoxr-`/`xoxe-`
 * app, refresh and legacy tokens (`xox?-` + 2–3 numeric ids + 24–34 characters), configuration
 * tokens `xoxe.xoxp-1-…`, refresh tokens `xoxe-1-…`, app-level tokens `xapp-1-A…-…-…`. Webhooks:
 * `https://hooks.slack.com/services|workflows|triggers/…` (the whole URL is the secret, so it is the span).
 * Check: the random part needs 8+ distinct characters and must not be a placeholder (Slack's own
 * documentation uses `T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`).
 * Source: https://api.slack.com/authentication/token-types and gitleaks' Slack rules.
 * Examples are synthetic.
 */
export default defineSecret({
  id: 'slack-token',
  pattern:
    /(?<![A-Za-z0-9-])(?:xox[bpare]-[0-9]{10,13}-[0-9]{10,13}(?:-[0-9]{10,13})?-[A-Za-z0-9-]{24,34}|xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,200}|xoxe-\d-[A-Za-z0-9]{100,200}|xapp-\d-[A-Z0-9]{1,20}-\d{1,20}-[a-z0-9]{20,128})(?![A-Za-z0-9-])|https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+\/]{43,120}/gu,
  // `ks.sla` is part of `hooks.slack.com`; short needles with a rare first letter are cheap to search.
  prefilter: ['xox', 'xapp', 'ks.sla'],
  keywords: phraseList('slack|webhook|bot|token'),
  validate: (value) => {
    const random = value.startsWith('http') ? value.slice(value.lastIndexOf('/') + 1) : value.slice(value.lastIndexOf('-') + 1);
    return random.length >= 8 && distinctChars(random) >= 8 && !isPlaceholder(random);
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'SLACK_BOT_TOKEN=' + 'xoxb-' + '123456789012-1234567890123-' + 'Vigie0Synthetic0Slack0Tok1',
    'user token ' + 'xoxp-' + '123456789012-1234567890123-1234567890123-' + 'q8Lr2ZxW0bN5mT7yK3vC9hJ4dF6sA1pG',
    'Webhook : https://hooks.slack.com/services/' + 'T0VIGIE01/B0SYNTH02/' + 'Vigie0Synthetic0Webhook1',
    'xapp-1-' + 'A0VIGIE0001-1234567890123-' + 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
  ],
  noMatch: [
    'xoxb-123-456-abc',
    'xoxz-' + '123456789012-1234567890123-' + 'Vigie0Synthetic0Slack0Tok1',
    'https://hooks.slack.com/services/',
    'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  ],
};
