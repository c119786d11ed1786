/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestServer, type TestServer } from '../support/server.js';
import { ApiClient, errorCode, makeMunicipality, makeSchoolUnit, type GqlResponse } from '../support/api.js';
import { signInCast, type Memberships } from '../support/roles.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import { COACHING_MAX, CoachingEntryModel, EngagementModel } from '../../server/src/modules/coaching/coaching.model.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import type { PersonDoc } from '../../server/src/modules/people/index.js';

// Teacher coaching, confidential by construction: every query, field, list and error that can reach
// an engagement, as every role, with no content leaking (through errors identical to an unknown id,
// the board's lists, the audit log or notifications); the request flow; one engagement under
// concurrent accepts; what each party may write; the limits; versions.

const WHO = [
  'anonymous',
  'teacher',
  'coach',
  'principal',
  'otherPrincipal',
  'administration',
  'admin',
  'politician',
  'municipalityAdmin',
  'otherCoach',
  'otherTeacher',
  'otherAdministration',
  'otherPolitician',
  'elsewhereCoach',
  'elsewherePrincipal',
  'elsewhereTeacher',
] as const;
type Who = (typeof WHO)[number];

/** What each member may see of an engagement of `teacher` coached by `coach` at the principal's unit. */
const ACCESS: Record<Who, 'content' | 'overview' | 'none' | 'UNAUTHENTICATED'> = {
  anonymous: 'UNAUTHENTICATED',
  teacher: 'content',
  coach: 'content',
  principal: 'overview',
  administration: 'overview',
  admin: 'overview',
  otherPrincipal: 'none',
  politician: 'none',
  municipalityAdmin: 'none',
  otherCoach: 'none',
  otherTeacher: 'none',
  otherAdministration: 'none',
  otherPolitician: 'none',
  elsewhereCoach: 'none',
  elsewherePrincipal: 'none',
  elsewhereTeacher: 'none',
};

/** Every text written inside an engagement carries this, so a leak anywhere is found by a search. */
const SECRET = 'HEMLIGT';

const FACTS_AND_TEXTS = `id municipalityCode unit { id name } subject coachName teacherNames teamName startedAt closedAt
  state agreement { sharesDates sharesStatus agreedAt } viewerIsParty version
  content { goal goalSetAt summary viewerIsTeacher canWrite`;
const ENGAGEMENT_FIELDS = `${FACTS_AND_TEXTS}
    entries { id kind date text done authorName createdAt version canEdit } }`;
/** What the board is asked for: every engagement's entries in one query is more than the cost limit allows. */
const BOARD_ENGAGEMENT_FIELDS = `${FACTS_AND_TEXTS} }`;
const requestFields = (engagement: string) => `id municipalityCode unit { id } teacherNames teamName subject need
  requestedByName requestedAt state timeAgreed roomAgreed declineReason version canForward canAccept canDecline
  canWithdraw engagement { ${engagement} }`;
const REQUEST_FIELDS = requestFields(ENGAGEMENT_FIELDS);
const ENGAGEMENT = `query($id: ID!) { coachingEngagement(id: $id) { ${ENGAGEMENT_FIELDS} } }`;
const REQUEST = `query($id: ID!) { coachingRequest(id: $id) { ${REQUEST_FIELDS} } }`;
const BOARD = `query($m: String!) { coachingBoard(municipalityCode: $m) { id canAskPrincipal isCoachService
  teacherUnits { id } principalUnits { id } coaches { id name subjects }
  requests { ${requestFields(BOARD_ENGAGEMENT_FIELDS)} } engagements { ${BOARD_ENGAGEMENT_FIELDS} } } }`;
const ASK = `mutation($i: RequestCoachingInput!) { requestCoaching(input: $i) { ${REQUEST_FIELDS} } }`;
const FORWARD = `mutation($i: ForwardCoachingRequestInput!) { forwardCoachingRequest(input: $i) { ${REQUEST_FIELDS} } }`;
const ACCEPT = `mutation($i: DecideCoachingRequestInput!) { acceptCoachingRequest(input: $i) { ${REQUEST_FIELDS} } }`;
const DECLINE = `mutation($i: DecideCoachingRequestInput!) { declineCoachingRequest(input: $i) { ${REQUEST_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $v: Int!) { withdrawCoachingRequest(id: $id, expectedVersion: $v) { id state version canWithdraw } }`;
const AGREEMENT = `mutation($i: CoachingAgreementInput!) { setCoachingAgreement(input: $i) { ${ENGAGEMENT_FIELDS} } }`;
const GOAL = `mutation($i: CoachingGoalInput!) { setCoachingGoal(input: $i) { ${ENGAGEMENT_FIELDS} } }`;
const ADD = `mutation($i: AddCoachingEntryInput!) { addCoachingEntry(input: $i) { ${ENGAGEMENT_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateCoachingEntryInput!) { updateCoachingEntry(input: $i) { ${ENGAGEMENT_FIELDS} } }`;
const CLOSE = `mutation($i: CloseEngagementInput!) { closeCoachingEngagement(input: $i) { ${ENGAGEMENT_FIELDS} } }`;
const PROFILE = `mutation($i: CoachProfileInput!) { setCoachProfile(input: $i) { id name subjects } }`;
const AUDIT = `query($id: ID!) { auditLog(targetId: $id, first: 100) { totalCount nodes { action actorName targetType before after } } }`;
const INBOX = `{ notificationInbox { unreadCount notifications(first: 50) { kind comment { targetTitle } question { title } meeting { title } } } }`;

let server: TestServer;
let clients: Record<Who, ApiClient>;
let people: Record<Exclude<Who, 'anonymous'>, PersonDoc>;
let sthlm: OrganisationDoc;
let unit: OrganisationDoc;
let otherUnit: OrganisationDoc;

/** The engagement every role is tried against: active, a goal, every kind of entry, sharing dates and state. */
let active: { id: string; entryIds: string[] };
/** Closed with the teacher's summary. */
let closedOne: { id: string };
/** An engagement whose agreement shares neither dates nor state. */
let private_: { id: string };
/** The request that began `active`. */
let requestId: string;

