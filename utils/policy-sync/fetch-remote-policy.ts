import type { RemotePolicyCache, RemoteStatus } from '@/utils/storage/policy-records';

export const MAX_REMOTE_POLICY_BYTES = 1_000_000;
export const REMOTE_TIMEOUT_MS = 15_000;

export interface RemoteFetchResult {
  /** The document to resolve (fresh or cached), or undefined when there is none. */
  readonly document: unknown;
  readonly status: RemoteStatus;
  /** The new cache to store, when the fetch brought a new document. */
  readonly cache?: RemotePolicyCache;
}

async function readCapped(response: Response): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_REMOTE_POLICY_BYTES) throw new Error(`the policy is too large (${declared} bytes, at most ${MAX_REMOTE_POLICY_BYTES})`);
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_REMOTE_POLICY_BYTES) {
      await reader.cancel();
      throw new Error(`the policy is too large (more than ${MAX_REMOTE_POLICY_BYTES} bytes)`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Fetches the policy document at `url` with the cached ETag. Never throws: on any failure the
 * cached document (if it is for the same URL) stays in use and the status says why.
 */
export async function fetchRemotePolicy(url: string, cache: RemotePolicyCache | null, fetchImpl: typeof fetch, now: () => number): Promise<RemoteFetchResult> {
  const usableCache = cache && cache.url === url ? cache : null;
  const checkedAt = now();
  const fallback = (message: string): RemoteFetchResult => ({
    document: usableCache?.document,
    status: { url, state: usableCache ? 'cached' : 'error', message, checkedAt, fetchedAt: usableCache?.fetchedAt },
  });
  if (!url.startsWith('https://')) return fallback('the policy URL must use https://');
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), REMOTE_TIMEOUT_MS);
  try {
    const response = await fetchImpl(url, {
      headers: usableCache?.etag ? { 'If-None-Match': usableCache.etag, Accept: 'application/json' } : { Accept: 'application/json' },
      cache: 'no-cache',
      credentials: 'omit',
      redirect: 'error',
      signal: controller.signal,
    });
    if (response.status === 304 && usableCache) {
      return { document: usableCache.document, status: { url, state: 'not-modified', checkedAt, fetchedAt: usableCache.fetchedAt } };
    }
    if (!response.ok) return fallback(`the server answered HTTP ${response.status}`);
    const text = await readCapped(response);
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch {
      return fallback('the server sent a document that is not JSON');
    }
    const etag = response.headers.get('etag') ?? undefined;
    return {
      document,
      status: { url, state: 'ok', checkedAt, fetchedAt: checkedAt },
      cache: { url, etag: etag && etag.length <= 500 ? etag : undefined, fetchedAt: checkedAt, document },
    };
  } catch (error) {
    const message = (error as Error).name === 'AbortError' ? `no answer within ${REMOTE_TIMEOUT_MS / 1000} s` : `the policy could not be fetched (${(error as Error).message})`;
    return fallback(message);
  } finally {
    clearTimeout(timer);
  }
}
