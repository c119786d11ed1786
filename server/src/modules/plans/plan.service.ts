import mongoose, { type ClientSession, type Types } from 'mongoose';
import {
  inReadScope,
  readScope,
  requireViewer,
  type Viewer,
  toObjectId,
  findVisible,
  loadEditable,
  loadVisible,
} from '../../auth/index.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { pageArgs, toPage, type Page } from '../../shared/pagination.js';
import { parseInput } from '../../shared/validation.js';
import { createAudited, updateVersioned } from '../audit/index.js';
import { toGqlEnum } from '../../shared/enum-names.js';
import { OrganisationModel, type OrganisationDoc } from '../organisations/index.js';
import { PersonModel } from '../people/index.js';
import { countGoalReferences } from './goal-references.js';
import { findPlan, listPlans } from './plan.repository.js';
import {
  ActionItemModel,
  ActionPlanModel,
  AreaModel,
  StatusUpdateModel,
  type ActionItemDoc,
  type ActionPlanDoc,
  type AreaDoc,
  type PlanStatus,
} from './plan.model.js';
import { canEditPlan, canUpdateItemStatus, canViewPlan } from './plan.policy.js';
import {
  createAreaInput,
  createItemInput,
  createPlanInput,
  itemStatusFromGql,
  planStatusFromGql,
  statusUpdateInput,
  updateAreaInput,
  updateItemInput,
  updatePlanInput,
} from './plan.inputs.js';

const PLAN = { sv: 'Handlingsplanen', en: 'The action plan' };
const AREA = { sv: 'Området', en: 'The area' };
const ITEM = { sv: 'Åtgärden', en: 'The action item' };

const oid = (s: string) => new mongoose.Types.ObjectId(s);

const loadPlan = (id: Types.ObjectId) => () => ActionPlanModel.findById(id).lean<ActionPlanDoc>();

/** A child of a plan (area or item) together with its plan, whose rules it follows; null when either is missing. */
function withPlan<T extends { planId: Types.ObjectId }>(id: Types.ObjectId, loadChild: () => Promise<T | null>) {
  return async (): Promise<{ child: T; plan: ActionPlanDoc } | null> => {
    const child = await loadChild();
    // The plan is looked up even for a missing child, so that a made-up id costs what a hidden one does.
    const plan = await ActionPlanModel.findById(child?.planId ?? id).lean<ActionPlanDoc>();
    return child && plan ? { child, plan } : null;
  };
}

/** A loader of an action item with its plan, for the id lookups in policy.ts. */
export const loadItemWithPlan = (id: Types.ObjectId) =>
  withPlan(id, () => ActionItemModel.findById(id).lean<ActionItemDoc>());
const loadArea = (id: Types.ObjectId) => withPlan(id, () => AreaModel.findById(id).lean<AreaDoc>());

/** The municipality a plan belongs to, or null when there is no such plan (for checks that need no more of it). */
export async function planMunicipalityCode(id: Types.ObjectId): Promise<string | null> {
  const plan = await ActionPlanModel.findById(id).select({ municipalityCode: 1 }).lean<ActionPlanDoc>();
  return plan?.municipalityCode ?? null;
}

/** A plan the viewer may see, or NOT_FOUND (drafts stay invisible to those who may not see them). */
export async function getVisiblePlan(viewer: Viewer | null, id: Types.ObjectId): Promise<ActionPlanDoc> {
  const v = requireViewer({ viewer });
  return loadVisible(
    () => findPlan(readScope(v), id),
    () => true,
    PLAN,
  );
}

/** Query.actionPlan: null when the plan does not exist or is not visible to the viewer (read by `load` when given: the request's loader). */
export async function findVisiblePlan(
  viewer: Viewer | null,
  id: unknown,
  load?: (id: Types.ObjectId) => Promise<ActionPlanDoc | null>,
): Promise<ActionPlanDoc | null> {
  const planId = toObjectId(id, 'id');
  const v = requireViewer({ viewer });
  return findVisible(load ? () => load(planId) : loadPlan(planId), (plan) => canViewPlan(v, plan));
}

