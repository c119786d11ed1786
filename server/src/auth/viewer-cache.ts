import type { Viewer } from './viewer.js';

// Reading the session and its person costs a database round trip on every request. A viewer is
// kept here for a few seconds: long enough to absorb a page's burst of requests, short enough
// that a sign-out or a role change made on another API server takes effect almost at once.
// On this server, sign-out and role changes drop the entry immediately.
const TTL_MS = 3_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  viewer: Viewer;
  until: number;
}

const byTokenHash = new Map<string, Entry>();

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
  if (byTokenHash.size >= MAX_ENTRIES) byTokenHash.clear();
  byTokenHash.set(tokenHash, { viewer, until: Math.min(now + TTL_MS, sessionExpiresAt.getTime()) });
}

/** Forgets one session (sign-out). */
export function forgetSession(tokenHash: string): void {
  byTokenHash.delete(tokenHash);
}

/** Forgets every session of a person (their roles changed). */
export function forgetPerson(personId: string): void {
  for (const [hash, entry] of byTokenHash) if (entry.viewer.personId === personId) byTokenHash.delete(hash);
}
