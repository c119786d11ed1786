import mongoose, { type Types } from 'mongoose';
import {
  editScope,
  inReadScope,
  loadForEdit,
  loadInScope,
  loadOwnerInScope,
  readScope,
  requireViewer,
  toObjectId,
  findVisible,
  type EditScope,
  type Viewer,
} from '../../auth/index.js';
import { BadInputError, ConflictError, NotFoundError } from '../../shared/errors.js';
import { pageArgs, toPage, type Page } from '../../shared/pagination.js';
import { parseInput } from '../../shared/validation.js';
import { apiName } from '../../shared/enum-names.js';
import { itemStatusValues, planStatusValues } from './plan.enums.js';
import { countSchoolUnits, findOrganisation } from '../organisations/index.js';
import { personOfMunicipality } from '../people/index.js';
import { countGoalReferences } from './goal-references.js';
import {
  countAreas,
  countItems,
  findArea,
  findItem,
  findPlan,
  insertArea,
  insertItem,
  insertPlan,
  listPlans,
  recordItemUpdate,
  setItemGoal,
  updateArea as writeArea,
  updateItem,
  updatePlan,
} from './plan.repository.js';
import type { ActionItemDoc, ActionPlanDoc, AreaDoc, PlanStatus } from './plan.model.js';
import { canUpdateItemStatus } from './plan.policy.js';
import {
  createAreaInput,
  createItemInput,
  createPlanInput,
  statusUpdateInput,
  updateAreaInput,
  updateItemInput,
  updatePlanInput,
} from './plan.inputs.js';

const PLAN = { sv: 'Handlingsplanen', en: 'The action plan' };
const AREA = { sv: 'Området', en: 'The area' };
const ITEM = { sv: 'Åtgärden', en: 'The action item' };
const ORGANISATION = { sv: 'Organisationen', en: 'The organisation' };

const oid = (s: string) => new mongoose.Types.ObjectId(s);

// Every read and write goes through plan.repository.ts with the viewer's scope; NOT_FOUND and
// FORBIDDEN come only from loadInScope, loadForEdit and loadOwnerInScope (auth/scope.ts).

/** A plan the viewer may see, or NOT_FOUND (drafts stay invisible to those who may not see them). */
export async function getVisiblePlan(viewer: Viewer | null, id: Types.ObjectId): Promise<ActionPlanDoc> {
  const scope = readScope(requireViewer({ viewer }));
  return loadInScope(scope, () => findPlan(scope, id), PLAN);
}

/** Query.actionPlan: null when the plan does not exist or is not visible to the viewer (read by `load` when given: the request's loader, built with the same scope). */
export async function findVisiblePlan(
  viewer: Viewer | null,
  id: unknown,
  load?: (id: Types.ObjectId) => Promise<ActionPlanDoc | null>,
): Promise<ActionPlanDoc | null> {
  const planId = toObjectId(id, 'id');
  const scope = readScope(requireViewer({ viewer }));
  return findVisible(
    () => (load ? load(planId) : findPlan(scope, planId)),
    (plan) => inReadScope(scope, plan),
  );
}

/** Query.actionItem: the item if its plan is visible to the viewer, else null. */
export async function findVisibleItem(viewer: Viewer | null, id: unknown): Promise<ActionItemDoc | null> {
  const itemId = toObjectId(id, 'id');
  const scope = readScope(requireViewer({ viewer }));
  return (await findItem(scope, itemId))?.item ?? null;
}

/** An organisation's plans the viewer may see, newest first. */
export async function listActionPlans(
  viewer: Viewer | null,
  args: { organisationId: unknown; status?: PlanStatus | null; first?: number | null; after?: string | null },
): Promise<Page<ActionPlanDoc>> {
  const v = requireViewer({ viewer });
  const orgId = toObjectId(args.organisationId, 'organisationId');
  const page = pageArgs(args);
  const scope = readScope(v);
  const org = await loadOwnerInScope(scope, 'read', () => findOrganisation(orgId), ORGANISATION);
  const all = inReadScope(scope, { municipalityCode: org.municipalityCode, status: 'draft' });
  const wanted = args.status ?? undefined;
  const visible: PlanStatus[] = all ? ['draft', 'active', 'closed'] : ['active', 'closed'];
  const statuses = wanted ? visible.filter((s) => s === wanted) : visible;
  const { items, total } = await listPlans(scope, { ownerId: org._id, statuses }, page);
  return toPage(items, page, total);
}

// References from input must point into the same municipality; a foreign id is bad input, not a leak.
async function checkPerson(
  id: string | null | undefined,
  municipalityCode: string,
  field: string,
): Promise<Types.ObjectId | null> {
  if (!id) return null;
  const person = await personOfMunicipality(oid(id), municipalityCode);
  if (!person) {
    throw new BadInputError([
      { field, message: { sv: 'är ingen person i kommunen', en: 'is not a person in the municipality' } },
    ]);
  }
  return person;
}

