/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  ApiClient,
  TEST_PASSWORD,
  errorCode,
  makeMunicipality,
  makePerson,
  makeSchoolUnit,
  signedIn,
  type GqlResponse,
} from '../support/api.js';
import { signInCast, type Outcome } from '../support/roles.js';
import { OrganisationModel } from '../../server/src/modules/organisations/organisation.model.js';
import { PersonModel } from '../../server/src/modules/people/person.model.js';
import { PasswordTokenModel } from '../../server/src/auth/password-token.model.js';
import { SessionModel } from '../../server/src/auth/session.model.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';

// Every administration mutation × every role, in the municipality and outside it.
const WHO = [
  'anonymous',
  'politician',
  'administration',
  'principal',
  'teacher',
  'coach',
  'otherAdministration',
  'municipalityAdmin',
  'otherMunicipalityAdmin',
  'admin',
] as const;
type Who = (typeof WHO)[number];
// An admin administers everywhere, a municipality's administrator there only (elsewhere things are
// hidden: NOT_FOUND, as for an id nothing has); everyone else is refused before anything is looked up.
const adminOnly: Record<Who, Outcome> = {
  municipalityAdmin: 'ok',
  otherMunicipalityAdmin: 'NOT_FOUND',
  anonymous: 'UNAUTHENTICATED',
  politician: 'FORBIDDEN',
  administration: 'FORBIDDEN',
  principal: 'FORBIDDEN',
  teacher: 'FORBIDDEN',
  coach: 'FORBIDDEN',
  otherAdministration: 'FORBIDDEN',
  admin: 'ok',
};

let server: TestServer;
let address = 0;
/** A client from an address of its own, so throttling of one test never slows another. */
const fresh = () =>
  new ApiClient(server.url, { 'x-forwarded-for': `10.1.${Math.floor(++address / 250)}.${address % 250}` });
let clients: Record<Who, ApiClient>;
let boras: OrganisationDoc;
let ulricehamn: OrganisationDoc;
let unit: OrganisationDoc;
let otherUnit: OrganisationDoc;
let n = 0;

const id = (doc: { _id: mongoose.Types.ObjectId }) => doc._id.toHexString();
const unknownId = () => new mongoose.Types.ObjectId().toHexString();

async function inviteAsAdmin(email = `invited${++n}@example.se`, organisation = unit) {
  const res = await clients.admin.ok(
    'mutation($i: InvitePersonInput!) { invitePerson(input: $i) { path expiresAt person { id email active invitationPending } } }',
    { i: { name: `Inbjuden ${n}`, email, organisationId: id(organisation), role: 'TEACHER' } },
  );
  return res.invitePerson as { path: string; expiresAt: string; person: { id: string; email: string } };
}
const tokenOf = (path: string) => new URL(path, 'http://x').searchParams.get('token')!;

const setPassword = (client: ApiClient, token: string, password: string) =>
  client.gql<any>('mutation($i: SetPasswordInput!) { setPassword(input: $i) { person { id name } expiresAt } }', {
    i: { token, password },
  });

beforeAll(async () => {
  server = await startTestServer({ env: { TRUST_PROXY: 'loopback', LOGIN_THROTTLE_ACCOUNT: '5:60:900:86400' } });
  boras = await makeMunicipality('1490', 'Borås kommun');
  ulricehamn = await makeMunicipality('1491', 'Ulricehamns kommun');
  unit = await makeSchoolUnit(boras, '11110001', 'Engelbrektskolan');
  otherUnit = await makeSchoolUnit(ulricehamn, '22220001', 'Stenbocksskolan');
  ({ clients } = await signInCast(
    server.url,
    WHO,
    { municipality: boras, unit, otherMunicipality: ulricehamn },
    { headers: (who) => ({ 'x-forwarded-for': `10.0.0.${WHO.indexOf(who)}` }) },
  ));
});
afterAll(async () => {
  await server?.stop();
});

interface Case {
  name: string;
  /** The operation on a thing that exists (`target`), or on an id nothing has. */
  op: (target: 'existing' | 'unknown') => Promise<{ query: string; variables: Record<string, unknown> }>;
}

async function member(): Promise<string> {
  const person = await makePerson(`member${++n}@example.se`, [{ organisation: unit, role: 'teacher' }]);
  return id(person);
}

