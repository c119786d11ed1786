export { GoalModel, type GoalDoc, type TargetDoc } from './goal.model.js';
export * from './goal.service.js';
export { canViewGoal, canEditGoal } from './goal.policy.js';
export { computeProgress, type TargetProgress, type ProgressStatus } from './progress.js';