async function checkSchools(
  ids: string[] | null | undefined,
  municipalityCode: string,
  field: string,
): Promise<Types.ObjectId[]> {
  if (!ids?.length) return [];
  const unique = [...new Set(ids)].map(oid);
  const found = await countSchoolUnits(unique, municipalityCode);
  if (found !== unique.length) {
    throw new BadInputError([
      {
        field,
        message: {
          sv: 'innehåller något som inte är en skolenhet i kommunen',
          en: 'contains something that is not a school unit of the municipality',
        },
      },
    ]);
  }
  return unique;
}

async function checkGoals(
  scope: EditScope,
  ids: string[] | null | undefined,
  municipalityCode: string,
  field: string,
): Promise<Types.ObjectId[]> {
  if (!ids?.length) return [];
  const unique = [...new Set(ids)].map(oid);
  const found = await countGoalReferences(scope, unique, municipalityCode);
  if (found !== unique.length) {
    throw new BadInputError([
      {
        field,
        message: {
          sv: 'innehåller något som inte är ett mål i kommunen',
          en: 'contains something that is not a goal of the municipality',
        },
      },
    ]);
  }
  return unique;
}

/** A plan the viewer may edit; NOT_FOUND when it is hidden or absent, FORBIDDEN when only visible. */
function editablePlan(scope: EditScope, id: string): Promise<ActionPlanDoc> {
  return loadForEdit(scope, () => findPlan(scope, oid(id)), PLAN);
}

/** An area and its plan, when the viewer may edit the plan; NOT_FOUND (for the area) when hidden or absent. */
async function editableArea(scope: EditScope, id: string): Promise<{ area: AreaDoc; plan: ActionPlanDoc }> {
  return loadForEdit(scope, () => findArea(scope, oid(id)), AREA);
}

function versionConflict(
  current: { _id: Types.ObjectId; version: number },
  extra: Record<string, unknown> = {},
): ConflictError {
  return new ConflictError({ id: current._id.toHexString(), version: current.version, ...extra });
}

/** Creates an action plan for an organisation (its municipality's administration). */
export async function createActionPlan(viewer: Viewer | null, input: unknown): Promise<ActionPlanDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(createPlanInput, input, 'input');
  const org = await loadOwnerInScope(scope, 'edit', () => findOrganisation(oid(data.organisationId)), ORGANISATION);
  const responsibleId = await checkPerson(data.responsibleId, org.municipalityCode, 'input.responsibleId');
  const schoolIds = await checkSchools(data.schoolIds, org.municipalityCode, 'input.schoolIds');
  return insertPlan(scope, {
    title: data.title,
    purpose: data.purpose ?? '',
    startingPoints: data.startingPoints ?? [],
    ownerId: org._id,
    municipalityCode: org.municipalityCode,
    ownerTitle: data.ownerTitle ?? null,
    responsibleId,
    responsibleTitle: data.responsibleTitle ?? null,
    schoolIds,
    period: data.period,
    status: data.status ?? 'draft',
  });
}

/** Edits a plan against the version the editor saw; a stale version gives CONFLICT with the current plan. */
export async function updateActionPlan(viewer: Viewer | null, input: unknown): Promise<ActionPlanDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(updatePlanInput, input, 'input');
  const plan = await editablePlan(scope, data.id);
  const set: Partial<ActionPlanDoc> = {};
  if (data.title != null) set.title = data.title;
  if (data.purpose != null) set.purpose = data.purpose;
  if (data.startingPoints != null) set.startingPoints = data.startingPoints;
  if (data.ownerTitle !== undefined) set.ownerTitle = data.ownerTitle;
  if (data.responsibleTitle !== undefined) set.responsibleTitle = data.responsibleTitle;
  if (data.responsibleId !== undefined)
    set.responsibleId = await checkPerson(data.responsibleId, plan.municipalityCode, 'input.responsibleId');
  if (data.schoolIds != null)
    set.schoolIds = await checkSchools(data.schoolIds, plan.municipalityCode, 'input.schoolIds');
  if (data.period != null) set.period = data.period;
  if (data.status != null) set.status = data.status;
  return updatePlan(scope, plan._id, data.expectedVersion, set, (current) =>
    current
      ? versionConflict(current, { title: current.title, status: apiName(planStatusValues, current.status) })
      : new NotFoundError(PLAN),
  );
}

/** Adds an area to a plan. */
export async function createArea(viewer: Viewer | null, input: unknown): Promise<AreaDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(createAreaInput, input, 'input');
  const plan = await editablePlan(scope, data.planId);
  const position = data.position ?? (await countAreas(scope, plan._id));
  return insertArea(scope, {
    planId: plan._id,
    municipalityCode: plan.municipalityCode,
    title: data.title,
    description: data.description ?? null,
    position,
  });
}

/** Edits an area against a version. */
export async function updateArea(viewer: Viewer | null, input: unknown): Promise<AreaDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(updateAreaInput, input, 'input');
  const { area } = await editableArea(scope, data.id);
  const set: Partial<AreaDoc> = {};
  if (data.title != null) set.title = data.title;
  if (data.description !== undefined) set.description = data.description;
  if (data.position != null) set.position = data.position;
  return writeArea(scope, area._id, data.expectedVersion, set, (current) =>
    versionConflict(current ?? area, { title: current?.title }),
  );
}

