import mongoose, { type Types } from 'mongoose';
import {
  editScope,
  loadForEdit,
  loadOwnerInScope,
  requireViewer,
  toObjectId,
  type EditScope,
  type Viewer,
} from '../../auth/index.js';
import { BadInputError, ConflictError, NotFoundError, type LocalizedText } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { z } from 'zod';
import { findOrganisation } from '../organisations/index.js';
import { pagePeopleOf, type PersonDoc } from '../people/index.js';
import { apiName } from '../../shared/enum-names.js';
import { planStatusValues, type PlanStatus } from './plan.enums.js';
import type { ActionItemDoc, ActionPlanDoc, AreaDoc } from './plan.model.js';
import { findArea, findItem, findPlan } from './plan.repository.js';
import {
  areasInOrder,
  itemsInOrder,
  writeAreaArchived,
  writeAreaOrder,
  writeItemCancelled,
  writeItemOrder,
  writePlanStatus,
} from './plan-authoring.repository.js';
import { archiveAreaInput, moveAreaInput, moveItemInput, versionedInput } from './plan.inputs.js';
import { itemConflictPayload } from './plan.service.js';

// Authoring beyond field edits: order, cancel, archive, publish, close. Who may is the plan's edit
// rule (its municipality's administration), through the edit scope; NOT_FOUND for what the viewer
// cannot see, FORBIDDEN for what they only see.

const PLAN = { sv: 'Handlingsplanen', en: 'The action plan' };
const AREA = { sv: 'Området', en: 'The area' };
const ITEM = { sv: 'Åtgärden', en: 'The action item' };

const oid = (s: string) => new mongoose.Types.ObjectId(s);

const conflictOf = (current: { _id: Types.ObjectId; version: number }, extra: Record<string, unknown> = {}) =>
  new ConflictError({ id: current._id.toHexString(), version: current.version, ...extra });

const areaConflict = (current: AreaDoc | null) =>
  current
    ? conflictOf(current, { title: current.title, position: current.position, archived: !!current.archived })
    : new NotFoundError(AREA);
const itemConflict = (current: ActionItemDoc | null) =>
  current ? conflictOf(current, itemConflictPayload(current)) : new NotFoundError(ITEM);
const planConflict = (current: ActionPlanDoc | null) =>
  current
    ? conflictOf(current, { title: current.title, status: apiName(planStatusValues, current.status) })
    : new NotFoundError(PLAN);

const refused = (field: string, message: LocalizedText) => new BadInputError([{ field, message }]);

/** `list` with `id` taken out and put back at `position` (past the end: last). */
function reordered(list: readonly Types.ObjectId[], id: Types.ObjectId, position: number): Types.ObjectId[] {
  const rest = list.filter((x) => !x.equals(id));
  rest.splice(Math.min(position, rest.length), 0, id);
  return rest;
}

/** Moves an area to a new place among its plan's areas; the others keep their order. */
export async function moveArea(viewer: Viewer | null, input: unknown): Promise<ActionPlanDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(moveAreaInput, input, 'input');
  const { area, plan } = await loadForEdit(scope, () => findArea(scope, oid(data.id)), AREA);
  const siblings = await areasInOrder(scope, plan._id);
  const order = reordered(
    siblings.map((a) => a._id),
    area._id,
    data.position,
  );
  await writeAreaOrder(scope, { id: area._id, expectedVersion: data.expectedVersion, order }, areaConflict);
  return (await findPlan(scope, plan._id)) ?? plan;
}

/** Moves an item within its area, or into another open area of the same plan. */
export async function moveActionItem(viewer: Viewer | null, input: unknown): Promise<ActionPlanDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(moveItemInput, input, 'input');
  const { item, plan } = await loadForEdit(scope, () => findItem(scope, oid(data.id)), ITEM);
  const areaId = data.areaId ? oid(data.areaId) : item.areaId;
  if (!areaId.equals(item.areaId)) await openAreaOfPlan(scope, areaId, plan._id, 'input.areaId');
  const siblings = await itemsInOrder(scope, areaId);
  const order = reordered(
    siblings.map((i) => i._id),
    item._id,
    data.position,
  );
  await writeItemOrder(scope, { id: item._id, expectedVersion: data.expectedVersion, areaId, order }, itemConflict);
  return (await findPlan(scope, plan._id)) ?? plan;
}

