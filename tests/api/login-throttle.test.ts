import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  ApiClient,
  TEST_PASSWORD,
  makeMunicipality,
  makePerson,
  type GqlError,
  type GqlResponse,
} from '../support/api.js';
import { SessionModel } from '../../server/src/auth/index.js';

type LoginResponse = Awaited<ReturnType<ApiClient['login']>>;

const reason = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions.reason as string | undefined;
const extensions = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions as GqlError['extensions'];
const count = (answers: LoginResponse[], why: string) => answers.filter((a) => reason(a) === why).length;
const from = (url: string, address: string) => new ApiClient(url, { 'x-forwarded-for': address });

/** Resolves once one of the answers is a refusal (the free attempts are then used up), or all have come. */
function firstRefusal(answers: Array<Promise<LoginResponse>>): Promise<void> {
  return new Promise((resolve) => {
    for (const a of answers) void a.then((res) => reason(res) === 'RATE_LIMITED' && resolve());
    void Promise.all(answers).then(() => resolve());
  });
}

async function sessionIp(client: ApiClient): Promise<string | null | undefined> {
  const hash = createHash('sha256').update(client.cookies.get('lyfta_session')!).digest('hex');
  return (await SessionModel.findOne({ tokenHash: hash }).lean())?.ip;
}

