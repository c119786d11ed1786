import mongoose, { type ClientSession, type Types } from 'mongoose';
import { editFilter, type EditScope } from '../../auth/index.js';
import { updateVersioned } from '../audit/index.js';
import {
  ActionItemModel,
  ActionPlanModel,
  AreaModel,
  type ActionItemDoc,
  type ActionPlanDoc,
  type AreaDoc,
} from './plan.model.js';
import type { PlanStatus } from './plan.enums.js';

// The authoring writes that the plan page's editors make beyond the plain field edits of
// plan.repository.ts: order, cancelling, archiving, publishing and closing. Each is one versioned
// write of the document the user acted on (its version names what they saw), with its audit event;
// the siblings whose position follows from a move change in the same transaction without a new
// version, so a neighbour's edit typed meanwhile is not refused for a move it did not see.

const sorted = { position: 1, _id: 1 } as const;

/** A plan's areas in the edit scope, by position. */
export function areasInOrder(scope: EditScope, planId: Types.ObjectId): Promise<AreaDoc[]> {
  return AreaModel.find({ planId, ...editFilter(scope) })
    .sort(sorted)
    .lean<AreaDoc[]>()
    .exec();
}

/** An area's items in the edit scope, by position. */
export function itemsInOrder(scope: EditScope, areaId: Types.ObjectId): Promise<ActionItemDoc[]> {
  return ActionItemModel.find({ areaId, ...editFilter(scope) })
    .sort(sorted)
    .lean<ActionItemDoc[]>()
    .exec();
}

/** How many of an area's items are not cancelled (an area is archived only when none is). */
export function countOpenItems(scope: EditScope, areaId: Types.ObjectId, session?: ClientSession): Promise<number> {
  return ActionItemModel.countDocuments({
    areaId,
    status: mongoose.trusted({ $ne: 'cancelled' }),
    ...editFilter(scope),
  })
    .session(session ?? null)
    .exec();
}

/** Gives each sibling its index in `order` as its position, inside the caller's transaction, leaving versions alone. */
async function renumber(
  session: ClientSession,
  scope: EditScope,
  model: typeof AreaModel | typeof ActionItemModel,
  order: readonly Types.ObjectId[],
  skip: Types.ObjectId,
): Promise<void> {
  for (const [position, id] of order.entries()) {
    if (id.equals(skip)) continue;
    await (model as typeof AreaModel).updateOne({ _id: id, ...editFilter(scope) }, { $set: { position } }, { session });
  }
}

/** Moves an area to its index in `order` (the plan's areas in their new order), against the area's version. */
export function writeAreaOrder(
  scope: EditScope,
  change: { id: Types.ObjectId; expectedVersion: number; order: readonly Types.ObjectId[] },
  conflict: (current: AreaDoc | null) => Error,
): Promise<AreaDoc> {
  return updateVersioned<AreaDoc>({
    viewer: scope.viewer,
    model: AreaModel,
    id: change.id,
    where: editFilter(scope),
    expectedVersion: change.expectedVersion,
    update: { $set: { position: change.order.findIndex((id) => id.equals(change.id)) } },
    action: 'area.move',
    targetType: 'Area',
    conflict,
    alsoInTransaction: (session) => renumber(session, scope, AreaModel, change.order, change.id),
  });
}

/** Moves an item into an area (its own or another of the plan) at its index in `order`, against the item's version. */
export function writeItemOrder(
  scope: EditScope,
  change: { id: Types.ObjectId; expectedVersion: number; areaId: Types.ObjectId; order: readonly Types.ObjectId[] },
  conflict: (current: ActionItemDoc | null) => Error,
): Promise<ActionItemDoc> {
  return updateVersioned<ActionItemDoc>({
    viewer: scope.viewer,
    model: ActionItemModel,
    id: change.id,
    where: editFilter(scope),
    expectedVersion: change.expectedVersion,
    update: {
      $set: { areaId: change.areaId, position: change.order.findIndex((id) => id.equals(change.id)) },
    },
    action: 'actionItem.move',
    targetType: 'ActionItem',
    conflict,
    alsoInTransaction: (session) => renumber(session, scope, ActionItemModel, change.order, change.id),
  });
}

/** Cancels an item against its version: it is kept, with its history, as cancelled. */
export function writeItemCancelled(
  scope: EditScope,
  id: Types.ObjectId,
  expectedVersion: number,
  conflict: (current: ActionItemDoc | null) => Error,
): Promise<ActionItemDoc> {
  return updateVersioned<ActionItemDoc>({
    viewer: scope.viewer,
    model: ActionItemModel,
    id,
    where: editFilter(scope),
    expectedVersion,
    update: { $set: { status: 'cancelled' } },
    action: 'actionItem.cancel',
    targetType: 'ActionItem',
    conflict,
  });
}

/**
 * Archives an area (or brings it back) against its version. Archiving is refused (`refuse`) while
 * any of its items is not cancelled; the count is read inside the transaction, so an item added
 * meanwhile is seen.
 */
export function writeAreaArchived(
  scope: EditScope,
  change: { id: Types.ObjectId; expectedVersion: number; archived: boolean },
  conflict: (current: AreaDoc | null) => Error,
  refuse: () => Error,
): Promise<AreaDoc> {
  return updateVersioned<AreaDoc>({
    viewer: scope.viewer,
    model: AreaModel,
    id: change.id,
    where: editFilter(scope),
    expectedVersion: change.expectedVersion,
    update: { $set: { archived: change.archived } },
    action: change.archived ? 'area.archive' : 'area.restore',
    targetType: 'Area',
    conflict,
    alsoInTransaction: async (session) => {
      if (change.archived && (await countOpenItems(scope, change.id, session)) > 0) throw refuse();
    },
  });
}

/**
 * Moves a plan to its next status (publish: active; close: closed) against its version; the caller
 * has checked the status the version had, and every status change bumps the version.
 */
export function writePlanStatus(
  scope: EditScope,
  change: { id: Types.ObjectId; expectedVersion: number; to: PlanStatus },
  conflict: (current: ActionPlanDoc | null) => Error,
): Promise<ActionPlanDoc> {
  return updateVersioned<ActionPlanDoc>({
    viewer: scope.viewer,
    model: ActionPlanModel,
    id: change.id,
    where: editFilter(scope),
    expectedVersion: change.expectedVersion,
    update: { $set: { status: change.to } },
    action: change.to === 'active' ? 'actionPlan.publish' : 'actionPlan.close',
    targetType: 'ActionPlan',
    conflict,
  });
}
