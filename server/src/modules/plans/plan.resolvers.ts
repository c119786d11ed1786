import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { requireViewer } from '../../auth/index.js';
import { loadOrganisations, requiredOrganisation } from '../organisations/index.js';
import { itemStatusValues, planStatusValues } from './plan.enums.js';
import { pageOf } from '../../shared/pagination.js';
import { mapKnown } from '../../shared/known-loader.js';
import { NotFoundError } from '../../shared/errors.js';
import { canEditPlan, canUpdateItemStatus } from './plan.policy.js';
import { listMunicipalityItems } from './municipality-items.js';
import {
  createActionItem,
  createActionPlan,
  createArea,
  findVisibleItem,
  findVisiblePlan,
  listActionPlans,
  recordStatusUpdate,
  updateActionItem,
  updateActionPlan,
  updateArea,
} from './plan.service.js';
import {
  archiveArea,
  assignablePeople,
  cancelActionItem,
  closeActionPlan,
  moveActionItem,
  moveArea,
  publishActionPlan,
} from './plan-authoring.service.js';

const mustExist = <T>(doc: T | null, what: { sv: string; en: string }): T => {
  if (!doc) throw new NotFoundError(what);
  return doc;
};
const PLAN = { sv: 'Handlingsplanen', en: 'The action plan' };
const AREA = { sv: 'Området', en: 'The area' };

/** Plans, areas, items and status updates, read through the request's loaders (built with the viewer's scope); children are reached only through a parent the viewer may see. Goals and comments on them are resolved by their own modules. */
export const planResolvers: Resolvers = {
  PlanStatus: planStatusValues,
  ItemStatus: itemStatusValues,
  Query: {
    actionPlans: async (_p, args, ctx) => {
      const page = await listActionPlans(ctx.viewer, args);
      // Read in the same scope as the loaders: the plans' children then check them without a query.
      for (const p of page.nodes) ctx.loaders.plan.prime(p._id.toHexString(), p);
      return page;
    },
    actionPlan: (_p, args, ctx) =>
      findVisiblePlan(ctx.viewer, args.id, (id) => ctx.loaders.planWithChildren.load(id.toHexString())),
    assignablePeople: (_p, args, ctx) => assignablePeople(ctx.viewer, args),
    municipalityItems: (_p, args, ctx) => listMunicipalityItems(ctx.viewer, args, ctx.loaders),
    actionItem: async (_p, args, ctx) => {
      const item = await findVisibleItem(ctx.viewer, args.id);
      if (item) ctx.loaders.item.prime(item._id.toHexString(), item);
      return item;
    },
  },
  Mutation: {
    createActionPlan: (_p, args, ctx) => createActionPlan(ctx.viewer, args.input),
    updateActionPlan: (_p, args, ctx) => updateActionPlan(ctx.viewer, args.input),
    createArea: (_p, args, ctx) => createArea(ctx.viewer, args.input),
    updateArea: (_p, args, ctx) => updateArea(ctx.viewer, args.input),
    createActionItem: (_p, args, ctx) => createActionItem(ctx.viewer, args.input),
    updateActionItem: (_p, args, ctx) => updateActionItem(ctx.viewer, args.input),
    recordStatusUpdate: (_p, args, ctx) => recordStatusUpdate(ctx.viewer, args.input),
    moveArea: (_p, args, ctx) => moveArea(ctx.viewer, args.input),
    moveActionItem: (_p, args, ctx) => moveActionItem(ctx.viewer, args.input),
    cancelActionItem: (_p, args, ctx) => cancelActionItem(ctx.viewer, args.input),
    archiveArea: (_p, args, ctx) => archiveArea(ctx.viewer, args.input),
    publishActionPlan: (_p, args, ctx) => publishActionPlan(ctx.viewer, args.input),
    closeActionPlan: (_p, args, ctx) => closeActionPlan(ctx.viewer, args.input),
  },
  ActionPlan: {
    id: (p) => p._id.toHexString(),
    canEdit: (p, _a, ctx) => canEditPlan(ctx.viewer, p),
    owner: (p, _a, ctx) => requiredOrganisation(ctx.loaders.organisation, p.ownerId),
    responsible: (p, _a, ctx) => (p.responsibleId ? ctx.loaders.person.value(p.responsibleId.toHexString()) : null),
    schools: (p, _a, ctx) => loadOrganisations(ctx.loaders.organisation, p.schoolIds),
    areas: (p, _a, ctx) => ctx.loaders.areasByPlan.value(p._id.toHexString()),
  },
  Area: {
    id: (a) => a._id.toHexString(),
    archived: (a) => !!a.archived,
    plan: (a, _x, ctx) => mapKnown(ctx.loaders.plan.value(a.planId.toHexString()), (p) => mustExist(p, PLAN)),
    items: (a, args, ctx) =>
      mapKnown(ctx.loaders.itemsByArea.value(a._id.toHexString()), (items) => pageOf(items, args)),
  },
  ActionItem: {
    id: (i) => i._id.toHexString(),
    plan: (i, _x, ctx) => mapKnown(ctx.loaders.plan.value(i.planId.toHexString()), (p) => mustExist(p, PLAN)),
    area: (i, _x, ctx) => mapKnown(ctx.loaders.area.value(i.areaId.toHexString()), (a) => mustExist(a, AREA)),
    responsible: (i, _a, ctx) => (i.responsibleId ? ctx.loaders.person.value(i.responsibleId.toHexString()) : null),
    updates: async (i, args, ctx) => pageOf(await ctx.loaders.updatesByItem.load(i._id.toHexString()), args),
    canUpdate: (i, _a, ctx) =>
      mapKnown(
        ctx.loaders.plan.value(i.planId.toHexString()),
        (plan) => !!plan && canUpdateItemStatus(ctx.viewer, i, plan),
      ),
  },
  StatusUpdate: {
    id: (u) => u._id.toHexString(),
    author: (u, _a, ctx) => {
      requireViewer(ctx);
      return u.authorId ? ctx.loaders.person.load(u.authorId.toHexString()) : null;
    },
  },
};
