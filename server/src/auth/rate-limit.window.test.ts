import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../test/factories.js';
import { LoginRateLimitedError, reserveLoginAttempt } from './rate-limit.js';
import { parseThrottleRule, type LoginThrottleRule } from './throttle-rules.js';

useTestDatabase();

// 5 free attempts an hour, then 60 s doubling to 15 min; addresses far looser so that accounts decide.
const rules = {
  account: parseThrottleRule('5:60:900:3600') as LoginThrottleRule,
  address: parseThrottleRule('1000:1:60:3600') as LoginThrottleRule,
};
const hour = (h: number, minutes = 0, seconds = 0) => new Date(Date.UTC(2026, 0, 1, h, minutes, seconds));
let n = 0;
const subject = () => ({ email: `window${++n}@example.se`, ip: `10.1.0.${n}`, trustedDeviceHash: null });

/** Counts one failed attempt at `now`; the reason it was refused, or null when it was let through. */
async function attempt(who: ReturnType<typeof subject>, now: Date): Promise<string | null> {
  try {
    await reserveLoginAttempt(who, rules, now);
    return null;
  } catch (err) {
    if (err instanceof LoginRateLimitedError) return String(err.extensions.retryAfterSeconds);
    throw err;
  }
}

describe('sign-in throttling across a window boundary', () => {
  it('keeps a running wait when the window ends: the attempt right after the hour still waits', async () => {
    const who = subject();
    for (let s = 0; s < 5; s++) expect(await attempt(who, hour(12, 59, 50 + s))).toBeNull();
    // The sixth waits 60 s after the fifth, across the hour.
    expect(await attempt(who, hour(13, 0, 1))).toBe('53');
    expect(await attempt(who, hour(13, 0, 55))).toBeNull();
  });

  it('gives no fresh batch of free attempts at the hour: five just before, then only as the old ones fade', async () => {
    const who = subject();
    for (let s = 0; s < 5; s++) expect(await attempt(who, hour(8, 59, 50 + s))).toBeNull();
    // Fixed windows would let five more through at 09:00:00; the sliding count still holds five.
    expect(await attempt(who, hour(9, 0, 0))).not.toBeNull();
    // Three quarters into the next hour, ceil(5 × 0.25) = 2 still count: three attempts are free.
    const late = hour(9, 45, 0);
    for (let s = 0; s < 3; s++) expect(await attempt(who, new Date(late.getTime() + s))).toBeNull();
    expect(await attempt(who, new Date(late.getTime() + 3))).not.toBeNull();
  });

  it('forgets the failures once a whole window has passed', async () => {
    const who = subject();
    for (let s = 0; s < 6; s++) await attempt(who, hour(3, 10, s * 61));
    expect(await attempt(who, hour(5, 0, 1))).toBeNull();
  });
});
