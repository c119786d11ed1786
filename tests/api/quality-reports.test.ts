/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestServer, type TestServer } from '../support/server.js';
import { ApiClient, errorCode, makeMunicipality, makePlan, makeSchoolUnit } from '../support/api.js';
import { signInCast, type Outcome } from '../support/roles.js';
import { ensureDemoIndicators } from '../../server/src/demo/index.js';
import { QualityReportModel } from '../../server/src/modules/quality/quality.model.js';
import { MeasurementModel } from '../../server/src/modules/indicators/measurement.model.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';

// A school unit's quality report through its whole workflow, who may do what at each step (every
// role, in the unit's municipality and another), the figures filled in (missing values as such),
// the rule that every development area has a cause with evidence, sections saved side by side, a
// measure carried into next year's follow-up, and a measure becoming an action item.

const WHO = [
  'principal',
  'otherPrincipal',
  'teacher',
  'invitedWriter',
  'administration',
  'politician',
  'coach',
  'admin',
  'otherAdministration',
] as const;
type Who = (typeof WHO)[number];

const FIELDS = `id kind year schoolYear status version headings canWrite canSubmit canReview canComment
  texts { section text version updatedByName }
  developmentAreas { version areas { id title theme causes { id text evidenceKind evidence indicator { key } } } }
  measures { version measures { id text ownerName causeId cause { id } expectedEffect actionItem { id text } } }
  participation { version teachers staff pupils guardiansOffered }
  followUps { version followUps { id fromYear text carriedOut effect carriedOutEvidence effectEvidence } }
  comments { authorName text status } history { status byName }
  submitProblems { field message { sv en } }`;
const CREATE = `mutation($i: CreateQualityReportInput!) { createQualityReport(input: $i) { ${FIELDS} } }`;
const REPORT = `query($id: ID!) { qualityReport(id: $id) { ${FIELDS} } }`;
const TEXT = `mutation($i: SaveQualityTextInput!) { saveQualityText(input: $i) { ${FIELDS} } }`;
const AREAS = `mutation($i: SaveDevelopmentAreasInput!) { saveDevelopmentAreas(input: $i) { ${FIELDS} } }`;
const MEASURES = `mutation($i: SaveQualityMeasuresInput!) { saveQualityMeasures(input: $i) { ${FIELDS} } }`;
const PARTICIPATION = `mutation($i: SaveParticipationInput!) { saveParticipation(input: $i) { ${FIELDS} } }`;
const FOLLOW_UPS = `mutation($i: SaveFollowUpsInput!) { saveFollowUps(input: $i) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitQualityReport(id: $id) { id status } }`;
const RETURN = `mutation($i: QualityCommentInput!) { returnQualityReport(input: $i) { id status comments { text status } } }`;
const APPROVE = `mutation($i: ApproveQualityReportInput!) { approveQualityReport(input: $i) { id status } }`;
const INVITE = `mutation($i: QualityInviteInput!) { inviteToQualityReport(input: $i) { id contributors { person { name } right } } }`;
const RESULTS = `query($id: ID!) { qualityReport(id: $id) { results { indicator { key source } figures { year value missingReason rawMark source } } } }`;
const TO_ITEM = `mutation($i: ItemFromMeasureInput!) { createItemFromMeasure(input: $i) { item { id text description }
  report { measures { measures { id actionItem { id } } } } } }`;
const ITEM = `query($id: ID!) { actionItem(id: $id) { id qualityMeasures { report { id year } measure { id text } } } }`;
const LIST = `query($o: ID!) { qualityReports(organisationId: $o) { id year status } }`;

let server: TestServer;
let boras: OrganisationDoc;
let unit: OrganisationDoc;
let otherUnit: OrganisationDoc;
let orebroUnit: OrganisationDoc;
let as: Record<Who, ApiClient>;
const personIds = {} as Record<Who, string>;

