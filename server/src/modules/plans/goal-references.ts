import type { Types } from 'mongoose';
import type { ReadScope } from '../../auth/index.js';

/** Counts how many of the given goal ids are goals of the municipality within the scope. */
export type GoalReferenceCount = (scope: ReadScope, ids: Types.ObjectId[], municipalityCode: string) => Promise<number>;

// Items name the goals they serve, but goals sit above plans in the module graph (a goal reads
// plans), so plans cannot import goals: the goals module hands plans its count when it loads.
let countGoals: GoalReferenceCount | null = null;

/** Called once by the goals module: how plans checks the goal ids an item is given. */
export function provideGoalReferenceCount(count: GoalReferenceCount): void {
  countGoals = count;
}

/** How many of `ids` are goals of the municipality in the scope; fails closed when the goals module is not loaded. */
export function countGoalReferences(
  scope: ReadScope,
  ids: Types.ObjectId[],
  municipalityCode: string,
): Promise<number> {
  if (!countGoals) throw new Error('goal references checked before the goals module was loaded');
  return countGoals(scope, ids, municipalityCode);
}
