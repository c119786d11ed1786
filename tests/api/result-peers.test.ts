/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { ApiClient, errorCode, makeMunicipality, makePerson, makeSchoolUnit, signedIn } from '../support/api.js';

const SET = 'mutation($codes: [String!]!) { setResultPeers(codes: $codes) { id resultPeers } }';
const ME = '{ me { id resultPeers } }';

/** Eleven municipality codes that exist in the test database (one more than may be kept). */
const CODES = ['0114', '0180', '0380', '0580', '0680', '0780', '1280', '1480', '1490', '1880', '2480'];

describe('a person keeps the municipalities they compare results with', () => {
  let server: TestServer;
  let politician: ApiClient;
  let teacher: ApiClient;
  let admin: ApiClient;
  let politicianId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const orgs = await Promise.all(CODES.map((code) => makeMunicipality(code, `Kommun ${code}`)));
    const orebro = orgs[CODES.indexOf('1880')]!;
    await makeSchoolUnit(orebro, '18800001', 'Olaus Petriskolan');
    const p = await makePerson('politiker@orebro.se', [{ organisation: orebro, role: 'politician' }]);
    politicianId = p._id.toHexString();
    await makePerson('larare@orebro.se', [{ organisation: orebro, role: 'teacher' }]);
    await makePerson('admin@lyfta.se', [{ organisation: orebro, role: 'admin' }]);
    politician = await signedIn(server.url, 'politiker@orebro.se');
    teacher = await signedIn(server.url, 'larare@orebro.se');
    admin = await signedIn(server.url, 'admin@lyfta.se');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('keeps up to ten codes in their order, for the person on another device too, and forgets them on an empty list', async () => {
    expect((await politician.ok<any>(ME)).me.resultPeers).toEqual([]);
    const ten = CODES.slice(0, 10).reverse();
    expect((await politician.ok<any>(SET, { codes: ten })).setResultPeers).toEqual({
      id: politicianId,
      resultPeers: ten,
    });
    const otherDevice = await signedIn(server.url, 'politiker@orebro.se');
    expect((await otherDevice.ok<any>(ME)).me.resultPeers).toEqual(ten);
    // Every role may keep its own peers; a teacher's choice is theirs alone.
    expect((await teacher.ok<any>(SET, { codes: ['0680'] })).setResultPeers.resultPeers).toEqual(['0680']);
    expect((await politician.ok<any>(ME)).me.resultPeers).toEqual(ten);
    expect((await politician.ok<any>(SET, { codes: [] })).setResultPeers.resultPeers).toEqual([]);
  });

  it('refuses eleven codes, a repeat, a code that is no municipality and ill-formed codes, on the field, keeping what was saved', async () => {
    await politician.ok(SET, { codes: ['1480'] });
    const cases: Array<[unknown, string]> = [
      [CODES, 'codes'],
      [['1480', '1480'], 'codes'],
      [['1480', '9999'], 'codes.1'],
      // A school unit's code is an organisation, not a municipality.
      [['18800001'], 'codes.0'],
      [['1480', '18a0'], 'codes.1'],
      [[' 1480'], 'codes.0'],
      [['{"$ne":null}'], 'codes.0'],
    ];
    for (const [codes, field] of cases) {
      const res = await politician.gql(SET, { codes });
      expect(errorCode(res), JSON.stringify(codes)).toBe('BAD_USER_INPUT');
      const fields = res.errors![0]!.extensions.fields!;
      expect(fields.map((f) => f.field)).toContain(field);
      expect(fields[0]!.message.sv).toBeTruthy();
      expect(fields[0]!.message.en).toBeTruthy();
    }
    expect((await politician.ok<any>(ME)).me.resultPeers).toEqual(['1480']);
  });

  it('refuses operators and objects where codes belong, before anything is read', async () => {
    for (const codes of [{ $ne: null }, [{ $gt: '' }], [{ $regex: '.*' }], 'all']) {
      const res = await politician.gql(SET, { codes });
      expect(errorCode(res), JSON.stringify(codes)).toBe('BAD_USER_INPUT');
    }
    expect((await politician.ok<any>(ME)).me.resultPeers).toEqual(['1480']);
  });

  it('needs a signed-in person, and shows a person’s peers to nobody else, admins included', async () => {
    const anonymous = new ApiClient(server.url);
    expect(errorCode(await anonymous.gql(SET, { codes: ['0680'] }))).toBe('UNAUTHENTICATED');
    const people = await admin.ok<any>(
      'query($m: String!) { people(municipalityCode: $m) { nodes { id resultPeers } } }',
      {
        m: '1880',
      },
    );
    const seen = people.people.nodes.find((n: any) => n.id === politicianId);
    expect(seen).toEqual({ id: politicianId, resultPeers: null });
  });

  it('lists the 290 municipalities by name for choosing peers, to a signed-in viewer', async () => {
    const names = (await teacher.ok<any>('{ municipalityNames { municipalityCode name countyName } }'))
      .municipalityNames;
    expect(names).toHaveLength(290);
    expect(names).toContainEqual({ municipalityCode: '0680', name: 'Jönköping', countyName: 'Jönköpings län' });
    expect(names.map((n: any) => n.name)).toEqual(
      [...names.map((n: any) => n.name)].sort((a, b) => a.localeCompare(b, 'sv')),
    );
    expect(errorCode(await new ApiClient(server.url).gql('{ municipalityNames { name } }'))).toBe('UNAUTHENTICATED');
  });

  it('similar municipalities: first from 1 to 10, a four-digit code, a year with results', async () => {
    const SIMILAR =
      'query($c: String!, $y: Int!, $f: Int) { similarMunicipalities(code: $c, year: $y, first: $f) { name } }';
    for (const [vars, field] of [
      [{ c: '1880', y: 2024, f: 11 }, 'first'],
      [{ c: '1880', y: 2024, f: 0 }, 'first'],
      [{ c: '18800001', y: 2024, f: 5 }, 'code'],
      [{ c: '{"$gt":""}', y: 2024, f: 5 }, 'code'],
    ] as const) {
      const res = await politician.gql(SIMILAR, vars);
      expect(errorCode(res), JSON.stringify(vars)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual([field]);
    }
    // No results are loaded in this database: the year is not found, and nothing is guessed.
    expect(errorCode(await politician.gql(SIMILAR, { c: '1880', y: 2024, f: 5 }))).toBe('NOT_FOUND');
    expect(errorCode(await new ApiClient(server.url).gql(SIMILAR, { c: '1880', y: 2024 }))).toBe('UNAUTHENTICATED');
  });
});
