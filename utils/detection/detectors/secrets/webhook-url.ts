import { defineSecret } from './_define-secret';
import { distinctChars, isPlaceholder } from './_entropy';
import type { DetectorExamples } from '../../types';

/**
 * Incoming-webhook URLs of Microsoft Teams (Office 365 connectors: `https://<tenant>.webhook.office.com/
 * webhookb2/<group>@<tenant>/IncomingWebhook/<id>/<owner>/<signature>`, formerly
 * `outlook.office.com/webhook/…`) and of Discord (`https://discord.com/api/webhooks/<id>/<token>`):
 * whoever holds the URL posts in the channel, so the whole URL is the secret and the span (Slack's
 * are slack-token.ts's). Check: the path after the fixed part has 20+ distinct characters and is no
 * placeholder (`…/webhookb2/xxx`, `<id>/<token>`).
 * Source: https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
 * and https://discord.com/developers/docs/resources/webhook. Examples are synthetic.
 */
export default defineSecret({
  id: 'webhook-url',
  pattern: /https:\/\/(?:[\w-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook|(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks)\/[\w@\/.-]{20,400}/gu,
  prefilter: ['webhook'],
  validate: (value) => {
    const path = value.slice(value.indexOf('/webhook') + 1);
    return distinctChars(path) >= 20 && !isPlaceholder(path.slice(path.indexOf('/') + 1));
  },
});

/** Run by the registry test (tests/unit/detection/detectors.contract.test.ts); not part of the engine bundle. */
export const examples: DetectorExamples = {
  match: [
    'Invoke-RestMethod -Uri "https://cd-example.webhook.office.com/webhookb2/6d819ac0-c565-276b-738a-c670aa990e93@07e52072-d222-b7db-0314-8104be9ce053/IncomingWebhook/cfdf511a634efb053874e80d6f103b24/0fa106cf-4089-b8cc-f199-ca747e2d9e34/V2jf8OS0QZlSynth"',
    'DISCORD_WEBHOOK=https://discord.com/api/webhooks/1234567890123456789/Synth3tic-Vigie_0aB1cD2eF3gH4iJ5kL6mN7oP8qR9',
    'url = "https://outlook.office.com/webhook/a1b2c3d4-Synth-4e5f-9a8b@c7d6e5f4-0000-4abc/IncomingWebhook/9f8e7d6c5b4a3210fedc/0a1b2c3d-Vigie"',
  ],
  noMatch: [
    'https://cd-example.webhook.office.com/webhookb2/xxxxxxxxxxxxxxxxxxxxxxxx',
    'See https://discord.com/api/webhooks/<id>/<token> for the format',
    'Crée un webhook entrant dans le canal Teams, puis colle son URL ici',
  ],
};
