/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestServer, type TestServer } from '../support/server.js';
import { swedishDay } from '../support/days.js';
import { ApiClient, makeMunicipality, makePerson, makeSchoolUnit, signedIn } from '../support/api.js';
import { signInCast, type Outcome } from '../support/roles.js';
import { AnnualCycleModel, CycleStepModel } from '../../server/src/modules/annual-cycle/cycle.model.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';

// The annual cycle (årshjul): who may read, write and mark steps done, every role and another
// municipality; the overdue rule around the due date; the limits; concurrent edits.

const WHO = [
  'politician',
  'administration',
  'principal',
  'otherPrincipal',
  'teacher',
  'coach',
  'admin',
  'municipalityAdmin',
  'otherAdministration',
] as const;
type Who = (typeof WHO)[number];

const STEP_FIELDS = `id version title status perUnit startDate dueDate doneCount unitCount canMarkDone
  viewerUnit { id } pendingUnits { id } completions { unit { id } personName at }`;
const CYCLE = `query($id: ID!) { annualCycle(id: $id) { id year schoolYear schoolForm canEdit units { id }
  steps { ${STEP_FIELDS} } } }`;
const CYCLES = `query($m: String!, $y: Int) { annualCycles(municipalityCode: $m, year: $y) { id year schoolForm } }`;
const OVERDUE = `query($m: String!) { overdueCycleSteps(municipalityCode: $m) { id title dueDate status } }`;
const CREATE = `mutation($i: CreateAnnualCycleInput!) { createAnnualCycle(input: $i) { id year schoolYear units { id } } }`;
const UPDATE_CYCLE = `mutation($i: UpdateAnnualCycleInput!) { updateAnnualCycle(input: $i) { id version units { id } } }`;
const DELETE_CYCLE = `mutation($id: ID!, $v: Int!) { deleteAnnualCycle(id: $id, expectedVersion: $v) }`;
const COPY = `mutation($id: ID!) { copyAnnualCycle(id: $id) { id year schoolYear units { id }
  steps { title startDate dueDate completions { personName } } } }`;
const ADD = `mutation($i: AddCycleStepInput!) { addCycleStep(input: $i) { ${STEP_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateCycleStepInput!) { updateCycleStep(input: $i) { ${STEP_FIELDS} } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteCycleStep(id: $id, expectedVersion: $v) }`;
const DONE = `mutation($i: SetCycleStepDoneInput!) { setCycleStepDone(input: $i) { ${STEP_FIELDS} } }`;

let boras: OrganisationDoc;
let unit: OrganisationDoc;
let otherUnit: OrganisationDoc;
let outsideUnit: OrganisationDoc;
let cycleCount = 0;

interface Fresh {
  year: number;
  cycleId: string;
  unitStepId: string;
  organiserStepId: string;
}

const content = (over: Record<string, unknown> = {}) => ({
  title: 'Följ upp resultaten',
  description: 'Rektor sammanställer.',
  phase: 'FOLLOW_UP',
  startDate: swedishDay(-10),
  dueDate: swedishDay(10),
  ownerRole: 'PRINCIPAL',
  perUnit: true,
  ...over,
});

/** A Borås cycle (its own school year, so creates never collide) with the two units, one per-unit step and one organiser step. */
async function freshCycle(steps: Array<Record<string, unknown>> = []): Promise<Fresh> {
  const cycleId = new mongoose.Types.ObjectId();
  // One school year per fresh cycle, taken again after 45 (what an earlier test left there is removed).
  const year = 1991 + (cycleCount++ % 45);
  await AnnualCycleModel.deleteMany({ municipalityCode: '1490', year });
  await AnnualCycleModel.create([
    {
      _id: cycleId,
      ownerId: boras._id,
      municipalityCode: '1490',
      schoolForm: 'compulsory',
      year,
      unitIds: [unit._id, otherUnit._id],
      stepCount: 2 + steps.length,
      version: 1,
    },
  ]);
  const base = { cycleId, municipalityCode: '1490', phase: 'followUp', ownerRole: 'principal', version: 1 };
  const unitStep = new mongoose.Types.ObjectId();
  const organiserStep = new mongoose.Types.ObjectId();
  await CycleStepModel.insertMany([
    { ...base, _id: unitStep, title: 'Per enhet', startDate: swedishDay(-10), dueDate: swedishDay(10), perUnit: true },
    {
      ...base,
      _id: organiserStep,
      title: 'Huvudmannen',
      startDate: swedishDay(-10),
      dueDate: swedishDay(10),
      perUnit: false,
    },
    ...steps.map((s) => ({ ...base, ...s })),
  ]);
  return {
    year,
    cycleId: cycleId.toHexString(),
    unitStepId: unitStep.toHexString(),
    organiserStepId: organiserStep.toHexString(),
  };
}

