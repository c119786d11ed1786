import { describe, expect, it } from 'vitest';
import { LoginRateLimitedError, carriedOver, nextAttemptAt, throttleKey, waitAfter } from './rate-limit.js';
import { DEFAULT_LOGIN_THROTTLE, parseThrottleRule } from './throttle-rules.js';

const { account, address } = DEFAULT_LOGIN_THROTTLE;
const noon = new Date(Date.UTC(2026, 0, 1, 12, 0, 0));
const plus = (ms: number) => new Date(noon.getTime() + ms);

describe('the sign-in delay schedule', () => {
  it('lets the first five failures of an account through, then doubles the wait from 1 s to at most 15 min', () => {
    const waits = Array.from({ length: 20 }, (_, counted) => waitAfter(counted, account) / 1000);
    expect(waits).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900, 900, 900]);
    expect(waitAfter(10_000, account)).toBe(900_000);
  });

  it('is far looser per address: 100 free failures an hour, then 1 s doubling to at most a minute', () => {
    expect(waitAfter(99, address)).toBe(0);
    expect([100, 101, 102, 105, 106, 500].map((n) => waitAfter(n, address) / 1000)).toEqual([1, 2, 4, 32, 60, 60]);
  });

  it('says when the next attempt may start, measured from the latest counted one', () => {
    expect(nextAttemptAt(null, account, noon)).toBeNull();
    expect(nextAttemptAt({ count: 4, lastAt: noon }, account, noon)).toBeNull();
    expect(nextAttemptAt({ count: 5, lastAt: noon }, account, plus(200))).toEqual(plus(1000));
    expect(nextAttemptAt({ count: 5, lastAt: noon }, account, plus(1000))).toBeNull();
    expect(nextAttemptAt({ count: 8, lastAt: noon }, account, plus(7_999))).toEqual(plus(8000));
  });

  it("carries the previous window's count over in proportion, so a window's end resets nothing at once", () => {
    const hourStart = new Date(Date.UTC(2026, 0, 1, 13, 0, 0));
    const at = (minutes: number) => new Date(hourStart.getTime() + minutes * 60_000);
    expect(carriedOver(120, address, hourStart)).toBe(120);
    expect(carriedOver(120, address, at(15))).toBe(90);
    expect(carriedOver(120, address, at(59.5))).toBe(1);
    expect(carriedOver(0, address, at(1))).toBe(0);
    // Rounded up: a single failure of the previous window counts until the next window ends.
    expect(carriedOver(1, address, at(59.9))).toBe(1);
    expect(throttleKey('address', '10.0.0.1', address, noon)).toBe(`address:10.0.0.1:${noon.getTime() / 3_600_000}`);
  });

  it('reads a configured rule and refuses a malformed one', () => {
    expect(parseThrottleRule('3:60:600:3600')).toEqual({
      freeFailures: 3,
      firstDelayMs: 60_000,
      maxDelayMs: 600_000,
      windowMs: 3_600_000,
    });
    expect(parseThrottleRule('5:1:900')).toMatch(/FREE_FAILURES:FIRST_DELAY_S/);
    expect(parseThrottleRule('5:10:1:3600')).toMatch(/longest delay/);
    expect(parseThrottleRule('5:0:1:3600')).toMatch(/at least 1 second/);
  });

  it('says how long to wait, in both languages', () => {
    const soon = new LoginRateLimitedError(plus(1000), noon);
    expect(soon.code).toBe('FORBIDDEN');
    expect(soon.extensions).toMatchObject({ reason: 'RATE_LIMITED', retryAfterSeconds: 1 });
    expect(soon.text).toEqual({
      sv: 'För många misslyckade inloggningar. Försök igen om 1 sekund.',
      en: 'Too many failed sign-ins. Try again in 1 second.',
    });
    const later = new LoginRateLimitedError(plus(900_000), noon);
    expect(later.extensions.retryAfterSeconds).toBe(900);
    expect(later.text.sv).toMatch(/om 15 minuter\.$/);
    expect(later.text.en).toMatch(/in 15 minutes\.$/);
  });
});