/** Adds an action item to an area. */
export async function createActionItem(viewer: Viewer | null, input: unknown): Promise<ActionItemDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(createItemInput, input, 'input');
  const { area, plan } = await editableArea(scope, data.areaId);
  if (area.archived) {
    throw new BadInputError([
      { field: 'input.areaId', message: { sv: 'är ett arkiverat område', en: 'is an archived area' } },
    ]);
  }
  const responsibleId = await checkPerson(data.responsibleId, plan.municipalityCode, 'input.responsibleId');
  const goalIds = await checkGoals(scope, data.goalIds, plan.municipalityCode, 'input.goalIds');
  const position = data.position ?? (await countItems(scope, area._id));
  return insertItem(scope, {
    planId: plan._id,
    areaId: area._id,
    municipalityCode: plan.municipalityCode,
    text: data.text,
    description: data.description ?? null,
    responsibleId,
    dueDate: data.dueDate ?? null,
    status: 'notStarted',
    progress: 0,
    goalIds,
    position,
  });
}

/** Edits an item's text, responsible person, due date and goals against a version. */
export async function updateActionItem(viewer: Viewer | null, input: unknown): Promise<ActionItemDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(updateItemInput, input, 'input');
  const { item, plan } = await loadForEdit(scope, () => findItem(scope, oid(data.id)), ITEM);
  const set: Partial<ActionItemDoc> = {};
  if (data.text != null) set.text = data.text;
  if (data.description !== undefined) set.description = data.description;
  if (data.responsibleId !== undefined)
    set.responsibleId = await checkPerson(data.responsibleId, plan.municipalityCode, 'input.responsibleId');
  if (data.dueDate !== undefined) set.dueDate = data.dueDate;
  if (data.goalIds != null) set.goalIds = await checkGoals(scope, data.goalIds, plan.municipalityCode, 'input.goalIds');
  if (data.position != null) set.position = data.position;
  return updateItem(scope, {
    id: item._id,
    expectedVersion: data.expectedVersion,
    set,
    action: 'actionItem.update',
    conflict: itemConflict,
  });
}

/** The current state of an item as a CONFLICT carries it (API enum names): version, status, progress, the last update and who wrote it. */
export function itemConflictPayload(item: ActionItemDoc): Record<string, unknown> {
  return {
    status: apiName(itemStatusValues, item.status),
    progress: item.progress,
    text: item.text,
    effect: item.effect ?? null,
    lastUpdate: item.lastUpdate
      ? { text: item.lastUpdate.text, authorName: item.lastUpdate.authorName, at: item.lastUpdate.at.toISOString() }
      : null,
  };
}

const itemConflict = (current: ActionItemDoc | null) =>
  current ? versionConflict(current, itemConflictPayload(current)) : new NotFoundError(ITEM);

/** Records a status update on an item: status, progress, a short text, optional evidence; never overwrites a newer version. */
export async function recordStatusUpdate(viewer: Viewer | null, input: unknown): Promise<ActionItemDoc> {
  const v = requireViewer({ viewer });
  const scope = editScope(v);
  const data = parseInput(statusUpdateInput, input, 'input');
  // The administration, or the principal the item is assigned to: the item's own rule, not the edit scope.
  const { item } = await loadForEdit(
    scope,
    () => findItem(scope, oid(data.itemId)),
    ITEM,
    (found) => canUpdateItemStatus(v, found.item, found.plan),
  );
  const now = new Date();
  const updateId = new mongoose.Types.ObjectId();
  const status = data.status;
  const set: Partial<ActionItemDoc> = {
    status,
    progress: data.progress,
    lastUpdate: { updateId, text: data.text, authorId: oid(v.personId), authorName: v.name, at: now },
  };
  if (status === 'done') set.effect = data.effect ?? null;
  return recordItemUpdate(
    scope,
    {
      id: item._id,
      expectedVersion: data.expectedVersion,
      set,
      action: 'actionItem.statusUpdate',
      conflict: itemConflict,
    },
    {
      _id: updateId,
      authorId: oid(v.personId),
      authorName: v.name,
      at: now,
      status,
      progress: data.progress,
      text: data.text,
      evidenceUrl: data.evidenceUrl ?? null,
      effect: data.effect ?? null,
    },
    item,
  );
}

/**
 * Links a goal to an action item the viewer may edit, or removes the link. `goalFor` checks the
 * goal against the item (the goals module's rule). The item's version stays: a link is not an
 * edit of the item's own fields, so a status update typed meanwhile is not turned into a conflict.
 */
export async function setItemGoalLink(
  viewer: Viewer,
  itemId: Types.ObjectId,
  linked: boolean,
  goalFor: (item: ActionItemDoc) => Promise<Types.ObjectId>,
): Promise<ActionItemDoc> {
  const scope = editScope(viewer);
  const { item } = await loadForEdit(scope, () => findItem(scope, itemId), ITEM);
  const goalId = await goalFor(item);
  return setItemGoal(scope, item._id, goalId, linked, () => new NotFoundError(ITEM));
}