// Readers of the municipality who may not write get FORBIDDEN; those who may not read it, NOT_FOUND.
const adminOnly: Record<Who, Outcome> = {
  politician: 'FORBIDDEN',
  administration: 'ok',
  principal: 'FORBIDDEN',
  otherPrincipal: 'FORBIDDEN',
  teacher: 'FORBIDDEN',
  coach: 'NOT_FOUND',
  admin: 'FORBIDDEN',
  municipalityAdmin: 'NOT_FOUND',
  otherAdministration: 'NOT_FOUND',
};
const readers: Record<Who, Outcome> = {
  ...adminOnly,
  politician: 'ok',
  principal: 'ok',
  otherPrincipal: 'ok',
  teacher: 'ok',
  admin: 'ok',
};
// A create names the municipality, public registry data: outside the edit scope it is FORBIDDEN, as for goals.
const onCreate: Record<Who, Outcome> = {
  ...adminOnly,
  coach: 'FORBIDDEN',
  municipalityAdmin: 'FORBIDDEN',
  otherAdministration: 'FORBIDDEN',
};
// A per-unit step is marked by the principal of that unit, nobody else.
const unitMark: Record<Who, Outcome> = { ...adminOnly, administration: 'FORBIDDEN', principal: 'ok' };

interface Case {
  name: string;
  op: (f: Fresh) => { query: string; variables: Record<string, unknown> };
  expect: Record<Who, Outcome>;
  /** Whether the operation writes (and so leaves an audit event when it succeeds). */
  writes?: boolean;
  check?: (f: Fresh) => Promise<void>;
  unchanged?: (f: Fresh) => Promise<void>;
}

const stepOf = (id: string) => CycleStepModel.findById(id).lean();
const cycleOf = (id: string) => AnnualCycleModel.findById(id).lean();

