export {
  PLAN_STATUSES,
  ITEM_STATUSES,
  type ActionPlanDoc,
  type AreaDoc,
  type ActionItemDoc,
  type StatusUpdateDoc,
  type PlanStatus,
  type ItemStatus,
} from './plan.model.js';
export * from './plan.service.js';
export * from './plan-authoring.service.js';
export { findPlan, findPlans, findArea, findItem, type InPlan } from './plan.repository.js';
export { seedPlans, seededPlanOf, type PlanSeed, type Seed } from './plan.seed.js';
export { canViewPlan, canEditPlan, canUpdateItemStatus, type PlanFacts } from './plan.policy.js';
export { planStatusValues, itemStatusValues } from './plan.enums.js';
export { readMunicipalityPlans, type MunicipalityPlans, type PlanChildLoaders } from './municipality-items.js';
export { provideGoalReferenceCount, type GoalReferenceCount } from './goal-references.js';
