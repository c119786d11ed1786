import { describe, expect, it } from 'vitest';
import {
  addCycleStep,
  copyAnnualCycle,
  createAnnualCycle,
  getCycle,
  overdueSteps,
  setCycleStepDone,
  statusFor,
  swedishDate,
  updateCycleStep,
} from './index.js';
import { makeMunicipality, makeSchool, makeViewer, unknownId, useTestDatabase } from '../../test/factories.js';
import { AnnualCycleModel, CycleStepModel } from './cycle.model.js';

useTestDatabase();

const step = (over: Record<string, unknown> = {}) => ({
  title: 'Följ upp resultaten',
  phase: 'followUp',
  startDate: '2026-08-17',
  dueDate: '2026-09-25',
  ownerRole: 'principal',
  perUnit: true,
  ...over,
});

/** A municipality with two school units, its administration, and a compulsory-school cycle of the year. */
async function setting(year = 2027) {
  const municipality = await makeMunicipality();
  const [a, b] = [await makeSchool(municipality), await makeSchool(municipality)];
  const leader = await makeViewer('administration', municipality);
  const cycle = await createAnnualCycle(leader, {
    organisationId: municipality._id.toHexString(),
    schoolForm: 'compulsory',
    year,
  });
  return { municipality, a: a!, b: b!, leader, cycle };
}

describe('createAnnualCycle', () => {
  it('takes every school unit of the municipality for a compulsory-school cycle, at version 1', async () => {
    const { a, b, cycle } = await setting();
    expect(cycle).toMatchObject({ schoolForm: 'compulsory', year: 2027, version: 1, stepCount: 0 });
    expect(cycle.unitIds.map(String).sort()).toEqual([a._id, b._id].map(String).sort());
  });

  it('refuses units of another municipality on input.unitIds and writes nothing', async () => {
    const { municipality, leader } = await setting();
    const other = await makeSchool(await makeMunicipality());
    const refused = createAnnualCycle(leader, {
      organisationId: municipality._id.toHexString(),
      schoolForm: 'preschool',
      year: 2027,
      unitIds: [other._id.toHexString()],
    });
    await expect(refused).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.unitIds' }] });
    expect(await AnnualCycleModel.countDocuments({ schoolForm: 'preschool' })).toBe(0);
  });
});

describe('reading and marking', () => {
  it('answers a cycle of another municipality exactly as an unknown id', async () => {
    const { cycle } = await setting();
    const stranger = await makeViewer('administration', await makeMunicipality());
    const hidden = await getCycle(stranger, cycle._id.toHexString()).catch((e: unknown) => e);
    const absent = await getCycle(stranger, unknownId()).catch((e: unknown) => e);
    expect(hidden).toEqual(absent);
    expect(hidden).toMatchObject({ code: 'NOT_FOUND' });
  });

  it("shows a principal their unit's mark and everyone else the organiser's", async () => {
    const { a, b, leader, cycle } = await setting();
    const s = await addCycleStep(leader, { cycleId: cycle._id.toHexString(), step: step() });
    const principalA = await makeViewer('principal', a);
    const principalB = await makeViewer('principal', b);
    const marked = await setCycleStepDone(principalA, { stepId: s._id.toHexString(), done: true });
    expect(marked.version).toBe(1);
    const fresh = (await AnnualCycleModel.findById(cycle._id).lean())!;
    expect(statusFor(principalA, marked, fresh, '2026-10-01')).toBe('DONE');
    expect(statusFor(principalB, marked, fresh, '2026-10-01')).toBe('OVERDUE');
    expect(statusFor(leader, marked, fresh, '2026-09-25')).toBe('DUE');
    await setCycleStepDone(principalB, { stepId: s._id.toHexString(), done: true });
    const both = (await CycleStepModel.findById(s._id).lean())!;
    expect(statusFor(leader, both, fresh, '2026-10-01')).toBe('DONE');
    // A principal may not mark another unit, nor the administration a unit's step.
    await expect(
      setCycleStepDone(principalA, { stepId: s._id.toHexString(), unitId: b._id.toHexString(), done: false }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setCycleStepDone(leader, { stepId: s._id.toHexString(), done: true })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('lists a step as overdue from the day after its due date, for the units that have not marked it', async () => {
    const { a, leader, cycle } = await setting();
    const today = swedishDate();
    const s = await addCycleStep(leader, {
      cycleId: cycle._id.toHexString(),
      step: step({ startDate: '2026-01-01', dueDate: today }),
    });
    expect((await overdueSteps(leader, cycle.municipalityCode)).steps).toEqual([]);
    await CycleStepModel.updateOne({ _id: s._id }, { $set: { dueDate: '2026-01-02' } });
    expect((await overdueSteps(leader, cycle.municipalityCode)).steps.map((x) => x.title)).toEqual([
      'Följ upp resultaten',
    ]);
    const principal = await makeViewer('principal', a);
    await setCycleStepDone(principal, { stepId: s._id.toHexString(), done: true });
    expect((await overdueSteps(principal, cycle.municipalityCode)).steps).toEqual([]);
    expect((await overdueSteps(leader, cycle.municipalityCode)).steps).toHaveLength(1);
  });
});

describe('editing and copying', () => {
  it('refuses a stale version with CONFLICT carrying the step in the API’s names', async () => {
    const { leader, cycle } = await setting();
    const s = await addCycleStep(leader, { cycleId: cycle._id.toHexString(), step: step() });
    await updateCycleStep(leader, { id: s._id.toHexString(), expectedVersion: 1, step: step({ title: 'Ny' }) });
    const stale = updateCycleStep(leader, {
      id: s._id.toHexString(),
      expectedVersion: 1,
      step: step({ title: 'Gammal' }),
    });
    await expect(stale).rejects.toMatchObject({
      code: 'CONFLICT',
      extensions: { current: { version: 2, title: 'Ny', phase: 'FOLLOW_UP', ownerRole: 'PRINCIPAL' } },
    });
  });

  it('copies into the next year with every date a year on and nothing done', async () => {
    const { a, leader, cycle } = await setting(2028);
    const s = await addCycleStep(leader, {
      cycleId: cycle._id.toHexString(),
      step: step({ startDate: '2028-02-29', dueDate: '2028-03-15' }),
    });
    await setCycleStepDone(await makeViewer('principal', a), { stepId: s._id.toHexString(), done: true });
    const copy = await copyAnnualCycle(leader, cycle._id.toHexString());
    expect(copy).toMatchObject({ year: 2029, stepCount: 1 });
    const steps = await CycleStepModel.find({ cycleId: copy._id }).lean();
    expect(steps.map((x) => [x.startDate, x.dueDate, x.completions])).toEqual([['2029-02-28', '2029-03-15', []]]);
  });
});