beforeAll(async () => {
  server = await startTestServer();
  boras = await makeMunicipality('1490', 'Borås kommun');
  const orebro = await makeMunicipality('1880', 'Örebro kommun');
  unit = await makeSchoolUnit(boras, '86215855', 'Engelbrektskolan 7-9');
  otherUnit = await makeSchoolUnit(boras, '11112222', 'Annan skola');
  orebroUnit = await makeSchoolUnit(orebro, '33334444', 'Örebroskolan');
  await ensureDemoIndicators(['ak9.allSubjects', 'ak9.meritValue', 'ak9.vocationalEligible', 'ak9.pupils']);
  const cast = await signInCast(
    server.url,
    WHO,
    { municipality: boras, unit, otherUnit, otherMunicipality: orebro },
    { memberships: { invitedWriter: [{ organisation: unit, role: 'teacher' }] } },
  );
  as = cast.clients;
  for (const who of WHO) personIds[who] = cast.people[who]._id.toHexString();
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

let nextYear = 2030;
/** A fresh draft report of the unit (started by its principal), with the writer invited to write. */
async function freshReport(organisation = unit): Promise<any> {
  const year = nextYear++;
  const { createQualityReport: r } = await as.principal.ok(CREATE, {
    i: { organisationId: organisation._id.toHexString(), year },
  });
  await as.principal.ok(INVITE, { i: { reportId: r.id, personId: personIds.invitedWriter, right: 'WRITE' } });
  return r;
}

const completeAreas = (r: any) => ({
  i: {
    reportId: r.id,
    expectedVersion: r.developmentAreas.version,
    areas: [
      {
        title: 'Läsförståelse i åk 7',
        theme: 'READING',
        causes: [
          {
            text: 'Eleverna läser för lite längre texter i SO och NO.',
            evidenceKind: 'OBSERVATION',
            evidence: 'Lektionsbesök i sex klasser, vecka 40.',
          },
        ],
      },
    ],
  },
});
const participationAll = (r: any) => ({
  i: { reportId: r.id, expectedVersion: r.participation.version, teachers: true, staff: true, pupils: true },
});

/** A report ready to hand in: one area with a cause, participation answered. */
async function readyReport(): Promise<any> {
  const r = await freshReport();
  await as.principal.ok(AREAS, completeAreas(r));
  const { saveParticipation } = await as.principal.ok(PARTICIPATION, participationAll(r));
  return saveParticipation;
}

describe('the workflow: draft → submitted → returned → submitted → approved', () => {
  it('refuses to hand in an analysis without causes, then goes through review to approval', async () => {
    const r = await freshReport();
    expect(r).toMatchObject({
      status: 'DRAFT',
      schoolYear: `${r.year - 1}/${String(r.year).slice(2)}`,
      canWrite: true,
    });
    expect(r.headings).toEqual(['CONDITIONS', 'IMPLEMENTATION', 'RESULTS', 'ANALYSIS']);

    // No development area yet: handing in is refused, field by field, in both languages.
    let res = await as.principal.gql(SUBMIT, { id: r.id });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const fields = (res.errors![0]!.extensions.fields as any[]).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'developmentAreas',
        'participation.teachers',
        'participation.staff',
        'participation.pupils',
      ]),
    );

    // An area without a cause: still refused, and the reason quotes the law and asks why.
    const { saveDevelopmentAreas: withArea } = await as.principal.ok(AREAS, {
      i: { reportId: r.id, expectedVersion: 1, areas: [{ title: 'Studiero', theme: 'SAFETY', causes: [] }] },
    });
    await as.principal.ok(PARTICIPATION, participationAll(r));
    res = await as.principal.gql(SUBMIT, { id: r.id });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const problem = (res.errors![0]!.extensions.fields as any[]).find((f) => f.field === 'developmentAreas.0.causes');
    expect(problem.message.sv).toContain('varför');
    expect(problem.message.sv).toContain('inte tillräckligt med enbart en sammanställning');
    expect(problem.message.en).toContain('why');

    // With a cause citing its evidence it goes in; then it is closed for writing.
    await as.principal.ok(AREAS, {
      i: {
        reportId: r.id,
        expectedVersion: withArea.developmentAreas.version,
        areas: [
          {
            id: withArea.developmentAreas.areas[0].id,
            title: 'Studiero',
            theme: 'SAFETY',
            causes: [
              {
                text: 'Otydliga gemensamma rutiner',
                evidenceKind: 'SURVEY',
                evidence: 'Elevenkät HT: 61 % upplever studiero',
              },
            ],
          },
        ],
      },
    });
    expect((await as.principal.ok(SUBMIT, { id: r.id })).submitQualityReport.status).toBe('SUBMITTED');
    const closed = await as.principal.gql(TEXT, {
      i: { reportId: r.id, section: 'ANALYSIS', expectedVersion: 1, text: 'sent' },
    });
    expect(errorCode(closed)).toBe('FORBIDDEN');
    expect(closed.errors![0]!.extensions.messages).toMatchObject({ sv: expect.stringContaining('inlämnad') });

    // The administration sends it back with a comment; the principal revises and hands it in again.
    expect(errorCode(await as.administration.gql(RETURN, { i: { reportId: r.id, text: '' } }))).toBe('BAD_USER_INPUT');
    const { returnQualityReport: back } = await as.administration.ok(RETURN, {
      i: { reportId: r.id, text: 'Beskriv hur eleverna har varit delaktiga.' },
    });
    expect(back).toMatchObject({
      status: 'RETURNED',
      comments: [{ text: 'Beskriv hur eleverna har varit delaktiga.', status: 'RETURNED' }],
    });
    const { saveQualityText } = await as.principal.ok(TEXT, {
      i: {
        reportId: r.id,
        section: 'ANALYSIS',
        expectedVersion: 1,
        text: 'Elevrådet och klassråden deltog i analysen.',
      },
    });
    expect(saveQualityText.texts.find((t: any) => t.section === 'ANALYSIS')).toMatchObject({
      version: 2,
      updatedByName: 'Person principal',
    });
    await as.principal.ok(SUBMIT, { id: r.id });
    expect((await as.administration.ok(APPROVE, { i: { reportId: r.id } })).approveQualityReport.status).toBe(
      'APPROVED',
    );
    const { qualityReport: done } = await as.politician.ok(REPORT, { id: r.id });
    expect(done.history.map((h: any) => h.status)).toEqual(['DRAFT', 'SUBMITTED', 'RETURNED', 'SUBMITTED', 'APPROVED']);
    expect(
      await AuditEventModel.countDocuments({ targetId: new mongoose.Types.ObjectId(r.id) }),
    ).toBeGreaterThanOrEqual(8);
  });

  it('lets only one of two reviews at once pass', async () => {
    const r = await readyReport();
    await as.principal.ok(SUBMIT, { id: r.id });
    const [a, b] = await Promise.all([
      as.administration.gql(APPROVE, { i: { reportId: r.id } }),
      as.administration.gql(RETURN, { i: { reportId: r.id, text: 'Komplettera' } }),
    ]);
    const codes = [errorCode(a), errorCode(b)].sort();
    expect(codes.filter((c) => c === undefined)).toHaveLength(1);
    expect(codes.filter((c) => c !== undefined)[0]).toMatch(/CONFLICT|FORBIDDEN/);
  });
});

