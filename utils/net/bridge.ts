/**
 * The bridge between the page's main world (network hooks) and Vigie's isolated content script.
 * The main world only asks "may this body leave?"; the isolated script scans it with the policy
 * and answers. Messages from the main world are untrusted: a page can send its own, but can only
 * ever ask about text, never approve a send or change statistics.
 */

export const BRIDGE_TAG = '__vigieNet';

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
