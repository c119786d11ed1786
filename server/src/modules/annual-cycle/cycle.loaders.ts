import DataLoader from 'dataloader';
import mongoose from 'mongoose';
import type { ReadScope } from '../../auth/index.js';
import type { AnnualCycleDoc, CycleStepDoc } from './cycle.model.js';
import { findCycles, stepsOfCycles } from './cycle.repository.js';

const oids = (keys: readonly string[]) => keys.map((k) => new mongoose.Types.ObjectId(k));

/** Per-request loaders for cycles and their steps, built with the viewer's scope (none returns a document outside it). */
export function createCycleLoaders(scope: ReadScope) {
  return {
    annualCycle: new DataLoader<string, AnnualCycleDoc | null>(async (keys) => {
      const docs = await findCycles(scope, oids(keys));
      const map = new Map(docs.map((d) => [d._id.toHexString(), d]));
      return keys.map((k) => map.get(k) ?? null);
    }),
    cycleSteps: new DataLoader<string, CycleStepDoc[]>(async (keys) => {
      const docs = await stepsOfCycles(scope, oids(keys));
      return keys.map((k) => docs.filter((d) => d.cycleId.toHexString() === k));
    }),
  };
}

/** The cycle loaders' shape, for the GraphQL context. */
export type CycleLoaders = ReturnType<typeof createCycleLoaders>;
