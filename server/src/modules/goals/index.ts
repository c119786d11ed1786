export type { GoalDoc, TargetDoc } from './goal.model.js';
export { findGoal, findGoals } from './goal.repository.js';
export { seedGoals } from './goal.seed.js';
export * from './goal.service.js';
export { canViewGoal, canEditGoal } from './goal.policy.js';
export { computeProgress, type TargetProgress, type ProgressStatus } from './progress.js';
