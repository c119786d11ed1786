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

const sorted = { position: 1, _id: 1 } as const;

/** Per-request loaders for plans, areas, items and status updates: one query per kind, whatever the number of parents. */
export function createPlanLoaders() {
  const plan = new DataLoader<string, ActionPlanDoc | null>(async (keys) =>
    byId(keys, await ActionPlanModel.find({ _id: ids(keys) }).lean<ActionPlanDoc[]>()),
  );
  const area = new DataLoader<string, AreaDoc | null>(async (keys) =>
    byId(keys, await AreaModel.find({ _id: ids(keys) }).lean<AreaDoc[]>()),
  );
  const item = new DataLoader<string, ActionItemDoc | null>(async (keys) =>
    byId(keys, await ActionItemModel.find({ _id: ids(keys) }).lean<ActionItemDoc[]>()),
  );
  // Children loaded as a list also answer the by-id loaders: an item's `area` and `plan` on the
  // plan page are then already known instead of costing a second query each.
  const areasByPlan = new DataLoader<string, AreaDoc[]>(async (keys) => {
    const found = await AreaModel.find({ planId: ids(keys) })
      .sort(sorted)
      .lean<AreaDoc[]>();
    for (const a of found) area.prime(a._id.toHexString(), a);
    return groupBy(keys, found, (a) => a.planId.toHexString());
  });
  const itemsByArea = new DataLoader<string, ActionItemDoc[]>(async (keys) => {
    const found = await ActionItemModel.find({ areaId: ids(keys) })
      .sort(sorted)
      .lean<ActionItemDoc[]>();
    for (const i of found) item.prime(i._id.toHexString(), i);
    return groupBy(keys, found, (i) => i.areaId.toHexString());
  });
  // A plan asked for by id (the plan page) is read with its areas and items side by side, in one
  // wave of three queries instead of three waves: the plan's id is all that the three need. The
  // children are handed to the list loaders, which resolvers reach only through the plan.
  const planWithChildren = new DataLoader<string, ActionPlanDoc | null>(async (keys) => {
    const [plans, areas, items] = await Promise.all([
      ActionPlanModel.find({ _id: ids(keys) }).lean<ActionPlanDoc[]>(),
      AreaModel.find({ planId: ids(keys) })
        .sort(sorted)
        .lean<AreaDoc[]>(),
      // Items carry their area's plan id (set on creation; an item never changes area).
      ActionItemModel.find({ planId: ids(keys) })
        .sort(sorted)
        .lean<ActionItemDoc[]>(),
    ]);
    for (const p of plans) plan.prime(p._id.toHexString(), p);
    for (const a of areas) area.prime(a._id.toHexString(), a);
    for (const i of items) item.prime(i._id.toHexString(), i);
    const areaKeys = areas.map((a) => a._id.toHexString());
    groupBy(keys, areas, (a) => a.planId.toHexString()).forEach((list, k) => areasByPlan.prime(keys[k]!, list));
    groupBy(areaKeys, items, (i) => i.areaId.toHexString()).forEach((list, k) => itemsByArea.prime(areaKeys[k]!, list));
    return byId(keys, plans);
  });
  return {
    plan,
    planWithChildren,
    area,
    item,
    areasByPlan,
    itemsByArea,
    itemsByGoal: new DataLoader<string, ActionItemDoc[]>(async (keys) => {
      const items = await ActionItemModel.find({ goalIds: ids(keys) })
        .sort(sorted)
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