describe('sign-in throttling', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Waits of a minute, so that nothing in a test outlasts a wait by accident on a slow machine.
    server = await startTestServer({ env: { TRUST_PROXY: 'loopback', LOGIN_THROTTLE_ACCOUNT: '5:60:900:86400' } });
    const boras = await makeMunicipality('1490', 'Borås kommun');
    for (const name of ['target', 'owner', 'pia', 'steady']) {
      await makePerson(`${name}@example.se`, [{ organisation: boras, role: 'teacher' }], name);
    }
    for (let i = 0; i < 31; i++) await makePerson(`pupil${i}@example.se`, [{ organisation: boras, role: 'teacher' }]);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('counts 100 simultaneous wrong guesses before checking them: five are checked, the rest and the right password wait', async () => {
    const guesses = Array.from({ length: 100 }, (_, i) =>
      new ApiClient(server.url).login('target@example.se', `guess ${i}`),
    );
    // The right password comes while the guesses are still being checked.
    await firstRefusal(guesses);
    const right = await new ApiClient(server.url).login('target@example.se', TEST_PASSWORD);
    const answers = await Promise.all(guesses);

    expect(count(answers, 'INVALID_CREDENTIALS')).toBe(5);
    expect(count(answers, 'RATE_LIMITED')).toBe(95);
    expect(right.data?.login ?? null).toBeNull();
    expect(reason(right)).toBe('RATE_LIMITED');
    expect(extensions(right).code).toBe('FORBIDDEN');
    const seconds = extensions(right).retryAfterSeconds as number;
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(extensions(right).messages?.sv).toMatch(/Försök igen om \d+ sekunder?\./);
    expect(extensions(right).messages?.en).toMatch(/Try again in \d+ seconds?\./);
    // Other accounts from the same address are not held up.
    expect((await new ApiClient(server.url).login('steady@example.se', TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('lets the owner sign in during an attack from a browser that has signed in before', async () => {
    const owner = from(server.url, '198.51.100.20');
    expect((await owner.login('owner@example.se', TEST_PASSWORD)).errors).toBeUndefined();
    const device = owner.lastSetCookies.find((c) => c.startsWith('lyfta_device='))!;
    expect(device).toMatch(/HttpOnly/);
    expect(device).toMatch(/SameSite=Strict/);
    expect(device).toMatch(/Path=\/graphql/);
    expect(device).not.toMatch(/Secure/); // only in production

    const attack = await Promise.all(
      Array.from({ length: 30 }, (_, i) => from(server.url, `203.0.113.${i}`).login('owner@example.se', `guess ${i}`)),
    );
    expect(count(attack, 'INVALID_CREDENTIALS')).toBe(5);
    expect(count(attack, 'RATE_LIMITED')).toBe(25);

    // A browser that has not signed in to this account waits, even with the right password…
    expect(reason(await from(server.url, '198.51.100.21').login('owner@example.se', TEST_PASSWORD))).toBe(
      'RATE_LIMITED',
    );
    // …the owner's does not,
    const again = await owner.login('owner@example.se', TEST_PASSWORD);
    expect(again.errors).toBeUndefined();
    expect((await owner.ok<{ me: { name: string } }>('{ me { name } }')).me.name).toBe('owner');
    // and its cookie vouches for that account only.
    expect(reason(await owner.login('target@example.se', TEST_PASSWORD))).toBe('RATE_LIMITED');
  });

  it("counts a trusted browser's failures against that browser only", async () => {
    const phone = from(server.url, '198.51.100.30');
    const laptop = from(server.url, '198.51.100.31');
    expect((await phone.login('pia@example.se', TEST_PASSWORD)).errors).toBeUndefined();
    expect((await laptop.login('pia@example.se', TEST_PASSWORD)).errors).toBeUndefined();
    for (let i = 0; i < 5; i++)
      expect(reason(await phone.login('pia@example.se', `typo ${i}`))).toBe('INVALID_CREDENTIALS');
    expect(reason(await phone.login('pia@example.se', TEST_PASSWORD))).toBe('RATE_LIMITED');
    expect((await laptop.login('pia@example.se', TEST_PASSWORD)).errors).toBeUndefined();
    // The account's own count for other browsers was not touched.
    expect((await from(server.url, '198.51.100.32').login('pia@example.se', TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('does not count successful sign-ins against the account or the address', async () => {
    // More than the account's five free attempts, one after another from one address.
    for (let i = 0; i < 7; i++) {
      const res = await new ApiClient(server.url).login('steady@example.se', TEST_PASSWORD);
      expect(res.errors).toBeUndefined();
    }
  });

  it("does not slow everyone behind a school's shared address because of a few dozen failures", async () => {
    const school = '192.0.2.10';
    const failures = await Promise.all(
      Array.from({ length: 30 }, (_, i) => from(server.url, school).login(`pupil${i}@example.se`, 'forgot it')),
    );
    expect(count(failures, 'INVALID_CREDENTIALS')).toBe(30);
    const pupil = from(server.url, school);
    expect((await pupil.login('pupil30@example.se', TEST_PASSWORD)).errors).toBeUndefined();
    // The forwarded address is the one recorded, as the proxy is trusted.
    expect(await sessionIp(pupil)).toBe(school);
  });
});

describe.each([
  { trustProxy: undefined, forwardedCounts: false },
  { trustProxy: 'loopback', forwardedCounts: true },
])('X-Forwarded-For with TRUST_PROXY=$trustProxy', ({ trustProxy, forwardedCounts }) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      env: { LOGIN_THROTTLE_ADDRESS: '3:60:60:3600', ...(trustProxy ? { TRUST_PROXY: trustProxy } : {}) },
    });
    const boras = await makeMunicipality('1490', 'Borås kommun');
    for (const name of ['a', 'b', 'c', 'd', 'e', 'regular']) {
      await makePerson(`${name}@example.se`, [{ organisation: boras, role: 'teacher' }]);
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  it(
    forwardedCounts
      ? 'believes the trusted proxy: each forwarded address is counted on its own'
      : 'ignores a forged header: every guess counts against the real address',
    async () => {
      // A browser that signs in before the attack, from the same place.
      const regular = from(server.url, '198.51.100.1');
      expect((await regular.login('regular@example.se', TEST_PASSWORD)).errors).toBeUndefined();
      expect(await sessionIp(regular)).toBe(forwardedCounts ? '198.51.100.1' : '127.0.0.1');

      // Three failures (the address's free ones here), each with a fresh forged address.
      for (const [i, name] of ['a', 'b', 'c'].entries()) {
        expect(reason(await from(server.url, `203.0.113.${i}`).login(`${name}@example.se`, 'guess'))).toBe(
          'INVALID_CREDENTIALS',
        );
      }
      const fourth = await from(server.url, '203.0.113.3').login('d@example.se', 'guess');
      expect(reason(fourth)).toBe(forwardedCounts ? 'INVALID_CREDENTIALS' : 'RATE_LIMITED');
      // The address itself is throttled in both cases once it has used its free failures…
      for (let i = 0; i < 3; i++) await from(server.url, '203.0.113.9').login('e@example.se', `guess ${i}`);
      const limited = await from(server.url, '203.0.113.9').login('e@example.se', TEST_PASSWORD);
      expect(reason(limited)).toBe('RATE_LIMITED');
      // …by a delay, not a lockout,
      expect(extensions(limited).retryAfterSeconds).toBeLessThanOrEqual(60);
      // and a browser that has signed in before is not slowed by it.
      expect((await regular.login('regular@example.se', TEST_PASSWORD)).errors).toBeUndefined();
    },
  );
});