/** Query.actionItem: the item if its plan is visible to the viewer, else null. */
export async function findVisibleItem(viewer: Viewer | null, id: unknown): Promise<ActionItemDoc | null> {
  const itemId = toObjectId(id, 'id');
  const v = requireViewer({ viewer });
  return (await findVisible(loadItemWithPlan(itemId), ({ plan }) => canViewPlan(v, plan)))?.child ?? null;
}

/** An organisation's plans the viewer may see, newest first. */
export async function listActionPlans(
  viewer: Viewer | null,
  args: { organisationId: unknown; status?: string | null; first?: number | null; after?: string | null },
): Promise<Page<ActionPlanDoc>> {
  const v = requireViewer({ viewer });
  const orgId = toObjectId(args.organisationId, 'organisationId');
  const page = pageArgs(args);
  const org = await OrganisationModel.findById(orgId).lean<OrganisationDoc>();
  if (!org) throw new NotFoundError({ sv: 'Organisationen', en: 'The organisation' });
  const scope = readScope(v);
  const all = inReadScope(scope, { municipalityCode: org.municipalityCode, status: 'draft' });
  if (!inReadScope(scope, { municipalityCode: org.municipalityCode, status: 'active' })) throw new ForbiddenError();
  const wanted = args.status ? planStatusFromGql[args.status as keyof typeof planStatusFromGql] : undefined;
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
  const person = await PersonModel.findOne({ _id: oid(id), 'memberships.municipalityCode': municipalityCode })
    .select({ _id: 1 })
    .lean();
  if (!person) {
    throw new BadInputError([
      { field, message: { sv: 'är ingen person i kommunen', en: 'is not a person in the municipality' } },
    ]);
  }
  return person._id;
}

async function checkSchools(
  ids: string[] | null | undefined,
  municipalityCode: string,
  field: string,
): Promise<Types.ObjectId[]> {
  if (!ids?.length) return [];
  const unique = [...new Set(ids)].map(oid);
  const found = await OrganisationModel.countDocuments({
    _id: mongoose.trusted({ $in: unique }),
    municipalityCode,
    kind: 'schoolUnit',
  });
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
  ids: string[] | null | undefined,
  municipalityCode: string,
  field: string,
): Promise<Types.ObjectId[]> {
  if (!ids?.length) return [];
  const unique = [...new Set(ids)].map(oid);
  const found = await countGoalReferences(unique, municipalityCode);
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

const planRules = (viewer: Viewer) => ({
  canSee: (plan: ActionPlanDoc) => canViewPlan(viewer, plan),
  canEdit: (plan: ActionPlanDoc) => canEditPlan(viewer, plan),
});

/** A plan the viewer may edit; NOT_FOUND when it is hidden or absent. */
function editablePlan(viewer: Viewer, id: string): Promise<ActionPlanDoc> {
  return loadEditable(loadPlan(oid(id)), planRules(viewer), PLAN);
}

/** An area and its plan, when the viewer may edit the plan; NOT_FOUND (for the area) when hidden or absent. */
async function editableArea(viewer: Viewer, id: string): Promise<{ area: AreaDoc; plan: ActionPlanDoc }> {
  const rules = planRules(viewer);
  const { child, plan } = await loadEditable(
    loadArea(oid(id)),
    { canSee: (a) => rules.canSee(a.plan), canEdit: (a) => rules.canEdit(a.plan) },
    AREA,
  );
  return { area: child, plan };
}

function versionConflict(
  current: { _id: Types.ObjectId; version: number },
  extra: Record<string, unknown> = {},
): ConflictError {
  return new ConflictError({ id: current._id.toHexString(), version: current.version, ...extra });
}

/** Creates an action plan for an organisation (its municipality's administration). */
export async function createActionPlan(viewer: Viewer | null, input: unknown): Promise<ActionPlanDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(createPlanInput, input, 'input');
  const org = await OrganisationModel.findById(oid(data.organisationId)).lean<OrganisationDoc>();
  if (!org) throw new NotFoundError({ sv: 'Organisationen', en: 'The organisation' });
  if (!canEditPlan(v, org)) throw new ForbiddenError();
  const responsibleId = await checkPerson(data.responsibleId, org.municipalityCode, 'input.responsibleId');
  const schoolIds = await checkSchools(data.schoolIds, org.municipalityCode, 'input.schoolIds');
  return createAudited<ActionPlanDoc>({
    viewer: v,
    model: ActionPlanModel,
    doc: {
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
      status: data.status ? planStatusFromGql[data.status] : 'draft',
    },
    action: 'actionPlan.create',
    targetType: 'ActionPlan',
  });
}

