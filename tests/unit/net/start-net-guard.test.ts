// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://chatgpt.com/"}
/**
 * The net asks the isolated guard within one event dispatch (bridge.ts), so that a send does not
 * wait for the page's next tasks; the message round trip remains for a guard that is still starting.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_TAG, detailOf, isNetCheckRequest, NET_CHECK_EVENT, NET_VERDICT_EVENT } from '@/utils/net/bridge';
import { startNetGuard } from '@/utils/net/start-net-guard';

const BODY = JSON.stringify({ prompt: 'Rédige une note sur la RD 12.' });

describe('startNetGuard on a ChatGPT page', () => {
  const SEND_URL = 'https://chatgpt.com/backend-api/f/conversation';
  const listeners: Array<[string, EventListener]> = [];
  const listen = (type: string, listener: EventListener) => {
    window.addEventListener(type, listener);
    listeners.push([type, listener]);
  };
  afterEach(() => {
    for (const [type, listener] of listeners.splice(0)) window.removeEventListener(type, listener);
  });

  /** The page's own fetch, kept by the net as the original; installed once (startNetGuard hooks the window for good). */
  const pageFetch = vi.fn(async () => new Response('{}'));
  window.fetch = pageFetch as unknown as typeof fetch;
  startNetGuard();

  it('is answered within the dispatch by a guard listening for the check event', async () => {
    pageFetch.mockClear();
    const asked: string[] = [];
    // Stands for the isolated guard (prompt-guard.tsx answerNetCheck): answers in the same dispatch.
    listen(NET_CHECK_EVENT, (event) => {
      const request = detailOf(event);
      if (!isNetCheckRequest(request)) return;
      asked.push(request.text);
      const verdict = { [BRIDGE_TAG]: 'verdict', id: request.id, allow: !request.text.includes('NIR') };
      window.dispatchEvent(new CustomEvent(NET_VERDICT_EVENT, { detail: JSON.stringify(verdict) }));
    });
    const posted = vi.spyOn(window, 'postMessage');
    await window.fetch(SEND_URL, { method: 'POST', body: BODY });
    expect(pageFetch).toHaveBeenCalledTimes(1);
    await expect(window.fetch(SEND_URL, { method: 'POST', body: JSON.stringify({ prompt: 'NIR 2 95 10 99 126 111 93' }) })).rejects.toThrow(/Vigie/);
    expect(pageFetch).toHaveBeenCalledTimes(1);
    expect(asked).toEqual(['Rédige une note sur la RD 12.', 'NIR 2 95 10 99 126 111 93']);
    expect(posted).not.toHaveBeenCalled();
    posted.mockRestore();
  });

  it('asks again by message when no guard answers within the dispatch, and sends on its answer', async () => {
    pageFetch.mockClear();
    const posted = vi.spyOn(window, 'postMessage').mockImplementation(() => undefined);
    const sent = window.fetch(SEND_URL, { method: 'POST', body: BODY });
    await vi.waitFor(() => expect(posted).toHaveBeenCalledTimes(1));
    expect(pageFetch).not.toHaveBeenCalled();
    const request = posted.mock.calls[0][0];
    expect(isNetCheckRequest(request)).toBe(true);
    const id = (request as { id: string }).id;
    window.dispatchEvent(new MessageEvent('message', { source: window, data: { [BRIDGE_TAG]: 'verdict', id, allow: true } }));
    await sent;
    expect(pageFetch).toHaveBeenCalledTimes(1);
    posted.mockRestore();
  });

  it('ignores an event detail that is not a JSON message', () => {
    expect(detailOf(new CustomEvent(NET_VERDICT_EVENT, { detail: '{not json' }))).toBeNull();
    expect(detailOf(new CustomEvent(NET_VERDICT_EVENT, { detail: { allow: true } }))).toBeNull();
  });
});