const fieldsOf = (body: GqlResponse<unknown>) => (body.errors?.[0]?.extensions.fields ?? []).map((f) => f.field);
const unknownId = () => new mongoose.Types.ObjectId().toHexString();
/** The errors without their path (the same for an unknown id and a hidden one by construction of the test). */
const errorsOf = (body: GqlResponse<unknown>) => JSON.stringify(body.errors ?? null);

/** A teacher's request, forwarded by the principal and accepted by the coach service for `coach`: the engagement's id. */
async function engagementFor(teacher: ApiClient, need = `Behov ${SECRET}`) {
  const asked = (
    await teacher.ok(ASK, {
      i: { municipalityCode: '0180', unitId: unit._id.toHexString(), subject: 'MATEMATIK', need },
    })
  ).requestCoaching;
  const forwarded = (
    await clients.principal.ok(FORWARD, {
      i: { id: asked.id, expectedVersion: asked.version, timeAgreed: 'Tisdagar 14–15', roomAgreed: 'Grupprum 2' },
    })
  ).forwardCoachingRequest;
  const accepted = (
    await clients.otherCoach.ok(ACCEPT, {
      i: { id: forwarded.id, expectedVersion: forwarded.version, coachId: people.coach._id.toHexString() },
    })
  ).acceptCoachingRequest;
  // The coach service that accepted is no party of it: the engagement is not theirs to see.
  expect(accepted.engagement).toBeNull();
  const mine = (await teacher.ok(REQUEST, { id: accepted.id })).coachingRequest;
  return { requestId: accepted.id as string, id: mine.engagement.id as string, version: 1 };
}

async function engagementNow(client: ApiClient, id: string) {
  return (await client.ok(ENGAGEMENT, { id })).coachingEngagement;
}

beforeAll(async () => {
  server = await startTestServer();
  sthlm = await makeMunicipality('0180', 'Stockholms stad');
  const orebro = await makeMunicipality('1880', 'Örebro kommun');
  unit = await makeSchoolUnit(sthlm, '11111111', 'Aspuddens skola');
  otherUnit = await makeSchoolUnit(sthlm, '22222222', 'Bagarmossens skola');
  const orebroUnit = await makeSchoolUnit(orebro, '33333333', 'Adolfsbergsskolan');
  const memberships: Partial<Record<Who, Memberships>> = {
    otherCoach: [{ organisation: sthlm, role: 'coach' }],
    otherTeacher: [{ organisation: unit, role: 'teacher' }],
    elsewhereCoach: [{ organisation: orebro, role: 'coach' }],
    elsewherePrincipal: [{ organisation: orebroUnit, role: 'principal' }],
    elsewhereTeacher: [{ organisation: orebroUnit, role: 'teacher' }],
  };
  ({ clients, people } = await signInCast(
    server.url,
    WHO,
    { municipality: sthlm, unit, otherUnit, otherMunicipality: orebro },
    { memberships, names: { teacher: 'Johan Strand', coach: 'Nora Falk', otherTeacher: 'Eva Berg' } },
  ));

  // The engagement the table is about: every kind of entry, written by the party whose it is.
  const a = await engagementFor(clients.teacher);
  requestId = a.requestId;
  let e = (await clients.teacher.ok(GOAL, { i: { engagementId: a.id, expectedVersion: 1, goal: `Mål ${SECRET}` } }))
    .setCoachingGoal;
  const write = async (client: ApiClient, kind: string, date: string | null = null) => {
    e = (await client.ok(ADD, { i: { engagementId: a.id, kind, date, text: `${kind} ${SECRET}` } })).addCoachingEntry;
  };
  await write(clients.coach, 'MEETING', '2026-09-01');
  await write(clients.coach, 'LESSON_VISIT', '2026-09-08');
  await write(clients.coach, 'ASSIGNMENT');
  await write(clients.teacher, 'REFLECTION');
  await write(clients.teacher, 'NEXT_STEP');
  active = { id: a.id, entryIds: e.content.entries.map((x: any) => x.id) };

  const c = await engagementFor(clients.teacher);
  await clients.teacher.ok(CLOSE, { i: { engagementId: c.id, expectedVersion: 1, summary: `Summering ${SECRET}` } });
  closedOne = { id: c.id };

  const p = await engagementFor(clients.teacher);
  await clients.coach.ok(AGREEMENT, {
    i: { engagementId: p.id, expectedVersion: 1, sharesDates: false, sharesStatus: false },
  });
  private_ = { id: p.id };
}, 180_000);

afterAll(async () => {
  await server?.stop();
});

