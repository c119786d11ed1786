/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose, { type Types } from 'mongoose';
import { startTestServer, type TestServer } from '../support/server.js';
import { ApiClient, errorCode, makeMunicipality, makeSchoolUnit, type GqlResponse } from '../support/api.js';
import { signInCast, type Memberships, type Outcome } from '../support/roles.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import { NotificationModel } from '../../server/src/modules/notifications/notification.model.js';
import {
  CoachingEntryModel,
  EngagementModel,
  type EngagementDoc,
} from '../../server/src/modules/coaching/coaching.model.js';
import { disposeExpiredEngagements } from '../../server/src/modules/coaching/index.js';
import type { CoachingSubject, EngagementState } from '../../server/src/modules/coaching/index.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';

// Coaching's statistics without identification, the registrar's export for a secrecy assessment,
// and retention with disposal: who may do what (every role, another municipality and nobody signed
// in; NOT_FOUND exactly as an unknown id), the suppression at k, the export's audit and notice
// without content, and disposal that removes content and leaves the statistics as they were.

const WHO = [
  'anonymous',
  'politician',
  'administration',
  'principal',
  'otherPrincipal',
  'teacher',
  'otherTeacher',
  'coach',
  'otherCoach',
  'admin',
  'municipalityAdmin',
  'registrar',
  'otherRegistrar',
  'otherAdministration',
] as const;
type Who = (typeof WHO)[number];

const FIGURE = 'state value';
const ROW = `unit { id name } engagements { ${FIGURE} } counts { ${FIGURE} }`;
const TABLE = `total { ${ROW} } units { ${ROW} }`;
const STATISTICS = `query($m: String!) { coachingStatistics(municipalityCode: $m) { id threshold subjects durations
  bySubject { ${TABLE} } byDuration { ${TABLE} } } }`;
const CASELOAD = `query($m: String!) { coachingCaseload(municipalityCode: $m) { active closed disposed total } }`;
const RECORDS = `query($m: String!) { coachingRecords(municipalityCode: $m) { id unit { id } subject startedAt closedAt state disposedAt } }`;
const SETTINGS = `query($m: String!) { coachingSettings(municipalityCode: $m) { id retentionMonths isDefault canEdit minMonths maxMonths } }`;
const RETENTION = `mutation($i: SetCoachingRetentionInput!) { setCoachingRetention(input: $i) { id retentionMonths isDefault } }`;
const EXPORT = `mutation($id: ID!) { exportCoachingEngagement(id: $id) { engagementId exportedAt exportedByName fileName text json } }`;
const INBOX = `{ notificationInbox { notifications(first: 50) { id kind coachingEngagementId coachingExportedByName } } }`;

const GOAL = 'Eleverna i 7B ska kunna föra ett resonemang om källor – målet i lärarens ord';
const ENTRY = 'Lektionsbesök: eleverna i bänkrad tre tappade tråden efter tio minuter';
const SUMMARY = 'Jag tar med mig att börja varje lektion med en fråga';
const SECRETS = [GOAL, ENTRY, SUMMARY];

let server: TestServer;
let sthlm: OrganisationDoc;
let sylte: OrganisationDoc;
let other: OrganisationDoc;
let elsewhere: OrganisationDoc;
let clients: Record<Who, ApiClient>;
let people: Record<Exclude<Who, 'anonymous'>, { _id: Types.ObjectId; name: string }>;
/** The engagement of the teacher and the coach (active, with content). */
let mine: EngagementDoc;

let codes = 0;
/** A fresh municipality with school units, for a statistics scenario of its own. */
async function scenario(units: number): Promise<{ code: string; units: OrganisationDoc[] }> {
  const code = `9${String(100 + ++codes)}`;
  const m = await makeMunicipality(code, `Scenario ${code}`);
  const made: OrganisationDoc[] = [];
  for (let i = 0; i < units; i++)
    made.push(await makeSchoolUnit(m, `${code}${i}`, `Skola ${String.fromCharCode(65 + i)}`));
  return { code, units: made };
}

