import mongoose, { type ClientSession, type PipelineStage, type Types } from 'mongoose';
import {
  editFilter,
  inEditScope,
  inReadScope,
  municipalityFilter,
  scopeFilter,
  type EditScope,
  type ReadScope,
  type ScopedFacts,
} from '../../auth/index.js';
import type { PageArgs } from '../../shared/pagination.js';
import type { JoinSource } from '../../shared/join-source.js';
import type { OrganisationDoc } from '../organisations/index.js';
import type { PersonDoc } from '../people/index.js';
import { createAudited, updateVersioned } from '../audit/index.js';
import { aggregateAll } from '../../database/aggregate.js';
import {
  ActionItemModel,
  ActionPlanModel,
  AreaModel,
  StatusUpdateModel,
  type ActionItemDoc,
  type ActionPlanDoc,
  type AreaDoc,
  type PlanStatus,
  type StatusUpdateDoc,
} from './plan.model.js';

// Every read and write of the plans, areas, items and status updates collections takes the
// viewer's scope as its first argument: nothing here can return or change a document outside it.
//
// Plans carry their status, so the scope's filter decides on them in the query. Areas, items and
// status updates carry their plan's municipality but not its status, and a draft plan's children
// are as hidden as the plan: they are read with the municipality filter and kept only when their
// plan is in the scope too (one more read of plans, which a request's loaders share with the page).

const inIds = (ids: readonly Types.ObjectId[]) => mongoose.trusted({ $in: [...ids] });
const hex = (id: Types.ObjectId) => id.toHexString();
const sorted = { position: 1, _id: 1 } as const;

/** A child of a plan with its plan; the facts the scope decides on are the plan's. */
export type InPlan<K extends string, T> = { [key in K]: T } & { plan: ActionPlanDoc } & ScopedFacts;

/**
 * How a child's plans are looked up in the scope. A request's loaders pass their plan loader (built
 * on {@link findPlans} with the same scope) so the read is shared with the page; whatever is given,
 * a plan outside the scope still hides its children.
 */
export type PlanLookup = (ids: Types.ObjectId[]) => Promise<ReadonlyArray<ActionPlanDoc | null | Error>>;

/** Reads the plans here: for callers without a loader. */
export const planLookupIn =
  (scope: ReadScope): PlanLookup =>
  (ids) =>
    findPlans(scope, ids);

async function underPlansInScope<T extends { planId: Types.ObjectId }>(
  scope: ReadScope,
  children: T[],
  plans: PlanLookup | Promise<ReadonlyArray<ActionPlanDoc | null | Error>>,
): Promise<T[]> {
  if (!children.length) return children;
  const found = await (typeof plans === 'function'
    ? plans([...new Map(children.map((c) => [hex(c.planId), c.planId])).values()])
    : plans);
  const visible = new Set(
    found.flatMap((p) => (p && !(p instanceof Error) && inReadScope(scope, p) ? [hex(p._id)] : [])),
  );
  return children.filter((c) => visible.has(hex(c.planId)));
}

// --- Plans

/** One plan by id within the scope, or null (hidden and absent alike). */
export function findPlan(scope: ReadScope, id: Types.ObjectId): Promise<ActionPlanDoc | null> {
  return ActionPlanModel.findOne({ _id: id, ...scopeFilter(scope) })
    .lean<ActionPlanDoc>()
    .exec();
}

/** The plans of the ids that lie within the scope, in no particular order. */
export function findPlans(scope: ReadScope, ids: readonly Types.ObjectId[]): Promise<ActionPlanDoc[]> {
  return ActionPlanModel.find({ _id: inIds(ids), ...scopeFilter(scope) })
    .lean<ActionPlanDoc[]>()
    .exec();
}

/** A page of an owner's plans with the given statuses within the scope, newest first, and their total. */
export async function listPlans(
  scope: ReadScope,
  where: { ownerId: Types.ObjectId; statuses: PlanStatus[] },
  page: PageArgs,
): Promise<{ items: ActionPlanDoc[]; total: number }> {
  const filter = { ownerId: where.ownerId, status: mongoose.trusted({ $in: where.statuses }), ...scopeFilter(scope) };
  const [items, total] = await Promise.all([
    ActionPlanModel.find(filter)
      .sort({ createdAt: -1, _id: -1 })
      .skip(page.offset)
      .limit(page.first)
      .lean<ActionPlanDoc[]>(),
    ActionPlanModel.countDocuments(filter),
  ]);
  return { items, total };
}

