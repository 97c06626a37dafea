/**
 * The bridge between the page's main world (network hooks) and Vigie's isolated content script.
 * The main world only asks "may this body leave?"; the isolated script scans it with the policy
 * and answers. Messages from the main world are untrusted: a page can send its own, but can only
 * ever ask about text, never approve a send or change statistics.
 */

export const BRIDGE_TAG = '__vigieNet';

/**
 * A check asked and answered within one event dispatch (a `CustomEvent` whose detail is the JSON of
 * the message): listeners of every world run synchronously, so the request leaves at once. A
 * `postMessage` round trip waits for the page's next tasks, often a whole frame (about 15 ms in a
 * send). Same trust as the messages: a page can dispatch these too, and can only ever ask.
 */
export const NET_CHECK_EVENT = 'vigie-net-check';
export const NET_VERDICT_EVENT = 'vigie-net-verdict';

/** Dispatches `message` on `win` as the detail of a `type` event above, in the form `detailOf` reads back. */
export function dispatchBridgeEvent(win: Window, type: typeof NET_CHECK_EVENT | typeof NET_VERDICT_EVENT, message: object): void {
  win.dispatchEvent(new CustomEvent(type, { detail: JSON.stringify(message) }));
}

/** The message carried by one of the events above, or null when it is not JSON. */
export function detailOf(event: Event): unknown {
  const detail = (event as CustomEvent<unknown>).detail;
  if (typeof detail !== 'string') return null;
  try {
    return JSON.parse(detail);
  } catch {
    return null;
  }
}

export interface NetCheckRequest {
  readonly [BRIDGE_TAG]: 'check';
  readonly id: string;
  readonly purpose: 'send' | 'draft' | 'storage';
  readonly transport: 'fetch' | 'xhr' | 'websocket';
  readonly text: string;
}

export interface NetVerdict {
  readonly [BRIDGE_TAG]: 'verdict';
  readonly id: string;
  readonly allow: boolean;
}

export function isNetCheckRequest(data: unknown): data is NetCheckRequest {
  const value = data as Partial<NetCheckRequest> | null;
  return (
    !!value &&
    value[BRIDGE_TAG] === 'check' &&
    typeof value.id === 'string' &&
    value.id.length <= 64 &&
    typeof value.text === 'string' &&
    (value.purpose === 'send' || value.purpose === 'draft' || value.purpose === 'storage') &&
    (value.transport === 'fetch' || value.transport === 'xhr' || value.transport === 'websocket')
  );
}

export function isNetVerdict(data: unknown): data is NetVerdict {
  const value = data as Partial<NetVerdict> | null;
  return !!value && value[BRIDGE_TAG] === 'verdict' && typeof value.id === 'string' && typeof value.allow === 'boolean';
}

/**
 * Copy buttons of the site write placeholders to the clipboard (the site only knows those). The
 * main-world clipboard hook asks the isolated script for that one text with the real values; the
 * mapping itself never enters the main world. The answer is visible to the page, so the isolated
 * side only restores right after a real click and only values already shown on the page.
 */
export interface RestoreRequest {
  readonly [BRIDGE_TAG]: 'restore';
  readonly id: string;
  readonly format: 'text' | 'html';
  readonly text: string;
}

export interface RestoreAnswer {
  readonly [BRIDGE_TAG]: 'restored';
  readonly id: string;
  readonly text: string;
}

/** Longest clipboard text the bridge handles (a long answer); longer ones are copied as they are. */
export const MAX_RESTORE_CHARS = 500_000;

export function isRestoreRequest(data: unknown): data is RestoreRequest {
  const value = data as Partial<RestoreRequest> | null;
  return (
    !!value &&
    value[BRIDGE_TAG] === 'restore' &&
    typeof value.id === 'string' &&
    value.id.length <= 64 &&
    (value.format === 'text' || value.format === 'html') &&
    typeof value.text === 'string' &&
    value.text.length <= MAX_RESTORE_CHARS
  );
}

export function isRestoreAnswer(data: unknown): data is RestoreAnswer {
  const value = data as Partial<RestoreAnswer> | null;
  return !!value && value[BRIDGE_TAG] === 'restored' && typeof value.id === 'string' && typeof value.text === 'string';
}
