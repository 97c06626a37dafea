import { type PolicyInputs, resolvePolicy } from '@/policies/resolve-policy';
import { HttpsUrlPattern } from '@/policies/policy-schema';
import type { EffectivePolicyRecord, RemotePolicyCache } from '@/utils/storage/policy-records';
import { fetchRemotePolicy } from './fetch-remote-policy';

/** What the policy service needs from the browser, injected so that it is testable without one. */
export interface PolicyServiceDeps {
  /** Managed storage; may reject (Firefox without a policy says "Managed storage manifest not found"). */
  readManaged(): Promise<unknown>;
  readLocal(): Promise<unknown>;
  readEffective(): Promise<EffectivePolicyRecord | null>;
  writeEffective(record: EffectivePolicyRecord): Promise<void>;
  readRemoteCache(): Promise<RemotePolicyCache | null>;
  writeRemoteCache(cache: RemotePolicyCache): Promise<void>;
  fetch: typeof fetch;
  now(): number;
}

export interface RefreshOptions {
  /** Fetch the policy URL now (schedule and start) or only use its cache (local changes). */
  readonly fetchRemote?: boolean;
}

async function readManagedSafely(deps: PolicyServiceDeps): Promise<unknown> {
  try {
    const managed = await deps.readManaged();
    // An empty managed area means "nothing configured", not an empty policy.
    return managed && typeof managed === 'object' && Object.keys(managed).length === 0 ? undefined : managed;
  } catch {
    return undefined;
  }
}

function policyUrlOf(managed: unknown): string | null {
  const url = (managed as { policyUrl?: unknown } | undefined)?.policyUrl;
  return typeof url === 'string' && HttpsUrlPattern.test(url) ? url : null;
}

/**
 * Reads every source, resolves the effective policy and stores it. The previous effective policy
 * is the "last valid" fallback for fields that turn invalid, so a broken update never lowers
 * protection below what was in force.
 */
export async function refreshEffectivePolicy(deps: PolicyServiceDeps, { fetchRemote = true }: RefreshOptions = {}): Promise<EffectivePolicyRecord> {
  const [managed, local, previous] = await Promise.all([readManagedSafely(deps), deps.readLocal().catch(() => undefined), deps.readEffective().catch(() => null)]);
  const inputs: { -readonly [K in keyof PolicyInputs]: PolicyInputs[K] } = { managed, local, lastValid: previous?.policy ?? null };
  let remoteStatus: EffectivePolicyRecord['remote'];
  const url = policyUrlOf(managed);
  if (url) {
    const cache = await deps.readRemoteCache().catch(() => null);
    if (fetchRemote) {
      const result = await fetchRemotePolicy(url, cache, deps.fetch, deps.now);
      if (result.cache) await deps.writeRemoteCache(result.cache);
      inputs.remote = result.document;
      remoteStatus = result.status;
    } else {
      inputs.remote = cache && cache.url === url ? cache.document : undefined;
      remoteStatus = previous?.remote?.url === url ? previous.remote : undefined;
    }
  }
  const resolved = resolvePolicy(inputs);
  const record: EffectivePolicyRecord = {
    policy: resolved.policy,
    sources: resolved.sources,
    locked: [...resolved.locked],
    problems: resolved.problems.slice(0, 500),
    resolvedAt: deps.now(),
    ...(remoteStatus ? { remote: remoteStatus } : {}),
  };
  await deps.writeEffective(record);
  return record;
}

/** Serialises refreshes: a managed change during a fetch waits for it instead of racing it. */
export function createPolicyRefresher(deps: PolicyServiceDeps) {
  let queue: Promise<unknown> = Promise.resolve();
  return (options?: RefreshOptions): Promise<EffectivePolicyRecord> => {
    const next = queue.then(() => refreshEffectivePolicy(deps, options));
    queue = next.catch(() => undefined);
    return next;
  };
}