describe('what every role sees of an engagement', () => {
  it.each(WHO)(
    '%s: coachingEngagement answers as the rule says, and never with content unless a party',
    async (who) => {
      const client = clients[who];
      const body = await client.gql(ENGAGEMENT, { id: active.id });
      const access = ACCESS[who];
      if (access === 'UNAUTHENTICATED') {
        expect(errorCode(body)).toBe('UNAUTHENTICATED');
        return;
      }
      if (access === 'none') {
        // Exactly the answer an unknown id gets (and a malformed one).
        expect(errorCode(body)).toBe('NOT_FOUND');
        expect(errorsOf(body)).toBe(errorsOf(await client.gql(ENGAGEMENT, { id: unknownId() })));
        expect(errorsOf(body)).toBe(errorsOf(await client.gql(ENGAGEMENT, { id: 'inte-ett-id' })));
        expect(JSON.stringify(body)).not.toContain(SECRET);
        return;
      }
      const e = body.data!.coachingEngagement as any;
      expect(e).toMatchObject({ id: active.id, subject: 'MATEMATIK', coachName: 'Nora Falk', state: 'ACTIVE' });
      expect(e.startedAt).not.toBeNull();
      if (access === 'content') {
        expect(e.viewerIsParty).toBe(true);
        expect(e.teacherNames).toEqual(['Johan Strand']);
        expect(e.unit).not.toBeNull();
        expect(e.content.goal).toBe(`Mål ${SECRET}`);
        expect(e.content.entries.map((x: any) => x.kind)).toEqual([
          'MEETING',
          'LESSON_VISIT',
          'ASSIGNMENT',
          'REFLECTION',
          'NEXT_STEP',
        ]);
        expect(e.content.viewerIsTeacher).toBe(who === 'teacher');
        return;
      }
      expect(e.viewerIsParty).toBe(false);
      expect(e.content).toBeNull();
      // The principal of the unit arranged it and knows who; the administration and an admin do not,
      // nor its unit, which with the subject would name the teacher of a small school.
      expect(e.teacherNames).toEqual(who === 'principal' ? ['Johan Strand'] : []);
      expect(e.unit === null).toBe(who !== 'principal');
      expect(JSON.stringify(body)).not.toContain(SECRET);
    },
  );

  it.each(WHO)('%s: the dates and state of an engagement that shares neither, and a closed one', async (who) => {
    const access = ACCESS[who];
    const hidden = await clients[who].gql(ENGAGEMENT, { id: private_.id });
    const closed = await clients[who].gql(ENGAGEMENT, { id: closedOne.id });
    if (access === 'UNAUTHENTICATED' || access === 'none') {
      expect(errorCode(hidden)).toBe(access === 'none' ? 'NOT_FOUND' : 'UNAUTHENTICATED');
      expect(errorCode(closed)).toBe(errorCode(hidden));
      if (access === 'none')
        expect(errorsOf(hidden)).toBe(errorsOf(await clients[who].gql(ENGAGEMENT, { id: unknownId() })));
      return;
    }
    const h = hidden.data!.coachingEngagement as any;
    const c = closed.data!.coachingEngagement as any;
    expect(h.agreement).toMatchObject({ sharesDates: false, sharesStatus: false });
    if (access === 'content') {
      expect(h).toMatchObject({ state: 'ACTIVE' });
      expect(h.startedAt).not.toBeNull();
      expect(c).toMatchObject({ state: 'CLOSED', content: { summary: `Summering ${SECRET}`, canWrite: false } });
    } else {
      expect(h).toMatchObject({ state: null, startedAt: null, closedAt: null, content: null });
      expect(c).toMatchObject({ state: 'CLOSED', content: null });
      expect(c.closedAt).not.toBeNull();
      expect(JSON.stringify([hidden, closed])).not.toContain(SECRET);
    }
  });

  it.each(WHO)(
    '%s: the coaching board lists only what the rule lets them know, and no content to others',
    async (who) => {
      const access = ACCESS[who];
      const body = await clients[who].gql(BOARD, { m: '0180' });
      if (access === 'UNAUTHENTICATED') return expect(errorCode(body)).toBe('UNAUTHENTICATED');
      const holdsRoleHere = ![
        'otherAdministration',
        'otherPolitician',
        'elsewhereCoach',
        'elsewherePrincipal',
        'elsewhereTeacher',
      ].includes(who);
      if (!holdsRoleHere) {
        expect(errorCode(body)).toBe('NOT_FOUND');
        expect(errorsOf(body)).toBe(errorsOf(await clients[who].gql(BOARD, { m: '0999' })));
        return;
      }
      const board = body.data!.coachingBoard as any;
      const ids = board.engagements.map((e: any) => e.id).sort();
      if (access === 'none') expect(ids).toEqual([]);
      else expect(ids).toEqual(expect.arrayContaining([active.id, closedOne.id, private_.id].sort()));
      if (access !== 'content') expect(JSON.stringify(board.engagements)).not.toContain(SECRET);
      for (const e of board.engagements) expect(e.content === null).toBe(access !== 'content');
      // Requests: read by the one who asked, the principal of the unit and the coach service; the
      // administration and others see none, and no request shows the content of an engagement.
      const readsRequests = ['teacher', 'principal', 'coach', 'otherCoach'].includes(who);
      expect(board.requests.length > 0).toBe(readsRequests);
      if (access !== 'content')
        expect(JSON.stringify(board.requests.map((r: any) => r.engagement))).not.toContain(SECRET);
      expect(board.isCoachService).toBe(who === 'coach' || who === 'otherCoach');
      expect(board.canAskPrincipal).toBe(who === 'teacher' || who === 'otherTeacher');
      expect(board.principalUnits.map((u: any) => u.id)).toEqual(
        who === 'principal' ? [unit._id.toHexString()] : who === 'otherPrincipal' ? [otherUnit._id.toHexString()] : [],
      );
    },
  );

  it.each(WHO)('%s: the request is read as the rule says; an unknown id answers the same', async (who) => {
    const body = await clients[who].gql(REQUEST, { id: requestId });
    const reads = ['teacher', 'principal', 'coach', 'otherCoach'].includes(who);
    if (who === 'anonymous') return expect(errorCode(body)).toBe('UNAUTHENTICATED');
    if (!reads) {
      expect(errorCode(body)).toBe('NOT_FOUND');
      expect(errorsOf(body)).toBe(errorsOf(await clients[who].gql(REQUEST, { id: unknownId() })));
      return;
    }
    const r = body.data!.coachingRequest as any;
    expect(r.state).toBe('ACCEPTED');
    // The engagement it began: content only for its parties (the other coach took the request, not the engagement).
    if (ACCESS[who] === 'content') expect(r.engagement.content.goal).toBe(`Mål ${SECRET}`);
    else if (ACCESS[who] === 'overview') expect(r.engagement.content).toBeNull();
    else expect(r.engagement).toBeNull();
  });

  it.each(WHO.filter((w) => ACCESS[w] !== 'content'))(
    '%s: every write into the engagement is refused, NOT_FOUND exactly as an unknown id for those who may not know of it',
    async (who) => {
      const client = clients[who];
      const writes: Array<[string, (id: string, entryId: string) => Record<string, unknown>]> = [
        [AGREEMENT, (id) => ({ i: { engagementId: id, expectedVersion: 1, sharesDates: false, sharesStatus: false } })],
        [GOAL, (id) => ({ i: { engagementId: id, expectedVersion: 2, goal: 'Nytt mål' } })],
        [ADD, (id) => ({ i: { engagementId: id, kind: 'MEETING', date: '2026-10-01', text: 'Text' } })],
        [ADD, (id) => ({ i: { engagementId: id, kind: 'NEXT_STEP', text: 'Text' } })],
        [UPDATE, (_id, entryId) => ({ i: { id: entryId, expectedVersion: 1, text: 'Ändrad', done: true } })],
        [CLOSE, (id) => ({ i: { engagementId: id, expectedVersion: 2, summary: 'Slut' } })],
      ];
      for (const [op, vars] of writes) {
        const body = await client.gql(op, vars(active.id, active.entryIds[2]!));
        const access = ACCESS[who];
        expect(JSON.stringify(body)).not.toContain(SECRET);
        if (access === 'UNAUTHENTICATED') {
          expect(errorCode(body)).toBe('UNAUTHENTICATED');
          continue;
        }
        // An entry is content: its id is unknown to all but the parties.
        const expected = access === 'overview' && op !== UPDATE ? 'FORBIDDEN' : 'NOT_FOUND';
        expect(errorCode(body), op.slice(0, 40)).toBe(expected);
        if (expected === 'NOT_FOUND')
          expect(errorsOf(body)).toBe(errorsOf(await client.gql(op, vars(unknownId(), unknownId()))));
      }
      // Nothing changed.
      const now = await engagementNow(clients.teacher, active.id);
      expect(now).toMatchObject({ version: 2, state: 'ACTIVE', agreement: { sharesDates: true } });
      expect(now.content.entries).toHaveLength(5);
      expect(now.content.entries[2].done).toBe(false);
    },
  );

  it.each(WHO)('%s: the request cannot be decided by anyone but whom it waits for', async (who) => {
    if (who === 'teacher') return;
    const asked = (
      await clients.teacher.ok(ASK, {
        i: { municipalityCode: '0180', unitId: unit._id.toHexString(), subject: 'SO', need: `Behov ${SECRET}` },
      })
    ).requestCoaching;
    const body = await clients[who].gql(FORWARD, {
      i: { id: asked.id, expectedVersion: 1, timeAgreed: 'Tid', roomAgreed: 'Rum' },
    });
    const reads = who === 'principal';
    if (who === 'anonymous') expect(errorCode(body)).toBe('UNAUTHENTICATED');
    else if (reads) expect(body.errors).toBeUndefined();
    else {
      // Not yet with the coach service: to them, as to everyone else outside it, an unknown id.
      expect(errorCode(body)).toBe('NOT_FOUND');
      expect(errorsOf(body)).toBe(
        errorsOf(
          await clients[who].gql(FORWARD, {
            i: { id: unknownId(), expectedVersion: 1, timeAgreed: 'Tid', roomAgreed: 'Rum' },
          }),
        ),
      );
      expect(JSON.stringify(body)).not.toContain(SECRET);
    }
    await clients.teacher.gql(WITHDRAW, { id: asked.id, v: reads ? 2 : 1 });
  });
});

