/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type { TestServer } from '../support/server.js';
import { ApiClient, errorCode } from '../support/api.js';
import { expectAnsweredAsUnknown, itAsEachMember, type RoleCase } from '../support/role-tables.js';
import { swedishDay } from '../support/days.js';
import { DIALOGUE_WHO as WHO, dialogueTables, signInTeachers, startPlaying } from '../support/dialogue.js';
import {
  ADD_FACTOR,
  CANCEL_SIGN_UP as CANCEL,
  EDIT_FACTOR,
  JOIN_GROUP as JOIN,
  MEETING_FIELDS as FIELDS,
  SIGN_UP,
  WITHDRAW_FACTOR as WITHDRAW,
  seedGroup,
  seedMeeting,
} from '../support/meetings.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import type { MeetingDoc, MeetingGroupDoc } from '../../server/src/modules/meetings/index.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import type { PersonDoc } from '../../server/src/modules/people/index.js';

// The organiser's and participants' changes to meetings: editing on the version seen (the cap not
// below those signed up, the day fixed once it has come), cancelling with a reason (kept, readable,
// closed to writes), the waiting list (the first in line gets a freed place, the cap holding under
// concurrent sign-ups, waits and cancels), leaving a group, and the withdrawn factors with their
// earlier wordings for the group and the organiser. Those signed up are told through their
// notifications. Every role; another municipality's meeting as an unknown id.

type Who = (typeof WHO)[number];

const MEETING = `query($id: ID!) { meeting(id: $id) { ${FIELDS} signups { name } waitingList { name }
  groups { id memberCount viewerIsMember canJoin canWriteFactors factors { id text }
    withdrawnFactors { id text withdrawn canEdit history { text editorName } } } } }`;
const EDIT = `mutation($i: EditMeetingInput!) { editMeeting(input: $i) { ${FIELDS} } }`;
const CANCEL_MEETING = `mutation($i: CancelMeetingInput!) { cancelMeeting(input: $i) { ${FIELDS} } }`;
const WAIT = `mutation($id: ID!) { joinMeetingWaitingList(id: $id) { ${FIELDS} } }`;
const LEAVE = `mutation($id: ID!) { leaveMeetingGroup(id: $id) { id memberCount viewerIsMember canWriteFactors } }`;
const INBOX = `query { notificationInbox { notifications(first: 50) { kind meeting { id title } } } }`;

let sthlm: OrganisationDoc;
let unit: OrganisationDoc;
let server: TestServer;
let clients: Record<Who, ApiClient>;
let people: Record<Exclude<Who, 'anonymous'>, PersonDoc>;

const oid = () => new mongoose.Types.ObjectId();
const fieldOf = (body: any) => body.errors?.[0]?.extensions?.fields?.[0];

/** A meeting of Stockholm written straight to the database (the test-only door), 30 days ahead unless said. */
const seededMeeting = (over: Partial<MeetingDoc> = {}) => seedMeeting(sthlm, over);
const seededGroup = (meetingId: string, over: Partial<MeetingGroupDoc> = {}) => seedGroup(sthlm, meetingId, over);

let tagged = 0;
/** Teachers named `Lärare t<n>-<i>`, a new n each call. */
const teachers = (n: number) => signInTeachers(server.url, unit, n, `t${tagged++}-`, 'changes.test');

const meeting = async (who: ApiClient, id: string) => (await who.ok(MEETING, { id })).meeting;
const meetingKinds = async (who: ApiClient, id: string) =>
  (await who.ok(INBOX)).notificationInbox.notifications
    .filter((n: any) => n.meeting?.id === id)
    .map((n: any) => n.kind);