/** A child's order on the plan page: by position, then by id (ObjectIds order as their hex text). */
const byPosition = (a: { position: number; _id: Types.ObjectId }, b: { position: number; _id: Types.ObjectId }) =>
  a.position - b.position || (hex(a._id) < hex(b._id) ? -1 : hex(a._id) > hex(b._id) ? 1 : 0);

/**
 * Plans by id with their areas and items in one read: the plans of the scope, each with the areas
 * and items that carry its id (items carry their area's plan id, set on creation; an item never
 * changes area). Children are kept, as every child read here, only where the scope reads their
 * municipality; their plan, found in the scope, is the one they were joined to.
 */
export async function findPlansWithChildren(
  scope: ReadScope,
  ids: readonly Types.ObjectId[],
  related?: PlanRelated,
): Promise<{ plans: ActionPlanDoc[]; areas: AreaDoc[]; items: ActionItemDoc[] }> {
  type Joined = ActionPlanDoc & {
    _areas?: AreaDoc[];
    _items?: ActionItemDoc[];
    _organisations?: OrganisationDoc[];
    _schools?: OrganisationDoc[];
    _responsible?: PersonDoc[];
    _itemPeople?: PersonDoc[];
  };
  const pipeline: PipelineStage[] = [
    { $match: { _id: { $in: [...ids] }, ...scopeFilter(scope) } },
    { $lookup: { from: AreaModel.collection.collectionName, localField: '_id', foreignField: 'planId', as: '_areas' } },
    {
      $lookup: {
        from: ActionItemModel.collection.collectionName,
        localField: '_id',
        foreignField: 'planId',
        as: '_items',
      },
    },
    ...(related ? relatedStages(related) : []),
  ];
  // As the aggregate command itself: Mongoose's aggregate casts nothing and returns the same
  // documents, but its hooks, and the driver's cursor, cost CPU on every call of the plan page.
  const joined = await aggregateAll<Joined>(ActionPlanModel, pipeline);
  const readable = (c: { municipalityCode: string }) => inReadScope(scope, { municipalityCode: c.municipalityCode });
  const plans: ActionPlanDoc[] = [];
  const areas: AreaDoc[] = [];
  const items: ActionItemDoc[] = [];
  for (const { _areas = [], _items = [], _organisations, _schools, _responsible, _itemPeople, ...plan } of joined) {
    plans.push(plan);
    areas.push(..._areas.filter(readable));
    items.push(..._items.filter(readable));
    for (const o of [...(_organisations ?? []), ...(_schools ?? [])]) related?.organisations.prime(o);
    for (const p of [...(_responsible ?? []), ...(_itemPeople ?? [])]) related?.people.prime(p);
  }
  return { plans, areas: areas.sort(byPosition), items: items.sort(byPosition) };
}

/** Other modules' documents the plan page shows beside a plan, read in the plan's own query. */
export interface PlanRelated {
  /** The owner and the school units taking part. */
  organisations: JoinSource<OrganisationDoc>;
  /** The plan's and its items' responsible people. */
  people: JoinSource<PersonDoc>;
}

function relatedStages(related: PlanRelated): PipelineStage[] {
  const join = (source: JoinSource<unknown>, localField: string, as: string): PipelineStage.Lookup => ({
    $lookup: {
      from: source.from,
      localField,
      foreignField: '_id',
      // The withheld fields are dropped from the joined documents only, inside the join.
      ...(source.hidden.length && { pipeline: [{ $project: Object.fromEntries(source.hidden.map((f) => [f, 0])) }] }),
      as,
    },
  });
  const { organisations: o, people: p } = related;
  return [
    join(o, 'ownerId', '_organisations'),
    join(o, 'schoolIds', '_schools'),
    join(p, 'responsibleId', '_responsible'),
    join(p, '_items.responsibleId', '_itemPeople'),
  ];
}

/** Creates a plan (version 1) with its audit event; the plan's municipality must lie in the edit scope. */
export function insertPlan(scope: EditScope, doc: Omit<ActionPlanDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>) {
  assertEditable(scope, doc.municipalityCode);
  return createAudited<ActionPlanDoc>({
    viewer: scope.viewer,
    model: ActionPlanModel,
    doc,
    action: 'actionPlan.create',
    targetType: 'ActionPlan',
  });
}

/** Changes a plan of the edit scope against a version; `conflict` answers a stale version (null: gone or outside). */
export function updatePlan(
  scope: EditScope,
  id: Types.ObjectId,
  expectedVersion: number,
  set: Partial<ActionPlanDoc>,
  conflict: (current: ActionPlanDoc | null) => Error,
): Promise<ActionPlanDoc> {
  return updateVersioned<ActionPlanDoc>({
    viewer: scope.viewer,
    model: ActionPlanModel,
    id,
    where: editFilter(scope),
    expectedVersion,
    update: { $set: set },
    action: 'actionPlan.update',
    targetType: 'ActionPlan',
    conflict,
  });
}