describe('what the audit log and notifications keep of coaching', () => {
  it('every write is recorded with who, when, what and which engagement, and no text anywhere in the log', async () => {
    const events = await AuditEventModel.find({
      targetType: mongoose.trusted({ $in: ['coachingEngagement', 'coachingRequest', 'coachProfile'] }),
    })
      .lean()
      .exec();
    expect(events.length).toBeGreaterThan(10);
    expect(JSON.stringify(events)).not.toContain(SECRET);
    expect(JSON.stringify(events)).not.toContain('Tisdagar');
    const onActive = events.filter((e) => e.targetId.toHexString() === active.id).map((e) => e.action);
    expect(onActive).toEqual(
      expect.arrayContaining(['coaching.engagement.start', 'coaching.goal', 'coaching.entry.add']),
    );
    expect(onActive.filter((a) => a === 'coaching.entry.add')).toHaveLength(5);
  });

  it.each(['administration', 'admin', 'principal', 'otherAdministration', 'teacher', 'coach'] as const)(
    '%s: the auditLog query lists nothing of an engagement or its request, exactly as for an unknown id',
    async (who) => {
      // The events name who coaches whom and who read what: stored (above), never listed, since the
      // administration and admins may know that an engagement exists but not who is in it.
      const unknown = await clients[who].gql(AUDIT, { id: unknownId() });
      for (const id of [active.id, closedOne.id, requestId]) {
        const body = await clients[who].gql(AUDIT, { id });
        expect(JSON.stringify(body)).not.toContain(SECRET);
        expect(JSON.stringify(body)).not.toContain('Johan Strand');
        if (who === 'principal' || who === 'teacher' || who === 'coach') expect(errorCode(body)).toBe('FORBIDDEN');
        else expect((body.data as any).auditLog.totalCount).toBe(0);
        expect(JSON.stringify(body.data ?? body.errors)).toBe(JSON.stringify(unknown.data ?? unknown.errors));
      }
    },
  );

  it('a party reading content is recorded once per request as coaching.read; facts and others are not', async () => {
    const reads = () =>
      AuditEventModel.countDocuments({ action: 'coaching.read', targetId: new mongoose.Types.ObjectId(active.id) });
    const before = await reads();
    // Twice in one request, through the engagement and through the request that began it: one read.
    await clients.teacher.ok(
      `query($id: ID!, $r: ID!) { a: coachingEngagement(id: $id) { content { goal } }
        b: coachingEngagement(id: $id) { content { entries { text } } }
        coachingRequest(id: $r) { engagement { content { summary } } } }`,
      { id: active.id, r: requestId },
    );
    expect(await reads()).toBe(before + 1);
    await clients.coach.ok(ENGAGEMENT, { id: active.id });
    expect(await reads()).toBe(before + 2);
    // Facts alone, and those who get no content, read nothing.
    await clients.teacher.ok(`query($id: ID!) { coachingEngagement(id: $id) { state startedAt } }`, { id: active.id });
    await clients.principal.ok(ENGAGEMENT, { id: active.id });
    await clients.administration.ok(ENGAGEMENT, { id: active.id });
    await clients.admin.ok(BOARD, { m: '0180' });
    expect(await reads()).toBe(before + 2);
    const read = await AuditEventModel.findOne({ action: 'coaching.read', actorId: people.coach._id }).lean().exec();
    expect(read).toMatchObject({ targetType: 'coachingEngagement', actorName: 'Nora Falk', before: null, after: null });
  });

  it.each(WHO.filter((w) => w !== 'anonymous'))('%s: no notification carries coaching text', async (who) => {
    const body = await clients[who].gql(INBOX);
    expect(body.errors).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain(SECRET);
  });
});

