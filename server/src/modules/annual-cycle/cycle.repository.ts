import mongoose, { type Types } from 'mongoose';
import { editFilter, inEditScope, municipalityFilter, type EditScope, type ReadScope } from '../../auth/index.js';
import { inTransaction, recordAudit, updateVersioned } from '../audit/index.js';
import { MAX_STEPS } from './cycle.inputs.js';
import { AnnualCycleModel, CycleStepModel, type AnnualCycleDoc, type CycleStepDoc } from './cycle.model.js';
import type { SchoolForm } from './cycle.enums.js';

// Every read and write of cycles and steps takes the viewer's scope as its first argument. Cycles
// have no drafts: a reader of the municipality reads them all. Steps carry their cycle's
// municipality and are scoped on it.

const inIds = (ids: readonly Types.ObjectId[]) => mongoose.trusted({ $in: [...ids] });
const byDates = { startDate: 1, dueDate: 1, _id: 1 } as const;

type NewCycle = Omit<AnnualCycleDoc, '_id' | 'version' | 'stepCount' | 'createdAt' | 'updatedAt'>;
type NewStep = Omit<CycleStepDoc, '_id' | 'cycleId' | 'municipalityCode' | 'version' | 'createdAt' | 'updatedAt'>;

/** One cycle by id within the scope, or null (hidden and absent alike). */
export function findCycle(scope: ReadScope, id: Types.ObjectId): Promise<AnnualCycleDoc | null> {
  return AnnualCycleModel.findOne({ _id: id, ...municipalityFilter(scope) })
    .lean<AnnualCycleDoc>()
    .exec();
}

/** The cycles of the ids that lie within the scope. */
export function findCycles(scope: ReadScope, ids: readonly Types.ObjectId[]): Promise<AnnualCycleDoc[]> {
  return AnnualCycleModel.find({ _id: inIds(ids), ...municipalityFilter(scope) })
    .lean<AnnualCycleDoc[]>()
    .exec();
}

/** A municipality's cycles within the scope (none outside it), newest year first, then by school form. */
export function listCycles(scope: ReadScope, municipalityCode: string, year?: number | null) {
  // Both conditions name the municipality: kept apart so the scope's is never overwritten.
  return AnnualCycleModel.find({
    $and: mongoose.trusted([municipalityFilter(scope), { municipalityCode, ...(year != null ? { year } : {}) }]),
  })
    .sort({ year: -1, schoolForm: 1, _id: 1 })
    .lean<AnnualCycleDoc[]>()
    .exec();
}

/** Whether the municipality has a cycle for the school form and year. */
export async function cycleExists(
  scope: EditScope,
  key: { municipalityCode: string; schoolForm: SchoolForm; year: number },
): Promise<boolean> {
  return !!(await AnnualCycleModel.exists({ $and: mongoose.trusted([key, editFilter(scope)]) }));
}

function assertEditable(scope: EditScope, doc: { municipalityCode: string }): void {
  // A create names its municipality; one outside the edit scope is a fault of the caller, never of input.
  if (!inEditScope(scope, doc)) throw new Error('a write outside the edit scope');
}

/**
 * Creates a cycle (version 1) with its steps and the audit events, in one transaction; null when
 * the municipality already has a cycle for that school form and year.
 */
export async function insertCycle(scope: EditScope, doc: NewCycle, steps: NewStep[] = []) {
  assertEditable(scope, doc);
  try {
    return await inTransaction(async (session) => {
      const [created] = await AnnualCycleModel.create([{ ...doc, stepCount: steps.length, version: 1 }], { session });
      const cycle = created!.toObject() as AnnualCycleDoc;
      const audit = { targetType: 'AnnualCycle', targetId: cycle._id, municipalityCode: cycle.municipalityCode };
      await recordAudit(session, scope.viewer, { ...audit, action: 'annualCycle.create', before: null, after: cycle });
      if (steps.length) {
        const stepDocs = steps.map((s) => ({
          ...s,
          cycleId: cycle._id,
          municipalityCode: cycle.municipalityCode,
          version: 1,
        }));
        const inserted = await CycleStepModel.insertMany(stepDocs, { session });
        await recordAudit(session, scope.viewer, {
          ...audit,
          action: 'annualCycle.copySteps',
          before: null,
          after: inserted.map((s) => s.toObject()),
        });
      }
      return cycle;
    });
  } catch (err) {
    if ((err as { code?: number }).code === 11000) return null;
    throw err;
  }
}

/** Changes a cycle of the edit scope against a version, with its audit event. */
export function changeCycle(
  scope: EditScope,
  id: Types.ObjectId,
  expectedVersion: number,
  update: Record<string, unknown>,
  conflict: (current: AnnualCycleDoc | null) => Error,
): Promise<AnnualCycleDoc> {
  return updateVersioned<AnnualCycleDoc>({
    viewer: scope.viewer,
    model: AnnualCycleModel,
    id,
    where: editFilter(scope),
    expectedVersion,
    update,
    action: 'annualCycle.update',
    targetType: 'AnnualCycle',
    conflict,
  });
}

