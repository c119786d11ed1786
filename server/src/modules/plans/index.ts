export {
  ActionPlanModel,
  AreaModel,
  ActionItemModel,
  StatusUpdateModel,
  type ActionPlanDoc,
  type AreaDoc,
  type ActionItemDoc,
  type StatusUpdateDoc,
  type PlanStatus,
  type ItemStatus,
} from './plan.model.js';
export * from './plan.service.js';
export { canViewPlan, canEditPlan, canUpdateItemStatus, type PlanFacts } from './plan.policy.js';
export { planStatusFromGql } from './plan.inputs.js';
export { provideGoalReferenceCount, type GoalReferenceCount } from './goal-references.js';