/** Engagements written straight to the database. */
async function engagements(
  unit: OrganisationDoc,
  subject: CoachingSubject,
  n: number,
  over: Partial<EngagementDoc> & { state?: EngagementState } = {},
): Promise<EngagementDoc[]> {
  const docs = Array.from({ length: n }, () => ({
    municipalityCode: unit.municipalityCode,
    unitId: unit._id,
    requestId: new mongoose.Types.ObjectId(),
    teacherIds: [new mongoose.Types.ObjectId()],
    teacherNames: ['Lärare Lärarsson'],
    teamName: null,
    coachId: new mongoose.Types.ObjectId(),
    coachName: 'Coach Coachsson',
    subject,
    state: 'active' as EngagementState,
    goal: null,
    summary: null,
    startedAt: new Date(Date.now() - 40 * 86_400_000),
    closedAt: null,
    disposedAt: null,
    ...over,
  }));
  const inserted = await EngagementModel.insertMany(docs);
  return inserted.map((d) => d.toObject() as EngagementDoc);
}

const show = (c: { state: string; value: number | null }) => (c.state === 'SHOWN' ? c.value : c.state);
const SO = 3;
const MA = 4;
const BILD = 2;
const outcome = (body: GqlResponse<unknown>): Outcome => (body.errors?.length ? (errorCode(body) as Outcome) : 'ok');

