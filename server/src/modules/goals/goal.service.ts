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
import { pageArgs, toPage, type Page } from '../../shared/pagination.js';
import { parseInput } from '../../shared/validation.js';
import { IndicatorModel } from '../indicators/index.js';
import { findOrganisation } from '../organisations/index.js';
import { findPlan, provideGoalReferenceCount, setItemGoalLink, type ActionItemDoc } from '../plans/index.js';
import type { GoalDoc, TargetDoc } from './goal.model.js';
import { changeGoal as writeGoal, countGoals, findGoal, insertGoal, listGoalsOf } from './goal.repository.js';
import {
  addTargetInput,
  createGoalInput,
  goalItemLinkInput,
  MAX_TARGETS,
  targetInput,
  updateGoalInput,
  updateTargetInput,
} from './goal.inputs.js';
import { apiName } from '../../shared/enum-names.js';
import { planStatusValues } from '../plans/index.js';
import { targetKindValues } from './goal.enums.js';

const GOAL = { sv: 'Målet', en: 'The goal' };
const ORGANISATION = { sv: 'Organisationen', en: 'The organisation' };
const TARGET = { sv: 'Målvärdet', en: 'The target' };
const oid = (s: string) => new mongoose.Types.ObjectId(s);

/** Sweden's municipalities: a municipality's rank lies between 1 and this. */
export const MUNICIPALITY_COUNT = 290;

// Every read and write goes through goal.repository.ts with the viewer's scope; NOT_FOUND and
// FORBIDDEN come only from loadInScope, loadForEdit and loadOwnerInScope (auth/scope.ts).

// Items name the goals they serve; plans checks those ids through this count (see plans/goal-references.ts).
provideGoalReferenceCount(countGoals);

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
  const scope = readScope(v);
  const org = await loadOwnerInScope(scope, 'read', () => findOrganisation(orgId), ORGANISATION);
  const { items, total } = await listGoalsOf(scope, org._id, page);
  return toPage(items, page, total);
}

// Turns validated target input into a stored target: the indicator by key, the scope in the same municipality.
async function resolveTarget(
  t: z.output<typeof targetInput>,
  municipalityCode: string,
  field: string,
  id: Types.ObjectId = new mongoose.Types.ObjectId(),
): Promise<TargetDoc> {
  const [indicator, scope] = await Promise.all([
    IndicatorModel.findOne({ key: t.indicatorKey }).select({ _id: 1 }).lean(),
    findOrganisation(oid(t.scopeOrganisationId)),
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
  if (t.kind === 'rank' && scope?.kind === 'municipality' && (t.targetRank ?? 0) > MUNICIPALITY_COUNT)
    problems.push({
      field: `${field}.targetRank`,
      message: {
        sv: `får vara högst ${MUNICIPALITY_COUNT}, antalet kommuner`,
        en: `may be at most ${MUNICIPALITY_COUNT}, the number of municipalities`,
      },
    });
  if (problems.length) throw new BadInputError(problems);
  return {
    _id: id,
    indicatorId: indicator!._id,
    scopeId: scope!._id,
    scopeCode: scope!.code,
    kind: t.kind,
    targetValue: t.kind === 'value' ? (t.targetValue ?? null) : null,
    targetRank: t.kind === 'rank' ? (t.targetRank ?? null) : null,
    targetYear: t.targetYear,
  };
}

/** Creates a goal with its targets (the municipality's administration). */
export async function createGoal(viewer: Viewer | null, input: unknown): Promise<GoalDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(createGoalInput, input, 'input');
  const org = await loadOwnerInScope(scope, 'edit', () => findOrganisation(oid(data.organisationId)), ORGANISATION);
  let planId: Types.ObjectId | null = null;
  if (data.planId) {
    const plan = await findPlan(scope, oid(data.planId));
    if (plan?.municipalityCode !== org.municipalityCode)
      throw new BadInputError([
        { field: 'input.planId', message: { sv: 'är ingen plan i kommunen', en: 'is not a plan of the municipality' } },
      ]);
    planId = oid(data.planId);
  }
  const targets = await Promise.all(
    (data.targets ?? []).map((t, i) => resolveTarget(t, org.municipalityCode, `input.targets.${i}`)),
  );
  return insertGoal(scope, {
    title: data.title,
    description: data.description ?? null,
    ownerId: org._id,
    municipalityCode: org.municipalityCode,
    planId,
    status: data.status ?? 'active',
    period: data.period ?? null,
    targets,
  });
}

/** A goal the viewer may edit; NOT_FOUND when it is hidden or absent, FORBIDDEN when only visible. */
function editableGoal(scope: EditScope, id: Types.ObjectId): Promise<GoalDoc> {
  return loadForEdit(scope, () => findGoal(scope, id), GOAL);
}

// expectedVersion null: the change applies to whatever version is current (operations that take none,
// like adding a target, must not fail because someone else changed the goal meanwhile).
function changeGoal(
  scope: EditScope,
  goal: GoalDoc,
  expectedVersion: number | null,
  update: Record<string, unknown>,
  action: GoalAction,
): Promise<GoalDoc> {
  return writeGoal(scope, goal._id, expectedVersion, update, action, (current) =>
    current ? new ConflictError(goalConflictPayload(current)) : new NotFoundError(GOAL),
  );
}

type GoalAction = 'goal.update' | 'goal.addTarget' | 'goal.updateTarget' | 'goal.removeTarget';

/** What a CONFLICT carries: the goal as it is now, in the API's names, so the form shows it beside what was typed. */
export function goalConflictPayload(current: GoalDoc): Record<string, unknown> {
  return {
    id: current._id.toHexString(),
    version: current.version,
    title: current.title,
    description: current.description ?? null,
    status: apiName(planStatusValues, current.status),
    period: current.period ? { from: current.period.from, to: current.period.to } : null,
    targets: current.targets.map((t) => ({
      id: t._id.toHexString(),
      kind: apiName(targetKindValues, t.kind),
      scopeOrganisationId: t.scopeId.toHexString(),
      targetValue: t.targetValue ?? null,
      targetRank: t.targetRank ?? null,
      targetYear: t.targetYear,
    })),
  };
}

/** Edits a goal's title, description or status against a version. */
export async function updateGoal(viewer: Viewer | null, input: unknown): Promise<GoalDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(updateGoalInput, input, 'input');
  const goal = await editableGoal(scope, oid(data.id));
  const set: Record<string, unknown> = {};
  if (data.title != null) set.title = data.title;
  if (data.description !== undefined) set.description = data.description;
  if (data.status != null) set.status = data.status;
  if (data.period !== undefined) set.period = data.period;
  return changeGoal(scope, goal, data.expectedVersion, { $set: set }, 'goal.update');
}