describe('the request flow', () => {
  const ask = (client: ApiClient, over: Record<string, unknown> = {}) =>
    client.gql(ASK, {
      i: {
        municipalityCode: '0180',
        unitId: unit._id.toHexString(),
        subject: 'SVENSKA',
        need: 'Läsförståelse i åk 4',
        ...over,
      },
    });

  it('a teacher asks their principal, who forwards it with time and room; the coach service accepts, assigning a coach', async () => {
    const asked = (await ask(clients.otherTeacher)).data!.requestCoaching as any;
    expect(asked).toMatchObject({
      state: 'WITH_PRINCIPAL',
      teacherNames: ['Eva Berg'],
      requestedByName: 'Eva Berg',
      canWithdraw: true,
      canForward: false,
      timeAgreed: null,
      engagement: null,
      version: 1,
    });
    // Not yet with the coach service: it does not see it.
    expect(errorCode(await clients.coach.gql(REQUEST, { id: asked.id }))).toBe('NOT_FOUND');
    const forward = { id: asked.id, expectedVersion: 1, timeAgreed: 'Onsdagar 13–14', roomAgreed: 'Biblioteket' };
    const forwarded = (await clients.principal.ok(FORWARD, { i: forward })).forwardCoachingRequest;
    expect(forwarded).toMatchObject({
      state: 'WITH_COACHES',
      timeAgreed: 'Onsdagar 13–14',
      version: 2,
      canForward: false,
    });
    const stale = await clients.principal.gql(FORWARD, { i: forward });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((stale.errors![0]!.extensions as any).current).toMatchObject({ state: 'withCoaches', version: 2 });
    const seen = (await clients.coach.ok(REQUEST, { id: asked.id })).coachingRequest;
    expect(seen).toMatchObject({ canAccept: true, canDecline: true, need: 'Läsförståelse i åk 4' });
    // The coach assigned must be one of the coach service's.
    for (const coachId of [people.otherTeacher._id.toHexString(), people.elsewhereCoach._id.toHexString()]) {
      const body = await clients.coach.gql(ACCEPT, { i: { id: asked.id, expectedVersion: 2, coachId } });
      expect(fieldsOf(body)).toEqual(['input.coachId']);
    }
    expect(fieldsOf(await clients.coach.gql(ACCEPT, { i: { id: asked.id, expectedVersion: 2 } }))).toEqual([
      'input.coachId',
    ]);
    const accepted = (
      await clients.coach.ok(ACCEPT, {
        i: { id: asked.id, expectedVersion: 2, coachId: people.coach._id.toHexString() },
      })
    ).acceptCoachingRequest;
    expect(accepted).toMatchObject({ state: 'ACCEPTED', canWithdraw: false, canAccept: false });
    expect(accepted.engagement).toMatchObject({
      state: 'ACTIVE',
      coachName: 'Nora Falk',
      teacherNames: ['Eva Berg'],
      subject: 'SVENSKA',
      viewerIsParty: true,
      content: { goal: null, entries: [], canWrite: true, viewerIsTeacher: false },
    });
    const mine = await engagementNow(clients.otherTeacher, accepted.engagement.id);
    expect(mine.content.viewerIsTeacher).toBe(true);
    // The request once accepted cannot be withdrawn.
    expect(errorCode(await clients.otherTeacher.gql(WITHDRAW, { id: asked.id, v: 3 }))).toBe('FORBIDDEN');
  });

  it('a principal asks for a team of their unit with time and room: straight to the coach service', async () => {
    const team = {
      teacherIds: [people.teacher._id.toHexString(), people.otherTeacher._id.toHexString()],
      teamName: 'Arbetslag 4–6',
      timeAgreed: 'Varannan torsdag',
      roomAgreed: 'Konferensrummet',
      subject: 'NO',
    };
    const r = (await ask(clients.principal, team)).data!.requestCoaching as any;
    expect(r).toMatchObject({
      state: 'WITH_COACHES',
      teacherNames: ['Johan Strand', 'Eva Berg'],
      teamName: 'Arbetslag 4–6',
      requestedByName: 'Person principal',
    });
    // Without time and room, without teachers, with someone who is not a teacher of the unit: field problems.
    const none = await ask(clients.principal, { ...team, timeAgreed: null, roomAgreed: '  ' });
    expect(fieldsOf(none)).toEqual(['input.timeAgreed', 'input.roomAgreed']);
    expect(fieldsOf(await ask(clients.principal, { ...team, teacherIds: [] }))).toEqual(['input.teacherIds']);
    const stranger = { ...team, teacherIds: [people.elsewhereTeacher._id.toHexString()] };
    expect(fieldsOf(await ask(clients.principal, stranger))).toEqual(['input.teacherIds']);
    expect(fieldsOf(await ask(clients.principal, { ...team, teacherIds: Array(13).fill(unknownId()) }))).toEqual([
      'input.teacherIds',
    ]);
    // The coach service declines with a reason the one who asked reads.
    const declined = (
      await clients.coach.ok(DECLINE, {
        i: { id: r.id, expectedVersion: 1, reason: 'Vi har inga platser i NO i höst.' },
      })
    ).declineCoachingRequest;
    expect(declined).toMatchObject({ state: 'DECLINED', declineReason: 'Vi har inga platser i NO i höst.' });
    expect((await clients.principal.ok(REQUEST, { id: r.id })).coachingRequest.declineReason).toBe(
      'Vi har inga platser i NO i höst.',
    );
    expect(fieldsOf(await clients.coach.gql(DECLINE, { i: { id: r.id, expectedVersion: 2 } }))).toEqual([
      'input.reason',
    ]);
  });

  it('who may ask where: a teacher in their own unit only, for themself; a principal for their unit; no one else', async () => {
    const outcomes: Record<string, string | undefined> = {};
    for (const who of WHO) outcomes[who] = errorCode(await ask(clients[who]));
    expect(outcomes).toEqual({
      anonymous: 'UNAUTHENTICATED',
      teacher: undefined,
      coach: 'FORBIDDEN',
      principal: 'BAD_USER_INPUT', // a principal names the teachers
      otherPrincipal: 'FORBIDDEN',
      administration: 'FORBIDDEN',
      admin: 'FORBIDDEN',
      politician: 'FORBIDDEN',
      municipalityAdmin: 'FORBIDDEN',
      otherCoach: 'FORBIDDEN',
      otherTeacher: undefined,
      otherAdministration: 'FORBIDDEN',
      otherPolitician: 'FORBIDDEN',
      elsewhereCoach: 'FORBIDDEN',
      elsewherePrincipal: 'FORBIDDEN',
      elsewhereTeacher: 'FORBIDDEN',
    });
    expect(errorCode(await ask(clients.teacher, { unitId: otherUnit._id.toHexString() }))).toBe('FORBIDDEN');
    expect(fieldsOf(await ask(clients.teacher, { teacherIds: [people.otherTeacher._id.toHexString()] }))).toEqual([
      'input.teacherIds',
    ]);
    expect(fieldsOf(await ask(clients.teacher, { timeAgreed: 'Alltid' }))).toEqual(['input.timeAgreed']);
  });

  it('a principal names the teachers of their unit from the board; no one else gets a list of teachers', async () => {
    const TEACHERS = `query($m: String!) { coachingBoard(municipalityCode: $m) { unitTeachers { unit { id } teachers { id name } } } }`;
    const lists: Record<string, unknown> = {};
    for (const who of WHO) {
      if (who === 'anonymous') continue;
      const body = await clients[who].gql<any>(TEACHERS, { m: '0180' });
      lists[who] = body.data?.coachingBoard.unitTeachers ?? errorCode(body);
    }
    const unitList = (lists.principal as any[]).find((u) => u.unit.id === unit._id.toHexString());
    expect(unitList.teachers.map((x: any) => x.name).sort()).toEqual(['Eva Berg', 'Johan Strand']);
    expect(JSON.stringify(unitList)).not.toContain(SECRET);
    // The other principal's unit has no teachers here; everyone else gets no list, or no board.
    expect((lists.otherPrincipal as any[]).flatMap((u) => u.teachers)).toEqual([]);
    for (const who of WHO.filter((w) => !['anonymous', 'principal', 'otherPrincipal'].includes(w)))
      expect([[], 'NOT_FOUND']).toContainEqual(lists[who]);
    // Named from the list, the request goes to the coach service for that teacher.
    const asked = await ask(clients.principal, {
      teacherIds: [people.otherTeacher._id.toHexString()],
      timeAgreed: 'Onsdagar 13–14',
      roomAgreed: 'Biblioteket',
    });
    expect(asked.errors).toBeUndefined();
    expect((asked.data as any).requestCoaching).toMatchObject({ state: 'WITH_COACHES', teacherNames: ['Eva Berg'] });
  });

  it('the one who asked withdraws while it is not accepted; the principal declines while it waits for them', async () => {
    const a = (await ask(clients.teacher)).data!.requestCoaching as any;
    expect(errorCode(await clients.principal.gql(WITHDRAW, { id: a.id, v: 1 }))).toBe('FORBIDDEN');
    expect((await clients.teacher.ok(WITHDRAW, { id: a.id, v: 1 })).withdrawCoachingRequest).toMatchObject({
      state: 'WITHDRAWN',
      canWithdraw: false,
    });
    const b = (await ask(clients.teacher)).data!.requestCoaching as any;
    expect(errorCode(await clients.coach.gql(DECLINE, { i: { id: b.id, expectedVersion: 1, reason: 'Nej' } }))).toBe(
      'NOT_FOUND',
    );
    const declined = (
      await clients.principal.ok(DECLINE, { i: { id: b.id, expectedVersion: 1, reason: 'Inte i år.' } })
    ).declineCoachingRequest;
    expect(declined).toMatchObject({ state: 'DECLINED', canWithdraw: false, canDecline: false });
  });

  it('two concurrent accepts begin one engagement; the other is told of the conflict', async () => {
    for (let round = 0; round < 3; round++) {
      const r = (
        await ask(clients.principal, {
          teacherIds: [people.otherTeacher._id.toHexString()],
          timeAgreed: 'Måndagar',
          roomAgreed: 'Rum 12',
        })
      ).data!.requestCoaching as any;
      const accept = (client: ApiClient, coach: PersonDoc) =>
        client.gql(ACCEPT, { i: { id: r.id, expectedVersion: 1, coachId: coach._id.toHexString() } });
      const results = await Promise.all([
        accept(clients.coach, people.coach),
        accept(clients.otherCoach, people.otherCoach),
      ]);
      const codes = results.map((b) => errorCode(b) ?? 'ok').sort();
      expect(codes).toEqual(['CONFLICT', 'ok']);
      expect(await EngagementModel.countDocuments({ requestId: new mongoose.Types.ObjectId(r.id) })).toBe(1);
    }
  });
});

