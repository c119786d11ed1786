export type { DeficiencyDoc, ComplaintDoc, MeasureDoc, EvidenceDoc, StateChangeDoc } from './deficiency.model.js';
export type { DeficiencyState, ComplaintState } from './deficiency.enums.js';
export { seedDeficiencies } from './deficiency.seed.js';
export * from './deficiency.service.js';
export * from './complaint.service.js';
export {
  canAddMeasures,
  canEditDeficiency,
  handlesComplaint,
  readsComplaint,
  readsDeficienciesOf,
  readsComplaintCountsOf,
} from './deficiency.policy.js';