// --- Areas

/** One area with its plan, when both lie in the scope; null for a hidden area as for an absent one. */
export async function findArea(scope: ReadScope, id: Types.ObjectId): Promise<InPlan<'area', AreaDoc> | null> {
  const area = await AreaModel.findOne({ _id: id, ...municipalityFilter(scope) }).lean<AreaDoc>();
  // The plan is looked up even for a missing area, so that a made-up id costs what a hidden one does.
  const plan = await findPlan(scope, area?.planId ?? id);
  if (!area || !plan) return null;
  return { area, plan, municipalityCode: plan.municipalityCode, status: plan.status };
}

/** The areas of the ids that lie in the scope (their plans looked up by `plans`). */
export async function findAreas(
  scope: ReadScope,
  ids: readonly Types.ObjectId[],
  plans: PlanLookup,
): Promise<AreaDoc[]> {
  const found = await AreaModel.find({ _id: inIds(ids), ...municipalityFilter(scope) }).lean<AreaDoc[]>();
  return underPlansInScope(scope, found, plans);
}

/** The areas of plans in the scope, by position; the plans are checked beside the read. */
export async function areasOfPlans(
  scope: ReadScope,
  planIds: readonly Types.ObjectId[],
  plans: PlanLookup,
): Promise<AreaDoc[]> {
  const checked = plans([...planIds]);
  const found = await AreaModel.find({ planId: inIds(planIds), ...municipalityFilter(scope) })
    .sort(sorted)
    .lean<AreaDoc[]>();
  return underPlansInScope(scope, found, checked);
}

/** How many areas a plan of the edit scope has (the next area's position). */
export function countAreas(scope: EditScope, planId: Types.ObjectId): Promise<number> {
  return AreaModel.countDocuments({ planId, ...editFilter(scope) });
}

/** Creates an area (version 1) with its audit event, in a plan of the edit scope. */
export function insertArea(scope: EditScope, doc: Omit<AreaDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>) {
  assertEditable(scope, doc.municipalityCode);
  return createAudited<AreaDoc>({
    viewer: scope.viewer,
    model: AreaModel,
    doc,
    action: 'area.create',
    targetType: 'Area',
  });
}

/** Changes an area of the edit scope against a version. */
export function updateArea(
  scope: EditScope,
  id: Types.ObjectId,
  expectedVersion: number,
  set: Partial<AreaDoc>,
  conflict: (current: AreaDoc | null) => Error,
): Promise<AreaDoc> {
  return updateVersioned<AreaDoc>({
    viewer: scope.viewer,
    model: AreaModel,
    id,
    where: editFilter(scope),
    expectedVersion,
    update: { $set: set },
    action: 'area.update',
    targetType: 'Area',
    conflict,
  });
}

// --- Action items

/** One item with its plan, when both lie in the scope; null for a hidden item as for an absent one. */
export async function findItem(scope: ReadScope, id: Types.ObjectId): Promise<InPlan<'item', ActionItemDoc> | null> {
  const item = await ActionItemModel.findOne({ _id: id, ...municipalityFilter(scope) }).lean<ActionItemDoc>();
  // The plan is looked up even for a missing item, so that a made-up id costs what a hidden one does.
  const plan = await findPlan(scope, item?.planId ?? id);
  if (!item || !plan) return null;
  return { item, plan, municipalityCode: plan.municipalityCode, status: plan.status };
}

/** The items of the ids that lie in the scope. */
export async function findItems(
  scope: ReadScope,
  ids: readonly Types.ObjectId[],
  plans: PlanLookup,
): Promise<ActionItemDoc[]> {
  const found = await ActionItemModel.find({ _id: inIds(ids), ...municipalityFilter(scope) }).lean<ActionItemDoc[]>();
  return underPlansInScope(scope, found, plans);
}

/** The items of areas in the scope, by position. */
export async function itemsOfAreas(
  scope: ReadScope,
  areaIds: readonly Types.ObjectId[],
  plans: PlanLookup,
): Promise<ActionItemDoc[]> {
  const found = await ActionItemModel.find({ areaId: inIds(areaIds), ...municipalityFilter(scope) })
    .sort(sorted)
    .lean<ActionItemDoc[]>();
  return underPlansInScope(scope, found, plans);
}