const cases: Case[] = [
  { name: 'annualCycle', op: (f) => ({ query: CYCLE, variables: { id: f.cycleId } }), expect: readers },
  {
    name: 'createAnnualCycle',
    writes: true,
    op: (f) => ({
      query: CREATE,
      variables: { i: { organisationId: boras._id.toHexString(), schoolForm: 'PRESCHOOL', year: f.year } },
    }),
    expect: onCreate,
  },
  {
    name: 'updateAnnualCycle (units)',
    writes: true,
    op: (f) => ({
      query: UPDATE_CYCLE,
      variables: { i: { id: f.cycleId, expectedVersion: 1, unitIds: [unit._id.toHexString()] } },
    }),
    expect: adminOnly,
    check: async (f) => expect((await cycleOf(f.cycleId))?.unitIds).toHaveLength(1),
    unchanged: async (f) => expect((await cycleOf(f.cycleId))?.unitIds).toHaveLength(2),
  },
  {
    name: 'deleteAnnualCycle',
    writes: true,
    op: (f) => ({ query: DELETE_CYCLE, variables: { id: f.cycleId, v: 1 } }),
    expect: adminOnly,
    check: async (f) => {
      expect(await cycleOf(f.cycleId)).toBeNull();
      expect(await CycleStepModel.countDocuments({ cycleId: f.cycleId })).toBe(0);
    },
    unchanged: async (f) => expect(await CycleStepModel.countDocuments({ cycleId: f.cycleId })).toBe(2),
  },
  {
    name: 'copyAnnualCycle',
    writes: true,
    op: (f) => ({ query: COPY, variables: { id: f.cycleId } }),
    expect: adminOnly,
  },
  {
    name: 'addCycleStep',
    writes: true,
    op: (f) => ({ query: ADD, variables: { i: { cycleId: f.cycleId, step: content() } } }),
    expect: adminOnly,
    check: async (f) => expect((await cycleOf(f.cycleId))?.stepCount).toBe(3),
    unchanged: async (f) => expect(await CycleStepModel.countDocuments({ cycleId: f.cycleId })).toBe(2),
  },
  {
    name: 'updateCycleStep',
    writes: true,
    op: (f) => ({
      query: UPDATE,
      variables: { i: { id: f.unitStepId, expectedVersion: 1, step: content({ title: 'Nytt namn' }) } },
    }),
    expect: adminOnly,
    check: async (f) => expect(await stepOf(f.unitStepId)).toMatchObject({ title: 'Nytt namn', version: 2 }),
    unchanged: async (f) => expect(await stepOf(f.unitStepId)).toMatchObject({ title: 'Per enhet', version: 1 }),
  },
  {
    name: 'deleteCycleStep',
    writes: true,
    op: (f) => ({ query: DELETE, variables: { id: f.unitStepId, v: 1 } }),
    expect: adminOnly,
    check: async (f) => {
      expect(await stepOf(f.unitStepId)).toBeNull();
      expect((await cycleOf(f.cycleId))?.stepCount).toBe(1);
    },
    unchanged: async (f) => expect(await stepOf(f.unitStepId)).not.toBeNull(),
  },
  {
    name: 'setCycleStepDone (per unit, the viewer’s own unit)',
    writes: true,
    op: (f) => ({ query: DONE, variables: { i: { stepId: f.unitStepId, done: true } } }),
    expect: unitMark,
    check: async (f) => {
      const step = await stepOf(f.unitStepId);
      expect(step?.completions.map((c) => c.unitId?.toHexString())).toEqual([unit._id.toHexString()]);
      expect(step?.version).toBe(1);
    },
    unchanged: async (f) => expect((await stepOf(f.unitStepId))?.completions).toEqual([]),
  },
  {
    name: 'setCycleStepDone (per unit, another unit named)',
    writes: true,
    op: (f) => ({
      query: DONE,
      variables: { i: { stepId: f.unitStepId, unitId: otherUnit._id.toHexString(), done: true } },
    }),
    // A principal marks their own unit only.
    expect: { ...unitMark, principal: 'FORBIDDEN' },
  },
  {
    name: 'setCycleStepDone (for the organiser)',
    writes: true,
    op: (f) => ({ query: DONE, variables: { i: { stepId: f.organiserStepId, done: true } } }),
    expect: adminOnly,
    check: async (f) => expect((await stepOf(f.organiserStepId))?.completions).toHaveLength(1),
    unchanged: async (f) => expect((await stepOf(f.organiserStepId))?.completions).toEqual([]),
  },
];

