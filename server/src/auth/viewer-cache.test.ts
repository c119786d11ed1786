import { describe, expect, it } from 'vitest';
import { DEFAULT_CACHE_MB, cacheUsage, setCacheBudget } from '../shared/cache-budget.js';
import { cachedViewer, forgetPerson, forgetSession, rememberViewer } from './viewer-cache.js';

const viewer = (personId: string) => ({ personId, name: 'N', email: 'n@x.se', memberships: [] });
const far = new Date(Date.now() + 3600_000);

describe('viewer cache', () => {
  it('serves a remembered viewer for a few seconds only', () => {
    rememberViewer('h1', viewer('p1'), far, 1_000);
    expect(cachedViewer('h1', 1_500)?.personId).toBe('p1');
    expect(cachedViewer('h1', 10_000)).toBeUndefined();
  });

  it('never outlives the session', () => {
    rememberViewer('h2', viewer('p2'), new Date(2_000), 1_000);
    expect(cachedViewer('h2', 1_999)?.personId).toBe('p2');
    expect(cachedViewer('h2', 2_000)).toBeUndefined();
  });

  it('forgets a signed-out session and every session of a person whose roles changed', () => {
    const now = Date.now();
    rememberViewer('a', viewer('p3'), far, now);
    rememberViewer('b', viewer('p3'), far, now);
    rememberViewer('c', viewer('p4'), far, now);
    forgetSession('a');
    expect(cachedViewer('a', now)).toBeUndefined();
    forgetPerson('p3');
    expect(cachedViewer('b', now)).toBeUndefined();
    expect(cachedViewer('c', now)?.personId).toBe('p4');
  });

  it('holds at most its share of the cache budget, forgetting the oldest sessions first', () => {
    setCacheBudget(1);
    try {
      const now = Date.now();
      const usage = () => cacheUsage().find((c) => c.name === 'viewers')!;
      // A viewer with many memberships weighs more than one with a single role.
      const member = { organisationId: 'o'.repeat(24), organisationCode: '1880', municipalityCode: '1880' };
      const big = (id: string) => ({
        ...viewer(id),
        memberships: Array.from({ length: 50 }, () => ({ ...member, role: 'teacher' as const })),
      });
      for (let i = 0; i < 5_000; i++) rememberViewer(`many-${i}`, big(`p${i}`), far, now);
      expect(usage().bytes).toBeLessThanOrEqual(usage().maxBytes);
      expect(usage().maxBytes).toBe((1024 * 1024) / 8);
      expect(usage().entries).toBeLessThan(100);
      expect(cachedViewer('many-4999', now)?.personId).toBe('p4999');
      expect(cachedViewer('many-1', now)).toBeUndefined();
    } finally {
      setCacheBudget(DEFAULT_CACHE_MB);
    }
  });
});