beforeAll(async () => {
  ({ server, municipality: sthlm, unit, clients, people } = await startPlaying(WHO));
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('permissions, every role (as the README table)', () => {
  const { administration: organiser, participants } = dialogueTables;
  const cases: Array<RoleCase<Who>> = [
    {
      name: 'editMeeting',
      setup: async () => ({
        query: EDIT,
        variables: { i: { id: await seededMeeting(), expectedVersion: 1, title: 'Nytt namn' } },
      }),
      expect: organiser,
    },
    {
      name: 'cancelMeeting',
      setup: async () => ({
        query: CANCEL_MEETING,
        variables: { i: { id: await seededMeeting(), expectedVersion: 1, reason: 'Lokalen är inte ledig.' } },
      }),
      expect: organiser,
    },
    {
      name: 'joinMeetingWaitingList (a full meeting)',
      setup: async () => ({ query: WAIT, variables: { id: await seededMeeting({ cap: 1, seatsLeft: 0, taken: 1 }) } }),
      expect: participants,
    },
    {
      name: 'leaveMeetingGroup',
      setup: async () => ({
        query: LEAVE,
        variables: { id: await seededGroup(await seededMeeting(), { memberIds: [people.teacher._id] }) },
      }),
      expect: participants,
    },
  ];
  itAsEachMember(cases, WHO, () => clients);

  it("another municipality's meeting and group answer exactly as unknown ids, for every new write", async () => {
    const meetingId = await seededMeeting({ cap: 1, seatsLeft: 0, taken: 1 });
    const groupId = await seededGroup(meetingId);
    const unknown = oid().toHexString();
    for (const [query, vars, id] of [
      [EDIT, (x: string) => ({ i: { id: x, expectedVersion: 1, title: 'X' } }), meetingId],
      [CANCEL_MEETING, (x: string) => ({ i: { id: x, expectedVersion: 1, reason: 'X' } }), meetingId],
      [WAIT, (x: string) => ({ id: x }), meetingId],
      [LEAVE, (x: string) => ({ id: x }), groupId],
    ] as const) {
      for (const who of ['otherAdministration', 'otherPolitician', 'municipalityAdmin', 'coach'] as const)
        await expectAnsweredAsUnknown(clients[who], query, vars, id, unknown);
    }
  });

  it('the waiting list is the organiser’s to see; withdrawn factors are the members’ and the organiser’s', async () => {
    const id = await seededMeeting({ cap: 1, seatsLeft: 1 });
    await clients.principal.ok(SIGN_UP, { id });
    await clients.teacher.ok(WAIT, { id });
    expect((await meeting(clients.administration, id)).waitingList).toEqual([{ name: people.teacher.name }]);
    for (const who of ['teacher', 'principal', 'politician', 'admin'] as const)
      expect((await meeting(clients[who], id)).waitingList).toBeNull();

    const groupId = await seededGroup(id, { memberIds: [people.teacher._id] });
    const f = (await clients.teacher.ok(ADD_FACTOR, { i: { groupId, text: 'Tid för kollegialt lärande' } }))
      .addSuccessFactor;
    await clients.teacher.ok(WITHDRAW, { id: f.id, v: 1 });
    for (const who of ['teacher', 'administration'] as const)
      expect((await meeting(clients[who], id)).groups[0].withdrawnFactors).toHaveLength(1);
    for (const who of ['principal', 'politician', 'admin'] as const)
      expect((await meeting(clients[who], id)).groups[0].withdrawnFactors).toBeNull();
  });
});

describe('editing a meeting', () => {
  it('changes what is sent on the version seen, CONFLICT with the current meeting otherwise; audited; a new day or place is told to those signed up', async () => {
    const id = await seededMeeting({ kind: 'focusGroup', cap: 5, seatsLeft: 5 });
    await clients.teacher.ok(SIGN_UP, { id });
    const edited = (
      await clients.administration.ok(EDIT, {
        i: { id, expectedVersion: 1, title: 'Fokusgrupp om betyg 🙂', description: 'Ta med er bedömningar.' },
      })
    ).editMeeting;
    expect(edited).toMatchObject({
      title: 'Fokusgrupp om betyg 🙂',
      description: 'Ta med er bedömningar.',
      place: 'Aulan',
      cap: 5,
      version: 2,
    });
    // The title alone tells nobody.
    expect(await meetingKinds(clients.teacher, id)).toEqual([]);

    const stale = await clients.administration.gql(EDIT, { i: { id, expectedVersion: 1, place: 'Annan lokal' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((stale.errors![0]!.extensions as any).current).toMatchObject({
      title: 'Fokusgrupp om betyg 🙂',
      version: 2,
    });
    expect((await meeting(clients.teacher, id)).place).toBe('Aulan');

    const day = swedishDay(40);
    const moved = (
      await clients.administration.ok(EDIT, { i: { id, expectedVersion: 2, place: 'Stora salen', date: day } })
    ).editMeeting;
    expect(moved).toMatchObject({ place: 'Stora salen', date: day, version: 3 });
    expect(await meetingKinds(clients.teacher, id)).toEqual(['MEETING_CHANGED']);
    // The organiser, who changed it, is not told.
    expect(await meetingKinds(clients.administration, id)).toEqual([]);

    const audit = await AuditEventModel.find({ targetId: new mongoose.Types.ObjectId(id) })
      .sort({ at: 1 })
      .lean();
    expect(audit.map((e) => e.action)).toEqual(['meeting.edit', 'meeting.edit']);
    expect((audit[1]!.before as any).place).toBe('Aulan');
    expect((audit[1]!.after as any).place).toBe('Stora salen');
  });

  it('a cap cannot go below those signed up (a field error in both languages); raised, it hands its places to the waiting list', async () => {
    const id = await seededMeeting({ cap: 3, seatsLeft: 3 });
    const crowd = await teachers(5);
    for (const t of crowd.slice(0, 3)) await t.ok(SIGN_UP, { id });
    for (const t of crowd.slice(3)) await t.ok(WAIT, { id });
    const below = await clients.administration.gql(EDIT, { i: { id, expectedVersion: 1, cap: 2 } });
    expect(errorCode(below)).toBe('BAD_USER_INPUT');
    expect(fieldOf(below).field).toBe('input.cap');
    expect(fieldOf(below).message.sv).toMatch(/3 har redan anmält sig/);
    expect(fieldOf(below).message.en).toMatch(/3 have already signed up/);
    // The same cap again is no change to the places (the version moves, as any save).
    await clients.administration.ok(EDIT, { i: { id, expectedVersion: 1, cap: 3 } });

    const raised = (await clients.administration.ok(EDIT, { i: { id, expectedVersion: 2, cap: 4 } })).editMeeting;
    expect(raised.cap).toBe(4);
    const after = await meeting(clients.administration, id);
    expect(after).toMatchObject({ signedUpCount: 4, seatsLeft: 0, waitingCount: 1 });
    expect(after.signups.map((s: any) => s.name)).toContain('Lärare t0-3');
    expect(await meetingKinds(crowd[3]!, id)).toEqual(['MEETING_PLACE']);
    expect((await meeting(crowd[4]!, id)).viewerWaitingPosition).toBe(1);

    // No cap takes everyone waiting; a cap again is checked against those holding a place.
    await clients.administration.ok(EDIT, { i: { id, expectedVersion: 3, cap: null } });
    expect(await meeting(clients.administration, id)).toMatchObject({ cap: null, signedUpCount: 5, waitingCount: 0 });
    const tooFew = await clients.administration.gql(EDIT, { i: { id, expectedVersion: 4, cap: 4 } });
    expect(fieldOf(tooFew).field).toBe('input.cap');
    expect(
      (await clients.administration.ok(EDIT, { i: { id, expectedVersion: 4, cap: 5 } })).editMeeting,
    ).toMatchObject({
      cap: 5,
      seatsLeft: 0,
    });
  }, 60_000);

  it('the day cannot change once it has come, nor move to one that has passed; impossible days are refused', async () => {
    const today = await seededMeeting({ date: swedishDay(0) });
    const started = await clients.administration.gql(EDIT, {
      i: { id: today, expectedVersion: 1, date: swedishDay(3) },
    });
    expect(errorCode(started)).toBe('BAD_USER_INPUT');
    expect(fieldOf(started).field).toBe('input.date');
    expect(fieldOf(started).message.sv).toMatch(/redan börjat/);
    expect(fieldOf(started).message.en).toMatch(/already started/);
    // Other things of a started meeting may still change, and the same day may be sent again.
    await clients.administration.ok(EDIT, {
      i: { id: today, expectedVersion: 1, date: swedishDay(0), place: 'Rum 2' },
    });
    expect((await meeting(clients.teacher, today)).started).toBe(true);

    const coming = await seededMeeting({ date: swedishDay(10) });
    expect((await meeting(clients.teacher, coming)).started).toBe(false);
    const past = await clients.administration.gql(EDIT, {
      i: { id: coming, expectedVersion: 1, date: swedishDay(-1) },
    });
    expect(fieldOf(past).field).toBe('input.date');
    expect(fieldOf(past).message.en).toMatch(/passed/);
    for (const date of ['2030-02-30', '2030-13-01', '2030-2-1', '31/12/2030', '', '2030-02-28T10:00:00Z'])
      expect(
        fieldOf(await clients.administration.gql(EDIT, { i: { id: coming, expectedVersion: 1, date } })).field,
      ).toBe('input.date');
    for (const [field, value] of [
      ['title', 'x'.repeat(1_000_000)],
      ['title', ''],
      ['place', 'x'.repeat(201)],
      ['description', 'x'.repeat(4001)],
      ['cap', 0],
      ['cap', 10_001],
    ] as const) {
      const body = await clients.administration.gql(EDIT, { i: { id: coming, expectedVersion: 1, [field]: value } });
      expect(fieldOf(body).field).toBe(`input.${field}`);
      expect(fieldOf(body).message.sv).toBeTruthy();
    }
    expect((await meeting(clients.teacher, coming)).version).toBe(1);
  });
});

describe('cancelling a meeting', () => {
  it('keeps it readable with its reason, closes sign-ups, groups and factors with a clear error, tells those signed up and waiting; audited', async () => {
    const id = await seededMeeting({ cap: 1, seatsLeft: 1 });
    const groupId = await seededGroup(id, { memberIds: [people.teacher._id] });
    const factor = (await clients.teacher.ok(ADD_FACTOR, { i: { groupId, text: 'Tydliga mål' } })).addSuccessFactor;
    await clients.teacher.ok(SIGN_UP, { id });
    await clients.principal.ok(WAIT, { id });

    const reason = 'Lokalen brann 🔥. Vi återkommer med ett nytt datum.\nVälkomna då!';
    const stale = await clients.administration.gql(CANCEL_MEETING, { i: { id, expectedVersion: 2, reason } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const big = await clients.administration.gql(CANCEL_MEETING, {
      i: { id, expectedVersion: 1, reason: 'x'.repeat(1_000_000) },
    });
    expect(fieldOf(big).field).toBe('input.reason');
    expect(
      fieldOf(await clients.administration.gql(CANCEL_MEETING, { i: { id, expectedVersion: 1, reason: ' ' } })).field,
    ).toBe('input.reason');
    const cancelled = (await clients.administration.ok(CANCEL_MEETING, { i: { id, expectedVersion: 1, reason } }))
      .cancelMeeting;
    expect(cancelled).toMatchObject({ cancelReason: reason, canSignUp: false, version: 2 });
    expect(cancelled.cancelledAt).not.toBeNull();

    const read = await meeting(clients.politician, id);
    expect(read).toMatchObject({ cancelReason: reason, title: 'Dialogmöte' });
    expect(read.groups[0]).toMatchObject({
      canJoin: false,
      canWriteFactors: false,
      factors: [{ text: 'Tydliga mål' }],
    });

    expect(await meetingKinds(clients.teacher, id)).toEqual(['MEETING_CANCELLED']);
    expect(await meetingKinds(clients.principal, id)).toEqual(['MEETING_CANCELLED']);

    for (const [who, query, vars, field] of [
      [clients.politician, SIGN_UP, { id }, 'id'],
      [clients.politician, WAIT, { id }, 'id'],
      [clients.politician, JOIN, { id: groupId }, 'id'],
      [clients.teacher, ADD_FACTOR, { i: { groupId, text: 'Mer tid' } }, 'input.groupId'],
      [clients.teacher, EDIT_FACTOR, { i: { id: factor.id, expectedVersion: 1, text: 'Få mål' } }, 'input.id'],
      [clients.teacher, WITHDRAW, { id: factor.id, v: 1 }, 'id'],
      [clients.administration, EDIT, { i: { id, expectedVersion: 2, title: 'Igen' } }, 'input.id'],
    ] as const) {
      const body = await who.gql(query, vars);
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(fieldOf(body).field).toBe(field);
      expect(fieldOf(body).message.sv).toMatch(/inställt/);
      expect(fieldOf(body).message.en).toMatch(/cancelled/);
    }
    // Cancelling again finds it cancelled.
    expect(errorCode(await clients.administration.gql(CANCEL_MEETING, { i: { id, expectedVersion: 2, reason } }))).toBe(
      'CONFLICT',
    );
    // Nothing was deleted.
    expect((await meeting(clients.administration, id)).signups).toEqual([{ name: people.teacher.name }]);
    const actions = (await AuditEventModel.find({ targetId: new mongoose.Types.ObjectId(id) }).lean()).map(
      (e) => e.action,
    );
    expect(actions).toEqual(['meeting.cancel']);
  });
});

describe('the waiting list', () => {
  it('a full meeting refuses a sign-up but takes a wait; the first in line gets a freed place and is told; the place in line shows', async () => {
    const id = await seededMeeting({ kind: 'edcamp', cap: 2, seatsLeft: 2 });
    const [a, b, c, d, e] = await teachers(5);
    await a!.ok(SIGN_UP, { id });
    await b!.ok(SIGN_UP, { id });
    const refused = await c!.gql(SIGN_UP, { id });
    expect(fieldOf(refused).message.sv).toMatch(/fullt/);
    expect((await c!.ok(WAIT, { id })).joinMeetingWaitingList).toMatchObject({
      viewerSignedUp: false,
      viewerWaitingPosition: 1,
      waitingCount: 1,
    });
    expect((await d!.ok(WAIT, { id })).joinMeetingWaitingList.viewerWaitingPosition).toBe(2);
    expect((await e!.ok(WAIT, { id })).joinMeetingWaitingList.viewerWaitingPosition).toBe(3);
    // Waiting again, or signing up while waiting, keeps the place in line.
    expect((await d!.ok(WAIT, { id })).joinMeetingWaitingList.viewerWaitingPosition).toBe(2);
    expect((await d!.ok(SIGN_UP, { id })).signUpForMeeting.viewerWaitingPosition).toBe(2);

    // d leaves the line; a gives back a place, which goes to c (the first), then e moves up.
    expect((await d!.ok(CANCEL, { id })).cancelMeetingSignUp.viewerWaitingPosition).toBeNull();
    expect((await e!.ok(MEETING, { id })).meeting.viewerWaitingPosition).toBe(2);
    await a!.ok(CANCEL, { id });
    expect(await meeting(c!, id)).toMatchObject({ viewerSignedUp: true, viewerWaitingPosition: null });
    expect(await meeting(e!, id)).toMatchObject({ viewerWaitingPosition: 1, signedUpCount: 2, seatsLeft: 0 });
    expect(await meetingKinds(c!, id)).toEqual(['MEETING_PLACE']);
    expect(await meetingKinds(e!, id)).toEqual([]);
    // With a place free and nobody waiting, a wait is a sign-up.
    await e!.ok(CANCEL, { id });
    await b!.ok(CANCEL, { id });
    expect((await d!.ok(WAIT, { id })).joinMeetingWaitingList).toMatchObject({ viewerSignedUp: true, waitingCount: 0 });
  });

  it('the cap holds under concurrent sign-ups, waits and cancels, and every freed place goes to someone waiting', async () => {
    const cap = 4;
    const id = await seededMeeting({ kind: 'openSpace', cap, seatsLeft: cap });
    const crowd = await teachers(16);
    const first = await Promise.all(crowd.slice(0, 10).map((t, i) => t.gql(i % 2 ? SIGN_UP : WAIT, { id })));
    expect(first.filter((r) => r.errors).every((r) => fieldOf(r).message.en.match(/full/))).toBe(true);
    let now = await meeting(clients.administration, id);
    expect(now.signedUpCount).toBe(cap);
    const holders = now.signups.map((s: any) => s.name);

    // Everyone holding a place cancels while six more wait and those refused try again.
    const holderClients = crowd.filter((_, i) => holders.includes(`Lärare t${tagged - 1}-${i}`));
    expect(holderClients).toHaveLength(cap);
    await Promise.all([
      ...holderClients.map((t) => t.gql(CANCEL, { id })),
      ...crowd.slice(10).map((t) => t.gql(WAIT, { id })),
      ...crowd
        .slice(0, 10)
        .filter((t) => !holderClients.includes(t))
        .map((t) => t.gql(WAIT, { id })),
    ]);
    now = await meeting(clients.administration, id);
    expect(now.signedUpCount).toBe(cap);
    expect(now.seatsLeft).toBe(0);
    expect(now.waitingCount).toBe(16 - cap - cap);
    const names = [...now.signups, ...now.waitingList].map((s: any) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.some((n: string) => holders.includes(n))).toBe(false);

    // Those on the list are told of their place; the line is numbered from 1 without gaps.
    const positions = (
      await Promise.all(crowd.map(async (t) => (await meeting(t, id)).viewerWaitingPosition as number | null))
    ).filter((p) => p !== null);
    expect(positions.sort((x, y) => x! - y!)).toEqual(Array.from({ length: 16 - 2 * cap }, (_, i) => i + 1));
  }, 120_000);
});

describe('groups and their factors', () => {
  it('a member leaves a group; the factors they wrote stay the group’s', async () => {
    const id = await seededMeeting();
    const groupId = await seededGroup(id);
    await clients.teacher.ok(JOIN, { id: groupId });
    await clients.teacher.ok(ADD_FACTOR, { i: { groupId, text: 'Lust att lära 📚' } });
    expect((await clients.teacher.ok(LEAVE, { id: groupId })).leaveMeetingGroup).toMatchObject({
      memberCount: 0,
      viewerIsMember: false,
      canWriteFactors: false,
    });
    // Leaving again changes nothing.
    expect((await clients.teacher.ok(LEAVE, { id: groupId })).leaveMeetingGroup.memberCount).toBe(0);
    expect((await meeting(clients.teacher, id)).groups[0].factors).toEqual([
      { id: expect.any(String), text: 'Lust att lära 📚' },
    ]);
    expect(errorCode(await clients.teacher.gql(ADD_FACTOR, { i: { groupId, text: 'Till' } }))).toBe('FORBIDDEN');
  });

  it('withdrawn factors show, marked, with their earlier wordings, and cannot be changed', async () => {
    const id = await seededMeeting();
    const groupId = await seededGroup(id, { memberIds: [people.teacher._id] });
    const f = (await clients.teacher.ok(ADD_FACTOR, { i: { groupId, text: 'Tid' } })).addSuccessFactor;
    await clients.administration.ok(EDIT_FACTOR, { i: { id: f.id, expectedVersion: 1, text: 'Tid för samtal' } });
    await clients.teacher.ok(WITHDRAW, { id: f.id, v: 2 });
    const group = (await meeting(clients.teacher, id)).groups[0];
    expect(group.factors).toEqual([]);
    expect(group.withdrawnFactors).toEqual([
      {
        id: f.id,
        text: 'Tid för samtal',
        withdrawn: true,
        canEdit: false,
        history: [{ text: 'Tid', editorName: people.administration.name }],
      },
    ]);
  });
});
