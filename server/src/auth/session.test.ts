import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, hashToken, readCookie, sessionCookie } from './session.js';

describe('session cookies', () => {
  it('are HTTP-only, SameSite=Lax, path /, and Secure only when asked', () => {
    const expires = new Date(Date.now() + 3600_000);
    const dev = sessionCookie('abc', expires, false);
    expect(dev).toMatch(/^lyfta_session=abc; Path=\/; HttpOnly; SameSite=Lax; Expires=/);
    expect(dev).not.toMatch(/Secure/);
    expect(sessionCookie('abc', expires, true)).toMatch(/; Secure$/);
    expect(clearedSessionCookie(true)).toMatch(/Max-Age=0; Secure$/);
  });

  it('reads one cookie among several', () => {
    expect(readCookie('a=1; lyfta_session=tok%2D1; b=2', 'lyfta_session')).toBe('tok-1');
    expect(readCookie('a=1', 'lyfta_session')).toBeUndefined();
    expect(readCookie(undefined, 'lyfta_session')).toBeUndefined();
  });

  it('stores tokens as SHA-256 hex', () => {
    expect(hashToken('x')).toBe('2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881');
  });
});
