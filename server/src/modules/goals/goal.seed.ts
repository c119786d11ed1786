import type { Seed } from '../plans/index.js';
import { GoalModel, type GoalDoc } from './goal.model.js';

// Bulk writes for the demo data and scripts, outside any request and so outside any viewer's
// scope. Requests read and write through goal.repository.ts.

/** Inserts goals in one bulk write. */
export async function seedGoals(docs: Seed<GoalDoc>[]): Promise<void> {
  await GoalModel.insertMany(docs);
}
