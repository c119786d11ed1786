import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import {
  ActionItemModel,
  ActionPlanModel,
  AreaModel,
  StatusUpdateModel,
  type ActionItemDoc,
  type ActionPlanDoc,
  type AreaDoc,
  type StatusUpdateDoc,
} from './plan.model.js';

const ids = (keys: readonly string[]) => mongoose.trusted({ $in: keys.map((k) => new mongoose.Types.ObjectId(k)) });

function byId<T extends { _id: mongoose.Types.ObjectId }>(keys: readonly string[], docs: T[]): (T | null)[] {
  const map = new Map(docs.map((d) => [d._id.toHexString(), d]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<T>(keys: readonly string[], docs: T[], key: (d: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const d of docs) map.get(key(d))?.push(d);
  return keys.map((k) => map.get(k)!);
}

/** Per-request loaders for plans, areas, items and status updates: one query per kind, whatever the number of parents. */
export function createPlanLoaders() {
  return {
    plan: new DataLoader<string, ActionPlanDoc | null>(async (keys) =>
      byId(keys, await ActionPlanModel.find({ _id: ids(keys) }).lean<ActionPlanDoc[]>()),
    ),
    area: new DataLoader<string, AreaDoc | null>(async (keys) =>
      byId(keys, await AreaModel.find({ _id: ids(keys) }).lean<AreaDoc[]>()),
    ),
    item: new DataLoader<string, ActionItemDoc | null>(async (keys) =>
      byId(keys, await ActionItemModel.find({ _id: ids(keys) }).lean<ActionItemDoc[]>()),
    ),
    areasByPlan: new DataLoader<string, AreaDoc[]>(async (keys) =>
      groupBy(
        keys,
        await AreaModel.find({ planId: ids(keys) })
          .sort({ position: 1, _id: 1 })
          .lean<AreaDoc[]>(),
        (a) => a.planId.toHexString(),
      ),
    ),
    itemsByArea: new DataLoader<string, ActionItemDoc[]>(async (keys) =>
      groupBy(
        keys,
        await ActionItemModel.find({ areaId: ids(keys) })
          .sort({ position: 1, _id: 1 })
          .lean<ActionItemDoc[]>(),
        (i) => i.areaId.toHexString(),
      ),
    ),
    itemsByGoal: new DataLoader<string, ActionItemDoc[]>(async (keys) => {
      const items = await ActionItemModel.find({ goalIds: ids(keys) })
        .sort({ position: 1, _id: 1 })
        .lean<ActionItemDoc[]>();
      return keys.map((k) => items.filter((i) => i.goalIds.some((g) => g.toHexString() === k)));
    }),
    updatesByItem: new DataLoader<string, StatusUpdateDoc[]>(async (keys) =>
      groupBy(
        keys,
        await StatusUpdateModel.find({ itemId: ids(keys) })
          .sort({ at: -1, _id: -1 })
          .lean<StatusUpdateDoc[]>(),
        (u) => u.itemId.toHexString(),
      ),
    ),
  };
}

/** The plan loaders' shape, for the GraphQL context. */
export type PlanLoaders = ReturnType<typeof createPlanLoaders>;
