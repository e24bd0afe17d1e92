import { cache } from 'react';
import type { Db } from '@/lib/db';
import { readDataVersion } from './data-version';
import { estimateBytes } from './estimate-bytes';
import { BoundedLru } from './lru';

// Computed page data (dashboard cards, cash flow, budgets, the spending report), kept in this
// process and keyed by (user, page, params, the user's data version). A hit costs one primary-key
// read of the version (once per request) instead of the page's queries; any write bumps the version
// (./data-version.ts), so the next read misses and recomputes. It wraps whatever `compute` returns,
// so the pages' own logic is unchanged. Values are shared between requests: callers must not mutate them.

export type PageParams = Record<string, string | number | boolean | null | undefined>;

/** A few hundred pages for a handful of users; 32 MB is far above what they hold (~2–50 kB each). */
export const PAGE_CACHE_LIMITS = { maxEntries: 500, maxBytes: 32 * 1024 * 1024 };

// On globalThis so Next's dev reloads and the several module copies of a build share one cache.
const holder = globalThis as typeof globalThis & { cashlensPageCache?: BoundedLru<Promise<unknown>> };
function store(): BoundedLru<Promise<unknown>> {
  holder.cashlensPageCache ??= new BoundedLru(PAGE_CACHE_LIMITS.maxEntries, PAGE_CACHE_LIMITS.maxBytes);
  return holder.cashlensPageCache;
}

// One version read per user per server render, however many cards ask (React's per-request cache;
// outside a render it simply reads every time).
const readVersionOnce = cache((db: Db, workspaceId: string) => readDataVersion(db, workspaceId));

/** A promise's first size guess, replaced by the real estimate when it settles. */
const PENDING_BYTES = 1024;

export async function cachedPageData<T>(db: Db, workspaceId: string, page: string, params: PageParams, compute: () => Promise<T>): Promise<T> {
  const version = await readVersionOnce(db, workspaceId);
  if (version < 0) return compute();
  const base = `${workspaceId}\u0000${page}\u0000${JSON.stringify(params)}\u0000`;
  const key = `${base}${version}`;
  const lru = store();
  const hit = lru.get(key) as Promise<T> | undefined;
  if (hit) return hit;
  // Older versions of this page are dead weight now: drop them before adding the new one.
  lru.deletePrefix(base);
  // The promise itself is cached, so concurrent misses for one page share a single computation.
  const pending = compute();
  lru.set(key, pending, PENDING_BYTES);
  pending.then(
    (value) => {
      if (lru.get(key) === pending) lru.set(key, pending, estimateBytes(value));
    },
    () => lru.delete(key),
  );
  return pending;
}

/** Entry count and estimated bytes, for tests and diagnostics. */
export function pageCacheStats(): { entries: number; bytes: number } {
  return { entries: store().size, bytes: store().bytes };
}

export function clearPageCache(): void {
  store().clear();
}