beforeAll(async () => {
  server = await startTestServer();
  sthlm = await makeMunicipality('0180', 'Stockholm');
  sylte = await makeSchoolUnit(sthlm, '01801', 'Sylteskolan');
  other = await makeSchoolUnit(sthlm, '01802', 'Annanskolan');
  elsewhere = await makeMunicipality('1880', 'Örebro');
  const own: Partial<Record<Who, Memberships>> = {
    otherTeacher: [{ organisation: sylte, role: 'teacher' }],
    otherCoach: [{ organisation: sthlm, role: 'coach' }],
    registrar: [{ organisation: sthlm, role: 'registrar' }],
    otherRegistrar: [{ organisation: elsewhere, role: 'registrar' }],
  };
  const cast = await signInCast(
    server.url,
    WHO,
    { municipality: sthlm, unit: sylte, otherUnit: other, otherMunicipality: elsewhere },
    { memberships: own },
  );
  clients = cast.clients;
  people = cast.people as typeof people;
  // Stockholm: Sylteskolan has 5 SO (one the teacher's, with the coach) and 5 matematik; Annanskolan 2 SO.
  [mine] = await engagements(sylte, 'so', 1, {
    teacherIds: [people.teacher._id],
    teacherNames: [people.teacher.name],
    coachId: people.coach._id,
    coachName: people.coach.name,
    goal: GOAL,
    goalSetAt: new Date(),
  } as Partial<EngagementDoc>);
  await CoachingEntryModel.create({
    engagementId: mine!._id,
    municipalityCode: sthlm.code,
    kind: 'lessonVisit',
    date: '2026-02-02',
    text: ENTRY,
    authorId: people.coach._id,
    authorName: people.coach.name,
  });
  await engagements(sylte, 'so', 4);
  await engagements(sylte, 'matematik', 3, { coachId: people.coach._id, coachName: people.coach.name });
  await engagements(sylte, 'matematik', 2, {
    coachId: people.coach._id,
    coachName: people.coach.name,
    state: 'closed',
    closedAt: new Date(),
    summary: SUMMARY,
  });
  await engagements(other, 'so', 2);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('statistics: who sees what', () => {
  const expected: Record<Who, Outcome> = {
    anonymous: 'UNAUTHENTICATED',
    politician: 'FORBIDDEN',
    administration: 'ok',
    principal: 'ok',
    otherPrincipal: 'ok',
    teacher: 'FORBIDDEN',
    otherTeacher: 'FORBIDDEN',
    coach: 'ok',
    otherCoach: 'ok',
    admin: 'ok',
    municipalityAdmin: 'FORBIDDEN',
    registrar: 'FORBIDDEN',
    otherRegistrar: 'NOT_FOUND',
    otherAdministration: 'NOT_FOUND',
  };

  it.each(WHO)('%s', async (who) => {
    const body = await clients[who].gql<any>(STATISTICS, { m: sthlm.code });
    expect(outcome(body)).toBe(expected[who]);
    // Nothing of any engagement's content or teachers travels with statistics, shown or refused.
    for (const secret of [...SECRETS, people.teacher.name]) expect(JSON.stringify(body)).not.toContain(secret);
  });

  it('answers another municipality exactly as a code that does not exist', async () => {
    const hidden = await clients.otherAdministration.gql(STATISTICS, { m: sthlm.code });
    const unknown = await clients.otherAdministration.gql(STATISTICS, { m: '0000' });
    expect(hidden).toEqual(unknown);
    expect(await clients.otherAdministration.gql(CASELOAD, { m: sthlm.code })).toEqual(
      await clients.otherAdministration.gql(CASELOAD, { m: '0000' }),
    );
  });

  it('shows the coach service the units, subjects and durations with the small ones suppressed', async () => {
    const s = (await clients.coach.ok<any>(STATISTICS, { m: sthlm.code })).coachingStatistics;
    expect(s.threshold).toBe(5);
    expect(s.subjects).toEqual(['SVENSKA', 'SVENSKA_SOM_ANDRASPRAK', 'BILD', 'SO', 'MATEMATIK', 'NO']);
    expect(s.durations).toEqual(['UNDER_3_MONTHS', 'FROM_3_TO_6_MONTHS', 'FROM_6_TO_12_MONTHS', 'OVER_12_MONTHS']);
    expect(show(s.bySubject.total.engagements)).toBe(12);
    expect(s.bySubject.units.map((r: any) => r.unit.name)).toEqual(['Annanskolan', 'Sylteskolan']);
    const [annan, sylt] = s.bySubject.units;
    // Annanskolan's 2 are too few; Sylteskolan's 10 would give them away as 12 − 10, so both go.
    expect(show(annan.engagements)).toBe('TOO_FEW');
    expect(show(sylt.engagements)).toBe('TOO_FEW');
    // No engagement in bild anywhere: none, not too few.
    expect(show(s.bySubject.total.counts[BILD])).toBe('NONE');
    expect(show(sylt.counts[BILD])).toBe('NONE');
  });

  it('shows a principal their own unit only, and only from k engagements', async () => {
    const mineRows = (await clients.principal.ok<any>(STATISTICS, { m: sthlm.code })).coachingStatistics;
    expect(mineRows.bySubject.total).toBeNull();
    expect(mineRows.bySubject.units.map((r: any) => r.unit.id)).toEqual([sylte._id.toHexString()]);
    const theirs = (await clients.otherPrincipal.ok<any>(STATISTICS, { m: sthlm.code })).coachingStatistics;
    expect(theirs.bySubject.units.map((r: any) => r.unit.id)).toEqual([other._id.toHexString()]);
    expect(show(theirs.bySubject.units[0].engagements)).toBe('TOO_FEW');
  });

  it('counts the caseload of the coach by state, for coaches only', async () => {
    expect((await clients.coach.ok<any>(CASELOAD, { m: sthlm.code })).coachingCaseload).toEqual({
      active: 4,
      closed: 2,
      disposed: 0,
      total: 6,
    });
    expect((await clients.otherCoach.ok<any>(CASELOAD, { m: sthlm.code })).coachingCaseload.total).toBe(0);
    for (const who of ['teacher', 'principal', 'administration', 'registrar'] as const)
      expect(errorCode(await clients[who].gql(CASELOAD, { m: sthlm.code }))).toBe('FORBIDDEN');
    expect(errorCode(await clients.anonymous.gql(CASELOAD, { m: sthlm.code }))).toBe('UNAUTHENTICATED');
  });
});

describe('statistics: suppression at k', () => {
  const stats = async (code: string) =>
    (await clients.admin.ok<any>(STATISTICS, { m: code })).coachingStatistics as {
      bySubject: { total: any; units: any[] };
      byDuration: { total: any; units: any[] };
    };

  it('shows a cell of 5 engagements and hides one of 4', async () => {
    const five = await scenario(2);
    for (const u of five.units) {
      await engagements(u, 'so', 5);
      await engagements(u, 'matematik', 5);
    }
    const s5 = await stats(five.code);
    expect(s5.bySubject.units.map((r) => [show(r.engagements), show(r.counts[SO]), show(r.counts[MA])])).toEqual([
      [10, 5, 5],
      [10, 5, 5],
    ]);
    const four = await scenario(2);
    await engagements(four.units[0]!, 'so', 4);
    await engagements(four.units[0]!, 'matematik', 5);
    await engagements(four.units[0]!, 'no', 5);
    await engagements(four.units[1]!, 'so', 5);
    await engagements(four.units[1]!, 'matematik', 5);
    await engagements(four.units[1]!, 'no', 5);
    const s4 = await stats(four.code);
    const [a, b] = s4.bySubject.units;
    expect(show(a.engagements)).toBe(14);
    expect(show(a.counts[SO])).toBe('TOO_FEW');
    // Neither the row (14 less the shown) nor the column (9 less the shown) gives the 4 away.
    expect(a.counts.filter((c: any) => c.state === 'TOO_FEW')).toHaveLength(2);
    expect(show(b.counts[SO])).toBe('TOO_FEW');
    expect(show(s4.bySubject.total.counts[SO])).toBe(9);
  });

  it('hides a cell whose complement is under k ("all but 4")', async () => {
    const c = await scenario(3);
    await engagements(c.units[0]!, 'so', 6);
    await engagements(c.units[0]!, 'matematik', 4);
    for (const u of c.units.slice(1)) {
      await engagements(u, 'so', 5);
      await engagements(u, 'matematik', 5);
    }
    const s = await stats(c.code);
    expect(show(s.bySubject.units[0].engagements)).toBe(10);
    expect(show(s.bySubject.units[0].counts[SO])).toBe('TOO_FEW');
  });

  it('never leaves one hidden figure in a row or column whose total is shown', async () => {
    const c = await scenario(3);
    await engagements(c.units[0]!, 'so', 10);
    await engagements(c.units[1]!, 'so', 5);
    await engagements(c.units[1]!, 'matematik', 5);
    await engagements(c.units[2]!, 'matematik', 3);
    const s = await stats(c.code);
    for (const t of [s.bySubject, s.byDuration]) {
      const rows = [t.total, ...t.units];
      for (const r of rows)
        if (r.engagements.state === 'SHOWN')
          expect(r.counts.filter((x: any) => x.state === 'TOO_FEW').length).not.toBe(1);
      for (let col = -1; col < t.total.counts.length; col++) {
        const of = (r: any) => (col < 0 ? r.engagements : r.counts[col]);
        if (of(t.total).state !== 'SHOWN') continue;
        expect(t.units.filter((r) => of(r).state === 'TOO_FEW').length).not.toBe(1);
      }
    }
    // The 3 of the third school: too few, and 18 less the shown units is at least k.
    expect(show(s.bySubject.units[2].engagements)).toBe('TOO_FEW');
    const shownSum = s.bySubject.units
      .filter((r) => r.engagements.state === 'SHOWN')
      .reduce((sum, r) => sum + (r.engagements.value as number), 0);
    expect(18 - shownSum).toBeGreaterThanOrEqual(5);
  });

  it('says none for a municipality without engagements', async () => {
    const c = await scenario(1);
    const s = await stats(c.code);
    expect(show(s.bySubject.total.engagements)).toBe('NONE');
    expect(s.bySubject.units).toEqual([]);
  });
});

describe('the registrar', () => {
  it.each(WHO)('lists the facts of the engagements: %s', async (who) => {
    const expected: Outcome =
      who === 'anonymous'
        ? 'UNAUTHENTICATED'
        : who === 'registrar'
          ? 'ok'
          : who === 'otherRegistrar' || who === 'otherAdministration'
            ? 'NOT_FOUND'
            : 'FORBIDDEN';
    const body = await clients[who].gql<any>(RECORDS, { m: sthlm.code });
    expect(outcome(body)).toBe(expected);
    for (const secret of [...SECRETS, people.teacher.name, people.coach.name])
      expect(JSON.stringify(body)).not.toContain(secret);
    if (expected === 'ok') {
      expect(body.data.coachingRecords).toHaveLength(12);
      expect(body.data.coachingRecords.map((r: any) => r.id)).toContain(mine._id.toHexString());
    }
  });

  it('exports one engagement only as the registrar of its municipality; others who know of it are refused, the rest find nothing', async () => {
    const expected: Record<Who, Outcome> = {
      anonymous: 'UNAUTHENTICATED',
      politician: 'NOT_FOUND',
      administration: 'FORBIDDEN',
      principal: 'FORBIDDEN',
      otherPrincipal: 'NOT_FOUND',
      teacher: 'FORBIDDEN',
      otherTeacher: 'NOT_FOUND',
      coach: 'FORBIDDEN',
      otherCoach: 'NOT_FOUND',
      admin: 'FORBIDDEN',
      municipalityAdmin: 'NOT_FOUND',
      registrar: 'ok',
      otherRegistrar: 'NOT_FOUND',
      otherAdministration: 'NOT_FOUND',
    };
    const unknown = await clients.otherRegistrar.gql(EXPORT, { id: new mongoose.Types.ObjectId().toHexString() });
    for (const who of WHO) {
      if (who === 'registrar') continue;
      const body = await clients[who].gql(EXPORT, { id: mine._id.toHexString() });
      expect([who, outcome(body)]).toEqual([who, expected[who]]);
      for (const secret of SECRETS) expect(JSON.stringify(body)).not.toContain(secret);
      if (expected[who] === 'NOT_FOUND') expect(body).toEqual(unknown);
    }
    expect(await clients.politician.gql(EXPORT, { id: 'not-an-id' })).toEqual(unknown);
    // Nobody else's try wrote an audit event or told the teacher anything.
    expect(await AuditEventModel.countDocuments({ action: 'coaching.export' })).toBe(0);
    expect(await NotificationModel.countDocuments({ kind: 'coachingExport' })).toBe(0);
  });

  it('gets the whole content headed for a secrecy assessment, audited and told to the teacher without content', async () => {
    const done = (await clients.registrar.ok<any>(EXPORT, { id: mine._id.toHexString() })).exportCoachingEngagement;
    expect(done.engagementId).toBe(mine._id.toHexString());
    expect(done.exportedByName).toBe(people.registrar.name);
    expect(done.text).toMatch(
      /^MATERIAL FÖR SEKRETESSPRÖVNING\nOffentlighets- och sekretesslagen \(2009:400\) 39 kap\./,
    );
    for (const s of [GOAL, ENTRY, people.teacher.name, 'Sylteskolan', 'SO']) expect(done.text).toContain(s);
    const json = JSON.parse(done.json);
    expect(json.heading).toContain('39 kap.');
    expect(json.content.goal).toBe(GOAL);
    expect(json.content.entries.map((e: any) => e.text)).toEqual([ENTRY]);
    expect(done.fileName).toMatch(/^sekretessprovning-coachning-[0-9a-f]{24}-\d{4}-\d{2}-\d{2}\.txt$/);

    const audit = await AuditEventModel.find({ action: 'coaching.export' }).lean();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorName).toBe(people.registrar.name);
    expect(audit[0]!.targetId.toHexString()).toBe(mine._id.toHexString());
    for (const secret of [...SECRETS, people.teacher.name]) expect(JSON.stringify(audit)).not.toContain(secret);

    const notices = await NotificationModel.find({ kind: 'coachingExport' }).lean();
    expect(notices.map((n) => n.recipientId.toHexString())).toEqual([people.teacher._id.toHexString()]);
    for (const secret of SECRETS) expect(JSON.stringify(notices)).not.toContain(secret);
    const inbox = (await clients.teacher.ok<any>(INBOX)).notificationInbox.notifications;
    expect(inbox).toContainEqual(
      expect.objectContaining({
        kind: 'COACHING_EXPORT',
        coachingEngagementId: mine._id.toHexString(),
        // Who took it out, for the teacher's notice; a name, never content.
        coachingExportedByName: people.registrar.name,
      }),
    );
    expect((await clients.coach.ok<any>(INBOX)).notificationInbox.notifications).toEqual([]);
  });
});

describe('retention', () => {
  it.each(WHO)('reads and sets the retention: %s', async (who) => {
    const elsewhereRole = who === 'otherRegistrar' || who === 'otherAdministration';
    const read = await clients[who].gql<any>(SETTINGS, { m: sthlm.code });
    expect(outcome(read)).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : elsewhereRole ? 'NOT_FOUND' : 'ok');
    const set = await clients[who].gql<any>(RETENTION, { i: { municipalityCode: sthlm.code, months: 24 } });
    expect(outcome(set)).toBe(
      who === 'anonymous'
        ? 'UNAUTHENTICATED'
        : elsewhereRole
          ? 'NOT_FOUND'
          : who === 'administration' || who === 'admin'
            ? 'ok'
            : 'FORBIDDEN',
    );
    if (elsewhereRole)
      expect(set).toEqual(await clients[who].gql(RETENTION, { i: { municipalityCode: '0000', months: 24 } }));
  });

  it('takes whole months from 1 to 120, refused on input.months otherwise', async () => {
    const c = await scenario(0);
    expect((await clients.admin.ok<any>(SETTINGS, { m: c.code })).coachingSettings).toMatchObject({
      retentionMonths: 24,
      isDefault: true,
      minMonths: 1,
      maxMonths: 120,
    });
    expect(errorCode(await clients.admin.gql(RETENTION, { i: { municipalityCode: c.code, months: 1.5 } }))).toBe(
      'BAD_USER_INPUT',
    );
    for (const months of [0, 121, -3]) {
      const body = await clients.admin.gql(RETENTION, { i: { municipalityCode: c.code, months } });
      expect(errorCode(body)).toBe('BAD_USER_INPUT');
      expect(body.errors![0]!.extensions.fields![0]!.field).toBe('input.months');
      expect(body.errors![0]!.extensions.fields![0]!.message.sv).toBeTruthy();
    }
    for (const months of [1, 120])
      expect(
        (await clients.admin.ok<any>(RETENTION, { i: { municipalityCode: c.code, months } })).setCoachingRetention,
      ).toMatchObject({ retentionMonths: months, isDefault: false });
    expect(await AuditEventModel.countDocuments({ action: 'coaching.retention', municipalityCode: c.code })).toBe(2);
  });
});

