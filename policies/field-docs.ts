import type { PolicyKey } from './policy-schema';

/**
 * Administrator-facing title and description of each policy field. Used for the browser's managed
 * schema (shown in chrome://policy and ADMX tools), the options page and the admin guide.
 */
export const POLICY_FIELD_DOCS: Readonly<Record<PolicyKey, { title: string; description: string }>> = {
  schemaVersion: { title: 'Schema version', description: 'Format of the policy document. Must be 1.' },
  policyVersion: { title: 'Policy version', description: "The organisation's label for this policy (letters, digits, _ . : -), recorded with statistics." },
  mode: { title: 'Mode', description: '"enforce" applies warnings and blocks; "observe" stops nothing, shows a discreet notice and counts what would have happened.' },
  dataTypes: { title: 'Action per kind of data', description: 'Object keyed by data type (NIR, IBAN, EMAIL…): {"action": "allow"|"warn"|"pseudonymise"|"block", "minScore": 0..1}. Types left out use defaultDataAction.' },
  defaultDataAction: { title: 'Default action', description: 'Action for data types the policy does not list: "allow", "warn", "pseudonymise" or "block".' },
  defaultMinScore: { title: 'Default minimum confidence', description: 'Findings below this confidence (0..1) are ignored unless their type sets its own minScore.' },
  tools: { title: 'Access per AI tool', description: 'Object keyed by tool id (chatgpt, claude, gemini, le-chat, copilot, perplexity, deepseek, poe, huggingchat, grok, meta-ai, albert, or an extraTools id): {"access": "allowed"|"guarded"|"blocked", "mode": "enforce"|"observe"}.' },
  defaultToolAccess: { title: 'Default tool access', description: 'Access for catalogue tools the policy does not list: "allowed", "guarded" or "blocked".' },
  extraTools: { title: 'Additional AI tools', description: 'List of {"id": "custom-…", "name", "hosts": [host names], "pathPrefix"} guarded like the built-in tools.' },
  approvedAlternative: { title: 'Approved alternative', description: '{"name", "url" (https)} shown on the page of a blocked tool.' },
  customRules: { title: 'Custom rules', description: 'List of rules of kind "keywords" (words), "regex" (pattern, flags i/u; checked at load time) or "hashed-terms" (SHA-256 of normalised terms), each with id, label, type and action.' },
  organisation: { title: 'Organisation', description: '{"name", "dpoContact", "aiCharterUrl" (https), "warningMessage": {"fr", "en"}} shown in warnings.' },
  sendAnyway: { title: 'Send anyway', description: '{"allowedFor": action levels where "send anyway" is offered, "reasonRequired": boolean, "reasons": [{"id", "label": {"fr", "en"}}]}.' },
  allowLocalRelaxation: { title: 'Allow local relaxation', description: 'Whether agents may relax a rule on their own browser. Stricter local choices are always allowed.' },
  statistics: { title: 'Statistics', description: '{"retentionDays": 1..3650, "reportingEndpoint": https URL (optional), "reportingMinCount": counts below it are suppressed in reports}.' },
  attachments: { title: 'Attachments', description: '{"uncheckedFiles": "allow"|"warn"|"block" (files Vigie cannot read: pdf, images, over maxBytes; default "warn"), "maxBytes": largest file read and checked locally, 1024..52428800 (default 5242880)}. Text files (txt, csv, md, json) and .docx are checked like prompts.' },
  policyUrl: { title: 'Policy URL', description: 'HTTPS address of the full policy, fetched by the extension (with ETag) and cached; fields set here in the managed policy take precedence.' },
  refreshMinutes: { title: 'Refresh interval', description: 'Minutes between two fetches of the policy URL (15..10080).' },
  pseudonymisation: { title: 'Pseudonymisation', description: '{"dateOfBirth": "ageBracket" (default: replaced by an age bracket such as [ÂGE_30-39_ANS], never restored) | "placeholder" ([DATE_NAISSANCE_1], restored in answers on the page), "mappingTtlMinutes": 5..1440 (default 240): minutes without use after which a tab forgets its placeholder mapping; it is always forgotten when the tab closes}.' },
};
