/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { startTestServer, type TestServer } from '../support/server.js';
import { ApiClient, TEST_PASSWORD, errorCode, makeMunicipality, makePerson } from '../support/api.js';
import { SessionModel } from '../../server/src/auth/index.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';

// Throttling of failed sign-ins: login-throttle.test.ts.
describe('sign-in and sessions', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const boras = await makeMunicipality('1490', 'Borås kommun');
    await makePerson('anna@example.se', [{ organisation: boras, role: 'teacher' }], 'Anna');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('signs in, sets an HTTP-only SameSite=Lax cookie, and stores only the token hash', async () => {
    const client = new ApiClient(server.url);
    const res = await client.login('Anna@Example.se', TEST_PASSWORD);
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.person.name).toBe('Anna');
    expect(res.data?.login.person.email).toBe('anna@example.se');
    const cookie = client.lastSetCookies.find((c) => c.startsWith('lyfta_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Expires=/);
    expect(cookie).not.toMatch(/Secure/); // only in production
    const token = client.cookies.get('lyfta_session')!;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const sessions = await SessionModel.find({}).lean();
    expect(sessions.some((s) => s.tokenHash === createHash('sha256').update(token).digest('hex'))).toBe(true);
    expect(JSON.stringify(sessions)).not.toContain(token);
    const me = await client.ok<{
      me: { name: string; memberships: Array<{ role: string; organisation: { code: string } }> };
    }>('{ me { name memberships { role organisation { code } } } }');
    expect(me.me).toEqual({ name: 'Anna', memberships: [{ role: 'TEACHER', organisation: { code: '1490' } }] });
  });

  it('gives the same error for a wrong email and a wrong password', async () => {
    const client = new ApiClient(server.url, { 'x-forwarded-for': '10.0.0.1' });
    const wrongPassword = await client.login('anna@example.se', 'not the password');
    const wrongEmail = await client.login('nobody@example.se', TEST_PASSWORD);
    expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
    expect(wrongPassword.errors?.[0]?.extensions).toEqual(wrongEmail.errors?.[0]?.extensions);
    expect(wrongPassword.errors?.[0]?.message).toBe(wrongEmail.errors?.[0]?.message);
  });

  it('logout deletes the session on the server, so the old cookie stops working', async () => {
    const client = new ApiClient(server.url);
    await client.login('anna@example.se', TEST_PASSWORD);
    const token = client.cookies.get('lyfta_session')!;
    const out = await client.ok<{ logout: boolean }>('mutation { logout }');
    expect(out.logout).toBe(true);
    expect(client.lastSetCookies.some((c) => /lyfta_session=;.*Max-Age=0/.test(c))).toBe(true);
    const hash = createHash('sha256').update(token).digest('hex');
    expect(await SessionModel.countDocuments({ tokenHash: hash })).toBe(0);
    // Replaying the old cookie (as a stolen copy would) gives no viewer.
    const replay = new ApiClient(server.url);
    replay.cookies.set('lyfta_session', token);
    expect((await replay.ok<{ me: unknown }>('{ me { id } }')).me).toBeNull();
    expect(await AuditEventModel.countDocuments({ action: 'person.logout' })).toBeGreaterThan(0);
  });

  it('refuses protected queries without a session', async () => {
    const anonymous = new ApiClient(server.url);
    const res = await anonymous.gql('{ actionPlan(id: "0123456789abcdef01234567") { id } }');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.extensions.messages?.sv).toBe('Du behöver logga in.');
  });
});

describe('session expiry', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const boras = await makeMunicipality('1490', 'Borås kommun');
    await makePerson('slide@example.se', [{ organisation: boras, role: 'teacher' }], 'Slide');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('slides the expiry forward on use and refuses an expired session', async () => {
    const client = new ApiClient(server.url);
    await client.login('slide@example.se', TEST_PASSWORD);
    const hash = createHash('sha256').update(client.cookies.get('lyfta_session')!).digest('hex');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000);
    await SessionModel.updateOne(
      { tokenHash: hash },
      { $set: { lastSeenAt: twoDaysAgo, expiresAt: new Date(Date.now() + 3600_000) } },
    );
    expect((await client.ok<any>('{ me { name } }')).me.name).toBe('Slide');
    expect(client.lastSetCookies.some((c) => c.startsWith('lyfta_session=') && /HttpOnly/.test(c))).toBe(true);
    const renewed = await SessionModel.findOne({ tokenHash: hash }).lean();
    expect(renewed!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * 24 * 3600_000);
    // A session that has expired is refused. (A fresh sign-in: a viewer just served is cached
    // for a few seconds, never beyond its session's expiry.)
    const other = new ApiClient(server.url);
    await other.login('slide@example.se', TEST_PASSWORD);
    const otherHash = createHash('sha256').update(other.cookies.get('lyfta_session')!).digest('hex');
    await SessionModel.updateOne({ tokenHash: otherHash }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await other.ok<any>('{ me { name } }')).me).toBeNull();
  });
});