const cases: Case[] = [
  {
    name: 'updateOrganisation',
    op: async (target) => {
      const org = target === 'existing' ? await makeSchoolUnit(boras, `3333${String(++n).padStart(4, '0')}`) : null;
      return {
        query: 'mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id name } }',
        variables: { i: { id: org ? id(org) : unknownId(), version: 1, name: `Nytt namn ${n}` } },
      };
    },
  },
  {
    name: 'createOrganisation',
    op: async (target) => ({
      query: 'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      variables: {
        i: {
          code: `1490-d${++n}`,
          kind: 'ADMINISTRATION',
          name: `Förvaltning ${n}`,
          parentId: target === 'existing' ? id(boras) : unknownId(),
        },
      },
    }),
  },
  {
    name: 'invitePerson',
    op: async (target) => ({
      query: 'mutation($i: InvitePersonInput!) { invitePerson(input: $i) { path } }',
      variables: {
        i: {
          name: 'Ny Person',
          email: `new${++n}@example.se`,
          organisationId: target === 'existing' ? id(unit) : unknownId(),
          role: 'TEACHER',
        },
      },
    }),
  },
  {
    name: 'createPasswordLink',
    op: async (target) => ({
      query: 'mutation($p: ID!) { createPasswordLink(personId: $p) { path } }',
      variables: { p: target === 'existing' ? await member() : unknownId() },
    }),
  },
  {
    name: 'setPersonActive',
    op: async (target) => ({
      query: 'mutation($i: PersonActiveInput!) { setPersonActive(input: $i) { id active } }',
      variables: { i: { personId: target === 'existing' ? await member() : unknownId(), active: false } },
    }),
  },
  {
    name: 'addMembership',
    op: async (target) => ({
      query: 'mutation($i: MembershipInput!) { addMembership(input: $i) { id } }',
      variables: {
        i: { personId: target === 'existing' ? await member() : unknownId(), organisationId: id(boras), role: 'COACH' },
      },
    }),
  },
  {
    name: 'removeMembership',
    op: async (target) => ({
      query: 'mutation($i: MembershipInput!) { removeMembership(input: $i) { id } }',
      variables: {
        i: {
          personId: target === 'existing' ? await member() : unknownId(),
          organisationId: id(unit),
          role: 'TEACHER',
        },
      },
    }),
  },
];

const outcome = (res: GqlResponse<unknown>) => (res.errors?.length ? errorCode(res) : 'ok');
const auditCount = () => AuditEventModel.countDocuments();

describe('administration mutations: only an admin; refusals write nothing and reveal nothing', () => {
  for (const c of cases) {
    for (const who of WHO) {
      it(`${c.name} as ${who}: ${adminOnly[who]}`, async () => {
        const before = await auditCount();
        const res = await clients[who].gql(...(Object.values(await c.op('existing')) as [string, any]));
        expect(outcome(res), JSON.stringify(res.errors)).toBe(adminOnly[who]);
        if (adminOnly[who] !== 'ok') {
          expect(await auditCount()).toBe(before);
          // An id nothing has is refused with the same answer: no existence oracle.
          const unknown = await clients[who].gql(...(Object.values(await c.op('unknown')) as [string, any]));
          expect(unknown.errors?.[0]?.extensions).toEqual(res.errors?.[0]?.extensions);
          expect(unknown.errors?.[0]?.message).toBe(res.errors?.[0]?.message);
        } else {
          expect(await auditCount()).toBeGreaterThan(before);
          const unknown = await clients[who].gql(...(Object.values(await c.op('unknown')) as [string, any]));
          expect(errorCode(unknown)).toBe('NOT_FOUND');
        }
      });
    }
  }

  const peopleOutcome = (who: Who) => (who === 'otherMunicipalityAdmin' ? 'FORBIDDEN' : adminOnly[who]);
  for (const who of WHO) {
    it(`people of a municipality as ${who}: ${peopleOutcome(who)}`, async () => {
      const res = await clients[who].gql<any>(
        'query($m: String!) { people(municipalityCode: $m, first: 100) { totalCount nodes { id email memberships { role } } } }',
        { m: '1490' },
      );
      expect(outcome(res)).toBe(peopleOutcome(who));
      if (who === 'admin' || who === 'municipalityAdmin') {
        const emails = res.data.people.nodes.map((p: any) => p.email);
        expect(emails).toContain('teacher@example.se');
        expect(emails).not.toContain('otheradministration@example.se');
      }
    });
  }
});

