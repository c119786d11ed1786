/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type { TestServer } from '../support/server.js';
import { ApiClient, errorCode, makeMunicipality, makePerson, signedIn } from '../support/api.js';
import type { Outcome } from '../support/roles.js';
import { expectAnsweredAsUnknown, itAsEachMember, type RoleCase } from '../support/role-tables.js';
import { DIALOGUE_WHO as WHO, dialogueTables, signInTeachers, startPlaying } from '../support/dialogue.js';
import {
  ADD_FACTOR,
  CANCEL_SIGN_UP as CANCEL,
  EDIT_FACTOR,
  JOIN_GROUP as JOIN,
  MEETING_FIELDS,
  SIGN_UP,
  WITHDRAW_FACTOR as WITHDRAW,
  FACTOR_FIELDS,
  seedGroup,
  seedMeeting,
} from '../support/meetings.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import { SuccessFactorModel } from '../../server/src/modules/meetings/meetings.model.js';
import { seedMeetings, type MeetingDoc, type MeetingGroupDoc } from '../../server/src/modules/meetings/index.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import type { PersonDoc } from '../../server/src/modules/people/index.js';

// Focus groups, informal meetings and dialogue meetings: who may do what (every role; another
// municipality's meeting as an unknown id), the cap under concurrent sign-ups, a home group's five
// success factors (also under concurrent writes), versioned edits that keep every wording, themes,
// the synthesis by theme across groups, the focus groups per term, and the limits.

type Who = (typeof WHO)[number];

const BOARD = `query($m: String!) { meetingBoard(municipalityCode: $m) { id canOrganise meetings { id kind }
  focusGroupTerms { label held planned commitment kept } } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} signups { name }
  groups { id kind name memberCount viewerIsMember canWriteFactors factorLimit factors { id text theme version } } } }`;
const CREATE = `mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { ${MEETING_FIELDS} } }`;
const ADD_GROUP = `mutation($i: AddMeetingGroupInput!) { addMeetingGroup(input: $i) { id kind name } }`;
const THEME = `mutation($i: SuccessFactorThemeInput!) { setSuccessFactorTheme(input: $i) { ${FACTOR_FIELDS} } }`;
const SYNTHESIS = `query($id: ID!) { meetingSynthesis(id: $id) { id themes { theme factors { text group { name } } } } }`;

let sthlm: OrganisationDoc;
let unit: OrganisationDoc;
let server: TestServer;
let clients: Record<Who, ApiClient>;
let people: Record<Exclude<Who, 'anonymous'>, PersonDoc>;

const oid = () => new mongoose.Types.ObjectId();
const fieldOf = (body: any) => body.errors?.[0]?.extensions?.fields?.[0];

/** A meeting of Stockholm written straight to the database (the test-only door), on 2 March 2030 unless said. */
const seededMeeting = (over: Partial<MeetingDoc> = {}) => seedMeeting(sthlm, { date: '2030-03-02', ...over });
/** A home group of a meeting, written straight to the database. */
const seededGroup = (meetingId: string, over: Partial<MeetingGroupDoc> = {}) => seedGroup(sthlm, meetingId, over);

const createInput = (over: Record<string, unknown> = {}) => ({
  i: {
    municipalityCode: '0180',
    kind: 'FOCUS_GROUP',
    title: 'Fokusgrupp om bedömning',
    description: 'Ett samtal i lärarpanelen.',
    date: '2030-02-01',
    place: 'Utbildningsförvaltningen',
    cap: 8,
    ...over,
  },
});

const teachers = (n: number, tag: string) => signInTeachers(server.url, unit, n, tag, 'meetings.test');