describe('who may do what', () => {
  const read = async (who: Who, id: string) => ((await as[who].ok(REPORT, { id })).qualityReport ? 'ok' : 'NOT_FOUND');

  it('reads a draft: its principal, invited colleagues, the administration and an admin; nobody else learns it exists', async () => {
    const r = await freshReport();
    const expected: Record<Who, Outcome> = {
      principal: 'ok',
      otherPrincipal: 'NOT_FOUND',
      teacher: 'NOT_FOUND',
      invitedWriter: 'ok',
      administration: 'ok',
      politician: 'NOT_FOUND',
      coach: 'NOT_FOUND',
      admin: 'ok',
      otherAdministration: 'NOT_FOUND',
    };
    const unknown = new mongoose.Types.ObjectId().toHexString();
    for (const who of WHO) {
      expect([who, await read(who, r.id)]).toEqual([who, expected[who]]);
      expect(await as[who].ok(REPORT, { id: unknown })).toEqual({ qualityReport: null });
    }
  });

  it('reads an approved report: every reading role of the municipality, not a coach nor another municipality', async () => {
    const r = await readyReport();
    await as.principal.ok(SUBMIT, { id: r.id });
    await as.administration.ok(APPROVE, { i: { reportId: r.id, text: 'Godkänd.' } });
    const expected: Record<Who, Outcome> = {
      principal: 'ok',
      otherPrincipal: 'ok',
      teacher: 'ok',
      invitedWriter: 'ok',
      administration: 'ok',
      politician: 'ok',
      coach: 'NOT_FOUND',
      admin: 'ok',
      otherAdministration: 'NOT_FOUND',
    };
    for (const who of WHO) expect([who, await read(who, r.id)]).toEqual([who, expected[who]]);
  });

  it('writes a draft: the principal and the invited writer; others FORBIDDEN if they can read it, else NOT_FOUND exactly as an unknown id', async () => {
    const r = await freshReport();
    const expected: Record<Who, Outcome> = {
      principal: 'ok',
      otherPrincipal: 'NOT_FOUND',
      teacher: 'NOT_FOUND',
      invitedWriter: 'ok',
      administration: 'FORBIDDEN',
      politician: 'NOT_FOUND',
      coach: 'NOT_FOUND',
      admin: 'FORBIDDEN',
      otherAdministration: 'NOT_FOUND',
    };
    let version = 1;
    for (const who of WHO) {
      const res = await as[who].gql(TEXT, {
        i: { reportId: r.id, section: 'CONDITIONS', expectedVersion: version, text: `skrivet av ${who}` },
      });
      const got = errorCode(res) ?? 'ok';
      expect([who, got]).toEqual([who, expected[who]]);
      if (got === 'ok') version++;
      if (got === 'NOT_FOUND') {
        const ghost = await as[who].gql(TEXT, {
          i: {
            reportId: new mongoose.Types.ObjectId().toHexString(),
            section: 'CONDITIONS',
            expectedVersion: 1,
            text: 'x',
          },
        });
        expect(ghost.errors![0]!.extensions).toEqual(res.errors![0]!.extensions);
        expect(ghost.errors![0]!.message).toBe(res.errors![0]!.message);
      }
    }
    const stored = await QualityReportModel.findById(r.id).lean();
    expect(stored!.texts.conditions.text).toBe('skrivet av invitedWriter');
  });

  it('starts a report: the unit principal or the administration; hands in: the principal only; reviews: the administration only', async () => {
    const year = nextYear++;
    const start = (who: Who, org: OrganisationDoc) =>
      as[who].gql(CREATE, { i: { organisationId: org._id.toHexString(), year } });
    expect(errorCode(await start('teacher', unit))).toBe('FORBIDDEN');
    expect(errorCode(await start('otherPrincipal', unit))).toBe('FORBIDDEN');
    expect(errorCode(await start('otherAdministration', unit))).toBe('FORBIDDEN');
    expect(errorCode(await start('politician', unit))).toBe('FORBIDDEN');
    expect(errorCode(await start('principal', orebroUnit))).toBe('FORBIDDEN');
    expect(errorCode(await start('administration', unit))).toBeUndefined();
    // One report per unit and year, also when two start at once.
    const again = await start('principal', unit);
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'input.year' })]);
    const y2 = nextYear++;
    const both = await Promise.all(
      [0, 1, 2].map(() => as.principal.gql(CREATE, { i: { organisationId: unit._id.toHexString(), year: y2 } })),
    );
    expect(both.filter((b) => !b.errors).length).toBe(1);
    expect(await QualityReportModel.countDocuments({ organisationId: unit._id, year: y2 })).toBe(1);

    const r = await readyReport();
    expect(errorCode(await as.invitedWriter.gql(SUBMIT, { id: r.id }))).toBe('FORBIDDEN');
    expect(errorCode(await as.administration.gql(SUBMIT, { id: r.id }))).toBe('FORBIDDEN');
    await as.principal.ok(SUBMIT, { id: r.id });
    for (const who of ['principal', 'invitedWriter', 'admin'] as const)
      expect([who, errorCode(await as[who].gql(APPROVE, { i: { reportId: r.id } }))]).toEqual([who, 'FORBIDDEN']);
    expect(errorCode(await as.otherAdministration.gql(APPROVE, { i: { reportId: r.id } }))).toBe('NOT_FOUND');
  });

  it('lists only what each viewer may read', async () => {
    const ids = (await as.politician.ok(LIST, { o: boras._id.toHexString() })).qualityReports;
    for (const r of ids) expect(r.status).toBe('APPROVED');
    expect((await as.otherAdministration.ok(LIST, { o: boras._id.toHexString() })).qualityReports).toEqual([]);
    expect((await as.coach.ok(LIST, { o: unit._id.toHexString() })).qualityReports).toEqual([]);
    const own = (await as.principal.ok(LIST, { o: unit._id.toHexString() })).qualityReports;
    expect(own.some((r: any) => r.status === 'DRAFT')).toBe(true);
  });
});