describe("a municipality's own administrator", () => {
  it('cannot give or invite to the admin role, which an admin can', async () => {
    const p = await member();
    const grant = (client: ApiClient) =>
      client.gql('mutation($i: MembershipInput!) { addMembership(input: $i) { id } }', {
        i: { personId: p, organisationId: id(boras), role: 'ADMIN' },
      });
    expect(errorCode(await grant(clients.municipalityAdmin))).toBe('FORBIDDEN');
    const invite = await clients.municipalityAdmin.gql(
      'mutation($i: InvitePersonInput!) { invitePerson(input: $i) { path } }',
      { i: { name: 'Ny admin', email: 'ny.admin@example.se', organisationId: id(boras), role: 'ADMIN' } },
    );
    expect(errorCode(invite)).toBe('FORBIDDEN');
    expect(await PersonModel.countDocuments({ email: 'ny.admin@example.se' })).toBe(0);
    expect(errorCode(await grant(clients.admin))).toBeUndefined();
    // Their own kind of role they may give.
    const own = await clients.municipalityAdmin.gql(
      'mutation($i: MembershipInput!) { addMembership(input: $i) { id } }',
      {
        i: { personId: p, organisationId: id(boras), role: 'MUNICIPALITY_ADMIN' },
      },
    );
    expect(own.errors).toBeUndefined();
  });

  it('changes the roles but not the account of a person another municipality also relies on', async () => {
    const both = await makePerson(`both${++n}@example.se`, [
      { organisation: unit, role: 'teacher' },
      { organisation: otherUnit, role: 'teacher' },
    ]);
    const deactivate = await clients.municipalityAdmin.gql(
      'mutation($i: PersonActiveInput!) { setPersonActive(input: $i) { id } }',
      { i: { personId: id(both), active: false } },
    );
    expect(errorCode(deactivate)).toBe('FORBIDDEN');
    const link = await clients.municipalityAdmin.gql(
      'mutation($p: ID!) { createPasswordLink(personId: $p) { path } }',
      {
        p: id(both),
      },
    );
    expect(errorCode(link)).toBe('FORBIDDEN');
    expect(await PasswordTokenModel.countDocuments({ personId: both._id })).toBe(0);
    const removed = await clients.municipalityAdmin.ok(
      'mutation($i: MembershipInput!) { removeMembership(input: $i) { email memberships { role } } }',
      { i: { personId: id(both), organisationId: id(unit), role: 'TEACHER' } },
    );
    // The answer already shows the person as no longer theirs: nothing personal.
    expect(removed.removeMembership).toEqual({ email: null, memberships: [] });
    expect((await PersonModel.findById(both._id).lean())!.memberships.map((m) => m.organisationCode)).toEqual([
      '22220001',
    ]);
    // Now only Ulricehamn's: hidden from Borås's administrator, as if it did not exist.
    const again = await clients.municipalityAdmin.gql(
      'mutation($i: PersonActiveInput!) { setPersonActive(input: $i) { id } }',
      {
        i: { personId: id(both), active: false },
      },
    );
    expect(errorCode(again)).toBe('NOT_FOUND');
  });

  it('sees the email and roles of the people of their municipality, and reads no plans', async () => {
    const res = await clients.municipalityAdmin.ok(
      '{ people(municipalityCode: "1490", search: "teacher@") { nodes { email memberships { role } } } }',
    );
    expect(res.people.nodes).toEqual([{ email: 'teacher@example.se', memberships: [{ role: 'TEACHER' }] }]);
    const me = await clients.municipalityAdmin.ok('{ me { memberships { role } } }');
    expect(me.me.memberships).toEqual([{ role: 'MUNICIPALITY_ADMIN' }]);
  });
});