/** Edits a plan against the version the editor saw; a stale version gives CONFLICT with the current plan. */
export async function updateActionPlan(viewer: Viewer | null, input: unknown): Promise<ActionPlanDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(updatePlanInput, input, 'input');
  const plan = await editablePlan(v, data.id);
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
  if (data.status != null) set.status = planStatusFromGql[data.status];
  return updateVersioned<ActionPlanDoc>({
    viewer: v,
    model: ActionPlanModel,
    id: plan._id,
    expectedVersion: data.expectedVersion,
    update: { $set: set },
    action: 'actionPlan.update',
    targetType: 'ActionPlan',
    conflict: (current) =>
      current
        ? versionConflict(current, { title: current.title, status: toGqlEnum(current.status) })
        : new NotFoundError(PLAN),
  });
}

/** Adds an area to a plan. */
export async function createArea(viewer: Viewer | null, input: unknown): Promise<AreaDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(createAreaInput, input, 'input');
  const plan = await editablePlan(v, data.planId);
  const position = data.position ?? (await AreaModel.countDocuments({ planId: plan._id }));
  return createAudited<AreaDoc>({
    viewer: v,
    model: AreaModel,
    doc: {
      planId: plan._id,
      municipalityCode: plan.municipalityCode,
      title: data.title,
      description: data.description ?? null,
      position,
    },
    action: 'area.create',
    targetType: 'Area',
  });
}

/** Edits an area against a version. */
export async function updateArea(viewer: Viewer | null, input: unknown): Promise<AreaDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(updateAreaInput, input, 'input');
  const { area } = await editableArea(v, data.id);
  const set: Partial<AreaDoc> = {};
  if (data.title != null) set.title = data.title;
  if (data.description !== undefined) set.description = data.description;
  if (data.position != null) set.position = data.position;
  return updateVersioned<AreaDoc>({
    viewer: v,
    model: AreaModel,
    id: area._id,
    expectedVersion: data.expectedVersion,
    update: { $set: set },
    action: 'area.update',
    targetType: 'Area',
    conflict: (current) => versionConflict(current ?? area, { title: current?.title }),
  });
}

/** Adds an action item to an area. */
export async function createActionItem(viewer: Viewer | null, input: unknown): Promise<ActionItemDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(createItemInput, input, 'input');
  const { area, plan } = await editableArea(v, data.areaId);
  const responsibleId = await checkPerson(data.responsibleId, plan.municipalityCode, 'input.responsibleId');
  const goalIds = await checkGoals(data.goalIds, plan.municipalityCode, 'input.goalIds');
  const position = data.position ?? (await ActionItemModel.countDocuments({ areaId: area._id }));
  return createAudited<ActionItemDoc>({
    viewer: v,
    model: ActionItemModel,
    doc: {
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
    },
    action: 'actionItem.create',
    targetType: 'ActionItem',
  });
}

/** Edits an item's text, responsible person, due date and goals against a version. */
export async function updateActionItem(viewer: Viewer | null, input: unknown): Promise<ActionItemDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(updateItemInput, input, 'input');
  const rules = planRules(v);
  const { child: item, plan } = await loadEditable(
    loadItemWithPlan(oid(data.id)),
    { canSee: (i) => rules.canSee(i.plan), canEdit: (i) => rules.canEdit(i.plan) },
    ITEM,
  );
  const set: Partial<ActionItemDoc> = {};
  if (data.text != null) set.text = data.text;
  if (data.description !== undefined) set.description = data.description;
  if (data.responsibleId !== undefined)
    set.responsibleId = await checkPerson(data.responsibleId, plan.municipalityCode, 'input.responsibleId');
  if (data.dueDate !== undefined) set.dueDate = data.dueDate;
  if (data.goalIds != null) set.goalIds = await checkGoals(data.goalIds, plan.municipalityCode, 'input.goalIds');
  if (data.position != null) set.position = data.position;
  return updateItemVersioned(v, item._id, data.expectedVersion, set, 'actionItem.update');
}

