import mongoose, { type Types } from 'mongoose';
import type { z } from 'zod';
import {
  loadEditable,
  loadVisible,
  inReadScope,
  readScope,
  requireViewer,
  toObjectId,
  type Viewer,
} from '../../auth/index.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { pageArgs, toPage, type Page } from '../../shared/pagination.js';
import { parseInput } from '../../shared/validation.js';
import { createAudited, updateVersioned } from '../audit/index.js';
import { IndicatorModel } from '../indicators/index.js';
import { OrganisationModel, type OrganisationDoc } from '../organisations/index.js';
import {
  planMunicipalityCode,
  planStatusFromGql,
  provideGoalReferenceCount,
  setItemGoalLink,
  type ActionItemDoc,
} from '../plans/index.js';
import { GoalModel, type GoalDoc, type TargetDoc } from './goal.model.js';
import { findGoal, listGoalsOf } from './goal.repository.js';
import { canEditGoal, canViewGoal } from './goal.policy.js';
import { addTargetInput, createGoalInput, goalItemLinkInput, targetInput, updateGoalInput } from './goal.inputs.js';

const GOAL = { sv: 'Målet', en: 'The goal' };
const oid = (s: string) => new mongoose.Types.ObjectId(s);
const loadGoal = (id: Types.ObjectId) => () => GoalModel.findById(id).lean<GoalDoc>();

// Items name the goals they serve; plans checks those ids through this count (see plans/goal-references.ts).
provideGoalReferenceCount((ids, municipalityCode) =>
  GoalModel.countDocuments({ _id: mongoose.trusted({ $in: ids }), municipalityCode }),
);

/** Query.goal: the goal if the viewer may see it, else null. */
export async function findVisibleGoal(viewer: Viewer | null, id: unknown): Promise<GoalDoc | null> {
  const goalId = toObjectId(id, 'id');
  const v = requireViewer({ viewer });
  return findGoal(readScope(v), goalId);
}

/** An organisation's goals the viewer may see, oldest first. */
export async function listGoals(
  viewer: Viewer | null,
  args: { organisationId: unknown; first?: number | null; after?: string | null },
): Promise<Page<GoalDoc>> {
  const v = requireViewer({ viewer });
  const orgId = toObjectId(args.organisationId, 'organisationId');
  const page = pageArgs(args);
  const org = await OrganisationModel.findById(orgId).lean<OrganisationDoc>();
  if (!org) throw new NotFoundError({ sv: 'Organisationen', en: 'The organisation' });
  const scope = readScope(v);
  if (!inReadScope(scope, { municipalityCode: org.municipalityCode, status: 'active' })) throw new ForbiddenError();
  const { items, total } = await listGoalsOf(scope, org._id, page);
  return toPage(items, page, total);
}

// Turns validated target input into a stored target: the indicator by key, the scope in the same municipality.
async function resolveTarget(
  t: z.output<typeof targetInput>,
  municipalityCode: string,
  field: string,
): Promise<TargetDoc> {
  const [indicator, scope] = await Promise.all([
    IndicatorModel.findOne({ key: t.indicatorKey }).select({ _id: 1 }).lean(),
    OrganisationModel.findById(oid(t.scopeOrganisationId)).lean<OrganisationDoc>(),
  ]);
  const problems = [];
  if (!indicator)
    problems.push({
      field: `${field}.indicatorKey`,
      message: { sv: 'är ingen känd indikator', en: 'is not a known indicator' },
    });
  if (!scope || scope.municipalityCode !== municipalityCode)
    problems.push({
      field: `${field}.scopeOrganisationId`,
      message: { sv: 'är ingen organisation i kommunen', en: 'is not an organisation of the municipality' },
    });
  if (problems.length) throw new BadInputError(problems);
  return {
    _id: new mongoose.Types.ObjectId(),
    indicatorId: indicator!._id,
    scopeId: scope!._id,
    scopeCode: scope!.code,
    kind: t.kind === 'RANK' ? 'rank' : 'value',
    targetValue: t.kind === 'VALUE' ? (t.targetValue ?? null) : null,
    targetRank: t.kind === 'RANK' ? (t.targetRank ?? null) : null,
    targetYear: t.targetYear,
  };
}

