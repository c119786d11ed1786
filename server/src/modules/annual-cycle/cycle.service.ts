import mongoose, { type Types } from 'mongoose';
import type { z } from 'zod';
import {
  editScope,
  loadForEdit,
  loadInScope,
  loadOwnerInScope,
  readScope,
  requireViewer,
  toObjectId,
  type EditScope,
  type Viewer,
} from '../../auth/index.js';
import { BadInputError, ConflictError, NotFoundError } from '../../shared/errors.js';
import { apiName } from '../../shared/enum-names.js';
import { parseInput } from '../../shared/validation.js';
import { countSchoolUnits, findOrganisation, listOrganisations } from '../organisations/index.js';
import { addYears, stepStatus, swedishDate } from './cycle.dates.js';
import { cyclePhaseValues, schoolFormValues, stepOwnerRoleValues, type StepStatus } from './cycle.enums.js';
import {
  addStepInput,
  createCycleInput,
  MAX_STEPS,
  MAX_UNITS,
  setDoneInput,
  stepInput,
  updateCycleInput,
  updateStepInput,
} from './cycle.inputs.js';
import type { AnnualCycleDoc, CycleStepDoc } from './cycle.model.js';
import { canEditCycle, canMarkStep, viewerUnitsIn, type CycleFacts } from './cycle.policy.js';
import {
  changeCycle,
  changeStep,
  cycleExists,
  findCycle,
  findCycles,
  findStep,
  insertCycle,
  insertStep,
  listCycles,
  removeCycle,
  removeStep,
  stepsDueBefore,
  stepsOfCycles,
} from './cycle.repository.js';

const CYCLE = { sv: 'Årshjulet', en: 'The annual cycle' };
const STEP = { sv: 'Steget', en: 'The step' };
const MUNICIPALITY = { sv: 'Kommunen', en: 'The municipality' };
const oid = (s: string) => new mongoose.Types.ObjectId(s);

// Every read and write goes through cycle.repository.ts with the viewer's scope; NOT_FOUND and
// FORBIDDEN come only from loadInScope, loadForEdit and loadOwnerInScope (auth/scope.ts).

/** Query.annualCycle: NOT_FOUND for a hidden cycle as for an absent one. */
export function getCycle(viewer: Viewer | null, id: unknown): Promise<AnnualCycleDoc> {
  const cycleId = toObjectId(id, 'id');
  const scope = readScope(requireViewer({ viewer }));
  return loadInScope(scope, () => findCycle(scope, cycleId), CYCLE);
}

/** A municipality's cycles the viewer may read (none of another municipality's). */
export function listAnnualCycles(
  viewer: Viewer | null,
  args: { municipalityCode: string; year?: number | null },
): Promise<AnnualCycleDoc[]> {
  const scope = readScope(requireViewer({ viewer }));
  return listCycles(scope, args.municipalityCode, args.year);
}

/** Every school unit of the municipality, by name: a compulsory-school cycle's units unless others are named. */
async function municipalityUnits(municipalityCode: string): Promise<Types.ObjectId[]> {
  const ids: Types.ObjectId[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await listOrganisations({ kind: 'schoolUnit', municipalityCode }, { first: 100, after });
    ids.push(...page.nodes.map((o) => o._id));
    if (!page.pageInfo.hasNextPage || ids.length >= MAX_UNITS) return ids.slice(0, MAX_UNITS);
    after = page.pageInfo.endCursor;
  }
}

/** The ids as school units of the municipality, once each; a problem on `field` otherwise. */
async function checkUnits(ids: readonly string[], municipalityCode: string, field: string) {
  const unique = [...new Set(ids)].map(oid);
  if (unique.length !== ids.length)
    throw new BadInputError([{ field, message: { sv: 'nämner en enhet två gånger', en: 'names a unit twice' } }]);
  if ((await countSchoolUnits(unique, municipalityCode)) !== unique.length)
    throw new BadInputError([
      { field, message: { sv: 'är inte skolenheter i kommunen', en: 'are not school units of the municipality' } },
    ]);
  return unique;
}

