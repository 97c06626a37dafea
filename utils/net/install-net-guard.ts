import type { NetworkRule } from '@/utils/sites/types';
import { textOfBody, textOfString } from './body-text';

/**
 * Main-world safety net: wraps fetch, XMLHttpRequest and WebSocket so that a request to one of
 * the site's known endpoints whose body carries blocked data is stopped, even when the DOM guard
 * missed the send (site redesign, unknown composer, drafts sent while typing).
 * Runs at document_start, before the page keeps references to the originals.
 */

export type NetCheck = (request: { purpose: NetworkRule['purpose']; transport: NetworkRule['transport']; text: string }) => Promise<boolean>;

function ruleFor(rules: readonly NetworkRule[], transport: NetworkRule['transport'], url: string): NetworkRule | undefined {
  return rules.find((rule) => rule.transport === transport && new RegExp(rule.url).test(url));
}

function absoluteWithoutQuery(url: string): string {
  try {
    const parsed = new URL(url, location.href);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return url;
  }
}

const blockedError = () => new DOMException('Blocked by Vigie: the request carried data your organisation does not allow to send.', 'AbortError');

/**
 * The net only ever lets a body through untouched or stops it: it never rewrites one, which is what
 * signed bodies (`rewritable: false`, Poe) require. Rules declared unreadable (Meta AI's binary
 * socket) are not hooked at all.
 */
export function installNetGuard(win: Window & typeof globalThis, declared: readonly NetworkRule[], check: NetCheck): void {
  const rules = declared.filter((rule) => rule.readable !== false);
  if (rules.length === 0) return;

  if (rules.some((rule) => rule.transport === 'fetch')) {
    const originalFetch = win.fetch;
    const guardedFetch = async function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
      const url = absoluteWithoutQuery(input instanceof Request ? input.url : String(input));
      const rule = ruleFor(rules, 'fetch', url);
      if (!rule) return originalFetch.call(win, input, init);
      // Read a Request's body from a clone before the real fetch consumes it.
      const text = init?.body !== undefined ? await textOfBody(init.body) : input instanceof Request ? textOfString(await input.clone().text()) : '';
      if (text && !(await check({ purpose: rule.purpose, transport: 'fetch', text }))) throw blockedError();
      return originalFetch.call(win, input, init);
    };
    win.fetch = guardedFetch as typeof fetch;
  }

  if (rules.some((rule) => rule.transport === 'xhr')) {
    const proto = win.XMLHttpRequest.prototype;
    const originalOpen = proto.open;
    const originalSend = proto.send;
    const urls = new WeakMap<XMLHttpRequest, string>();
    proto.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
      urls.set(this, absoluteWithoutQuery(String(args[1])));
      return (originalOpen as (...rest: unknown[]) => void).apply(this, args);
    } as typeof proto.open;
    proto.send = function send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      const rule = ruleFor(rules, 'xhr', urls.get(this) ?? '');
      if (!rule) return originalSend.call(this, body);
      // Hold the request until the check answers; the app only sees progress events later.
      void textOfBody(body).then(async (text) => {
        if (!text || (await check({ purpose: rule.purpose, transport: 'xhr', text }))) originalSend.call(this, body);
        else this.abort();
      });
    };
  }

  if (rules.some((rule) => rule.transport === 'websocket')) {
    const proto = win.WebSocket.prototype;
    const originalSend = proto.send;
    proto.send = function send(this: WebSocket, data: string | ArrayBufferLike | Blob | ArrayBufferView) {
      const rule = ruleFor(rules, 'websocket', this.url);
      // Binary frames (protobuf) cannot be read reliably: the DOM guard covers those sites.
      if (!rule || typeof data !== 'string') return originalSend.call(this, data);
      void check({ purpose: rule.purpose, transport: 'websocket', text: textOfString(data) }).then((allow) => {
        // A stopped frame is dropped; the socket stays open so the app does not retry in a loop.
        if (allow) originalSend.call(this, data);
      });
    };
  }
}