describe('sections', () => {
  it('saves two sections at once without losing either, and answers a stale version with the current text', async () => {
    const r = await freshReport();
    const [a, b] = await Promise.all([
      as.principal.gql(TEXT, {
        i: { reportId: r.id, section: 'CONDITIONS', expectedVersion: 1, text: 'Förutsättningar 🌱' },
      }),
      as.invitedWriter.gql(TEXT, {
        i: { reportId: r.id, section: 'ANALYSIS', expectedVersion: 1, text: 'Analys av orsaker' },
      }),
    ]);
    expect(errorCode(a)).toBeUndefined();
    expect(errorCode(b)).toBeUndefined();
    const stored = await QualityReportModel.findById(r.id).lean();
    expect(stored!.texts.conditions.text).toBe('Förutsättningar 🌱');
    expect(stored!.texts.analysis.text).toBe('Analys av orsaker');

    // Both write the same section from version 2: one wins, the other gets the winner's text.
    const same = await Promise.all(
      (['principal', 'invitedWriter'] as const).map((who) =>
        as[who].gql(TEXT, { i: { reportId: r.id, section: 'ANALYSIS', expectedVersion: 2, text: `av ${who}` } }),
      ),
    );
    const lost = same.find((s) => errorCode(s) === 'CONFLICT')!;
    const won = same.find((s) => !s.errors)!;
    expect(lost).toBeDefined();
    const winnerText = (won.data as any).saveQualityText.texts.find((t: any) => t.section === 'ANALYSIS').text;
    expect(lost.errors![0]!.extensions.current).toMatchObject({ section: 'analysis', version: 3, text: winnerText });
  });

  it('holds the limits: just under and over a section, impossible dates, unknown causes and indicators', async () => {
    const r = await freshReport();
    const ok = await as.principal.gql(TEXT, {
      i: { reportId: r.id, section: 'RESULTS', expectedVersion: 1, text: 'å'.repeat(20_000) },
    });
    expect(errorCode(ok)).toBeUndefined();
    const over = await as.principal.gql(TEXT, {
      i: { reportId: r.id, section: 'RESULTS', expectedVersion: 2, text: 'å'.repeat(20_001) },
    });
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'input.text' })]);
    const huge = await as.principal.gql(TEXT, {
      i: { reportId: r.id, section: 'RESULTS', expectedVersion: 2, text: 'x'.repeat(1_000_000) },
    });
    expect(errorCode(huge)).toMatch(/BAD_USER_INPUT|PAYLOAD_TOO_LARGE|BAD_REQUEST/);

    const { saveDevelopmentAreas: s } = await as.principal.ok(AREAS, completeAreas(r));
    const causeId = s.developmentAreas.areas[0].causes[0].id;
    const measure = (extra: Record<string, unknown>) => ({
      i: {
        reportId: r.id,
        expectedVersion: 1,
        measures: [
          {
            text: 'Läsloggar i alla ämnen',
            ownerName: 'Rektor',
            expectedEffect: 'Fler når E i svenska',
            causeId,
            ...extra,
          },
        ],
      },
    });
    const bad = await as.principal.gql(MEASURES, measure({ dueDate: '2027-02-30' }));
    expect(bad.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'input.measures.0.dueDate' })]);
    const foreign = await as.principal.gql(MEASURES, measure({ causeId: new mongoose.Types.ObjectId().toHexString() }));
    expect(foreign.errors![0]!.extensions.fields).toEqual([
      expect.objectContaining({ field: 'input.measures.0.causeId' }),
    ]);
    const noIndicator = await as.principal.gql(MEASURES, measure({ indicatorKey: 'no.such' }));
    expect(noIndicator.errors![0]!.extensions.fields).toEqual([
      expect.objectContaining({ field: 'input.measures.0.indicatorKey' }),
    ]);
    const operator = await as.principal.gql(MEASURES, measure({ causeId: { $ne: null } }));
    expect(errorCode(operator)).toBe('BAD_USER_INPUT');
    const good = await as.principal.ok(MEASURES, measure({ dueDate: '2027-06-15', indicatorKey: 'ak9.allSubjects' }));
    expect(good.saveQualityMeasures.measures.measures[0]).toMatchObject({ causeId, cause: { id: causeId } });
    const tooMany = await as.principal.gql(AREAS, {
      i: {
        reportId: r.id,
        expectedVersion: 2,
        areas: Array.from({ length: 13 }, (_, k) => ({ title: `Område ${k}`, theme: 'OTHER', causes: [] })),
      },
    });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
  });
});

