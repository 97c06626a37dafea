// @vitest-environment happy-dom
/**
 * The net's two new rule flags: `rewritable: false` (Poe's signed bodies go out byte for byte or not at all)
 * and `readable: false` (Meta AI's binary socket is not hooked).
 */
import { describe, expect, it, vi } from 'vitest';
import { installNetGuard } from '@/utils/net/install-net-guard';
import type { NetworkRule } from '@/utils/sites/types';

const POE: NetworkRule = { transport: 'fetch', url: '^https://poe\\.com/api/gql_POST$', purpose: 'send', rewritable: false };

function fakeWindow() {
  const originalFetch = vi.fn(async () => new Response('{}'));
  class FakeSocket {
    static readonly OPEN = 1;
    url = 'wss://gateway.meta.ai/ws/clippy';
    send(_data: unknown) {}
  }
  const originalSend = FakeSocket.prototype.send;
  const win = { fetch: originalFetch, WebSocket: FakeSocket, XMLHttpRequest: class {} } as unknown as Window & typeof globalThis;
  return { win, originalFetch, originalSend, FakeSocket };
}

describe('signed bodies (rewritable: false)', () => {
  it('lets an allowed body through as the very same bytes and headers', async () => {
    const { win, originalFetch } = fakeWindow();
    installNetGuard(win, [POE], async () => true);
    const body = JSON.stringify({ queryName: 'SendMessageMutation', variables: { query: 'bonjour [COURRIEL_1]' } });
    const init = { method: 'POST', headers: { 'poe-tag-id': 'abc' }, body };
    await win.fetch('https://poe.com/api/gql_POST', init);
    expect(originalFetch).toHaveBeenCalledTimes(1);
    const [, passed] = originalFetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(passed).toBe(init);
    expect(passed.body).toBe(body);
  });

  it('stops a body carrying blocked data without sending anything', async () => {
    const { win, originalFetch } = fakeWindow();
    const check = vi.fn(async () => false);
    installNetGuard(win, [POE], check);
    await expect(win.fetch('https://poe.com/api/gql_POST', { method: 'POST', body: JSON.stringify({ variables: { query: 'NIR 2 95 10 99 126 111 93' } }) })).rejects.toThrow(/Vigie/);
    expect(check).toHaveBeenCalledWith(expect.objectContaining({ purpose: 'send', text: expect.stringContaining('126 111') }));
    expect(originalFetch).not.toHaveBeenCalled();
  });
});

describe('unreadable transports (readable: false)', () => {
  it('does not hook the socket of a rule declared unreadable', () => {
    const { win, originalSend, FakeSocket } = fakeWindow();
    installNetGuard(win, [{ transport: 'websocket', url: '^wss://gateway\\.meta\\.ai/ws/', purpose: 'send', readable: false }], async () => false);
    expect(FakeSocket.prototype.send).toBe(originalSend);
  });

  it('still hooks the readable rules declared next to it', () => {
    const { win, originalFetch } = fakeWindow();
    installNetGuard(win, [{ transport: 'websocket', url: '^wss://gateway\\.meta\\.ai/ws/', purpose: 'send', readable: false }, { transport: 'fetch', url: '^https://www\\.meta\\.ai/api/graphql/?$', purpose: 'send' }], async () => true);
    expect(win.fetch).not.toBe(originalFetch);
  });
});