describe('inside an engagement', () => {
  let e: { id: string; version: number };
  beforeAll(async () => {
    e = await engagementFor(clients.otherTeacher, 'Behov');
  });

  it('the goal is the teacher’s, set on the version seen; a stale version answers CONFLICT with the goal as it is', async () => {
    const coachTries = await clients.coach.gql(GOAL, {
      i: { engagementId: e.id, expectedVersion: 1, goal: 'Coachens mål' },
    });
    expect(errorCode(coachTries)).toBe('FORBIDDEN');
    const set = (
      await clients.otherTeacher.ok(GOAL, {
        i: { engagementId: e.id, expectedVersion: 1, goal: 'Alla elever ska läsa 20 minuter om dagen.' },
      })
    ).setCoachingGoal;
    expect(set).toMatchObject({ version: 2, content: { goal: 'Alla elever ska läsa 20 minuter om dagen.' } });
    expect(set.content.goalSetAt).not.toBeNull();
    const stale = await clients.otherTeacher.gql(GOAL, {
      i: { engagementId: e.id, expectedVersion: 1, goal: 'Annat' },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((stale.errors![0]!.extensions as any).current).toMatchObject({
      version: 2,
      goal: 'Alla elever ska läsa 20 minuter om dagen.',
    });
    const agreed = (
      await clients.coach.ok(AGREEMENT, {
        i: { engagementId: e.id, expectedVersion: 2, sharesDates: true, sharesStatus: false },
      })
    ).setCoachingAgreement;
    expect(agreed).toMatchObject({ version: 3, agreement: { sharesDates: true, sharesStatus: false } });
    expect(agreed.agreement.agreedAt).not.toBeNull();
    e.version = 3;
    expect((await engagementNow(clients.principal, e.id)).state).toBeNull();
  });

  it('who writes what: meetings and lesson visits with a day, assignments by either, reflections and next steps by the teacher', async () => {
    const add = (client: ApiClient, kind: string, over: Record<string, unknown> = {}) =>
      client.gql(ADD, { i: { engagementId: e.id, kind, text: `En ${kind}`, ...over } });
    expect(errorCode(await add(clients.coach, 'NEXT_STEP'))).toBe('FORBIDDEN');
    expect((await add(clients.coach, 'NEXT_STEP')).errors![0]!.extensions.messages).toEqual({
      sv: 'Nästa steg bestämmer läraren.',
      en: 'The teacher decides the next step.',
    });
    expect(errorCode(await add(clients.coach, 'REFLECTION'))).toBe('FORBIDDEN');
    expect(fieldsOf(await add(clients.coach, 'MEETING'))).toEqual(['input.date']);
    expect(fieldsOf(await add(clients.coach, 'LESSON_VISIT', { date: '' }))).toEqual(['input.date']);
    for (const date of ['2026-02-30', '2026-13-01', '2026-2-3', 'i morgon', '2025-02-29', '3000-01-01'])
      expect(fieldsOf(await add(clients.coach, 'MEETING', { date })), date).toEqual(['input.date']);
    expect((await add(clients.coach, 'MEETING', { date: '2028-02-29' })).errors).toBeUndefined();
    expect(
      (await add(clients.coach, 'LESSON_VISIT', { date: '2026-09-15', text: 'Eleverna arbetade i par.' })).errors,
    ).toBeUndefined();
    const assigned = (await add(clients.coach, 'ASSIGNMENT', { text: 'Pröva exit tickets i tre lektioner.' })).data!
      .addCoachingEntry as any;
    await add(clients.otherTeacher, 'REFLECTION', { text: 'Eleverna svarade mer än jag trodde.' });
    const last = (
      (await add(clients.otherTeacher, 'NEXT_STEP', { text: 'Jag fortsätter med exit tickets.' })).data!
        .addCoachingEntry as any
    ).content.entries;
    expect(last.map((x: any) => [x.kind, x.authorName])).toEqual([
      ['MEETING', 'Nora Falk'],
      ['LESSON_VISIT', 'Nora Falk'],
      ['ASSIGNMENT', 'Nora Falk'],
      ['REFLECTION', 'Eva Berg'],
      ['NEXT_STEP', 'Eva Berg'],
    ]);
    const assignment = assigned.content.entries.find((x: any) => x.kind === 'ASSIGNMENT');
    // The teacher marks the coach's assignment done, but does not reword it; the coach may.
    const reword = await clients.otherTeacher.gql(UPDATE, {
      i: { id: assignment.id, expectedVersion: 1, text: 'Annat uppdrag' },
    });
    expect(errorCode(reword)).toBe('FORBIDDEN');
    const done = (
      await clients.otherTeacher.ok(UPDATE, {
        i: { id: assignment.id, expectedVersion: 1, text: assignment.text, done: true },
      })
    ).updateCoachingEntry;
    const after = done.content.entries.find((x: any) => x.id === assignment.id);
    expect(after).toMatchObject({ done: true, version: 2, canEdit: false });
    const stale = await clients.coach.gql(UPDATE, { i: { id: assignment.id, expectedVersion: 1, text: 'Nytt' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((stale.errors![0]!.extensions as any).current).toMatchObject({ done: true, version: 2 });
    const reworded = (
      await clients.coach.ok(UPDATE, {
        i: { id: assignment.id, expectedVersion: 2, text: 'Pröva exit tickets i fem lektioner.' },
      })
    ).updateCoachingEntry;
    expect(reworded.content.entries.find((x: any) => x.id === assignment.id)).toMatchObject({
      text: 'Pröva exit tickets i fem lektioner.',
      done: true,
      canEdit: true,
    });
    const meeting = last[0];
    expect(
      fieldsOf(await clients.coach.gql(UPDATE, { i: { id: meeting.id, expectedVersion: 1, text: 'x', done: true } })),
    ).toEqual(['input.done']);
    expect(
      fieldsOf(
        await clients.coach.gql(UPDATE, { i: { id: meeting.id, expectedVersion: 1, text: 'x', date: '2026-04-31' } }),
      ),
    ).toEqual(['input.date']);
    expect(
      fieldsOf(await clients.coach.gql(UPDATE, { i: { id: meeting.id, expectedVersion: 1, text: 'x', date: null } })),
    ).toEqual(['input.date']);
    const moved = (
      await clients.coach.ok(UPDATE, {
        i: { id: meeting.id, expectedVersion: 1, text: meeting.text, date: '2026-09-02' },
      })
    ).updateCoachingEntry;
    expect(moved.content.entries[0]).toMatchObject({ date: '2026-09-02', version: 2 });
  });

  it('limits: a goal of 2,000, an entry of 8,000 characters (emoji count as one) are taken; one more, 1 MB and empty are refused on the field', async () => {
    const emoji = '🙂'.repeat(2000);
    const now = await engagementNow(clients.otherTeacher, e.id);
    const goal = (
      await clients.otherTeacher.ok(GOAL, { i: { engagementId: e.id, expectedVersion: now.version, goal: emoji } })
    ).setCoachingGoal;
    expect(goal.content.goal).toBe(emoji);
    for (const g of ['x'.repeat(2001), 'x'.repeat(1_000_000), '   ', 'med\u0000styrtecken']) {
      const body = await clients.otherTeacher.gql(GOAL, {
        i: { engagementId: e.id, expectedVersion: goal.version, goal: g },
      });
      expect(fieldsOf(body), g.slice(0, 10)).toEqual(['input.goal']);
    }
    const entry = '✏️'.repeat(4000); // two code points each
    const added = (await clients.coach.ok(ADD, { i: { engagementId: e.id, kind: 'ASSIGNMENT', text: entry } }))
      .addCoachingEntry;
    expect(added.content.entries.at(-1).text).toBe(entry);
    for (const t of ['x'.repeat(8001), 'x'.repeat(1_000_000), ''])
      expect(
        fieldsOf(await clients.coach.gql(ADD, { i: { engagementId: e.id, kind: 'ASSIGNMENT', text: t } })),
      ).toEqual(['input.text']);
    const need = (n: number) =>
      clients.teacher.gql(ASK, {
        i: { municipalityCode: '0180', unitId: unit._id.toHexString(), subject: 'BILD', need: 'å'.repeat(n) },
      });
    const ok = (await need(2000)).data!.requestCoaching as any;
    expect(ok.need).toHaveLength(2000);
    await clients.teacher.ok(WITHDRAW, { id: ok.id, v: 1 });
    expect(fieldsOf(await need(2001))).toEqual(['input.need']);
    const huge = await clients.teacher.gql(ASK, {
      i: { municipalityCode: '0180', unitId: unit._id.toHexString(), subject: 'BILD', need: 'x'.repeat(1_000_000) },
    });
    expect(fieldsOf(huge)).toEqual(['input.need']);
  });

  it('the teacher closes it with their own summary; then nothing more is written', async () => {
    const now = await engagementNow(clients.otherTeacher, e.id);
    const close = {
      engagementId: e.id,
      expectedVersion: now.version,
      summary: 'Jag har hittat ett sätt att se vad eleverna förstått.',
    };
    expect(errorCode(await clients.coach.gql(CLOSE, { i: close }))).toBe('FORBIDDEN');
    expect(fieldsOf(await clients.otherTeacher.gql(CLOSE, { i: { ...close, summary: 'x'.repeat(8001) } }))).toEqual([
      'input.summary',
    ]);
    const closed = (await clients.otherTeacher.ok(CLOSE, { i: close })).closeCoachingEngagement;
    expect(closed).toMatchObject({ state: 'CLOSED', content: { summary: close.summary, canWrite: false } });
    expect(closed.closedAt).not.toBeNull();
    expect(closed.content.entries.every((x: any) => !x.canEdit)).toBe(true);
    const tries = [
      clients.coach.gql(ADD, { i: { engagementId: e.id, kind: 'ASSIGNMENT', text: 'Till' } }),
      clients.otherTeacher.gql(GOAL, { i: { engagementId: e.id, expectedVersion: closed.version, goal: 'Nytt' } }),
      clients.coach.gql(AGREEMENT, {
        i: { engagementId: e.id, expectedVersion: closed.version, sharesDates: false, sharesStatus: false },
      }),
      clients.otherTeacher.gql(CLOSE, { i: { ...close, expectedVersion: closed.version } }),
      clients.coach.gql(UPDATE, { i: { id: closed.content.entries[0].id, expectedVersion: 2, text: 'Ändrad' } }),
    ];
    for (const body of await Promise.all(tries)) {
      expect(errorCode(body), JSON.stringify(body.errors)).toBe('FORBIDDEN');
      expect(body.errors![0]!.extensions.messages!.sv).toMatch(/avslutad/);
    }
  });

  it(`holds at most ${COACHING_MAX.entries} entries: the last place goes to one of two sent at once, then each is refused on its field`, async () => {
    const full = await engagementFor(clients.otherTeacher, 'Många anteckningar');
    const id = new mongoose.Types.ObjectId(full.id);
    const one = { engagementId: id, municipalityCode: '0180', kind: 'assignment', date: null, done: false };
    const by = { authorId: people.coach._id, authorName: 'Nora Falk', version: 1 };
    await CoachingEntryModel.insertMany(
      Array.from({ length: COACHING_MAX.entries - 2 }, (_, i) => ({ ...one, ...by, text: `Uppdrag ${i + 1}` })),
    );
    const add = (text: string) => clients.coach.gql(ADD, { i: { engagementId: full.id, kind: 'ASSIGNMENT', text } });
    expect((await add('Näst sista 🧮')).errors).toBeUndefined();
    const [a, b] = await Promise.all([add('Sista A'), add('Sista B')]);
    expect([a, b].filter((x) => !x.errors)).toHaveLength(1);
    const refused = [a, b].find((x) => x.errors)!;
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(refused)).toEqual(['input.engagementId']);
    expect(refused.errors![0]!.extensions.fields![0]!.message).toEqual({
      sv: 'coachningen har redan 1000 anteckningar, det högsta antalet; avsluta den och börja en ny',
      en: 'the engagement already holds 1000 entries, the most it can; close it and start a new one',
    });
    expect(fieldsOf(await add('En till'))).toEqual(['input.engagementId']);
    expect(await CoachingEntryModel.countDocuments({ engagementId: id })).toBe(COACHING_MAX.entries);
    // The page reads them all in one request.
    const read = await engagementNow(clients.otherTeacher, full.id);
    expect(read.content.entries).toHaveLength(COACHING_MAX.entries);
  });

  it("refuses one request for every engagement's every entry before running it", async () => {
    const everything = await clients.coach.gql(
      `{ coachingBoard(municipalityCode: "0180") { engagements { content { entries { text } } } } }`,
    );
    expect(errorCode(everything)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(everything.errors![0]!.extensions.messages!.sv).toMatch(/för mycket på en gång/);
  });
});

describe('coach profiles', () => {
  it('a coach sets their subjects; the coach service lists its coaches to assign by subject; no one else may', async () => {
    const set = (
      await clients.otherCoach.ok(PROFILE, {
        i: { municipalityCode: '0180', subjects: ['SO', 'SVENSKA_SOM_ANDRASPRAK', 'SO'] },
      })
    ).setCoachProfile;
    expect(set).toMatchObject({ id: people.otherCoach._id.toHexString(), subjects: ['SO', 'SVENSKA_SOM_ANDRASPRAK'] });
    const board = (await clients.coach.ok(BOARD, { m: '0180' })).coachingBoard;
    expect(board.coaches).toEqual(
      expect.arrayContaining([
        {
          id: people.otherCoach._id.toHexString(),
          name: 'Person otherCoach',
          subjects: ['SO', 'SVENSKA_SOM_ANDRASPRAK'],
        },
        { id: people.coach._id.toHexString(), name: 'Nora Falk', subjects: [] },
      ]),
    );
    for (const who of ['teacher', 'principal', 'administration', 'admin', 'elsewhereCoach'] as const)
      expect(
        errorCode(await clients[who].gql(PROFILE, { i: { municipalityCode: '0180', subjects: ['BILD'] } })),
        who,
      ).toBe('FORBIDDEN');
    expect((await clients.principal.ok(BOARD, { m: '0180' })).coachingBoard.coaches).toEqual([]);
  });
});