beforeAll(async () => {
  ({ server, municipality: sthlm, unit, clients, people } = await startPlaying(WHO));
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('permissions, every role', () => {
  const { readers, administration: organiser, participants } = dialogueTables;
  const creators: Record<Who, Outcome> = {
    ...organiser,
    coach: 'FORBIDDEN',
    otherAdministration: 'FORBIDDEN',
    municipalityAdmin: 'FORBIDDEN',
    otherPolitician: 'FORBIDDEN',
  };
  /** A home group's factors: the organiser, and the teacher who is a member. */
  const factorWriters: Record<Who, Outcome> = { ...organiser, teacher: 'ok' };

  const withFactor = async () => {
    const meetingId = await seededMeeting();
    const groupId = await seededGroup(meetingId, { memberIds: [people.teacher._id], factorCount: 1 });
    const id = oid();
    await seedMeetings({
      factors: [
        {
          _id: id,
          meetingId: new mongoose.Types.ObjectId(meetingId),
          groupId: new mongoose.Types.ObjectId(groupId),
          municipalityCode: '0180',
          text: 'Tydliga mål',
          theme: null,
          authorId: people.teacher._id,
          authorName: people.teacher.name,
          editedAt: null,
          history: [],
          withdrawn: false,
          version: 1,
        },
      ],
    });
    return id.toHexString();
  };
  const cases: Array<RoleCase<Who>> = [
    { name: 'meetingBoard', setup: async () => ({ query: BOARD, variables: { m: '0180' } }), expect: readers },
    {
      name: 'meeting',
      setup: async () => ({ query: MEETING, variables: { id: await seededMeeting() } }),
      expect: readers,
    },
    {
      name: 'meetingSynthesis',
      setup: async () => ({ query: SYNTHESIS, variables: { id: await seededMeeting() } }),
      expect: readers,
    },
    { name: 'createMeeting', setup: async () => ({ query: CREATE, variables: createInput() }), expect: creators },
    {
      name: 'signUpForMeeting',
      setup: async () => ({ query: SIGN_UP, variables: { id: await seededMeeting({ kind: 'focusGroup' }) } }),
      expect: participants,
    },
    {
      name: 'cancelMeetingSignUp',
      setup: async () => ({ query: CANCEL, variables: { id: await seededMeeting({ kind: 'focusGroup' }) } }),
      expect: participants,
    },
    {
      name: 'addMeetingGroup',
      setup: async () => ({
        query: ADD_GROUP,
        variables: { i: { meetingId: await seededMeeting(), kind: 'HOME', name: 'Rektorer' } },
      }),
      expect: organiser,
    },
    {
      name: 'joinMeetingGroup',
      setup: async () => ({ query: JOIN, variables: { id: await seededGroup(await seededMeeting()) } }),
      expect: participants,
    },
    {
      name: 'addSuccessFactor (the cast teacher is a member)',
      setup: async () => {
        const groupId = await seededGroup(await seededMeeting(), { memberIds: [people.teacher._id] });
        return { query: ADD_FACTOR, variables: { i: { groupId, text: 'Tydliga mål' } } };
      },
      expect: factorWriters,
    },
    {
      name: 'addSuccessFactor (nobody of the cast is a member)',
      setup: async () => {
        const groupId = await seededGroup(await seededMeeting());
        return { query: ADD_FACTOR, variables: { i: { groupId, text: 'Tydliga mål' } } };
      },
      expect: organiser,
    },
    {
      name: 'editSuccessFactor',
      setup: async () => ({
        query: EDIT_FACTOR,
        variables: { i: { id: await withFactor(), expectedVersion: 1, text: 'Tydliga mål för alla' } },
      }),
      expect: factorWriters,
    },
    {
      name: 'withdrawSuccessFactor',
      setup: async () => ({ query: WITHDRAW, variables: { id: await withFactor(), v: 1 } }),
      expect: factorWriters,
    },
    {
      name: 'setSuccessFactorTheme',
      setup: async () => ({ query: THEME, variables: { i: { id: await withFactor(), theme: 'Mål' } } }),
      expect: organiser,
    },
  ];

  itAsEachMember(cases, WHO, () => clients);

  it("another municipality's meeting, group and factor answer exactly as unknown ids", async () => {
    const meetingId = await seededMeeting({ kind: 'focusGroup' });
    const groupId = await seededGroup(await seededMeeting());
    const factorId = await withFactor();
    const unknown = oid().toHexString();
    for (const [query, vars, id] of [
      [MEETING, (x: string) => ({ id: x }), meetingId],
      [SYNTHESIS, (x: string) => ({ id: x }), meetingId],
      [SIGN_UP, (x: string) => ({ id: x }), meetingId],
      [CANCEL, (x: string) => ({ id: x }), meetingId],
      [ADD_GROUP, (x: string) => ({ i: { meetingId: x, kind: 'HOME', name: 'X' } }), meetingId],
      [JOIN, (x: string) => ({ id: x }), groupId],
      [ADD_FACTOR, (x: string) => ({ i: { groupId: x, text: 'X' } }), groupId],
      [EDIT_FACTOR, (x: string) => ({ i: { id: x, expectedVersion: 1, text: 'X' } }), factorId],
      [WITHDRAW, (x: string) => ({ id: x, v: 1 }), factorId],
      [THEME, (x: string) => ({ i: { id: x, theme: 'X' } }), factorId],
    ] as const) {
      for (const who of ['otherAdministration', 'otherPolitician'] as const)
        await expectAnsweredAsUnknown(clients[who], query, vars, id, unknown);
    }
    expect(errorCode(await clients.otherAdministration.gql(BOARD, { m: '0180' }))).toBe('NOT_FOUND');
  });

  it('the organiser sees who signed up; nobody else does', async () => {
    const id = await seededMeeting({ kind: 'focusGroup' });
    await clients.teacher.ok(SIGN_UP, { id });
    expect((await clients.administration.ok(MEETING, { id })).meeting.signups).toEqual([{ name: people.teacher.name }]);
    for (const who of ['teacher', 'principal', 'politician', 'admin'] as const)
      expect((await clients[who].ok(MEETING, { id })).meeting.signups).toBeNull();
  });
});

describe('sign-ups', () => {
  it('the administration creates a capped focus group; 12 teachers at once get exactly its 3 places, the rest a clear "full"', async () => {
    const created = (await clients.administration.ok(CREATE, createInput({ cap: 3 }))).createMeeting;
    expect(created).toMatchObject({ kind: 'FOCUS_GROUP', cap: 3, seatsLeft: 3, signedUpCount: 0, version: 1 });
    const crowd = await teachers(12, 'cap');
    const answers = await Promise.all(crowd.map((t) => t.gql(SIGN_UP, { id: created.id })));
    expect(answers.filter((a) => !a.errors)).toHaveLength(3);
    const refused = answers.filter((a) => a.errors);
    expect(refused.map(errorCode)).toEqual(Array(9).fill('BAD_USER_INPUT'));
    expect(fieldOf(refused[0]).message.sv).toMatch(/fullt/);
    expect(fieldOf(refused[0]).message.en).toMatch(/full/);
    const after = (await clients.administration.ok(MEETING, { id: created.id })).meeting;
    expect(after).toMatchObject({ signedUpCount: 3, seatsLeft: 0 });

    // A place given back is taken again, once.
    const inside = crowd[answers.findIndex((a) => !a.errors)]!;
    expect((await inside.ok(CANCEL, { id: created.id })).cancelMeetingSignUp).toMatchObject({
      viewerSignedUp: false,
      seatsLeft: 1,
    });
    const outside = crowd.filter((_, i) => answers[i]!.errors);
    const second = await Promise.all(outside.map((t) => t.gql(SIGN_UP, { id: created.id })));
    expect(second.filter((a) => !a.errors)).toHaveLength(1);
    expect((await clients.administration.ok(MEETING, { id: created.id })).meeting).toMatchObject({
      signedUpCount: 3,
      seatsLeft: 0,
    });
  }, 60_000);

  it('one person signing up ten times at once holds one place; cancelling twice gives back one', async () => {
    const id = await seededMeeting({ kind: 'edcamp', cap: 5 });
    const clicks = await Promise.all(Array.from({ length: 10 }, () => clients.principal.gql(SIGN_UP, { id })));
    expect(clicks.filter((b) => b.errors)).toEqual([]);
    expect((await clients.principal.ok(MEETING, { id })).meeting).toMatchObject({
      signedUpCount: 1,
      seatsLeft: 4,
      viewerSignedUp: true,
    });
    await Promise.all([clients.principal.gql(CANCEL, { id }), clients.principal.gql(CANCEL, { id })]);
    expect((await clients.principal.ok(MEETING, { id })).meeting).toMatchObject({ signedUpCount: 0, seatsLeft: 5 });
  });

  it('a meeting without a cap takes everyone', async () => {
    const id = await seededMeeting({ kind: 'openSpace' });
    const crowd = await teachers(6, 'open');
    expect((await Promise.all(crowd.map((t) => t.gql(SIGN_UP, { id })))).filter((a) => a.errors)).toEqual([]);
    expect((await clients.teacher.ok(MEETING, { id })).meeting).toMatchObject({ signedUpCount: 6, seatsLeft: null });
  });
});

describe('a dialogue meeting', () => {
  it('home groups agree on five success factors; a sixth is refused on its field in both languages, also under concurrent writes', async () => {
    const meetingId = (await clients.administration.ok(CREATE, createInput({ kind: 'DIALOGUE_MEETING', cap: null })))
      .createMeeting.id;
    const group = (await clients.administration.ok(ADD_GROUP, { i: { meetingId, kind: 'HOME', name: 'Lärare' } }))
      .addMeetingGroup;
    expect((await clients.teacher.ok(JOIN, { id: group.id })).joinMeetingGroup).toMatchObject({
      memberCount: 1,
      viewerIsMember: true,
      canWriteFactors: true,
    });
    for (let i = 1; i <= 5; i++)
      await clients.teacher.ok(ADD_FACTOR, { i: { groupId: group.id, text: `Framgångsfaktor ${i}` } });
    const sixth = await clients.administration.gql(ADD_FACTOR, { i: { groupId: group.id, text: 'En sjätte' } });
    expect(errorCode(sixth)).toBe('BAD_USER_INPUT');
    expect(fieldOf(sixth).field).toBe('input.text');
    expect(fieldOf(sixth).message.sv).toMatch(/redan 5 framgångsfaktorer/);
    expect(fieldOf(sixth).message.en).toMatch(/already has 5 success factors/);

    const other = (await clients.administration.ok(ADD_GROUP, { i: { meetingId, kind: 'HOME', name: 'Rektorer' } }))
      .addMeetingGroup;
    const burst = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        clients.administration.gql(ADD_FACTOR, { i: { groupId: other.id, text: `Samtidig ${i}` } }),
      ),
    );
    expect(burst.filter((b) => !b.errors)).toHaveLength(5);
    expect(burst.filter((b) => b.errors).map(errorCode)).toEqual(Array(4).fill('BAD_USER_INPUT'));
    const groups = (await clients.teacher.ok(MEETING, { id: meetingId })).meeting.groups;
    expect(groups.map((g: any) => g.factors.length)).toEqual([5, 5]);
    expect(groups.every((g: any) => g.factorLimit === 5)).toBe(true);
  }, 60_000);

  it('an expert group takes no factors, and only a dialogue meeting has groups', async () => {
    const meetingId = await seededMeeting();
    const expert = (
      await clients.administration.ok(ADD_GROUP, { i: { meetingId, kind: 'EXPERT', name: 'Expertgrupp 1' } })
    ).addMeetingGroup;
    const refused = await clients.administration.gql(ADD_FACTOR, { i: { groupId: expert.id, text: 'X' } });
    expect(fieldOf(refused).field).toBe('input.groupId');
    const focus = await seededMeeting({ kind: 'focusGroup' });
    const noGroups = await clients.administration.gql(ADD_GROUP, { i: { meetingId: focus, kind: 'HOME', name: 'X' } });
    expect(fieldOf(noGroups).field).toBe('input.meetingId');
  });

  it('a factor is reworded on its version (CONFLICT with the current one otherwise), keeps every wording, and is withdrawn, never deleted', async () => {
    const meetingId = await seededMeeting();
    const groupId = await seededGroup(meetingId, { memberIds: [people.teacher._id] });
    const added = (await clients.teacher.ok(ADD_FACTOR, { i: { groupId, text: 'Tydliga mål' } })).addSuccessFactor;
    expect(added).toMatchObject({ version: 1, authorName: people.teacher.name, canEdit: true, canSetTheme: false });
    const edited = (
      await clients.administration.ok(EDIT_FACTOR, { i: { id: added.id, expectedVersion: 1, text: 'Tydliga, få mål' } })
    ).editSuccessFactor;
    expect(edited).toMatchObject({
      version: 2,
      text: 'Tydliga, få mål',
      history: [{ text: 'Tydliga mål', editorName: people.administration.name }],
    });
    expect(edited.editedAt).not.toBeNull();
    const stale = await clients.teacher.gql(EDIT_FACTOR, { i: { id: added.id, expectedVersion: 1, text: 'Mitt' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((stale.errors![0]!.extensions as any).current.text).toBe('Tydliga, få mål');

    // The organiser's theme leaves the text's version alone, so the member's next save still holds.
    const themed = (await clients.administration.ok(THEME, { i: { id: added.id, theme: 'Mål' } }))
      .setSuccessFactorTheme;
    expect(themed).toMatchObject({ theme: 'Mål', version: 2 });
    await clients.teacher.ok(EDIT_FACTOR, { i: { id: added.id, expectedVersion: 2, text: 'Tydliga mål, få' } });

    const staleWithdraw = await clients.teacher.gql(WITHDRAW, { id: added.id, v: 2 });
    expect(errorCode(staleWithdraw)).toBe('CONFLICT');
    await clients.teacher.ok(WITHDRAW, { id: added.id, v: 3 });
    const groups = (await clients.teacher.ok(MEETING, { id: meetingId })).meeting.groups;
    expect(groups[0].factors).toEqual([]);
    const kept = await SuccessFactorModel.findById(added.id).lean();
    expect(kept).toMatchObject({ withdrawn: true, text: 'Tydliga mål, få' });
    expect(kept!.history.map((h) => h.text)).toEqual(['Tydliga mål', 'Tydliga, få mål']);
    const actions = (await AuditEventModel.find({ targetId: kept!._id }).sort({ at: 1 }).lean()).map((e) => e.action);
    expect(actions).toEqual([
      'meeting.factor.create',
      'meeting.factor.edit',
      'meeting.factor.theme',
      'meeting.factor.edit',
      'meeting.factor.withdraw',
    ]);
    // The place it held is free again.
    await clients.teacher.ok(ADD_FACTOR, { i: { groupId, text: 'Ny faktor' } });
  });

  it('the synthesis shows the factors by theme across the groups, each with its group, the unthemed last', async () => {
    const meetingId = await seededMeeting();
    const teachersGroup = await seededGroup(meetingId, { name: 'Lärare', position: 0 });
    const principals = await seededGroup(meetingId, { name: 'Rektorer', position: 1 });
    const add = async (groupId: string, text: string, theme?: string) => {
      const f = (await clients.administration.ok(ADD_FACTOR, { i: { groupId, text } })).addSuccessFactor;
      if (theme) await clients.administration.ok(THEME, { i: { id: f.id, theme } });
    };
    await add(principals, 'Styrkedja tydlig uppifrån och ner.', 'Styrkedja');
    await add(teachersGroup, 'Renodla rollerna i skolan.', 'Styrkedja');
    await add(teachersGroup, 'Jobba med ledarskap i alla nivåer.', 'Ledarskap');
    await add(principals, 'Följer upp, utvärderar, utvecklar.');
    const { themes } = (await clients.teacher.ok(SYNTHESIS, { id: meetingId })).meetingSynthesis;
    expect(themes).toEqual([
      { theme: 'Ledarskap', factors: [{ text: 'Jobba med ledarskap i alla nivåer.', group: { name: 'Lärare' } }] },
      {
        theme: 'Styrkedja',
        factors: [
          { text: 'Renodla rollerna i skolan.', group: { name: 'Lärare' } },
          { text: 'Styrkedja tydlig uppifrån och ner.', group: { name: 'Rektorer' } },
        ],
      },
      { theme: null, factors: [{ text: 'Följer upp, utvärderar, utvecklar.', group: { name: 'Rektorer' } }] },
    ]);
  });
});

describe('focus groups once a term', () => {
  it('the board counts per term the focus groups held against the commitment of one', async () => {
    const code = '0181';
    const sodertalje = await makeMunicipality(code, 'Södertälje kommun');
    const leader = await makePerson('leader@meetings.test', [{ organisation: sodertalje, role: 'administration' }]);
    const client = await signedIn(server.url, leader.email);
    const day = (d: string) =>
      seededMeeting({ municipalityCode: code, ownerId: sodertalje._id, kind: 'focusGroup', date: d });
    const last = new Date().getUTCFullYear() - 1;
    await day(`${last}-03-01`);
    await day(`${last}-04-01`);
    await seededMeeting({ municipalityCode: code, ownerId: sodertalje._id, kind: 'edcamp', date: `${last}-09-01` });
    const terms = (await client.ok(BOARD, { m: code })).meetingBoard.focusGroupTerms;
    expect(terms[0]).toEqual({ label: `VT ${last}`, held: 2, planned: 0, commitment: 1, kept: true });
    expect(terms[1]).toEqual({ label: `HT ${last}`, held: 0, planned: 0, commitment: 1, kept: false });
    expect(terms.length).toBeLessThanOrEqual(12);
  });
});

describe('limits', () => {
  it('texts just under their limits are taken, just over refused on their field in both languages', async () => {
    const ok = (
      await clients.administration.ok(
        CREATE,
        createInput({ title: 'å'.repeat(200), place: 'ä'.repeat(200), description: 'ö'.repeat(4000), cap: 10_000 }),
      )
    ).createMeeting;
    expect(ok.title).toHaveLength(200);
    for (const [field, value] of [
      ['title', 'å'.repeat(201)],
      ['place', 'ä'.repeat(201)],
      ['description', 'ö'.repeat(4001)],
      ['title', '   '],
      ['date', '2030-02-30'],
      ['cap', 0],
      ['cap', 10_001],
    ] as const) {
      const body = await clients.administration.gql(CREATE, createInput({ [field]: value }));
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(fieldOf(body).field).toBe(`input.${field}`);
      expect(fieldOf(body).message.sv).toBeTruthy();
      expect(fieldOf(body).message.en).toBeTruthy();
    }

    const meetingId = await seededMeeting();
    const name = await clients.administration.gql(ADD_GROUP, { i: { meetingId, kind: 'HOME', name: 'n'.repeat(101) } });
    expect(fieldOf(name).field).toBe('input.name');
    const groupId = (
      await clients.administration.ok(ADD_GROUP, { i: { meetingId, kind: 'HOME', name: 'n'.repeat(100) } })
    ).addMeetingGroup.id;
    const factor = (await clients.administration.ok(ADD_FACTOR, { i: { groupId, text: 'f'.repeat(500) } }))
      .addSuccessFactor;
    expect(fieldOf(await clients.administration.gql(ADD_FACTOR, { i: { groupId, text: 'f'.repeat(501) } })).field).toBe(
      'input.text',
    );
    expect(
      fieldOf(await clients.administration.gql(EDIT_FACTOR, { i: { id: factor.id, expectedVersion: 1, text: '' } }))
        .field,
    ).toBe('input.text');
    await clients.administration.ok(THEME, { i: { id: factor.id, theme: 't'.repeat(100) } });
    expect(
      fieldOf(await clients.administration.gql(THEME, { i: { id: factor.id, theme: 't'.repeat(101) } })).field,
    ).toBe('input.theme');
  });

  it('emoji count as one character each, and operators are stored as text, never run', async () => {
    const created = (
      await clients.administration.ok(CREATE, createInput({ title: '🙂'.repeat(200), place: '{"$gt": ""}' }))
    ).createMeeting;
    expect(created.title).toBe('🙂'.repeat(200));
    expect(created.place).toBe('{"$gt": ""}');
    expect(errorCode(await clients.teacher.gql(MEETING, { id: '{"$ne": null}' }))).toBe('NOT_FOUND');
    expect(errorCode(await clients.teacher.gql(SIGN_UP, { id: '{"$ne": null}' }))).toBe('NOT_FOUND');
    expect(errorCode(await clients.teacher.gql(BOARD, { m: { $ne: null } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await clients.administration.gql(CREATE, createInput({ municipalityCode: { $ne: null } })))).toBe(
      'BAD_USER_INPUT',
    );
    const groupId = await seededGroup(await seededMeeting());
    const f = (await clients.administration.ok(ADD_FACTOR, { i: { groupId, text: 'Lust att lära 📚👩‍🏫' } }))
      .addSuccessFactor;
    expect(f.text).toBe('Lust att lära 📚👩‍🏫');
  });
});
