// The annual cycle's API enums with their stored values (see indicators/indicator.enums.ts).
// StepStatus is computed, never stored, and carries the API's names as they are.

/** The school forms a cycle is kept for: a fixed list. */
export const schoolFormValues = {
  PRESCHOOL: 'preschool',
  COMPULSORY: 'compulsory',
  UPPER_SECONDARY: 'upperSecondary',
} as const;
export type SchoolForm = (typeof schoolFormValues)[keyof typeof schoolFormValues];

/** Skolverket's four phases, in their order. */
export const cyclePhaseValues = {
  FOLLOW_UP: 'followUp',
  ANALYSIS: 'analysis',
  PLANNING: 'planning',
  IMPLEMENTATION: 'implementation',
} as const;
export type CyclePhase = (typeof cyclePhaseValues)[keyof typeof cyclePhaseValues];

/** Who carries out a step. */
export const stepOwnerRoleValues = {
  PRINCIPAL: 'principal',
  ADMINISTRATION: 'administration',
  TEACHERS: 'teachers',
  STAFF: 'staff',
  BOARD: 'board',
} as const;
export type StepOwnerRole = (typeof stepOwnerRoleValues)[keyof typeof stepOwnerRoleValues];

/** A step's status for a viewer, by today's date. */
export type StepStatus = 'NOT_DUE' | 'DUE' | 'OVERDUE' | 'DONE';
