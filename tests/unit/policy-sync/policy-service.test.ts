import { describe, expect, it } from 'vitest';
import { createPolicyRefresher, type PolicyServiceDeps, refreshEffectivePolicy } from '@/utils/policy-sync/policy-service';
import { MAX_REMOTE_POLICY_BYTES } from '@/utils/policy-sync/fetch-remote-policy';
import type { EffectivePolicyRecord, RemotePolicyCache } from '@/utils/storage/policy-records';

const URL = 'https://policy.example.fr/vigie.json';

/** An in-memory browser: managed storage, local storage and a scripted policy server. */
function fakeDeps(managed: unknown, server: (init: RequestInit | undefined) => Response | Promise<Response>) {
  const state: { effective: EffectivePolicyRecord | null; cache: RemotePolicyCache | null; requests: RequestInit[]; local: unknown } = { effective: null, cache: null, requests: [], local: undefined };
  const deps: PolicyServiceDeps = {
    readManaged: async () => {
      if (managed instanceof Error) throw managed;
      return managed;
    },
    readLocal: async () => state.local,
    readEffective: async () => state.effective,
    writeEffective: async (record) => void (state.effective = record),
    readRemoteCache: async () => state.cache,
    writeRemoteCache: async (cache) => void (state.cache = cache),
    fetch: async (_input, init) => {
      state.requests.push(init ?? {});
      return server(init);
    },
    now: () => 1_000,
  };
  return { deps, state };
}

const json = (body: unknown, headers: Record<string, string> = {}) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json', ...headers } });

describe('refreshEffectivePolicy', () => {
  it('falls back to the default when managed storage rejects (Firefox without policies.json)', async () => {
    const { deps, state } = fakeDeps(new Error('Managed storage manifest not found'), () => json({}));
    const record = await refreshEffectivePolicy(deps);
    expect(record.policy.policyVersion).toBe('vigie-default-1');
    expect(record.problems).toEqual([]);
    expect(state.requests).toHaveLength(0);
  });

  it('fetches the policy URL, applies it under the managed fields and caches it with its ETag', async () => {
    const { deps, state } = fakeDeps({ policyUrl: URL, mode: 'enforce' }, () => json({ mode: 'observe', tools: { grok: { access: 'blocked' } } }, { etag: '"v1"' }));
    const record = await refreshEffectivePolicy(deps);
    expect(record.policy.mode).toBe('enforce');
    expect(record.policy.tools.grok).toEqual({ access: 'blocked' });
    expect(record.sources.tools).toBe('remote');
    expect(record.remote).toMatchObject({ url: URL, state: 'ok' });
    expect(state.cache).toMatchObject({ url: URL, etag: '"v1"' });
  });

  it('sends the ETag and reuses the cache on 304 Not Modified', async () => {
    let calls = 0;
    const { deps, state } = fakeDeps({ policyUrl: URL }, (init) => {
      calls++;
      if (calls === 1) return json({ tools: { grok: { access: 'blocked' } } }, { etag: '"v1"' });
      expect(new Headers(init?.headers).get('if-none-match')).toBe('"v1"');
      return new Response(null, { status: 304 });
    });
    await refreshEffectivePolicy(deps);
    const record = await refreshEffectivePolicy(deps);
    expect(record.remote?.state).toBe('not-modified');
    expect(record.policy.tools.grok).toEqual({ access: 'blocked' });
    expect(state.requests).toHaveLength(2);
  });

  it('starts offline from the cache and says so', async () => {
    let online = true;
    const { deps } = fakeDeps({ policyUrl: URL }, () => {
      if (!online) throw new TypeError('Failed to fetch');
      return json({ tools: { grok: { access: 'blocked' } } });
    });
    await refreshEffectivePolicy(deps);
    online = false;
    const record = await refreshEffectivePolicy(deps);
    expect(record.policy.tools.grok).toEqual({ access: 'blocked' });
    expect(record.remote).toMatchObject({ state: 'cached', message: expect.stringContaining('Failed to fetch') });
  });

  it.each([
    ['an HTTP error', () => new Response('nope', { status: 500 }), /HTTP 500/],
    ['a document that is not JSON', () => new Response('<html>', { status: 200 }), /not JSON/],
    ['a document over the size cap', () => new Response('x'.repeat(MAX_REMOTE_POLICY_BYTES + 10), { status: 200 }), /too large/],
  ])('keeps protecting on %s, with the reason', async (_label, server, message) => {
    const { deps } = fakeDeps({ policyUrl: URL, tools: { deepseek: { access: 'blocked' } } }, server);
    const record = await refreshEffectivePolicy(deps);
    expect(record.remote).toMatchObject({ state: 'error', message: expect.stringMatching(message) });
    expect(record.policy.tools.deepseek).toEqual({ access: 'blocked' });
    expect(record.policy.dataTypes.NIR).toEqual({ action: 'block' });
  });

  it('never fetches a policy URL that is not HTTPS', async () => {
    const { deps, state } = fakeDeps({ policyUrl: 'http://policy.example.fr/vigie.json' }, () => json({}));
    const record = await refreshEffectivePolicy(deps);
    expect(state.requests).toHaveLength(0);
    expect(record.problems.map((problem) => problem.path)).toContain('policyUrl');
  });

  it('keeps the last valid value when the organisation publishes an invalid one', async () => {
    let document: unknown = { mode: 'observe' };
    const { deps } = fakeDeps({ policyUrl: URL }, () => json(document));
    expect((await refreshEffectivePolicy(deps)).policy.mode).toBe('observe');
    document = { mode: 'sometimes' };
    const record = await refreshEffectivePolicy(deps);
    expect(record.policy.mode).toBe('observe');
    expect(record.sources.mode).toBe('last-valid');
    expect(record.problems[0]).toMatchObject({ source: 'remote', path: 'mode' });
  });

  it('serialises concurrent refreshes', async () => {
    const order: string[] = [];
    const { deps } = fakeDeps({ policyUrl: URL }, async () => {
      order.push('fetch-start');
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('fetch-end');
      return json({});
    });
    const refresh = createPolicyRefresher(deps);
    await Promise.all([refresh(), refresh()]);
    expect(order).toEqual(['fetch-start', 'fetch-end', 'fetch-start', 'fetch-end']);
  });
});
