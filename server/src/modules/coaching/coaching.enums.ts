// The coaching module's API enums with their stored values (see indicators/indicator.enums.ts).

/** The subjects Stockholm's teacher coaches work in (seed 004). */
export const coachingSubjectValues = {
  SVENSKA: 'svenska',
  SVENSKA_SOM_ANDRASPRAK: 'svenskaSomAndrasprak',
  BILD: 'bild',
  SO: 'so',
  MATEMATIK: 'matematik',
  NO: 'no',
} as const;
export type CoachingSubject = (typeof coachingSubjectValues)[keyof typeof coachingSubjectValues];

/**
 * Where a request stands: with the principal (a teacher asked), with the coach service (the
 * principal forwarded it or asked, with the agreement on time and room), accepted (an engagement
 * began), declined (with a reason), or withdrawn by the one who asked.
 */
export const coachingRequestStateValues = {
  WITH_PRINCIPAL: 'withPrincipal',
  WITH_COACHES: 'withCoaches',
  ACCEPTED: 'accepted',
  DECLINED: 'declined',
  WITHDRAWN: 'withdrawn',
} as const;
export type CoachingRequestState = (typeof coachingRequestStateValues)[keyof typeof coachingRequestStateValues];

/** An engagement is active, closed (with the teacher's summary), or disposed of (gallrad: content gone). */
export const engagementStateValues = { ACTIVE: 'active', CLOSED: 'closed', DISPOSED: 'disposed' } as const;
export type EngagementState = (typeof engagementStateValues)[keyof typeof engagementStateValues];

/** What is written inside an engagement, besides its goal and closing summary. */
export const coachingEntryKindValues = {
  /** A coaching conversation on a date, with its notes. */
  MEETING: 'meeting',
  /** A lesson visit on a date, with the observations analysed together. */
  LESSON_VISIT: 'lessonVisit',
  /** Something the teacher tries between meetings; marked done. */
  ASSIGNMENT: 'assignment',
  /** The teacher's reflection. */
  REFLECTION: 'reflection',
  /** The next step, decided by the teacher. */
  NEXT_STEP: 'nextStep',
} as const;
export type CoachingEntryKind = (typeof coachingEntryKindValues)[keyof typeof coachingEntryKindValues];
