// The coaching module's door: requests for coaching, engagements and what is written in them, and
// the one confidentiality rule every path asks (coaching.policy.ts).
export type {
  CoachingRequestDoc,
  EngagementDoc,
  CoachingEntryDoc,
  CoachProfileDoc,
  CoachingSettingsDoc,
  CoachingAgreementDoc,
} from './coaching.model.js';
export { COACHING_MAX, COACHING_K, RETENTION_DEFAULT_MONTHS, RETENTION_RANGE } from './coaching.model.js';
export * from './coaching.service.js';
export { seedCoaching, type EngagementFactsDoc, type EngagementContentDoc } from './coaching.repository.js';
export {
  engagementAccess,
  isParty,
  isTeacherOf,
  isPrincipalOfUnit,
  isCoachServiceOf,
  canReadRequest,
  type EngagementAccess,
  type EngagementFacts,
} from './coaching.policy.js';
export {
  coachingSubjectValues,
  coachingRequestStateValues,
  engagementStateValues,
  coachingEntryKindValues,
  type CoachingSubject,
  type CoachingRequestState,
  type EngagementState,
  type CoachingEntryKind,
} from './coaching.enums.js';
export { coachingDisposalStartupHook, disposeExpiredEngagements } from './coaching.disposal.js';