/** Removes a cycle of the edit scope at the version the editor saw, with its steps; false when the version is stale or it is gone. */
export function removeCycle(scope: EditScope, id: Types.ObjectId, expectedVersion: number): Promise<boolean> {
  return inTransaction(async (session) => {
    const removed = await AnnualCycleModel.findOneAndDelete(
      { _id: id, version: expectedVersion, ...editFilter(scope) },
      { session },
    )
      .lean<AnnualCycleDoc>()
      .exec();
    if (!removed) return false;
    const steps = await CycleStepModel.find({ cycleId: id }).session(session).lean<CycleStepDoc[]>().exec();
    await CycleStepModel.deleteMany({ cycleId: id }, { session });
    await recordAudit(session, scope.viewer, {
      action: 'annualCycle.delete',
      targetType: 'AnnualCycle',
      targetId: id,
      municipalityCode: removed.municipalityCode,
      before: { ...removed, steps },
      after: null,
    });
    return true;
  });
}

/** One step by id within the scope, or null. */
export function findStep(scope: ReadScope, id: Types.ObjectId): Promise<CycleStepDoc | null> {
  return CycleStepModel.findOne({ _id: id, ...municipalityFilter(scope) })
    .lean<CycleStepDoc>()
    .exec();
}

/** The steps of the cycles within the scope, by start date, then due date. */
export function stepsOfCycles(scope: ReadScope, cycleIds: readonly Types.ObjectId[]): Promise<CycleStepDoc[]> {
  return CycleStepModel.find({ cycleId: inIds(cycleIds), ...municipalityFilter(scope) })
    .sort(byDates)
    .lean<CycleStepDoc[]>()
    .exec();
}

/** The municipality's steps due before the day, within the scope, oldest due date first. */
export function stepsDueBefore(scope: ReadScope, municipalityCode: string, day: string): Promise<CycleStepDoc[]> {
  return CycleStepModel.find({
    $and: mongoose.trusted([municipalityFilter(scope), { municipalityCode, dueDate: mongoose.trusted({ $lt: day }) }]),
  })
    .sort({ dueDate: 1, startDate: 1, _id: 1 })
    .lean<CycleStepDoc[]>()
    .exec();
}

/**
 * Adds a step to a cycle of the edit scope with its audit event, in one transaction: the cycle's
 * step count is raised only while it is under {@link MAX_STEPS}, so adds at the same moment never
 * pass the limit together. Null when the cycle is full (or gone).
 */
export function insertStep(scope: EditScope, cycle: AnnualCycleDoc, step: NewStep): Promise<CycleStepDoc | null> {
  assertEditable(scope, cycle);
  return inTransaction(async (session) => {
    const counted = await AnnualCycleModel.updateOne(
      { _id: cycle._id, stepCount: mongoose.trusted({ $lt: MAX_STEPS }), ...editFilter(scope) },
      { $inc: { stepCount: 1 } },
      { session },
    );
    if (counted.modifiedCount !== 1) return null;
    const [created] = await CycleStepModel.create(
      [{ ...step, cycleId: cycle._id, municipalityCode: cycle.municipalityCode, version: 1 }],
      { session },
    );
    const doc = created!.toObject() as CycleStepDoc;
    await recordAudit(session, scope.viewer, {
      action: 'cycleStep.create',
      targetType: 'CycleStep',
      targetId: doc._id,
      municipalityCode: doc.municipalityCode,
      before: null,
      after: doc,
    });
    return doc;
  });
}

/** Changes a step against a version (or, with `keepVersion`, whatever is current), with its audit event. */
export function changeStep(
  scope: EditScope,
  id: Types.ObjectId,
  change: {
    expectedVersion: number | null;
    update: Record<string, unknown>;
    action: 'cycleStep.update' | 'cycleStep.done' | 'cycleStep.undone';
    /** Marks done are kept beside the step's own fields: they leave its version alone. */
    keepVersion?: boolean;
    /** More conditions; the default keeps the write inside the edit scope. */
    where?: Record<string, unknown>;
  },
  conflict: (current: CycleStepDoc | null) => Error,
): Promise<CycleStepDoc> {
  return updateVersioned<CycleStepDoc>({
    viewer: scope.viewer,
    model: CycleStepModel,
    id,
    where: change.where ?? editFilter(scope),
    expectedVersion: change.expectedVersion,
    keepVersion: change.keepVersion,
    update: change.update,
    action: change.action,
    targetType: 'CycleStep',
    conflict,
  });
}

/** Removes a step of the edit scope at the version the editor saw; false when stale or gone. */
export function removeStep(scope: EditScope, id: Types.ObjectId, expectedVersion: number): Promise<boolean> {
  return inTransaction(async (session) => {
    const removed = await CycleStepModel.findOneAndDelete(
      { _id: id, version: expectedVersion, ...editFilter(scope) },
      { session },
    )
      .lean<CycleStepDoc>()
      .exec();
    if (!removed) return false;
    await AnnualCycleModel.updateOne({ _id: removed.cycleId }, { $inc: { stepCount: -1 } }, { session });
    await recordAudit(session, scope.viewer, {
      action: 'cycleStep.delete',
      targetType: 'CycleStep',
      targetId: id,
      municipalityCode: removed.municipalityCode,
      before: removed,
      after: null,
    });
    return true;
  });
}