/** The items in the scope that serve any of the goals, by position. */
export async function itemsOfGoals(
  scope: ReadScope,
  goalIds: readonly Types.ObjectId[],
  plans: PlanLookup,
): Promise<ActionItemDoc[]> {
  const found = await ActionItemModel.find({ goalIds: inIds(goalIds), ...municipalityFilter(scope) })
    .sort(sorted)
    .lean<ActionItemDoc[]>();
  return underPlansInScope(scope, found, plans);
}

/** How many items an area of the edit scope has (the next item's position). */
export function countItems(scope: EditScope, areaId: Types.ObjectId): Promise<number> {
  return ActionItemModel.countDocuments({ areaId, ...editFilter(scope) });
}

/** Creates an item (version 1) with its audit event, in a plan of the edit scope. */
export function insertItem(scope: EditScope, doc: Omit<ActionItemDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>) {
  assertEditable(scope, doc.municipalityCode);
  return createAudited<ActionItemDoc>({
    viewer: scope.viewer,
    model: ActionItemModel,
    doc,
    action: 'actionItem.create',
    targetType: 'ActionItem',
  });
}

/** What changes an item: its fields against a version, under the edit scope or, for a status update, the scope read. */
export interface ItemChange {
  id: Types.ObjectId;
  expectedVersion: number;
  set: Partial<ActionItemDoc>;
  action: 'actionItem.update' | 'actionItem.statusUpdate';
  conflict: (current: ActionItemDoc | null) => Error;
}

/** Changes an item of the edit scope against a version. */
export function updateItem(scope: EditScope, change: ItemChange): Promise<ActionItemDoc> {
  return changeItem(scope, editFilter(scope), change);
}

/**
 * Records a status update: the item's status fields change against a version and the update is
 * stored beside them, in one transaction. Who may is the item's own rule (its municipality's
 * administration, or the principal it is assigned to), decided before; the write is kept to the
 * municipalities the scope reads.
 */
export function recordItemUpdate(
  scope: EditScope,
  change: ItemChange,
  update: Omit<StatusUpdateDoc, 'itemId' | 'planId' | 'municipalityCode'>,
  item: Pick<ActionItemDoc, '_id' | 'planId' | 'municipalityCode'>,
): Promise<ActionItemDoc> {
  return changeItem(scope, municipalityFilter(scope), change, async (session) => {
    await StatusUpdateModel.create(
      [{ ...update, itemId: item._id, planId: item.planId, municipalityCode: item.municipalityCode }],
      { session },
    );
  });
}

function changeItem(
  scope: EditScope,
  where: Record<string, unknown>,
  change: ItemChange,
  alsoInTransaction?: (session: ClientSession) => Promise<void>,
): Promise<ActionItemDoc> {
  return updateVersioned<ActionItemDoc>({
    viewer: scope.viewer,
    model: ActionItemModel,
    id: change.id,
    where,
    expectedVersion: change.expectedVersion,
    update: { $set: change.set },
    action: change.action,
    targetType: 'ActionItem',
    conflict: change.conflict,
    alsoInTransaction,
  });
}

/** Adds or removes a goal link on an item of the edit scope, leaving the item's version as it is. */
export function setItemGoal(
  scope: EditScope,
  itemId: Types.ObjectId,
  goalId: Types.ObjectId,
  linked: boolean,
  gone: () => Error,
): Promise<ActionItemDoc> {
  return updateVersioned<ActionItemDoc>({
    viewer: scope.viewer,
    model: ActionItemModel,
    id: itemId,
    where: editFilter(scope),
    expectedVersion: null,
    keepVersion: true,
    update: linked ? { $addToSet: { goalIds: goalId } } : { $pull: { goalIds: goalId } },
    action: linked ? 'actionItem.linkGoal' : 'actionItem.unlinkGoal',
    targetType: 'ActionItem',
    conflict: gone,
    auditView: (doc) => ({ goalIds: doc.goalIds, version: doc.version }),
  });
}

// --- Status updates

/** The status updates in the scope of the items, newest first. */
export async function updatesOfItems(
  scope: ReadScope,
  itemIds: readonly Types.ObjectId[],
  plans: PlanLookup,
): Promise<StatusUpdateDoc[]> {
  const found = await StatusUpdateModel.find({ itemId: inIds(itemIds), ...municipalityFilter(scope) })
    .sort({ at: -1, _id: -1 })
    .lean<StatusUpdateDoc[]>();
  return underPlansInScope(scope, found, plans);
}

// A create names its municipality; one outside the edit scope is a fault of the caller, never of input.
function assertEditable(scope: EditScope, municipalityCode: string): void {
  if (!inEditScope(scope, { municipalityCode })) throw new Error('a write outside the edit scope');
}
