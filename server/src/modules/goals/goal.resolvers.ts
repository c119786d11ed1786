import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { NotFoundError } from '../../shared/errors.js';
import { requiredOrganisation } from '../organisations/index.js';
import { analysisValue } from '../results/index.js';
import { targetKindValues } from './goal.enums.js';
import { seriesKey } from './goal.loaders.js';
import type { GoalDoc } from './goal.model.js';
import { computeProgress } from './progress.js';
import {
  addTarget,
  createGoal,
  findVisibleGoal,
  listGoals,
  removeTarget,
  setGoalItemLink,
  updateGoal,
  updateTarget,
} from './goal.service.js';
import { canEditGoal } from './goal.policy.js';

/** Goals and targets, read through the request's loaders (the viewer's scope), with each target's progress computed from measurements (one query per request). */
export const goalResolvers: Resolvers = {
  TargetKind: targetKindValues,
  Query: {
    // Read in the same scope as the loaders: the goals' comments then check them without a query.
    goals: async (_p, args, ctx) => {
      const page = await listGoals(ctx.viewer, args);
      for (const g of page.nodes) ctx.loaders.goal.prime(g._id.toHexString(), g);
      return page;
    },
    goal: async (_p, args, ctx) => {
      const goal = await findVisibleGoal(ctx.viewer, args.id);
      if (goal) ctx.loaders.goal.prime(goal._id.toHexString(), goal);
      return goal;
    },
  },
  Mutation: {
    createGoal: (_p, args, ctx) => createGoal(ctx.viewer, args.input),
    updateGoal: (_p, args, ctx) => updateGoal(ctx.viewer, args.input),
    addTarget: (_p, args, ctx) => addTarget(ctx.viewer, args.input),
    updateTarget: (_p, args, ctx) => updateTarget(ctx.viewer, args.input),
    removeTarget: (_p, args, ctx) => removeTarget(ctx.viewer, args.goalId, args.targetId),
    linkGoalToItem: (_p, args, ctx) => setGoalItemLink(ctx.viewer, args.input, true),
    unlinkGoalFromItem: (_p, args, ctx) => setGoalItemLink(ctx.viewer, args.input, false),
  },
  Goal: {
    id: (g) => g._id.toHexString(),
    period: (g) => g.period ?? null,
    canEdit: (g, _a, ctx) => canEditGoal(ctx.viewer, g),
    owner: (g, _a, ctx) => requiredOrganisation(ctx.loaders.organisation, g.ownerId),
    plan: (g, _a, ctx) => (g.planId ? ctx.loaders.plan.load(g.planId.toHexString()) : null),
    actionItems: (g, _a, ctx) => ctx.loaders.itemsByGoal.load(g._id.toHexString()),
  },
  // The goals fields of plans and items belong here: the goal's visibility is this module's rule,
  // kept by the loaders (built with the viewer's scope).
  ActionPlan: {
    goals: (p, _a, ctx) => ctx.loaders.goalsByPlan.load(p._id.toHexString()),
  },
  ActionItem: {
    goals: async (i, _a, ctx) => {
      const goals = await ctx.loaders.goal.loadMany(i.goalIds.map((g) => g.toHexString()));
      return goals.filter((g): g is GoalDoc => !!g && !(g instanceof Error));
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
        // Skolverket's ~100 counts as 100, as the ranking reads it, not as a missing year.
        series.map((m) => ({ year: m.year, value: analysisValue({ value: m.value ?? null, rawMark: m.rawMark }) })),
      );
    },
  },
};