describe('disposal', () => {
  it('removes the content of engagements closed longer ago than the retention, once, and leaves the statistics', async () => {
    const c = await scenario(2);
    const monthsAgo = (m: number) => {
      const d = new Date();
      d.setUTCMonth(d.getUTCMonth() - m);
      return d;
    };
    const closed = (m: number) => ({
      state: 'closed' as const,
      startedAt: monthsAgo(m + 8),
      closedAt: monthsAgo(m),
      goal: GOAL,
      goalSetAt: monthsAgo(m + 7),
      summary: SUMMARY,
    });
    const old = [
      ...(await engagements(c.units[0]!, 'so', 5, closed(30))),
      ...(await engagements(c.units[1]!, 'so', 5, closed(30))),
    ];
    const recent = await engagements(c.units[0]!, 'matematik', 5, closed(10));
    await engagements(c.units[1]!, 'matematik', 5);
    await CoachingEntryModel.insertMany(
      [...old, ...recent].map((e) => ({
        engagementId: e._id,
        municipalityCode: c.code,
        kind: 'meeting',
        date: '2024-01-15',
        text: ENTRY,
        authorId: new mongoose.Types.ObjectId(),
        authorName: 'Coach',
      })),
    );
    const before = (await clients.admin.ok<any>(STATISTICS, { m: c.code })).coachingStatistics;

    // Two processes' runs at once: each engagement is disposed of by exactly one of them.
    const now = new Date();
    const runs = await Promise.all([disposeExpiredEngagements(now), disposeExpiredEngagements(now)]);
    const oldIds = old.map((e) => e._id);
    const after = await EngagementModel.find({ _id: mongoose.trusted({ $in: oldIds }) }).lean();
    expect(after.every((e) => e.state === 'disposed' && e.goal === null && e.summary === null)).toBe(true);
    expect(after.every((e) => e.disposedAt !== null && e.version === 2)).toBe(true);
    expect(runs.reduce((s, n) => s + n, 0)).toBe(old.length);
    expect(await CoachingEntryModel.countDocuments({ engagementId: mongoose.trusted({ $in: oldIds }) })).toBe(0);
    const disposals = await AuditEventModel.find({ action: 'coaching.dispose', municipalityCode: c.code }).lean();
    expect(disposals).toHaveLength(old.length);
    for (const secret of SECRETS) expect(JSON.stringify(disposals)).not.toContain(secret);
    // Closed ten months ago, within the default 24: kept whole.
    const kept = await EngagementModel.find({ _id: mongoose.trusted({ $in: recent.map((e) => e._id) }) }).lean();
    expect(kept.every((e) => e.state === 'closed' && e.summary === SUMMARY)).toBe(true);
    expect(
      await CoachingEntryModel.countDocuments({ engagementId: mongoose.trusted({ $in: recent.map((e) => e._id) }) }),
    ).toBe(5);

    // The facts remain: the statistics are what they were.
    const same = (await clients.admin.ok<any>(STATISTICS, { m: c.code })).coachingStatistics;
    expect(same).toEqual(before);

    // A second run changes nothing more.
    await disposeExpiredEngagements(now);
    expect(
      (await EngagementModel.find({ _id: mongoose.trusted({ $in: oldIds }) }).lean()).map((e) => e.version),
    ).toEqual(after.map((e) => e.version));
    expect(await AuditEventModel.countDocuments({ action: 'coaching.dispose', municipalityCode: c.code })).toBe(
      old.length,
    );

    // A shorter retention reaches the ten-month-old ones on the next run.
    await clients.admin.ok(RETENTION, { i: { municipalityCode: c.code, months: 6 } });
    await disposeExpiredEngagements(new Date());
    expect(
      (await EngagementModel.find({ _id: mongoose.trusted({ $in: recent.map((e) => e._id) }) }).lean()).every(
        (e) => e.state === 'disposed',
      ),
    ).toBe(true);
    expect((await clients.admin.ok<any>(STATISTICS, { m: c.code })).coachingStatistics).toEqual({
      ...before,
    });
  });

  it('exports a disposed engagement as its facts and the note that its content is gone', async () => {
    const c = await scenario(1);
    const [gone] = await engagements(c.units[0]!, 'bild', 1, {
      state: 'disposed',
      closedAt: new Date('2022-01-01'),
      disposedAt: new Date('2024-02-01'),
    });
    const registrar = clients.registrar;
    // The registrar of Stockholm finds nothing of another municipality's engagement.
    expect(errorCode(await registrar.gql(EXPORT, { id: gone!._id.toHexString() }))).toBe('NOT_FOUND');
    await EngagementModel.updateOne({ _id: gone!._id }, { $set: { municipalityCode: sthlm.code, unitId: sylte._id } });
    const done = (await registrar.ok<any>(EXPORT, { id: gone!._id.toHexString() })).exportCoachingEngagement;
    expect(done.text).toContain('Gallrades: 2024-02-01');
    expect(done.text).toContain('har gallrats');
    expect(JSON.parse(done.json).content).toBeNull();
  });
});
