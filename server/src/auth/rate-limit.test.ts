import { describe, expect, it } from 'vitest';
import { LOGIN_LIMITS, LoginRateLimitedError, loginKeys, retryTime } from './rate-limit.js';

describe('login rate limit arithmetic', () => {
  const t = (min: number) => new Date(Date.UTC(2026, 0, 1, 12, min));
  const window = LOGIN_LIMITS.windowMs;

  it('allows attempts under the limit', () => {
    expect(retryTime([t(0), t(1)], 10, window)).toBeNull();
  });

  it('unlocks when the oldest failure that matters leaves the window', () => {
    const failures = Array.from({ length: 10 }, (_, i) => t(i));
    expect(retryTime(failures, 10, window)).toEqual(new Date(t(0).getTime() + window));
    expect(retryTime([...failures, t(10), t(11)], 10, window)).toEqual(new Date(t(2).getTime() + window));
  });

  it('counts per normalised account and per IP', () => {
    expect(loginKeys(' Anna@Example.SE ', '10.0.0.1')).toEqual({ account: 'email:anna@example.se', ip: 'ip:10.0.0.1' });
  });

  it('says when to retry, in both languages', () => {
    const e = new LoginRateLimitedError(new Date(Date.now() + 60_000));
    expect(e.code).toBe('FORBIDDEN');
    expect(e.extensions.reason).toBe('RATE_LIMITED');
    expect(e.text.sv).toMatch(/Försök igen efter \d\d:\d\d UTC/);
    expect(e.text.en).toMatch(/Try again after/);
  });
});
