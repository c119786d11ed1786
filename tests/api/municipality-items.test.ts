/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  ApiClient,
  errorCode,
  makeMunicipality,
  makePerson,
  makePlan,
  makeSchoolUnit,
  signedIn,
} from '../support/api.js';
import type { Role } from '../../server/src/auth/index.js';

const ITEMS = `query($code: String!, $first: Int) { municipalityItems(municipalityCode: $code, first: $first) {
  id text plan { id title } responsible { name } } }`;
const PLANS = `query($id: ID!) { actionPlans(organisationId: $id, first: 100) { nodes { id
  areas { items(first: 100) { nodes { id } } } } } }`;

describe('Query.municipalityItems: the items of a municipality’s plans for start pages', () => {
  let server: TestServer;
  const viewers: Array<{ email: string; role: Role; municipality: string }> = [];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    const boras = await makeMunicipality('1490', 'Borås');
    const orebro = await makeMunicipality('1880', 'Örebro');
    ids['1490'] = boras._id.toHexString();
    ids['1880'] = orebro._id.toHexString();
    const borasUnit = await makeSchoolUnit(boras, '14900001');
    const roles: Role[] = ['politician', 'administration', 'teacher', 'coach'];
    for (const m of [boras, orebro])
      for (const role of roles) {
        const email = `${role}.${m.code}@test.se`;
        await makePerson(email, [{ organisation: m, role }]);
        viewers.push({ email, role, municipality: m.code });
      }
    const principal = await makePerson('principal.1490@test.se', [{ organisation: borasUnit, role: 'principal' }]);
    viewers.push({ email: 'principal.1490@test.se', role: 'principal', municipality: '1490' });
    await makePerson('admin@test.se', [{ organisation: boras, role: 'admin' }]);
    viewers.push({ email: 'admin@test.se', role: 'admin', municipality: '1490' });
    await makePlan({ owner: boras, areas: 2, itemsPerArea: 3, responsibleId: principal._id });
    await makePlan({ owner: boras, status: 'draft', areas: 1, itemsPerArea: 2 });
    await makePlan({ owner: boras, status: 'closed', areas: 1, itemsPerArea: 1 });
    await makePlan({ owner: orebro, areas: 1, itemsPerArea: 4 });
    await makePlan({ owner: orebro, status: 'draft', areas: 1, itemsPerArea: 1 });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('gives every viewer exactly the items of the plans Query.actionPlans shows them, or the same refusal', async () => {
    for (const viewer of viewers) {
      const client = await signedIn(server.url, viewer.email);
      for (const code of ['1490', '1880']) {
        const plans = await client.gql<any>(PLANS, { id: ids[code] });
        const items = await client.gql<any>(ITEMS, { code });
        const what = `${viewer.email} reading ${code}`;
        if (plans.errors) {
          expect(errorCode(items), what).toBe(errorCode(plans));
          expect(items.data?.municipalityItems ?? null, what).toBeNull();
          continue;
        }
        const expected = plans.data.actionPlans.nodes.flatMap((p: any) =>
          p.areas.flatMap((a: any) => a.items.nodes.map((i: any) => i.id)),
        );
        expect(items.errors, what).toBeUndefined();
        expect(
          items.data.municipalityItems.map((i: any) => i.id),
          what,
        ).toEqual(expected);
      }
    }
  });

  it('shows a leader the drafts too, and a teacher only what is published', async () => {
    const leader = await signedIn(server.url, 'administration.1490@test.se');
    const teacher = await signedIn(server.url, 'teacher.1490@test.se');
    expect((await leader.ok<any>(ITEMS, { code: '1490' })).municipalityItems).toHaveLength(9);
    expect((await teacher.ok<any>(ITEMS, { code: '1490' })).municipalityItems).toHaveLength(7);
  });

  it("names each item's plan and owner, so a principal's page can pick their own", async () => {
    const principal = await signedIn(server.url, 'principal.1490@test.se');
    const items = (await principal.ok<any>(ITEMS, { code: '1490' })).municipalityItems;
    const theirs = items.filter((i: any) => i.responsible?.name === 'principal.1490');
    expect(theirs).toHaveLength(6);
    expect(new Set(theirs.map((i: any) => i.plan.title)).size).toBe(1);
  });

  it('takes first between 1 and 500 and a four-digit municipality code; an unknown municipality has none', async () => {
    const leader = await signedIn(server.url, 'administration.1490@test.se');
    expect((await leader.ok<any>(ITEMS, { code: '1490', first: 1 })).municipalityItems).toHaveLength(1);
    expect((await leader.ok<any>(ITEMS, { code: '1490', first: 500 })).municipalityItems).toHaveLength(9);
    for (const first of [0, 501, -1]) {
      const res = await leader.gql<any>(ITEMS, { code: '1490', first });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions.fields).toEqual([
        expect.objectContaining({ field: 'first', message: expect.objectContaining({ sv: expect.any(String) }) }),
      ]);
    }
    for (const code of ['149', '14900', '{"$ne":1}', '1490 ']) {
      expect(errorCode(await leader.gql<any>(ITEMS, { code })), code).toBe('BAD_USER_INPUT');
    }
    expect((await leader.ok<any>(ITEMS, { code: '9999' })).municipalityItems).toEqual([]);
  });

  it('answers nobody who is not signed in', async () => {
    const anon = new ApiClient(server.url);
    expect(errorCode(await anon.gql<any>(ITEMS, { code: '1490' }))).toBe('UNAUTHENTICATED');
  });
});