const exists = () =>
  new BadInputError([
    {
      field: 'input.year',
      message: {
        sv: 'kommunen har redan ett årshjul för skolformen och läsåret',
        en: 'the municipality already has an annual cycle for the school form and year',
      },
    },
  ]);

/** Creates a municipality's cycle for a school form and school year (its administration). */
export async function createAnnualCycle(viewer: Viewer | null, input: unknown): Promise<AnnualCycleDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(createCycleInput, input, 'input');
  const org = await loadOwnerInScope(scope, 'edit', () => findOrganisation(oid(data.organisationId)), MUNICIPALITY);
  if (org.kind !== 'municipality')
    throw new BadInputError([
      { field: 'input.organisationId', message: { sv: 'är ingen kommun', en: 'is not a municipality' } },
    ]);
  const unitIds = data.unitIds
    ? await checkUnits(data.unitIds, org.municipalityCode, 'input.unitIds')
    : data.schoolForm === 'compulsory'
      ? await municipalityUnits(org.municipalityCode)
      : [];
  const key = { municipalityCode: org.municipalityCode, schoolForm: data.schoolForm, year: data.year };
  if (await cycleExists(scope, key)) throw exists();
  const created = await insertCycle(scope, { ...key, ownerId: org._id, unitIds });
  if (!created) throw exists();
  return created;
}

function editableCycle(scope: EditScope, id: Types.ObjectId): Promise<AnnualCycleDoc> {
  return loadForEdit(scope, () => findCycle(scope, id), CYCLE);
}

/** What a CONFLICT on a cycle carries: the cycle as it is now. */
export function cycleConflictPayload(c: AnnualCycleDoc): Record<string, unknown> {
  return {
    id: c._id.toHexString(),
    version: c.version,
    schoolForm: apiName(schoolFormValues, c.schoolForm),
    year: c.year,
    unitIds: c.unitIds.map((u) => u.toHexString()),
  };
}

/** Changes the units of a cycle against a version. */
export async function updateAnnualCycle(viewer: Viewer | null, input: unknown): Promise<AnnualCycleDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(updateCycleInput, input, 'input');
  const cycle = await editableCycle(scope, oid(data.id));
  const unitIds = await checkUnits(data.unitIds, cycle.municipalityCode, 'input.unitIds');
  return changeCycle(scope, cycle._id, data.expectedVersion, { $set: { unitIds } }, (current) =>
    current ? new ConflictError(cycleConflictPayload(current)) : new NotFoundError(CYCLE),
  );
}

/** Removes a cycle and its steps against the version the editor saw. */
export async function deleteAnnualCycle(
  viewer: Viewer | null,
  id: unknown,
  expectedVersion: unknown,
): Promise<boolean> {
  const scope = editScope(requireViewer({ viewer }));
  const cycleId = toObjectId(id, 'id');
  const version = parseVersion(expectedVersion);
  await editableCycle(scope, cycleId);
  if (await removeCycle(scope, cycleId, version)) return true;
  const current = await findCycle(scope, cycleId);
  throw current ? new ConflictError(cycleConflictPayload(current)) : new NotFoundError(CYCLE);
}

function parseVersion(v: unknown): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    throw new BadInputError([{ field: 'expectedVersion', message: { sv: 'är ogiltigt', en: 'is invalid' } }]);
  return v;
}

/** Copies a cycle into the next school year with its units and steps, every date a year on and nothing done. */
export async function copyAnnualCycle(viewer: Viewer | null, id: unknown): Promise<AnnualCycleDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const source = await editableCycle(scope, toObjectId(id, 'id'));
  const year = source.year + 1;
  const key = { municipalityCode: source.municipalityCode, schoolForm: source.schoolForm, year };
  const fail = () =>
    new BadInputError([
      {
        field: 'id',
        message: {
          sv: 'nästa läsår har redan ett årshjul för skolformen',
          en: 'the next school year already has an annual cycle for the school form',
        },
      },
    ]);
  if (await cycleExists(scope, key)) throw fail();
  const steps = (await stepsOf(scope, source._id)).map((s) => ({
    title: s.title,
    description: s.description ?? null,
    phase: s.phase,
    startDate: addYears(s.startDate, 1),
    dueDate: addYears(s.dueDate, 1),
    ownerRole: s.ownerRole,
    perUnit: s.perUnit,
    completions: [],
  }));
  const created = await insertCycle(scope, { ...key, ownerId: source.ownerId, unitIds: source.unitIds }, steps);
  if (!created) throw fail();
  return created;
}