/** An area of the plan that is not archived (a place an item may go); else bad input on `field`. */
async function openAreaOfPlan(scope: EditScope, id: Types.ObjectId, planId: Types.ObjectId, field: string) {
  const found = await findArea(scope, id);
  if (!found || !found.plan._id.equals(planId))
    throw refused(field, { sv: 'är inget område i samma plan', en: 'is not an area of the same plan' });
  if (found.area.archived) throw refused(field, { sv: 'är ett arkiverat område', en: 'is an archived area' });
  return found.area;
}

/** Cancels an item: kept with its history and shown as cancelled; it no longer counts towards the plan's progress. */
export async function cancelActionItem(viewer: Viewer | null, input: unknown): Promise<ActionItemDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(versionedInput, input, 'input');
  const { item } = await loadForEdit(scope, () => findItem(scope, oid(data.id)), ITEM);
  return writeItemCancelled(scope, item._id, data.expectedVersion, itemConflict);
}

/** Archives an area whose items are all cancelled or moved away, or brings an archived area back. */
export async function archiveArea(viewer: Viewer | null, input: unknown): Promise<AreaDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(archiveAreaInput, input, 'input');
  const { area } = await loadForEdit(scope, () => findArea(scope, oid(data.id)), AREA);
  return writeAreaArchived(
    scope,
    { id: area._id, expectedVersion: data.expectedVersion, archived: data.archived },
    areaConflict,
    () =>
      refused('input.id', {
        sv: 'har åtgärder som inte är avbrutna; avbryt eller flytta dem först',
        en: 'has items that are not cancelled; cancel or move them first',
      }),
  );
}

async function changePlanStatus(viewer: Viewer | null, input: unknown, from: PlanStatus, to: PlanStatus) {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(versionedInput, input, 'input');
  const plan = await loadForEdit(scope, () => findPlan(scope, oid(data.id)), PLAN);
  // A stale version is a conflict whatever the status; only the version the user saw is judged.
  if (plan.version !== data.expectedVersion) throw planConflict(plan);
  if (plan.status !== from) {
    throw refused(
      'input.id',
      to === 'active'
        ? { sv: 'är inget utkast och kan inte publiceras', en: 'is not a draft and cannot be published' }
        : { sv: 'är inte aktiv och kan inte avslutas', en: 'is not active and cannot be closed' },
    );
  }
  return writePlanStatus(scope, { id: plan._id, expectedVersion: data.expectedVersion, to }, planConflict);
}

/** Publishes a draft: everyone with a reading role in the municipality sees it from now on. */
export function publishActionPlan(viewer: Viewer | null, input: unknown): Promise<ActionPlanDoc> {
  return changePlanStatus(viewer, input, 'draft', 'active');
}

/** Closes an active plan: kept, read-only in the UI, with its whole history. */
export function closeActionPlan(viewer: Viewer | null, input: unknown): Promise<ActionPlanDoc> {
  return changePlanStatus(viewer, input, 'active', 'closed');
}

const peopleSearch = z.string().trim().max(100).nullish();

/** The people of an organisation's municipality, by name, for assigning a plan or an item (its administration). */
export async function assignablePeople(
  viewer: Viewer | null,
  args: { organisationId: unknown; search?: unknown },
): Promise<PersonDoc[]> {
  const scope = editScope(requireViewer({ viewer }));
  const orgId = toObjectId(args.organisationId, 'organisationId');
  const search = parseInput(peopleSearch, args.search, 'search');
  const org = await loadOwnerInScope(scope, 'edit', () => findOrganisation(orgId), {
    sv: 'Organisationen',
    en: 'The organisation',
  });
  const { items } = await pagePeopleOf(
    org.municipalityCode,
    { search: search || undefined, includeInactive: false },
    0,
    200,
  );
  return items;
}