/** Adds a target to a goal. */
export async function addTarget(viewer: Viewer | null, input: unknown): Promise<GoalDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(addTargetInput, input, 'input');
  let goal = await editableGoal(scope, oid(data.goalId));
  const target = await resolveTarget(data.target, goal.municipalityCode, 'input.target');
  // The limit is checked on the version read and the target written onto that version only, so
  // adds at the same moment never pass it together; one that lost the race reads the goal again.
  for (let attempt = 1; ; attempt++) {
    if (goal.targets.length >= MAX_TARGETS)
      throw new BadInputError([
        {
          field: 'input.goalId',
          message: { sv: `har redan ${MAX_TARGETS} målvärden`, en: `already has ${MAX_TARGETS} targets` },
        },
      ]);
    try {
      return await changeGoal(scope, goal, goal.version, { $push: { targets: target } }, 'goal.addTarget');
    } catch (err) {
      if (!(err instanceof ConflictError) || attempt >= ADD_TARGET_ATTEMPTS) throw err;
    }
    goal = await editableGoal(scope, goal._id);
  }
}

/**
 * How often an add that lost a race to another write of the same goal reads it again and retries.
 * Each lost race means another write landed, and at most MAX_TARGETS adds can land on one goal, so
 * adds racing only each other always end in saved or "already has 20"; a CONFLICT comes back only
 * when edits of the goal itself keep winning as well.
 */
const ADD_TARGET_ATTEMPTS = MAX_TARGETS + 5;

/** Changes a target (indicator, scope, kind, value or rank, year) against the goal's version; the target keeps its id. */
export async function updateTarget(viewer: Viewer | null, input: unknown): Promise<GoalDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(updateTargetInput, input, 'input');
  const goal = await editableGoal(scope, oid(data.goalId));
  const tid = oid(data.targetId);
  const index = goal.targets.findIndex((t) => t._id.equals(tid));
  if (index < 0) throw new NotFoundError(TARGET);
  const target = await resolveTarget(data.target, goal.municipalityCode, 'input.target', tid);
  // The target is found by id again in the write: a stale version changes nothing (CONFLICT) and a
  // target removed meanwhile moved the version too.
  return changeGoal(scope, goal, data.expectedVersion, { $set: { [`targets.${index}`]: target } }, 'goal.updateTarget');
}

/** Removes a target from a goal. */
export async function removeTarget(viewer: Viewer | null, goalId: unknown, targetId: unknown): Promise<GoalDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const gid = toObjectId(goalId, 'goalId');
  const tid = toObjectId(targetId, 'targetId');
  const goal = await editableGoal(scope, gid);
  if (!goal.targets.some((t) => t._id.equals(tid))) throw new NotFoundError(TARGET);
  return changeGoal(scope, goal, null, { $pull: { targets: { _id: tid } } }, 'goal.removeTarget');
}

/** Links an action item to a goal it serves, or removes the link; both must be in the same municipality. */
export async function setGoalItemLink(viewer: Viewer | null, input: unknown, linked: boolean): Promise<ActionItemDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(goalItemLinkInput, input, 'input');
  const scope = readScope(v);
  return setItemGoalLink(v, oid(data.itemId), linked, async (item) => {
    // Only a goal of the item's own municipality that the viewer may see can be linked.
    const goal = await loadInScope(
      scope,
      async () => {
        const found = await findGoal(scope, oid(data.goalId));
        return found?.municipalityCode === item.municipalityCode ? found : null;
      },
      GOAL,
    );
    return goal._id;
  });
}
