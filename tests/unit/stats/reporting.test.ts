import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '@/policies/defaults';
import type { Policy } from '@/policies/policy-schema';
import { rowsForOutcome } from '@/utils/stats/record';
import { applyThreshold, flushQueue, MAX_ATTEMPTS, queueCompletedDays, ReportPayloadSchema, type ReportingDeps, retryDelay } from '@/utils/stats/reporting';
import type { StatRow } from '@/utils/stats/rows';
import { createStatsService } from '@/utils/stats/stats-service';
import type { StatsStore } from '@/utils/stats/store';
import { at, freshStore } from './helpers';

/** A local collector: answers with the next scripted status (200 once the script is used up). */
const received: Array<{ body: string; contentType?: string }> = [];
let script: number[] = [];
let server: http.Server;
let endpoint = '';
beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const status = script.shift() ?? 200;
      if (status === 200) received.push({ body, contentType: request.headers['content-type'] });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/vigie`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let stores: StatsStore[] = [];
afterEach(() => {
  stores.forEach((store) => store.close());
  stores = [];
  received.length = 0;
  script = [];
});

const outcome = (tool: string, outcomeName: 'blocked' | 'sent-clean', day: number) =>
  rowsForOutcome({ tool, outcome: outcomeName, types: outcomeName === 'blocked' ? { NIR: 1 } : {}, action: outcomeName === 'blocked' ? 'block' : 'allow', trigger: 'enter' }, 'pol-1', at(2026, 11, day));

async function setup(clockStart: number) {
  const { store } = freshStore();
  stores.push(store);
  const clock = { now: clockStart };
  let uuid = 0;
  const db = (await store.database())!;
  const deps: ReportingDeps = {
    db,
    fetch: (input, init) => fetch(input, init),
    now: () => clock.now,
    random: () => 0.5,
    uuid: () => `00000000-0000-4000-8000-${String(++uuid).padStart(12, '0')}`,
  };
  return { store, clock, deps, db };
}

describe('threshold', () => {
  it('keeps counts at or above the threshold, buckets the rest and suppresses small buckets', () => {
    const rows: StatRow[] = [
      { day: '2026-11-19', tool: 'chatgpt', event: 'sent-clean', dimension: 'total', category: '', policyVersion: 'p', count: 40 },
      { day: '2026-11-19', tool: 'claude', event: 'blocked', dimension: 'total', category: '', policyVersion: 'p', count: 3 },
      { day: '2026-11-19', tool: 'gemini', event: 'blocked', dimension: 'total', category: '', policyVersion: 'p', count: 2 },
      { day: '2026-11-19', tool: 'gemini', event: 'blocked', dimension: 'type', category: 'NIR', policyVersion: 'p', count: 1 },
    ];
    expect(applyThreshold(rows, 5)).toEqual([
      rows[0],
      { day: '2026-11-19', tool: '*', event: 'blocked', dimension: 'total', category: '', policyVersion: 'p', count: 5 },
    ]);
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(retryDelay(1, () => 0.5)).toBe(60_000);
    expect(retryDelay(3, () => 0.5)).toBe(240_000);
    expect(retryDelay(3, () => 0)).toBe(120_000);
    expect(retryDelay(30, () => 0.5)).toBe(6 * 3_600_000);
  });
});

describe('reporting queue against a local collector', () => {
  it('waits for its jittered time, then sends each completed day once, in batches', async () => {
    const { store, clock, deps } = await setup(at(2026, 11, 21, 9));
    for (let i = 0; i < 6; i++) await store.record(outcome('chatgpt', 'sent-clean', 19));
    for (let i = 0; i < 7; i++) await store.record(outcome('claude', 'blocked', 20));
    await store.record(outcome('gemini', 'blocked', 21)); // today: not reported yet
    const settings = { endpoint, minCount: 5 };

    expect(await queueCompletedDays(deps, settings)).toBe(0); // first run only picks the time (now + 12 h with random 0.5)
    clock.now += 11 * 3_600_000;
    expect(await queueCompletedDays(deps, settings)).toBe(0);
    clock.now += 2 * 3_600_000;
    expect(await queueCompletedDays(deps, settings)).toBe(2);
    expect(await flushQueue(deps, settings)).toMatchObject({ sent: 2, failed: 0 });

    const payloads = received.map((request) => ReportPayloadSchema.parse(JSON.parse(request.body)));
    expect(received[0].contentType).toBe('application/json');
    expect(payloads.map((payload) => payload.day)).toEqual(['2026-11-19', '2026-11-20']);
    expect(payloads[1].rows).toEqual(
      expect.arrayContaining([
        { day: '2026-11-20', tool: 'claude', event: 'blocked', dimension: 'total', category: '', policyVersion: 'pol-1', count: 7 },
        { day: '2026-11-20', tool: 'claude', event: 'blocked', dimension: 'type', category: 'NIR', policyVersion: 'pol-1', count: 7 },
      ]),
    );
    expect(JSON.stringify(payloads)).not.toContain('gemini');

    // A day later: only the new day goes.
    clock.now += 24 * 3_600_000;
    for (let i = 0; i < 5; i++) await store.record(outcome('gemini', 'blocked', 21));
    expect(await queueCompletedDays(deps, settings)).toBe(1);
    await flushQueue(deps, settings);
    expect(received.map((request) => JSON.parse(request.body).day)).toEqual(['2026-11-19', '2026-11-20', '2026-11-21']);
  });

  it('retries failures with backoff, keeps order while the server is down, and sends once it is back', async () => {
    const { store, clock, deps, db } = await setup(at(2026, 11, 21, 9));
    for (let i = 0; i < 5; i++) await store.record(outcome('chatgpt', 'sent-clean', 19));
    for (let i = 0; i < 5; i++) await store.record(outcome('chatgpt', 'sent-clean', 20));
    const settings = { endpoint, minCount: 5 };
    expect(await queueCompletedDays(deps, settings, true)).toBe(2);

    script = [503];
    const first = await flushQueue(deps, settings);
    expect(first).toMatchObject({ sent: 0, failed: 1 });
    expect(first.nextAttemptAt).toBe(clock.now); // the second batch is still due: the server being down stopped the round
    expect(received).toHaveLength(0);
    const [failed] = await db.reportQueue.orderBy('id').toArray();
    expect(failed).toMatchObject({ attempts: 1, nextAttemptAt: clock.now + 60_000 });

    script = [429];
    expect(await flushQueue(deps, settings)).toMatchObject({ sent: 0, failed: 1 }); // second batch tried once, then rate-limited
    clock.now += 30_000;
    expect(await flushQueue(deps, settings)).toMatchObject({ sent: 0, failed: 0 }); // nothing due before the backoff ends
    clock.now += 30_000;
    expect(await flushQueue(deps, settings)).toMatchObject({ sent: 2 });
    expect(received.map((request) => JSON.parse(request.body).day)).toEqual(['2026-11-19', '2026-11-20']);
    expect(await db.reportQueue.count()).toBe(0);
  });

  it('queues while offline (network error) and drops a batch the collector refuses or after too many attempts', async () => {
    const { store, clock, deps, db } = await setup(at(2026, 11, 21, 9));
    for (let i = 0; i < 5; i++) await store.record(outcome('chatgpt', 'sent-clean', 19));
    for (let i = 0; i < 5; i++) await store.record(outcome('chatgpt', 'sent-clean', 20));
    const settings = { endpoint, minCount: 5 };
    await queueCompletedDays(deps, settings, true);

    const offline: ReportingDeps = { ...deps, fetch: async () => Promise.reject(new TypeError('Failed to fetch')) };
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      expect(await flushQueue(offline, settings), `attempt ${attempt}`).toMatchObject({ failed: 1 });
      clock.now += 7 * 3_600_000;
    }
    // The first batch is dropped after MAX_ATTEMPTS; the round goes on to the second, which fails once.
    expect(await flushQueue(offline, settings)).toMatchObject({ dropped: 1, failed: 1 });
    expect(await db.reportQueue.count()).toBe(1);

    clock.now += 60_000;
    script = [400];
    expect(await flushQueue(deps, settings)).toMatchObject({ dropped: 1 });
    expect(await db.reportQueue.count()).toBe(0);
  });

  it('does nothing without an endpoint in the policy, and never throws from the service', async () => {
    const { store } = freshStore();
    stores.push(store);
    let calls = 0;
    const service = createStatsService({
      store,
      readPolicy: async () => DEFAULT_POLICY,
      blockedPageUrl: 'chrome-extension://x/blocked.html',
      fetch: async () => {
        calls++;
        return new Response(null);
      },
      now: () => at(2026, 11, 21),
      random: () => 0.5,
      uuid: () => crypto.randomUUID(),
    });
    expect(await service.report(true)).toBeNull();
    expect(calls).toBe(0);
    const broken = createStatsService({ ...{ store, blockedPageUrl: 'x', fetch, now: () => 0, random: Math.random, uuid: () => crypto.randomUUID() }, readPolicy: async () => Promise.reject(new Error('no policy')) });
    await expect(broken.recordOutcome({ tool: 'chatgpt', outcome: 'blocked', types: {}, action: 'block', trigger: 'enter' })).resolves.toBe(false);
    await expect(broken.report()).resolves.toBeNull();
  });
});

describe('blocked-tool page counting', () => {
  const blockedPolicy: Policy = { ...DEFAULT_POLICY, policyVersion: 'pol-9', tools: { grok: { access: 'blocked' } } };
  const PAGE = 'chrome-extension://abc/blocked.html';
  async function service() {
    const { store } = freshStore();
    stores.push(store);
    return { store, service: createStatsService({ store, readPolicy: async () => blockedPolicy, blockedPageUrl: PAGE, fetch, now: () => at(2026, 11, 21), random: () => 0.5, uuid: () => crypto.randomUUID() }) };
  }

  it('counts our page, top frame, for the tool it names and the policy blocks — once per tab', async () => {
    const { store, service: stats } = await service();
    const sender = { tabId: 7, frameId: 0, url: `${PAGE}?tool=grok` };
    expect(await stats.recordToolBlocked({ tool: 'grok' }, sender)).toBe(true);
    expect(await stats.recordToolBlocked({ tool: 'grok' }, sender)).toBe(false);
    expect(await stats.recordToolBlocked({ tool: 'grok' }, { ...sender, tabId: 8 })).toBe(true);
    expect((await store.readRows()).map((row) => [row.event, row.policyVersion, row.count])).toEqual([['tool-blocked', 'pol-9', 2]]);
  });

  it.each([
    ['a frame', { tabId: 1, frameId: 3, url: `${PAGE}?tool=grok` }, 'grok'],
    ['another page of the extension', { tabId: 1, frameId: 0, url: 'chrome-extension://abc/options.html?tool=grok' }, 'grok'],
    ['a tool the page does not name', { tabId: 1, frameId: 0, url: `${PAGE}?tool=grok` }, 'chatgpt'],
    ['a tool the policy does not block', { tabId: 1, frameId: 0, url: `${PAGE}?tool=claude` }, 'claude'],
    ['no tab', { frameId: 0, url: `${PAGE}?tool=grok` }, 'grok'],
  ])('refuses %s', async (_label, sender, tool) => {
    const { store, service: stats } = await service();
    expect(await stats.recordToolBlocked({ tool }, sender)).toBe(false);
    expect(await store.readRows()).toEqual([]);
  });
});