describe('figures filled in', () => {
  it("shows the unit's three years with source, and a missing year as missing, never as zero", async () => {
    const ids = new Map(
      (await mongoose.connection.collection('indicators').find({}).toArray()).map((d) => [d.key as string, d._id]),
    );
    const r = await freshReport();
    const base = {
      organisationCode: unit.code,
      organiserType: 'municipal',
      source: 'Statistik från Skolverket',
      importedAt: new Date(),
    };
    await MeasurementModel.insertMany([
      { ...base, indicatorId: ids.get('ak9.allSubjects'), year: r.year, value: 71.5 },
      {
        ...base,
        indicatorId: ids.get('ak9.allSubjects'),
        year: r.year - 1,
        value: null,
        missingReason: 'tooFewPupils',
        rawMark: '..',
      },
      {
        ...base,
        indicatorId: ids.get('ak9.meritValue'),
        year: r.year,
        value: null,
        missingReason: 'approximate',
        rawMark: '~100',
      },
    ]);
    const { qualityReport } = await as.principal.ok(RESULTS, { id: r.id });
    const all = qualityReport.results.find((x: any) => x.indicator.key === 'ak9.allSubjects');
    expect(all.figures).toEqual([
      { year: r.year - 2, value: null, missingReason: 'NO_DATA', rawMark: null, source: null },
      {
        year: r.year - 1,
        value: null,
        missingReason: 'TOO_FEW_PUPILS',
        rawMark: '..',
        source: 'Statistik från Skolverket',
      },
      { year: r.year, value: 71.5, missingReason: null, rawMark: null, source: 'Statistik från Skolverket' },
    ]);
    const merit = qualityReport.results.find((x: any) => x.indicator.key === 'ak9.meritValue');
    expect(merit.figures[2]).toMatchObject({ value: null, missingReason: 'APPROXIMATE', rawMark: '~100' });
  });
});

