import { ByteLru, type ByteLruOptions } from './byte-lru.js';

const MiB = 1024 * 1024;

/** The default budget for all of the process's caches together (`LYFTA_CACHE_MB`). */
export const DEFAULT_CACHE_MB = 48;

/**
 * How the budget is split. In one table so the caches together never hold more than the
 * configured total: anything a request can add to (a new query text, a new session, a new
 * municipality) lives in one of these, and each evicts its least recently used entries to fit.
 */
export const cacheShares = {
  /** Encoded open-data answers (ranking, municipalityResults…), the bulk of what is worth keeping. */
  resultsResponses: 0.5,
  /** municipalityResults answers as objects, shared by differently shaped queries. */
  municipalityResults: 0.125,
  /** Apollo's parsed and validated documents, by query hash. */
  parsedQueries: 0.125,
  /** Operations compiled to functions (graphql-jit), by query hash and operation name. */
  compiledQueries: 0.0625,
  /** Apollo's automatic persisted queries: query texts by hash. */
  persistedQueries: 0.0625,
  /** Signed-in viewers for a few seconds, by session. */
  viewers: 0.125,
} as const;

/** One of the budgeted caches. */
export type CacheName = keyof typeof cacheShares;

let budgetBytes = DEFAULT_CACHE_MB * MiB;
const registered: Array<{ name: CacheName; cache: ByteLru<unknown, unknown> }> = [];

/** Sets the total budget in MiB (from the configuration); every budgeted cache shrinks to its share on its next write. */
export function setCacheBudget(megabytes: number): void {
  budgetBytes = megabytes * MiB;
}

/** The bytes one cache may hold: its share of the budget. */
export function cacheLimit(name: CacheName): number {
  return Math.floor(budgetBytes * cacheShares[name]);
}

/** A byte-bounded LRU cache holding at most its share of the process's cache budget. */
export function budgetedCache<K, V>(name: CacheName, options: Omit<ByteLruOptions<K, V>, 'maxBytes'>): ByteLru<K, V> {
  const cache = new ByteLru<K, V>({ ...options, maxBytes: () => cacheLimit(name) });
  registered.push({ name, cache: cache as ByteLru<unknown, unknown> });
  return cache;
}

/** The bytes every budgeted cache holds now, with its limit (for tests and diagnostics). */
export function cacheUsage(): Array<{ name: CacheName; bytes: number; entries: number; maxBytes: number }> {
  return registered.map(({ name, cache }) => ({
    name,
    bytes: cache.bytes,
    entries: cache.size,
    maxBytes: cache.maxBytes,
  }));
}