function stepsOf(scope: EditScope, cycleId: Types.ObjectId): Promise<CycleStepDoc[]> {
  return stepsOfCycles(scope, [cycleId]);
}

const stepContent = (s: z.output<typeof stepInput>) => ({
  title: s.title,
  description: s.description || null,
  phase: s.phase,
  startDate: s.startDate,
  dueDate: s.dueDate,
  ownerRole: s.ownerRole,
  perUnit: s.perUnit,
});

/** Adds a step to a cycle (at most {@link MAX_STEPS}). */
export async function addCycleStep(viewer: Viewer | null, input: unknown): Promise<CycleStepDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(addStepInput, input, 'input');
  const cycle = await editableCycle(scope, oid(data.cycleId));
  const step = await insertStep(scope, cycle, { ...stepContent(data.step), completions: [] });
  if (!step)
    throw new BadInputError([
      {
        field: 'input.cycleId',
        message: { sv: `har redan ${MAX_STEPS} steg`, en: `already has ${MAX_STEPS} steps` },
      },
    ]);
  return step;
}

/** What a CONFLICT on a step carries: the step as it is now, in the API's names. */
export function stepConflictPayload(s: CycleStepDoc): Record<string, unknown> {
  return {
    id: s._id.toHexString(),
    version: s.version,
    title: s.title,
    description: s.description ?? null,
    phase: apiName(cyclePhaseValues, s.phase),
    startDate: s.startDate,
    dueDate: s.dueDate,
    ownerRole: apiName(stepOwnerRoleValues, s.ownerRole),
    perUnit: s.perUnit,
  };
}

const stepConflict = (current: CycleStepDoc | null) =>
  current ? new ConflictError(stepConflictPayload(current)) : new NotFoundError(STEP);

/** A step of a cycle the viewer may edit: NOT_FOUND when hidden or absent, FORBIDDEN when only visible. */
function editableStep(scope: EditScope, id: Types.ObjectId): Promise<CycleStepDoc> {
  return loadForEdit(scope, () => findStep(scope, id), STEP);
}

/** Changes a step's content against its version. */
export async function updateCycleStep(viewer: Viewer | null, input: unknown): Promise<CycleStepDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(updateStepInput, input, 'input');
  const step = await editableStep(scope, oid(data.id));
  return changeStep(
    scope,
    step._id,
    { expectedVersion: data.expectedVersion, update: { $set: stepContent(data.step) }, action: 'cycleStep.update' },
    stepConflict,
  );
}

/** Removes a step against the version the editor saw. */
export async function deleteCycleStep(viewer: Viewer | null, id: unknown, expectedVersion: unknown): Promise<boolean> {
  const scope = editScope(requireViewer({ viewer }));
  const stepId = toObjectId(id, 'id');
  const version = parseVersion(expectedVersion);
  await editableStep(scope, stepId);
  if (await removeStep(scope, stepId, version)) return true;
  throw stepConflict(await findStep(scope, stepId));
}

/**
 * Marks a step done or not done: a per-unit step for a unit of the cycle by its principal (the
 * viewer's own unit when none is named), a step done once by the organiser's administration.
 * The step's version is left alone, so an edit typed meanwhile is not refused for it.
 */
