export type { AnnualCycleDoc, CycleStepDoc, StepCompletionDoc } from './cycle.model.js';
export * from './cycle.service.js';
export { seedAnnualCycles } from './cycle.seed.js';
export { canMarkStep, viewerUnitsIn } from './cycle.policy.js';
export { addYears, schoolYearLabel, schoolYearOf, stepStatus, swedishDate } from './cycle.dates.js';
export { MAX_STEPS, MAX_UNITS } from './cycle.inputs.js';
export { CYCLE_TEXT_MAX } from './cycle.model.js';
export type { SchoolForm, CyclePhase, StepOwnerRole, StepStatus } from './cycle.enums.js';
