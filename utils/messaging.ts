import { z } from 'zod';
import { FindingTypeSchema, ToolIdSchema } from '@/policies/policy-schema';

/**
 * The whole protocol between content scripts / extension pages and the background.
 * Every request is parsed with zod in the background; content scripts are untrusted senders and
 * messages carry counts and categories only, never prompt text or detected values.
 */

export const OutcomeSchema = z.enum([
  'sent-clean', // nothing the policy stops
  'modified', // warned, the agent went back to edit
  'pseudonymised', // warned, values replaced, then sent
  'sent-anyway', // warned, sent with a reason
  'cancelled', // warned, the agent cancelled
  'blocked', // the policy blocked the prompt (agent then modified or cancelled)
  'observed', // observe mode: would have been warned or blocked, nothing stopped
  'net-blocked', // the network safety net stopped a send or draft the DOM layer did not see
  'failed-closed', // a check or rewrite could not complete: nothing sent
]);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const protocol = {
  // content → background
  recordOutcome: {
    request: z
      .object({
        tool: ToolIdSchema,
        outcome: OutcomeSchema,
        /** Count per data type found (types the policy allows are not listed). */
        types: z.partialRecord(FindingTypeSchema, z.number().int().min(1).max(10_000)),
        /** The policy's action for the prompt. */
        action: z.enum(['allow', 'warn', 'pseudonymise', 'block']),
        /** Id of the "send anyway" reason chosen from the policy's list. */
        reason: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(40).optional(),
        trigger: z.enum(['enter', 'click', 'submit', 'paste', 'network', 'attachment']),
      })
      .strict(),
    response: z.object({ recorded: z.boolean() }),
  },
  reportFalseAlarm: {
    request: z
      .object({
        tool: ToolIdSchema,
        detectors: z.array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(60)).min(1).max(32),
      })
      .strict(),
    response: z.object({ recorded: z.boolean() }),
  },
  // blocked-tool page (extension page) → background: the page was shown; counted once per tab and tool per interval
  recordToolBlocked: {
    request: z.object({ tool: ToolIdSchema }).strict(),
    response: z.object({ recorded: z.boolean() }),
  },
  reportSiteStatus: {
    request: z
      .object({
        tool: ToolIdSchema,
        /** Adapter in use: the tool's own or `generic`. No URL: the tool id says enough. */
        adapter: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(40),
        composerFound: z.boolean(),
        mode: z.enum(['adapter', 'generic-fallback', 'net-only']),
      })
      .strict(),
    response: z.object({ recorded: z.boolean() }),
  },
} as const;

export type MessageName = keyof typeof protocol;
export type MessageRequest<K extends MessageName> = z.input<(typeof protocol)[K]['request']>;
export type MessageResponse<K extends MessageName> = z.output<(typeof protocol)[K]['response']>;

const EnvelopeSchema = z.object({ vigie: z.literal(1), name: z.string().max(40), data: z.unknown() }).strict();

/** Sends a message to the background; resolves to null when the background cannot answer. */
export async function sendMessage<K extends MessageName>(name: K, data: MessageRequest<K>): Promise<MessageResponse<K> | null> {
  try {
    const response = await browser.runtime.sendMessage({ vigie: 1, name, data });
    const parsed = protocol[name].response.safeParse(response);
    return parsed.success ? (parsed.data as MessageResponse<K>) : null;
  } catch {
    return null;
  }
}

export type Handlers = { [K in MessageName]: (data: z.output<(typeof protocol)[K]['request']>, sender: { tabId?: number; url?: string; frameId?: number }) => Promise<MessageResponse<K>> };

/**
 * Handles a raw runtime message: only from this extension (content scripts or pages), only known
 * names, only payloads that parse. Anything else is refused without touching state.
 */
export async function dispatchMessage(handlers: Handlers, raw: unknown, sender: { id?: string; tab?: { id?: number }; url?: string; frameId?: number }, extensionId: string): Promise<unknown> {
  if (sender.id !== extensionId) return { error: 'foreign sender' };
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success || !(envelope.data.name in protocol)) return { error: 'unknown message' };
  const name = envelope.data.name as MessageName;
  const request = protocol[name].request.safeParse(envelope.data.data);
  if (!request.success) return { error: 'invalid message' };
  return (handlers[name] as (data: unknown, sender: { tabId?: number; url?: string; frameId?: number }) => Promise<unknown>)(request.data, { tabId: sender.tab?.id, url: sender.url, frameId: sender.frameId });
}