describe('people and organisations as the admin sees them', () => {
  it('searches people by name or email, with their memberships; deactivated ones only when asked', async () => {
    const p = await makePerson('sara.sok@example.se', [{ organisation: unit, role: 'principal' }], 'Sara Söksson');
    const search = (s: string, includeInactive = false) =>
      clients.admin.ok(
        'query($s: String, $i: Boolean) { people(municipalityCode: "1490", search: $s, includeInactive: $i) { totalCount nodes { name active memberships { role organisation { name } } } } }',
        { s, i: includeInactive },
      );
    expect((await search('söksson')).people.nodes).toEqual([
      {
        name: 'Sara Söksson',
        active: true,
        memberships: [{ role: 'PRINCIPAL', organisation: { name: 'Engelbrektskolan' } }],
      },
    ]);
    expect((await search('SARA.SOK@')).people.totalCount).toBe(1);
    expect((await search('.*')).people.totalCount).toBe(0);
    await clients.admin.ok('mutation($i: PersonActiveInput!) { setPersonActive(input: $i) { id } }', {
      i: { personId: id(p), active: false },
    });
    expect((await search('söksson')).people.totalCount).toBe(0);
    expect((await search('söksson', true)).people.nodes[0].active).toBe(false);
  });

  it('a people query for a malformed municipality code names the field', async () => {
    const res = await clients.admin.gql('{ people(municipalityCode: "14900") { totalCount } }');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('renames and deactivates a school unit on its version; a deactivated one stays readable but leaves the lists', async () => {
    const org = await makeSchoolUnit(boras, '11119999', 'Gamla skolan');
    const update = (i: Record<string, unknown>) =>
      clients.admin.gql<any>(
        'mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id name active version } }',
        { i: { id: id(org), ...i } },
      );
    const renamed = await update({ version: 1, name: 'Nya skolan' });
    expect(renamed.data.updateOrganisation).toMatchObject({ name: 'Nya skolan', active: true, version: 2 });
    const stale = await update({ version: 1, active: false });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions.current).toMatchObject({ name: 'Nya skolan', version: 2 });
    const off = await update({ version: 2, active: false });
    expect(off.data.updateOrganisation).toMatchObject({ active: false, version: 3 });

    const list = (includeInactive: boolean) =>
      clients.teacher.ok(
        'query($i: Boolean) { organisations(municipalityCode: "1490", kind: SCHOOL_UNIT, search: "Nya", includeInactive: $i) { nodes { code active } } }',
        { i: includeInactive },
      );
    expect((await list(false)).organisations.nodes).toEqual([]);
    expect((await list(true)).organisations.nodes).toEqual([{ code: '11119999', active: false }]);
    const byCode = await clients.teacher.ok('{ organisation(code: "11119999") { name active } }');
    expect(byCode.organisation).toEqual({ name: 'Nya skolan', active: false });
    expect(await OrganisationModel.countDocuments({ code: '11119999' })).toBe(1);

    // No new roles or invitations in a deactivated unit.
    const invite = await clients.admin.gql('mutation($i: InvitePersonInput!) { invitePerson(input: $i) { path } }', {
      i: { name: 'X', email: 'x-deactivated@example.se', organisationId: id(org), role: 'TEACHER' },
    });
    expect(invite.errors?.[0]?.extensions.fields).toEqual([expect.objectContaining({ field: 'input.organisationId' })]);
  });

  it('refuses to rename a municipality, an empty name, a 1 MB name, and a name just over the limit', async () => {
    const change = (orgId: string, name: string) =>
      clients.admin.gql('mutation($i: UpdateOrganisationInput!) { updateOrganisation(input: $i) { id } }', {
        i: { id: orgId, version: 1, name },
      });
    const fields = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions.fields?.map((f) => f.field);
    expect(fields(await change(id(boras), 'Ny kommun'))).toEqual(['input.id']);
    const org = await makeSchoolUnit(boras, '11118888');
    expect(fields(await change(id(org), '   '))).toEqual(['input.name']);
    expect(fields(await change(id(org), 'x'.repeat(1_000_000)))).toEqual(['input.name']);
    expect(fields(await change(id(org), 'å'.repeat(201)))).toEqual(['input.name']);
    const ok = await change(id(org), '🏫'.repeat(200));
    expect(ok.errors).toBeUndefined();
  });

  it('an admin cannot deactivate themself', async () => {
    const me = await clients.admin.ok('{ me { id } }');
    const res = await clients.admin.gql('mutation($i: PersonActiveInput!) { setPersonActive(input: $i) { id } }', {
      i: { personId: me.me.id, active: false },
    });
    expect(res.errors?.[0]?.extensions.fields?.[0]?.field).toBe('input.active');
  });

  it('deactivating a person ends their sessions and their sign-in; what they wrote keeps their name', async () => {
    const p = await makePerson('leaving@example.se', [{ organisation: unit, role: 'teacher' }], 'Lena Lämnar');
    const theirs = await signedIn(server.url, 'leaving@example.se', { 'x-forwarded-for': '10.9.9.1' });
    expect((await theirs.ok('{ me { id } }')).me.id).toBe(id(p));
    await clients.admin.ok('mutation($i: PersonActiveInput!) { setPersonActive(input: $i) { id active } }', {
      i: { personId: id(p), active: false },
    });
    expect(await SessionModel.countDocuments({ personId: p._id })).toBe(0);
    expect((await theirs.ok('{ me { id } }')).me).toBeNull();
    const again = await fresh().login('leaving@example.se', TEST_PASSWORD);
    expect(again.errors?.[0]?.extensions.reason).toBe('INVALID_CREDENTIALS');
    expect((await PersonModel.findById(p._id).lean())!.name).toBe('Lena Lämnar');

    await clients.admin.ok('mutation($i: PersonActiveInput!) { setPersonActive(input: $i) { id active } }', {
      i: { personId: id(p), active: true },
    });
    expect((await fresh().login('leaving@example.se', TEST_PASSWORD)).errors).toBeUndefined();
  });

  it('adds and removes a membership in another municipality; the person is then listed there', async () => {
    const p = await member();
    const add = await clients.admin.ok(
      'mutation($i: MembershipInput!) { addMembership(input: $i) { memberships { role organisation { code } } } }',
      { i: { personId: p, organisationId: id(otherUnit), role: 'PRINCIPAL' } },
    );
    expect(add.addMembership.memberships).toContainEqual({ role: 'PRINCIPAL', organisation: { code: '22220001' } });
    const listed = await clients.admin.ok('{ people(municipalityCode: "1491") { nodes { id } } }');
    expect(listed.people.nodes.map((x: any) => x.id)).toContain(p);
    await clients.admin.ok('mutation($i: MembershipInput!) { removeMembership(input: $i) { id } }', {
      i: { personId: p, organisationId: id(otherUnit), role: 'PRINCIPAL' },
    });
    const after = await clients.admin.ok('{ people(municipalityCode: "1491") { nodes { id } } }');
    expect(after.people.nodes.map((x: any) => x.id)).not.toContain(p);
  });
});

describe('invitations and set-password links', () => {
  it('an invited person has no password, cannot sign in, and is pending until they set one through the link', async () => {
    const link = await inviteAsAdmin('anna.ny@example.se');
    expect(link.path).toMatch(/^\/satt-losenord\?token=[A-Za-z0-9_-]{43}$/);
    expect(new Date(link.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);
    expect(link.person).toMatchObject({ email: 'anna.ny@example.se', active: true, invitationPending: true });
    // Only the token's hash is stored.
    const stored = await PasswordTokenModel.find({ personId: link.person.id }).lean();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(tokenOf(link.path));
    expect(JSON.stringify(await AuditEventModel.find({ targetId: link.person.id }).lean())).not.toContain(
      tokenOf(link.path),
    );
    expect((await fresh().login('anna.ny@example.se', '')).errors).toBeDefined();

    const browser = fresh();
    const res = await setPassword(browser, tokenOf(link.path), 'ett långt lösenord');
    expect(res.errors).toBeUndefined();
    expect(res.data.setPassword.person.id).toBe(link.person.id);
    expect((await browser.ok('{ me { email invitationPending } }')).me).toEqual({
      email: 'anna.ny@example.se',
      invitationPending: false,
    });
    expect((await fresh().login('anna.ny@example.se', 'ett långt lösenord')).errors).toBeUndefined();
  });

  it('a link works once', async () => {
    const token = tokenOf((await inviteAsAdmin()).path);
    expect((await setPassword(fresh(), token, 'första lösenordet')).errors).toBeUndefined();
    const twice = await setPassword(fresh(), token, 'andra lösenordet');
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INVALID_TOKEN' });
  });

  it('a wrong, a malformed and an expired link give the same answer', async () => {
    const link = await inviteAsAdmin();
    await PasswordTokenModel.updateMany(
      { personId: link.person.id },
      { $set: { expiresAt: new Date(Date.now() - 1000) } },
    );
    const answers = await Promise.all(
      [tokenOf(link.path), 'A'.repeat(43), 'not a token', '{"$ne":null}'].map(
        async (t) => (await setPassword(fresh(), t, 'ett långt lösenord')).errors?.[0],
      ),
    );
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(answers[0]!.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'INVALID_TOKEN' });
    expect((await PersonModel.findById(link.person.id).lean())!.passwordHash).toBeNull();
  });

  it('a new link replaces the earlier one', async () => {
    const first = await inviteAsAdmin();
    const second = await clients.admin.ok('mutation($p: ID!) { createPasswordLink(personId: $p) { path } }', {
      p: first.person.id,
    });
    expect(errorCode(await setPassword(fresh(), tokenOf(first.path), 'ett långt lösenord'))).toBe('NOT_FOUND');
    expect(
      (await setPassword(fresh(), tokenOf(second.createPasswordLink.path), 'ett långt lösenord')).errors,
    ).toBeUndefined();
  });

  it('of concurrent uses of one link exactly one wins', async () => {
    const token = tokenOf((await inviteAsAdmin()).path);
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => setPassword(fresh(), token, `samtidigt lösenord ${i}`)),
    );
    expect(answers.filter((a) => !a.errors).length).toBe(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions.reason === 'INVALID_TOKEN').length).toBe(5);
  });

  it('checks the password first: too short or too long names the field and keeps the link', async () => {
    const token = tokenOf((await inviteAsAdmin()).path);
    const field = async (password: string) =>
      (await setPassword(fresh(), token, password)).errors?.[0]?.extensions.fields?.[0]?.field;
    expect(await field('123456789')).toBe('password');
    expect(await field('x'.repeat(1001))).toBe('password');
    expect(await field('x'.repeat(1_000_000))).toBe('password');
    expect(await field('bad \ud800 surrogate')).toBe('password');
    expect(await field('🔑'.repeat(9))).toBe('password');
    expect((await setPassword(fresh(), token, '🔑'.repeat(10))).errors).toBeUndefined();
  });

  it('an invitation of an address already in use names the email field; concurrent ones let one through', async () => {
    const res = await clients.admin.gql('mutation($i: InvitePersonInput!) { invitePerson(input: $i) { path } }', {
      i: { name: 'Dubblett', email: 'Teacher@Example.se', organisationId: id(unit), role: 'TEACHER' },
    });
    expect(res.errors?.[0]?.extensions.fields?.[0]?.field).toBe('input.email');
    const same = await Promise.all(
      [1, 2, 3].map(() =>
        clients.admin.gql('mutation($i: InvitePersonInput!) { invitePerson(input: $i) { path } }', {
          i: { name: 'Samtidig', email: 'samtidig@example.se', organisationId: id(unit), role: 'TEACHER' },
        }),
      ),
    );
    expect(same.filter((a) => !a.errors).length).toBe(1);
    expect(await PersonModel.countDocuments({ email: 'samtidig@example.se' })).toBe(1);
  });

  it('a deactivated person gets no link, and their open link stops working', async () => {
    const link = await inviteAsAdmin();
    await clients.admin.ok('mutation($i: PersonActiveInput!) { setPersonActive(input: $i) { id } }', {
      i: { personId: link.person.id, active: false },
    });
    expect(errorCode(await setPassword(fresh(), tokenOf(link.path), 'ett långt lösenord'))).toBe('NOT_FOUND');
    const again = await clients.admin.gql('mutation($p: ID!) { createPasswordLink(personId: $p) { path } }', {
      p: link.person.id,
    });
    expect(again.errors?.[0]?.extensions.fields?.[0]?.field).toBe('personId');
  });

  it('guessing links is throttled per address like sign-in', async () => {
    const guesser = fresh();
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await setPassword(guesser, `${'G'.repeat(42)}${i}`, 'ett långt lösenord'));
    expect(answers.slice(0, 5).map((a) => a.errors?.[0]?.extensions.reason)).toEqual(Array(5).fill('INVALID_TOKEN'));
    expect(answers[5]!.errors?.[0]?.extensions.reason).toBe('RATE_LIMITED');
    // Someone else's right link, from another address, is not slowed down.
    const token = tokenOf((await inviteAsAdmin()).path);
    expect((await setPassword(fresh(), token, 'ett långt lösenord')).errors).toBeUndefined();
  });
});
