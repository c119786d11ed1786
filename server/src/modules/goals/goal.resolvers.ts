import type {
  PlanStatus as GqlPlanStatus,
  Resolvers,
  TargetKind as GqlTargetKind,
} from '../../graphql/generated/resolvers-types.js';
import { NotFoundError } from '../../shared/errors.js';
import { requiredOrganisation } from '../organisations/index.js';
import { toGqlEnum } from '../../shared/enum-names.js';
import { canViewPlan } from '../plans/index.js';
import type { ActionItemDoc } from '../plans/index.js';
import { seriesKey } from './goal.loaders.js';
import type { GoalDoc } from './goal.model.js';
import { canViewGoal } from './goal.policy.js';
import { computeProgress } from './progress.js';
import {
  addTarget,
  createGoal,
  findVisibleGoal,
  listGoals,
  removeTarget,
  setGoalItemLink,
  updateGoal,
} from './goal.service.js';

/** Goals and targets, with each target's progress computed from measurements (one query per request). */
export const goalResolvers: Resolvers = {
  Query: {
    goals: (_p, args, ctx) => listGoals(ctx.viewer, args),
    goal: (_p, args, ctx) => findVisibleGoal(ctx.viewer, args.id),
  },
  Mutation: {
    createGoal: (_p, args, ctx) => createGoal(ctx.viewer, args.input),
    updateGoal: (_p, args, ctx) => updateGoal(ctx.viewer, args.input),
    addTarget: (_p, args, ctx) => addTarget(ctx.viewer, args.input),
    removeTarget: (_p, args, ctx) => removeTarget(ctx.viewer, args.goalId, args.targetId),
    linkGoalToItem: (_p, args, ctx) => setGoalItemLink(ctx.viewer, args.input, true),
    unlinkGoalFromItem: (_p, args, ctx) => setGoalItemLink(ctx.viewer, args.input, false),
  },
  Goal: {
    id: (g) => g._id.toHexString(),
    owner: (g, _a, ctx) => requiredOrganisation(ctx.loaders.organisation, g.ownerId),
    plan: async (g, _a, ctx) => {
      if (!g.planId) return null;
      const plan = await ctx.loaders.plan.load(g.planId.toHexString());
      return plan && canViewPlan(ctx.viewer, plan) ? plan : null;
    },
    status: (g) => toGqlEnum<GqlPlanStatus>(g.status),
    actionItems: async (g, _a, ctx) => {
      const items = await ctx.loaders.itemsByGoal.load(g._id.toHexString());
      const plans = await ctx.loaders.plan.loadMany([...new Set(items.map((i) => i.planId.toHexString()))]);
      const visible = new Set(
        plans.flatMap((p) => (p && !(p instanceof Error) && canViewPlan(ctx.viewer, p) ? [p._id.toHexString()] : [])),
      );
      return items.filter((i: ActionItemDoc) => visible.has(i.planId.toHexString()));
    },
  },
  // The goals fields of plans and items belong here: the goal's visibility is this module's rule.
  ActionPlan: {
    goals: async (p, _a, ctx) =>
      (await ctx.loaders.goalsByPlan.load(p._id.toHexString())).filter((g) => canViewGoal(ctx.viewer, g)),
  },
  ActionItem: {
    goals: async (i, _a, ctx) => {
      const goals = await ctx.loaders.goal.loadMany(i.goalIds.map((g) => g.toHexString()));
      return goals.filter((g): g is GoalDoc => !!g && !(g instanceof Error) && canViewGoal(ctx.viewer, g));
    },
  },
  Target: {
    id: (t) => t._id.toHexString(),
    indicator: async (t, _a, ctx) => {
      const doc = await ctx.loaders.indicator.load(t.indicatorId.toHexString());
      if (!doc) throw new NotFoundError({ sv: 'Indikatorn', en: 'The indicator' });
      return doc;
    },
    scope: (t, _a, ctx) => requiredOrganisation(ctx.loaders.organisation, t.scopeId),
    kind: (t) => toGqlEnum<GqlTargetKind>(t.kind),
    targetRank: (t) => t.targetRank ?? null,
    targetValue: (t) => t.targetValue ?? null,
    progress: async (t, _a, ctx) => {
      const [indicator, series] = await Promise.all([
        ctx.loaders.indicator.load(t.indicatorId.toHexString()),
        ctx.loaders.series.load(seriesKey(t.indicatorId, t.scopeCode)),
      ]);
      return computeProgress(
        t,
        indicator?.direction === 'lowerIsBetter',
        series.map((m) => ({ year: m.year, value: m.value ?? null })),
      );
    },
  },
};