/** Creates a goal with its targets (the municipality's administration). */
export async function createGoal(viewer: Viewer | null, input: unknown): Promise<GoalDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(createGoalInput, input, 'input');
  const org = await OrganisationModel.findById(oid(data.organisationId)).lean<OrganisationDoc>();
  if (!org) throw new NotFoundError({ sv: 'Organisationen', en: 'The organisation' });
  if (!canEditGoal(v, org)) throw new ForbiddenError();
  let planId: Types.ObjectId | null = null;
  if (data.planId) {
    const planMunicipality = await planMunicipalityCode(oid(data.planId));
    if (planMunicipality !== org.municipalityCode)
      throw new BadInputError([
        { field: 'input.planId', message: { sv: 'är ingen plan i kommunen', en: 'is not a plan of the municipality' } },
      ]);
    planId = oid(data.planId);
  }
  const targets = await Promise.all(
    (data.targets ?? []).map((t, i) => resolveTarget(t, org.municipalityCode, `input.targets.${i}`)),
  );
  return createAudited<GoalDoc>({
    viewer: v,
    model: GoalModel,
    doc: {
      title: data.title,
      description: data.description ?? null,
      ownerId: org._id,
      municipalityCode: org.municipalityCode,
      planId,
      status: data.status ? planStatusFromGql[data.status] : 'active',
      targets,
    },
    action: 'goal.create',
    targetType: 'Goal',
  });
}

function editableGoal(viewer: Viewer, id: Types.ObjectId): Promise<GoalDoc> {
  return loadEditable(
    loadGoal(id),
    { canSee: (goal) => canViewGoal(viewer, goal), canEdit: (goal) => canEditGoal(viewer, goal) },
    GOAL,
  );
}

// expectedVersion null: the change applies to whatever version is current (operations that take none,
// like adding a target, must not fail because someone else changed the goal meanwhile).
async function changeGoal(
  viewer: Viewer,
  goal: GoalDoc,
  expectedVersion: number | null,
  update: Record<string, unknown>,
  action: string,
): Promise<GoalDoc> {
  return updateVersioned<GoalDoc>({
    viewer,
    model: GoalModel,
    id: goal._id,
    expectedVersion,
    update,
    action,
    targetType: 'Goal',
    conflict: (current) =>
      current
        ? new ConflictError({ id: goal._id.toHexString(), version: current.version, title: current.title })
        : new NotFoundError(GOAL),
  });
}

/** Edits a goal's title, description or status against a version. */
export async function updateGoal(viewer: Viewer | null, input: unknown): Promise<GoalDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(updateGoalInput, input, 'input');
  const goal = await editableGoal(v, oid(data.id));
  const set: Record<string, unknown> = {};
  if (data.title != null) set.title = data.title;
  if (data.description !== undefined) set.description = data.description;
  if (data.status != null) set.status = planStatusFromGql[data.status];
  return changeGoal(v, goal, data.expectedVersion, { $set: set }, 'goal.update');
}

/** Adds a target to a goal. */
export async function addTarget(viewer: Viewer | null, input: unknown): Promise<GoalDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(addTargetInput, input, 'input');
  const goal = await editableGoal(v, oid(data.goalId));
  const target = await resolveTarget(data.target, goal.municipalityCode, 'input.target');
  return changeGoal(v, goal, null, { $push: { targets: target } }, 'goal.addTarget');
}

/** Removes a target from a goal. */
export async function removeTarget(viewer: Viewer | null, goalId: unknown, targetId: unknown): Promise<GoalDoc> {
  const v = requireViewer({ viewer });
  const gid = toObjectId(goalId, 'goalId');
  const tid = toObjectId(targetId, 'targetId');
  const goal = await editableGoal(v, gid);
  if (!goal.targets.some((t) => t._id.equals(tid))) throw new NotFoundError({ sv: 'Målvärdet', en: 'The target' });
  return changeGoal(v, goal, null, { $pull: { targets: { _id: tid } } }, 'goal.removeTarget');
}

/** Links an action item to a goal it serves, or removes the link; both must be in the same municipality. */
export async function setGoalItemLink(viewer: Viewer | null, input: unknown, linked: boolean): Promise<ActionItemDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(goalItemLinkInput, input, 'input');
  return setItemGoalLink(v, oid(data.itemId), linked, async (item) => {
    // Only a goal of the item's own municipality that the viewer may see can be linked.
    const goal = await loadVisible(
      loadGoal(oid(data.goalId)),
      (g) => g.municipalityCode === item.municipalityCode && canViewGoal(v, g),
      GOAL,
    );
    return goal._id;
  });
}
