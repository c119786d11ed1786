import type { Seed } from '../plans/index.js';
import { AnnualCycleModel, CycleStepModel, type AnnualCycleDoc, type CycleStepDoc } from './cycle.model.js';

// Bulk writes for the demo data and scripts, outside any request and so outside any viewer's
// scope. Requests read and write through cycle.repository.ts.

/** Inserts cycles and their steps in two bulk writes. */
export async function seedAnnualCycles(cycles: Seed<AnnualCycleDoc>[], steps: Seed<CycleStepDoc>[]): Promise<void> {
  await AnnualCycleModel.insertMany(cycles);
  if (steps.length) await CycleStepModel.insertMany(steps);
}