describe('measures: carried forward, and as action items', () => {
  it("carries last year's measures into next year's follow-up, with carried out and effect answered apart", async () => {
    const r = await freshReport();
    const { saveDevelopmentAreas: s } = await as.principal.ok(AREAS, completeAreas(r));
    await as.principal.ok(MEASURES, {
      i: {
        reportId: r.id,
        expectedVersion: 1,
        measures: [
          {
            text: 'Gemensam lässtrategi',
            ownerName: 'Förstelärare',
            expectedEffect: 'Högre andel med godkänt',
            causeId: s.developmentAreas.areas[0].causes[0].id,
          },
        ],
      },
    });
    const { createQualityReport: next } = await as.principal.ok(CREATE, {
      i: { organisationId: unit._id.toHexString(), year: r.year + 1 },
    });
    nextYear++;
    expect(next.followUps.followUps).toEqual([
      expect.objectContaining({ fromYear: r.year, text: 'Gemensam lässtrategi', carriedOut: null, effect: null }),
    ]);
    const { saveFollowUps } = await as.principal.ok(FOLLOW_UPS, {
      i: {
        reportId: next.id,
        expectedVersion: 1,
        followUps: [
          {
            id: next.followUps.followUps[0].id,
            carriedOut: 'YES',
            carriedOutEvidence: 'Alla ämneslag använder strategin',
            effect: 'TOO_EARLY',
          },
        ],
      },
    });
    expect(saveFollowUps.followUps.followUps[0]).toMatchObject({ carriedOut: 'YES', effect: 'TOO_EARLY' });
  });

  it('turns a measure into one action item, linked both ways, also when asked twice at once', async () => {
    const r = await freshReport();
    const { saveDevelopmentAreas: s } = await as.principal.ok(AREAS, completeAreas(r));
    const { saveQualityMeasures: m } = await as.principal.ok(MEASURES, {
      i: {
        reportId: r.id,
        expectedVersion: 1,
        measures: [
          {
            text: 'Kollegialt lärande om läsning',
            ownerName: 'Rektor',
            expectedEffect: 'Bättre läsförståelse',
            causeId: s.developmentAreas.areas[0].causes[0].id,
          },
        ],
      },
    });
    const measureId = m.measures.measures[0].id;
    const { plan, areaIds } = await makePlan({ owner: boras, status: 'active' });
    const input = { i: { reportId: r.id, measureId, areaId: areaIds[0]!.toHexString() } };
    expect(errorCode(await as.principal.gql(TO_ITEM, input))).toBe('FORBIDDEN');
    const twice = await Promise.all([as.administration.gql(TO_ITEM, input), as.administration.gql(TO_ITEM, input)]);
    const made = twice.filter((t) => !t.errors);
    expect(made).toHaveLength(1);
    expect(errorCode(twice.find((t) => t.errors)!)).toBe('BAD_USER_INPUT');
    const item = (made[0]!.data as any).createItemFromMeasure.item;
    expect(item.text).toBe('Kollegialt lärande om läsning');
    expect(
      await mongoose.connection
        .collection('actionitems')
        .countDocuments({ planId: plan._id, text: 'Kollegialt lärande om läsning' }),
    ).toBe(1);
    const { qualityReport } = await as.principal.ok(REPORT, { id: r.id });
    expect(qualityReport.measures.measures[0].actionItem).toEqual({ id: item.id, text: item.text });
    const { actionItem } = await as.administration.ok(ITEM, { id: item.id });
    expect(actionItem.qualityMeasures).toEqual([
      { report: { id: r.id, year: r.year }, measure: { id: measureId, text: item.text } },
    ]);
    // The link did not move the measures' version: a principal's save from the version seen still goes in.
    const save = await as.principal.gql(MEASURES, {
      i: {
        reportId: r.id,
        expectedVersion: m.measures.version,
        measures: [
          {
            id: measureId,
            text: 'Kollegialt lärande om läsning',
            ownerName: 'Rektor och förstelärare',
            expectedEffect: 'Bättre läsförståelse',
            causeId: s.developmentAreas.areas[0].causes[0].id,
          },
        ],
      },
    });
    expect(errorCode(save)).toBeUndefined();
    expect((save.data as any).saveQualityMeasures.measures.measures[0].actionItem).toEqual({
      id: item.id,
      text: item.text,
    });
  });
});