export async function setCycleStepDone(viewer: Viewer | null, input: unknown): Promise<CycleStepDoc> {
  const v = requireViewer({ viewer });
  const scope = editScope(v);
  const data = parseInput(setDoneInput, input, 'input');
  // What the rule decided on: the step's cycle and the unit marked (null: the organiser).
  const found: { cycle: AnnualCycleDoc | null; unitId: Types.ObjectId | null } = { cycle: null, unitId: null };
  const step = await loadForEdit(
    scope,
    async () => {
      const s = await findStep(scope, oid(data.stepId));
      found.cycle = s ? await findCycle(scope, s.cycleId) : null;
      return found.cycle ? s : null;
    },
    STEP,
    (s) => {
      const cycle = found.cycle!;
      if (!s.perUnit) return !data.unitId && canMarkStep(v, cycle, s, null);
      found.unitId = data.unitId ? oid(data.unitId) : (viewerUnitsIn(v, cycle)[0] ?? null);
      return canMarkStep(v, cycle, s, found.unitId);
    },
  );
  const unitId = found.unitId;
  if (isDoneFor(step, unitId) === data.done) return step;
  const mark = { unitId };
  const update = data.done
    ? { $push: { completions: { ...mark, personId: oid(v.personId), personName: v.name, at: new Date() } } }
    : { $pull: { completions: mark } };
  // Written only while the mark is still as read: a second click at the same moment changes nothing.
  const where = {
    municipalityCode: step.municipalityCode,
    completions: data.done ? mongoose.trusted({ $not: { $elemMatch: mark } }) : mongoose.trusted({ $elemMatch: mark }),
  };
  try {
    return await changeStep(
      scope,
      step._id,
      {
        expectedVersion: null,
        update,
        action: data.done ? 'cycleStep.done' : 'cycleStep.undone',
        keepVersion: true,
        where,
      },
      (current) => (current ? new AlreadyMarked(current) : new NotFoundError(STEP)),
    );
  } catch (err) {
    if (err instanceof AlreadyMarked) return err.current;
    throw err;
  }
}

class AlreadyMarked extends Error {
  constructor(readonly current: CycleStepDoc) {
    super('the mark was already as asked');
  }
}

/** Whether a step is done for a unit (null: the organiser's own mark). */
export function isDoneFor(step: CycleStepDoc, unitId: Types.ObjectId | null): boolean {
  return step.completions.some((c) => (unitId ? !!c.unitId?.equals(unitId) : !c.unitId));
}

/** How far the cycle's units are with a per-unit step. */
export function unitProgress(
  step: CycleStepDoc,
  cycle: CycleFacts,
): { done: Types.ObjectId[]; pending: Types.ObjectId[] } {
  const done: Types.ObjectId[] = [];
  const pending: Types.ObjectId[] = [];
  for (const u of cycle.unitIds) (isDoneFor(step, u) ? done : pending).push(u);
  return { done, pending };
}

/**
 * A step's status for the viewer: a principal of a unit of the cycle sees their unit's mark on a
 * per-unit step; everyone else sees the organiser's (a per-unit step is done when every unit is).
 */
export function statusFor(
  viewer: Viewer | null,
  step: CycleStepDoc,
  cycle: CycleFacts,
  today = swedishDate(),
): StepStatus {
  let done: boolean;
  if (!step.perUnit) done = isDoneFor(step, null);
  else {
    const mine = viewerUnitsIn(viewer, cycle)[0];
    done = mine ? isDoneFor(step, mine) : cycle.unitIds.length > 0 && unitProgress(step, cycle).pending.length === 0;
  }
  return stepStatus(step, done, today);
}

/** The viewer's overdue steps of the municipality, oldest due date first (at most 50). */
export async function overdueSteps(
  viewer: Viewer | null,
  municipalityCode: string,
): Promise<{ steps: CycleStepDoc[]; cycles: AnnualCycleDoc[] }> {
  const scope = readScope(requireViewer({ viewer }));
  const today = swedishDate();
  const candidates = await stepsDueBefore(scope, municipalityCode, today);
  const cycleIds = [...new Map(candidates.map((s) => [s.cycleId.toHexString(), s.cycleId])).values()];
  const cycles = cycleIds.length ? await findCycles(scope, cycleIds) : [];
  const byId = new Map(cycles.map((c) => [c._id.toHexString(), c]));
  const steps = candidates
    .filter((s) => {
      const cycle = byId.get(s.cycleId.toHexString());
      return !!cycle && statusFor(viewer, s, cycle, today) === 'OVERDUE';
    })
    .slice(0, 50);
  return { steps, cycles };
}

export { canEditCycle };
