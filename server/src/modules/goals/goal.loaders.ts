import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import type { ReadScope } from '../../auth/index.js';
import { IndicatorModel, MeasurementModel, type IndicatorDoc, type MeasurementDoc } from '../indicators/index.js';
import type { GoalDoc } from './goal.model.js';
import { findGoals, goalsOfPlans } from './goal.repository.js';

const ids = (keys: readonly string[]) => mongoose.trusted({ $in: keys.map((k) => new mongoose.Types.ObjectId(k)) });
const oids = (keys: readonly string[]) => keys.map((k) => new mongoose.Types.ObjectId(k));

/** The key of one target's measurement series. */
export function seriesKey(indicatorId: mongoose.Types.ObjectId, organisationCode: string): string {
  return `${indicatorId.toHexString()}:${organisationCode}`;
}

/**
 * Per-request loaders for goals (built with the viewer's scope, read through goal.repository.ts,
 * so none returns a goal outside it), indicators and the measurements behind targets (open data).
 */
export function createGoalLoaders(scope: ReadScope) {
  const goal = new DataLoader<string, GoalDoc | null>(async (keys) => {
    const docs = await findGoals(scope, oids(keys));
    const map = new Map(docs.map((d) => [d._id.toHexString(), d]));
    return keys.map((k) => map.get(k) ?? null);
  });
  return {
    goal,
    goalsByPlan: new DataLoader<string, GoalDoc[]>(async (keys) => {
      const docs = await goalsOfPlans(scope, oids(keys));
      // A plan's goals also answer the by-id loader (their comments check the goal through it).
      for (const d of docs) goal.prime(d._id.toHexString(), d);
      return keys.map((k) => docs.filter((d) => d.planId?.toHexString() === k));
    }),
    indicator: new DataLoader<string, IndicatorDoc | null>(async (keys) => {
      const docs = await IndicatorModel.find({ _id: ids(keys) }).lean<IndicatorDoc[]>();
      const map = new Map(docs.map((d) => [d._id.toHexString(), d]));
      return keys.map((k) => map.get(k) ?? null);
    }),
    // Every target of a request in ONE query: the union of indicators × organisations, then split.
    series: new DataLoader<string, MeasurementDoc[]>(async (keys) => {
      const pairs = keys.map((k) => k.split(':') as [string, string]);
      const indicatorIds = [...new Set(pairs.map((p) => p[0]))];
      const codes = [...new Set(pairs.map((p) => p[1]))];
      const docs = await MeasurementModel.find({
        indicatorId: ids(indicatorIds),
        organisationCode: mongoose.trusted({ $in: codes }),
        organiserType: 'all',
      })
        .sort({ year: 1 })
        .lean<MeasurementDoc[]>();
      const map = new Map<string, MeasurementDoc[]>(keys.map((k) => [k, []]));
      for (const d of docs) map.get(seriesKey(d.indicatorId, d.organisationCode))?.push(d);
      return keys.map((k) => map.get(k)!);
    }),
  };
}

/** The goal loaders' shape, for the GraphQL context. */
export type GoalLoaders = ReturnType<typeof createGoalLoaders>;