describe('colleagues and the template', () => {
  const INVITEES = `query($r: ID!, $s: String) { qualityInvitees(reportId: $r, search: $s) { id name } }`;
  const COMMENT = `mutation($i: QualityCommentInput!) { commentQualityReport(input: $i) { id comments { authorName text } } }`;
  const TEMPLATE = `query($o: ID!) { qualityTemplate(organisationId: $o) { headings version guidance { section text } } }`;
  const SAVE_TEMPLATE = `mutation($i: SaveQualityTemplateInput!) { saveQualityTemplate(input: $i) { headings version } }`;

  it("lists the unit's people to invite (for whoever may invite), and an invited commenter comments but does not write", async () => {
    const r = await freshReport();
    const { qualityInvitees } = await as.principal.ok(INVITEES, { r: r.id });
    const names = qualityInvitees.map((p: any) => p.name);
    // The unit's teacher; not the principal themself, nor the writer already invited, nor people elsewhere.
    expect(names).toContain('Person teacher');
    expect(names).not.toContain('Person principal');
    expect(names).not.toContain('Person invitedWriter');
    expect(names).not.toContain('Person otherPrincipal');
    expect((await as.principal.ok(INVITEES, { r: r.id, s: 'nobody-by-this-name' })).qualityInvitees).toEqual([]);
    expect(errorCode(await as.teacher.gql(INVITEES, { r: r.id }))).toBe('NOT_FOUND');
    expect(errorCode(await as.invitedWriter.gql(INVITEES, { r: r.id }))).toBe('FORBIDDEN');
    expect(errorCode(await as.principal.gql(INVITEES, { r: r.id, s: 'x'.repeat(101) }))).toBe('BAD_USER_INPUT');

    await as.principal.ok(INVITE, { i: { reportId: r.id, personId: personIds.teacher, right: 'COMMENT' } });
    expect((await as.teacher.ok(LIST, { o: unit._id.toHexString() })).qualityReports.map((x: any) => x.id)).toContain(
      r.id,
    );
    const { commentQualityReport } = await as.teacher.ok(COMMENT, {
      i: { reportId: r.id, text: 'Vi ser samma sak i NO.' },
    });
    expect(commentQualityReport.comments).toEqual([{ authorName: 'Person teacher', text: 'Vi ser samma sak i NO.' }]);
    const write = await as.teacher.gql(TEXT, {
      i: { reportId: r.id, section: 'ANALYSIS', expectedVersion: 1, text: 'x' },
    });
    expect(errorCode(write)).toBe('FORBIDDEN');
    // Someone of another municipality cannot be invited.
    const foreign = await as.principal.gql(INVITE, { i: { reportId: r.id, personId: personIds.otherAdministration } });
    expect(foreign.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'input.personId' })]);
  });

  it("invites to comment on the organiser's report, not to write it: the administration writes that", async () => {
    const { createQualityReport: r } = await as.administration.ok(CREATE, {
      i: { organisationId: boras._id.toHexString(), year: nextYear++ },
    });
    const write = await as.administration.gql(INVITE, {
      i: { reportId: r.id, personId: personIds.principal, right: 'WRITE' },
    });
    expect(errorCode(write)).toBe('BAD_USER_INPUT');
    expect(write.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'input.right' })]);
    const { inviteToQualityReport } = await as.administration.ok(INVITE, {
      i: { reportId: r.id, personId: personIds.principal, right: 'COMMENT' },
    });
    expect(inviteToQualityReport.contributors).toEqual([{ person: { name: 'Person principal' }, right: 'COMMENT' }]);
  });

  it("is the administration's to define; new reports take its headings", async () => {
    const municipality = boras._id.toHexString();
    const before = (await as.principal.ok(TEMPLATE, { o: municipality })).qualityTemplate;
    expect(before).toMatchObject({ version: 0, headings: ['CONDITIONS', 'IMPLEMENTATION', 'RESULTS'] });
    const input = {
      organisationId: municipality,
      expectedVersion: 0,
      headings: ['RESULTS'],
      guidance: { analysis: 'Varför?' },
    };
    expect(errorCode(await as.principal.gql(SAVE_TEMPLATE, { i: input }))).toBe('FORBIDDEN');
    expect(errorCode(await as.otherAdministration.gql(SAVE_TEMPLATE, { i: input }))).toBe('FORBIDDEN');
    const both = await Promise.all([
      as.administration.gql(SAVE_TEMPLATE, { i: input }),
      as.administration.gql(SAVE_TEMPLATE, { i: input }),
    ]);
    expect(both.filter((b) => !b.errors)).toHaveLength(1);
    expect(errorCode(both.find((b) => b.errors)!)).toBe('CONFLICT');
    const r = await freshReport();
    expect(r.headings).toEqual(['RESULTS', 'ANALYSIS']);
    const { qualityReport } = await as.principal.ok(
      `query($id: ID!) { qualityReport(id: $id) { texts { section guidance } } }`,
      { id: r.id },
    );
    expect(qualityReport.texts).toEqual([
      { section: 'RESULTS', guidance: null },
      { section: 'ANALYSIS', guidance: 'Varför?' },
    ]);
  });
});

describe('what waits for whom', () => {
  const ATTEND = `query($m: String!) { qualityReportsToAttend(municipalityCode: $m) { id status } }`;
  it("lists handed-in reports for the administration and the principal's own drafts and returned ones, nothing for others", async () => {
    const draft = await freshReport();
    const handedIn = await readyReport();
    await as.principal.ok(SUBMIT, { id: handedIn.id });
    const ids = async (who: Who) =>
      (await as[who].ok(ATTEND, { m: '1490' })).qualityReportsToAttend.map((r: any) => r.id);
    expect(await ids('administration')).toContain(handedIn.id);
    expect(await ids('administration')).not.toContain(draft.id);
    expect(await ids('principal')).toContain(draft.id);
    expect(await ids('principal')).not.toContain(handedIn.id);
    for (const who of [
      'teacher',
      'politician',
      'coach',
      'otherAdministration',
      'otherPrincipal',
      'invitedWriter',
    ] as const)
      expect([who, await ids(who)]).toEqual([who, []]);
    expect(errorCode(await as.principal.gql(ATTEND, { m: '1490; drop' }))).toBe('BAD_USER_INPUT');
  });
});