describe('annual cycle', () => {
  let server: TestServer;
  let clients: Record<Who, ApiClient>;
  let adm: ApiClient;
  let adm2: ApiClient;
  let rek: ApiClient;
  let rekOther: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    boras = await makeMunicipality('1490', 'Borås kommun');
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    unit = await makeSchoolUnit(boras, '86215855', 'Engelbrektskolan 7-9');
    otherUnit = await makeSchoolUnit(boras, '86215856', 'Annan skola');
    // A unit of the municipality outside the test cycles: its principal reads them and marks nothing.
    outsideUnit = await makeSchoolUnit(boras, '86215857', 'Skola utanför');
    await makeSchoolUnit(orebro, '12345678');
    ({ clients } = await signInCast(server.url, WHO, {
      municipality: boras,
      unit,
      otherUnit: outsideUnit,
      otherMunicipality: orebro,
    }));
    adm = clients.administration;
    rek = clients.principal;
    await makePerson('adm2@test.se', [{ organisation: boras, role: 'administration' }]);
    adm2 = await signedIn(server.url, 'adm2@test.se');
    await makePerson('rek3@test.se', [{ organisation: otherUnit, role: 'principal' }]);
    rekOther = await signedIn(server.url, 'rek3@test.se');
  });
  afterAll(async () => {
    await server?.stop();
  });

  const rows = cases.flatMap((c) => WHO.map((who) => [c.name, who, c.expect[who], c] as const));

  it.each(rows)('%s as %s → %s', async (_n, who, expected, c) => {
    const fresh = await freshCycle();
    const events = await AuditEventModel.countDocuments();
    const cycles = await AnnualCycleModel.countDocuments();
    const { query, variables } = c.op(fresh);
    const body = await clients[who].gql(query, variables);
    expect(body.errors?.[0]?.extensions.code ?? 'ok', JSON.stringify(body.errors)).toBe(expected);
    if (expected === 'ok') {
      await c.check?.(fresh);
      if (c.writes) expect(await AuditEventModel.countDocuments()).toBeGreaterThan(events);
    } else {
      await c.unchanged?.(fresh);
      expect(await AuditEventModel.countDocuments()).toBe(events);
      expect(await AnnualCycleModel.countDocuments()).toBe(cycles);
    }
  });

  it('answers a hidden cycle exactly as an absent one, and lists nothing of another municipality', async () => {
    const f = await freshCycle();
    const other = clients.otherAdministration;
    const hidden = await other.gql(CYCLE, { id: f.cycleId });
    const absent = await other.gql(CYCLE, { id: new mongoose.Types.ObjectId().toHexString() });
    expect(hidden.errors?.[0]?.extensions).toEqual(absent.errors?.[0]?.extensions);
    expect(hidden.errors?.[0]?.message).toBe(absent.errors?.[0]?.message);
    expect((await other.ok<any>(CYCLES, { m: '1490' })).annualCycles).toEqual([]);
    expect((await clients.coach.ok<any>(CYCLES, { m: '1490' })).annualCycles).toEqual([]);
    expect((await other.ok<any>(OVERDUE, { m: '1490' })).overdueCycleSteps).toEqual([]);
    expect((await adm.ok<any>(CYCLES, { m: '1490', y: f.year })).annualCycles.map((c: any) => c.id)).toContain(
      f.cycleId,
    );
    const marked = await other.gql(DONE, { i: { stepId: f.organiserStepId, done: true } });
    const unknown = await other.gql(DONE, { i: { stepId: new mongoose.Types.ObjectId().toHexString(), done: true } });
    expect(marked.errors?.[0]?.extensions).toEqual(unknown.errors?.[0]?.extensions);
  });

  it('a step is due on its due date and overdue the day after; the start pages list the overdue, oldest first', async () => {
    const f = await freshCycle([
      { title: 'I dag', startDate: swedishDay(-5), dueDate: swedishDay(0), perUnit: true },
      { title: 'I går', startDate: swedishDay(-5), dueDate: swedishDay(-1), perUnit: true },
      { title: 'För en månad sedan', startDate: swedishDay(-40), dueDate: swedishDay(-30), perUnit: false },
      { title: 'Börjar i morgon', startDate: swedishDay(1), dueDate: swedishDay(20), perUnit: true },
      { title: 'Börjar i dag', startDate: swedishDay(0), dueDate: swedishDay(0), perUnit: false },
    ]);
    const statuses = async (client: ApiClient) =>
      Object.fromEntries(
        (await client.ok<any>(CYCLE, { id: f.cycleId })).annualCycle.steps.map((s: any) => [s.title, s.status]),
      );
    expect(await statuses(rek)).toMatchObject({
      'I dag': 'DUE',
      'I går': 'OVERDUE',
      'För en månad sedan': 'OVERDUE',
      'Börjar i morgon': 'NOT_DUE',
      'Börjar i dag': 'DUE',
    });
    const overdue = async (client: ApiClient) =>
      (await client.ok<any>(OVERDUE, { m: '1490' })).overdueCycleSteps
        .filter((s: any) => s.id !== undefined && ['I går', 'För en månad sedan', 'I dag'].includes(s.title))
        .map((s: any) => s.title);
    expect(await overdue(adm)).toEqual(['För en månad sedan', 'I går']);
    expect(await overdue(rek)).toEqual(['För en månad sedan', 'I går']);

    // The principal marks yesterday's step done for their unit: gone from their list, still on the
    // administration's while the other unit has not.
    const yesterday = (await rek.ok<any>(CYCLE, { id: f.cycleId })).annualCycle.steps.find(
      (s: any) => s.title === 'I går',
    );
    expect(yesterday.canMarkDone).toBe(true);
    const marked = (await rek.ok<any>(DONE, { i: { stepId: yesterday.id, done: true } })).setCycleStepDone;
    expect(marked).toMatchObject({ status: 'DONE', doneCount: 1, unitCount: 2, version: 1 });
    expect(marked.completions).toEqual([
      { unit: { id: unit._id.toHexString() }, personName: 'Person principal', at: expect.any(String) },
    ]);
    expect(await overdue(rek)).toEqual(['För en månad sedan']);
    expect(await overdue(adm)).toEqual(['För en månad sedan', 'I går']);
    const forAdm = (await adm.ok<any>(CYCLE, { id: f.cycleId })).annualCycle.steps.find(
      (s: any) => s.title === 'I går',
    );
    expect(forAdm).toMatchObject({
      status: 'OVERDUE',
      doneCount: 1,
      pendingUnits: [{ id: otherUnit._id.toHexString() }],
    });
    // Marking twice changes nothing; the other unit's principal makes it done for the organiser too.
    await rek.ok(DONE, { i: { stepId: yesterday.id, done: true } });
    expect((await stepOf(yesterday.id))?.completions).toHaveLength(1);
    await rekOther.ok(DONE, { i: { stepId: yesterday.id, done: true } });
    expect(await overdue(adm)).toEqual(['För en månad sedan']);
    // And undone again.
    expect((await rek.ok<any>(DONE, { i: { stepId: yesterday.id, done: false } })).setCycleStepDone.status).toBe(
      'OVERDUE',
    );
  });

  it('refuses texts and dates just over the limits on their fields, and takes them just under', async () => {
    const f = await freshCycle();
    const add = (step: Record<string, unknown>) =>
      adm.gql<any>(ADD, { i: { cycleId: f.cycleId, step: content(step) } });
    const field = (body: any) => body.errors?.[0]?.extensions.fields?.map((p: any) => p.field);
    expect((await add({ title: 'å'.repeat(200), description: 'x'.repeat(2000) })).errors).toBeUndefined();
    expect(field(await add({ title: 'å'.repeat(201) }))).toEqual(['input.step.title']);
    expect(field(await add({ description: 'x'.repeat(2001) }))).toEqual(['input.step.description']);
    expect(field(await add({ title: '  ' }))).toEqual(['input.step.title']);
    expect(field(await add({ startDate: '2026-02-30' }))).toEqual(['input.step.startDate']);
    expect(field(await add({ dueDate: '2027-13-01' }))).toEqual(['input.step.dueDate']);
    expect(field(await add({ startDate: '2026-09-01T10:00:00Z' }))).toEqual(['input.step.startDate']);
    expect(field(await add({ startDate: '2026-10-02', dueDate: '2026-10-01' }))).toEqual(['input.step.dueDate']);
    expect((await add({ startDate: '2028-02-29', dueDate: '2028-02-29' })).errors).toBeUndefined();
    expect(field(await add({ startDate: '2027-02-29', dueDate: '2027-03-01' }))).toEqual(['input.step.startDate']);
    const bad = await adm.gql<any>(CREATE, {
      i: { organisationId: boras._id.toHexString(), schoolForm: 'COMPULSORY', year: 2031, unitIds: ['nope'] },
    });
    expect(field(bad)).toEqual(['input.unitIds.0']);
    expect(await CycleStepModel.countDocuments({ cycleId: f.cycleId })).toBe(4);
    expect((await cycleOf(f.cycleId))?.stepCount).toBe(4);
  });

  it('holds a cycle at 60 steps, also when the last places are taken at the same moment', async () => {
    const filler = Array.from({ length: 56 }, (_, i) => ({
      title: `Steg ${i}`,
      startDate: swedishDay(-1),
      dueDate: swedishDay(1),
      perUnit: false,
    }));
    const f = await freshCycle(filler); // 58 steps
    const adds = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        adm.gql<any>(ADD, { i: { cycleId: f.cycleId, step: content({ title: `N${i}` }) } }),
      ),
    );
    const saved = adds.filter((b) => !b.errors);
    expect(saved).toHaveLength(2);
    for (const b of adds.filter((x) => x.errors))
      expect(b.errors![0]!.extensions.fields).toEqual([
        { field: 'input.cycleId', message: { sv: 'har redan 60 steg', en: 'already has 60 steps' } },
      ]);
    expect(await CycleStepModel.countDocuments({ cycleId: f.cycleId })).toBe(60);
    // Removing one makes room for one.
    await adm.ok(DELETE, { id: f.unitStepId, v: 1 });
    expect((await adm.gql<any>(ADD, { i: { cycleId: f.cycleId, step: content() } })).errors).toBeUndefined();
  });

  it('two edits of one version: one saves, the other gets CONFLICT with the step as it is now; a mark done leaves the version alone', async () => {
    const f = await freshCycle();
    await rek.ok(DONE, { i: { stepId: f.unitStepId, done: true } });
    const [a, b] = await Promise.all([
      adm.gql<any>(UPDATE, { i: { id: f.unitStepId, expectedVersion: 1, step: content({ title: 'A' }) } }),
      adm2.gql<any>(UPDATE, { i: { id: f.unitStepId, expectedVersion: 1, step: content({ title: 'B' }) } }),
    ]);
    const winner = a.errors ? b : a;
    const loser = a.errors ? a : b;
    expect(winner.errors).toBeUndefined();
    expect(loser.errors![0]!.extensions.code).toBe('CONFLICT');
    expect(loser.errors![0]!.extensions.current).toMatchObject({
      version: 2,
      title: winner.data.updateCycleStep.title,
      phase: 'FOLLOW_UP',
      ownerRole: 'PRINCIPAL',
    });
    expect((await stepOf(f.unitStepId))?.completions).toHaveLength(1);
    // The cycle's own version: a removal against a stale one is refused the same way.
    await adm.ok(UPDATE_CYCLE, { i: { id: f.cycleId, expectedVersion: 1, unitIds: [unit._id.toHexString()] } });
    const stale = await adm2.gql<any>(DELETE_CYCLE, { id: f.cycleId, v: 1 });
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', current: { version: 2 } });
    expect(await cycleOf(f.cycleId)).not.toBeNull();
  });

  it('creates one cycle per school form and year, every unit by default, and copies it a year on', async () => {
    const created = (
      await adm.ok<any>(CREATE, {
        i: { organisationId: boras._id.toHexString(), schoolForm: 'COMPULSORY', year: 2040 },
      })
    ).createAnnualCycle;
    expect(created).toMatchObject({ year: 2040, schoolYear: '2039/40' });
    expect(created.units.map((u: any) => u.id).sort()).toEqual(
      [unit._id, otherUnit._id, outsideUnit._id].map((u) => u.toHexString()).sort(),
    );
    const again = await adm.gql<any>(CREATE, {
      i: { organisationId: boras._id.toHexString(), schoolForm: 'COMPULSORY', year: 2040 },
    });
    expect(again.errors![0]!.extensions.fields?.[0]?.field).toBe('input.year');
    await adm.ok(ADD, {
      i: { cycleId: created.id, step: content({ title: 'Skottdag', startDate: '2040-02-29', dueDate: '2040-02-29' }) },
    });
    const step = (
      await adm.ok<any>(ADD, {
        i: { cycleId: created.id, step: content({ title: 'Hösten', startDate: '2039-09-01', dueDate: '2039-10-15' }) },
      })
    ).addCycleStep;
    await rek.ok(DONE, { i: { stepId: step.id, done: true } });
    const copy = (await adm.ok<any>(COPY, { id: created.id })).copyAnnualCycle;
    expect(copy).toMatchObject({ year: 2041, schoolYear: '2040/41' });
    expect(copy.units).toHaveLength(3);
    expect(copy.steps).toEqual([
      { title: 'Hösten', startDate: '2040-09-01', dueDate: '2040-10-15', completions: [] },
      { title: 'Skottdag', startDate: '2041-02-28', dueDate: '2041-02-28', completions: [] },
    ]);
    const twice = await adm.gql<any>(COPY, { id: created.id });
    expect(twice.errors![0]!.extensions.fields?.[0]?.field).toBe('id');
    expect(await AnnualCycleModel.countDocuments({ municipalityCode: '1490', year: 2041 })).toBe(1);
  });
});
