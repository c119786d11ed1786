import DataLoader from 'dataloader';
import { KnownLoader } from '../../shared/known-loader.js';
import mongoose from 'mongoose';
import type { ReadScope } from '../../auth/index.js';
import type { ActionItemDoc, ActionPlanDoc, AreaDoc, StatusUpdateDoc } from './plan.model.js';
import {
  areasOfPlans,
  findAreas,
  findItems,
  findPlans,
  findPlansWithChildren,
  itemsOfAreas,
  itemsOfGoals,
  updatesOfItems,
  type PlanLookup,
  type PlanRelated,
} from './plan.repository.js';

const oids = (keys: readonly string[]) => keys.map((k) => new mongoose.Types.ObjectId(k));

function byId<T extends { _id: mongoose.Types.ObjectId }>(keys: readonly string[], docs: T[]): (T | null)[] {
  const map = new Map(docs.map((d) => [d._id.toHexString(), d]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<T>(keys: readonly string[], docs: T[], key: (d: T) => string): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const d of docs) map.get(key(d))?.push(d);
  return keys.map((k) => map.get(k)!);
}

/**
 * Per-request loaders for plans, areas, items and status updates, built with the viewer's scope:
 * every one reads through plan.repository.ts, so none can return a document outside it (a child
 * of a hidden plan is as absent as the plan). One query per kind, whatever the number of parents.
 */
export function createPlanLoaders(scope: ReadScope, related?: PlanRelated) {
  const plan = new KnownLoader<ActionPlanDoc | null>(async (keys) => byId(keys, await findPlans(scope, oids(keys))));
  // Children check their plans through the plan loader: on a page that has read the plan, for free.
  const plans: PlanLookup = (ids) => plan.loadMany(ids.map((id) => id.toHexString()));
  const area = new KnownLoader<AreaDoc | null>(async (keys) => byId(keys, await findAreas(scope, oids(keys), plans)));
  const item = new KnownLoader<ActionItemDoc | null>(async (keys) =>
    byId(keys, await findItems(scope, oids(keys), plans)),
  );
  // Children loaded as a list also answer the by-id loaders: an item's `area` and `plan` on the
  // plan page are then already known instead of costing a second query each.
  const areasByPlan = new KnownLoader<AreaDoc[]>(async (keys) => {
    const found = await areasOfPlans(scope, oids(keys), plans);
    for (const a of found) area.prime(a._id.toHexString(), a);
    return groupBy(keys, found, (a) => a.planId.toHexString());
  });
  const itemsByArea = new KnownLoader<ActionItemDoc[]>(async (keys) => {
    const found = await itemsOfAreas(scope, oids(keys), plans);
    for (const i of found) item.prime(i._id.toHexString(), i);
    return groupBy(keys, found, (i) => i.areaId.toHexString());
  });
  // A plan asked for by id (the plan page) is read with its areas and items, and with the owner,
  // school units and responsible people the page shows (`related`, the other modules' loaders), in
  // one query. The children are handed to the list loaders, which resolvers reach only through the
  // plan; all of them are then known, so the page's fields resolve without waiting (KnownLoader).
  const planWithChildren = new DataLoader<string, ActionPlanDoc | null>(async (keys) => {
    const { plans: found, areas, items } = await findPlansWithChildren(scope, oids(keys), related);
    for (const p of found) plan.prime(p._id.toHexString(), p);
    for (const a of areas) area.prime(a._id.toHexString(), a);
    for (const i of items) item.prime(i._id.toHexString(), i);
    const areaKeys = areas.map((a) => a._id.toHexString());
    groupBy(keys, areas, (a) => a.planId.toHexString()).forEach((list, k) => areasByPlan.prime(keys[k]!, list));
    groupBy(areaKeys, items, (i) => i.areaId.toHexString()).forEach((list, k) => itemsByArea.prime(areaKeys[k]!, list));
    return byId(keys, found);
  });
  return {
    plan,
    planWithChildren,
    area,
    item,
    areasByPlan,
    itemsByArea,
    itemsByGoal: new DataLoader<string, ActionItemDoc[]>(async (keys) => {
      const items = await itemsOfGoals(scope, oids(keys), plans);
      return keys.map((k) => items.filter((i) => i.goalIds.some((g) => g.toHexString() === k)));
    }),
    updatesByItem: new DataLoader<string, StatusUpdateDoc[]>(async (keys) =>
      groupBy(keys, await updatesOfItems(scope, oids(keys), plans), (u) => u.itemId.toHexString()),
    ),
  };
}

/** The plan loaders' shape, for the GraphQL context. */
export type PlanLoaders = ReturnType<typeof createPlanLoaders>;