/** The current state of an item as a CONFLICT carries it (API enum names): version, status, progress, the last update and who wrote it. */
export function itemConflictPayload(item: ActionItemDoc): Record<string, unknown> {
  return {
    status: toGqlEnum(item.status),
    progress: item.progress,
    text: item.text,
    effect: item.effect ?? null,
    lastUpdate: item.lastUpdate
      ? { text: item.lastUpdate.text, authorName: item.lastUpdate.authorName, at: item.lastUpdate.at.toISOString() }
      : null,
  };
}

async function updateItemVersioned(
  viewer: Viewer,
  itemId: Types.ObjectId,
  expectedVersion: number,
  set: Partial<ActionItemDoc>,
  action: string,
  alsoInTransaction?: (session: ClientSession) => Promise<void>,
): Promise<ActionItemDoc> {
  return updateVersioned<ActionItemDoc>({
    viewer,
    model: ActionItemModel,
    id: itemId,
    expectedVersion,
    update: { $set: set },
    action,
    targetType: 'ActionItem',
    conflict: (current) => (current ? versionConflict(current, itemConflictPayload(current)) : new NotFoundError(ITEM)),
    alsoInTransaction,
  });
}

/** Records a status update on an item: status, progress, a short text, optional evidence; never overwrites a newer version. */
export async function recordStatusUpdate(viewer: Viewer | null, input: unknown): Promise<ActionItemDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(statusUpdateInput, input, 'input');
  const { child: item } = await loadEditable(
    loadItemWithPlan(oid(data.itemId)),
    {
      canSee: ({ plan }) => canViewPlan(v, plan),
      canEdit: ({ child, plan }) => canUpdateItemStatus(v, child, plan),
    },
    ITEM,
  );
  const now = new Date();
  const updateId = new mongoose.Types.ObjectId();
  const status = itemStatusFromGql[data.status];
  const set: Partial<ActionItemDoc> = {
    status,
    progress: data.progress,
    lastUpdate: { updateId, text: data.text, authorId: oid(v.personId), authorName: v.name, at: now },
  };
  if (status === 'done') set.effect = data.effect ?? null;
  return updateItemVersioned(v, item._id, data.expectedVersion, set, 'actionItem.statusUpdate', async (session) => {
    await StatusUpdateModel.create(
      [
        {
          _id: updateId,
          itemId: item._id,
          planId: item.planId,
          municipalityCode: item.municipalityCode,
          authorId: oid(v.personId),
          authorName: v.name,
          at: now,
          status,
          progress: data.progress,
          text: data.text,
          evidenceUrl: data.evidenceUrl ?? null,
          effect: data.effect ?? null,
        },
      ],
      { session },
    );
  });
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
  const { child: item } = await loadEditable(
    loadItemWithPlan(itemId),
    { canSee: ({ plan }) => canViewPlan(viewer, plan), canEdit: ({ plan }) => canEditPlan(viewer, plan) },
    ITEM,
  );
  const goalId = await goalFor(item);
  return updateVersioned<ActionItemDoc>({
    viewer,
    model: ActionItemModel,
    id: item._id,
    expectedVersion: null,
    keepVersion: true,
    update: linked ? { $addToSet: { goalIds: goalId } } : { $pull: { goalIds: goalId } },
    action: linked ? 'actionItem.linkGoal' : 'actionItem.unlinkGoal',
    targetType: 'ActionItem',
    conflict: () => new NotFoundError(ITEM),
    auditView: (doc) => ({ goalIds: doc.goalIds, version: doc.version }),
  });
}
