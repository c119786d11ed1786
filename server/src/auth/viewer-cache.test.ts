import { describe, expect, it } from 'vitest';
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
});
