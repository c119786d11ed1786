import { approximateBytes, stringBytes } from '../shared/byte-lru.js';
import { budgetedCache } from '../shared/cache-budget.js';
import type { Viewer } from './viewer.js';

// Reading the session and its person costs a database round trip on every request. A viewer is
// kept here for a few seconds: long enough to absorb a page's burst of requests, short enough
// that a sign-out or a role change made on another API server takes effect almost at once.
// On this server, sign-out and role changes drop the entry immediately. Bounded by bytes (its
// share of LYFTA_CACHE_MB): a viewer with many memberships weighs more than one with a single role.
const TTL_MS = 3_000;

interface Entry {
  viewer: Viewer;
  until: number;
}

const byTokenHash = budgetedCache<string, Entry>('viewers', {
  sizeOf: (tokenHash, entry) => stringBytes(tokenHash) + approximateBytes(entry.viewer) + 32,
});

/** The cached viewer for a session token hash, if still fresh. */
export function cachedViewer(tokenHash: string, now = Date.now()): Viewer | undefined {
  const entry = byTokenHash.get(tokenHash);
  if (!entry) return undefined;
  if (entry.until <= now) {
    byTokenHash.delete(tokenHash);
    return undefined;
  }
  return entry.viewer;
}

/** Remembers a viewer for a session, no longer than the session itself lives. */
export function rememberViewer(tokenHash: string, viewer: Viewer, sessionExpiresAt: Date, now = Date.now()): void {
  byTokenHash.set(tokenHash, { viewer, until: Math.min(now + TTL_MS, sessionExpiresAt.getTime()) });
}

/** Forgets one session (sign-out). */
export function forgetSession(tokenHash: string): void {
  byTokenHash.delete(tokenHash);
}

/** Forgets every session of a person (their roles changed). */
export function forgetPerson(personId: string): void {
  byTokenHash.deleteWhere((_hash, entry) => entry.viewer.personId === personId);
}
