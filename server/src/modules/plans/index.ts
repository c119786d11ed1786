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
export { canViewPlan, canEditPlan, canUpdateItemStatus } from './plan.policy.js';
export { createPlanLoaders, type PlanLoaders } from './plan.loaders.js';
export { planResolvers } from './plan.resolvers.js';
