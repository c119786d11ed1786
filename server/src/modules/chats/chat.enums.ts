// The chats' API enums with their stored values (see indicators/indicator.enums.ts).

/** Who hosts a chat: the school commissioner (skolborgarråd) or one of the three directors. */
export const chatHostRoleValues = {
  SCHOOL_COMMISSIONER: 'schoolCommissioner',
  EDUCATION_DIRECTOR: 'educationDirector',
  COMPULSORY_DIRECTOR: 'compulsoryDirector',
  UPPER_SECONDARY_DIRECTOR: 'upperSecondaryDirector',
} as const;
export type ChatHostRole = (typeof chatHostRoleValues)[keyof typeof chatHostRoleValues];

/** Where a chat stands, worked out from its times (and its cancellation) on every read. */
export const chatStateValues = {
  SCHEDULED: 'scheduled',
  LIVE: 'live',
  ENDED: 'ended',
  CANCELLED: 'cancelled',
} as const;
export type ChatState = (typeof chatStateValues)[keyof typeof chatStateValues];

/**
 * What happened in a chat: a question asked by a teacher, picked by a moderator, answered by the
 * host; or the chat itself rescheduled or cancelled by the administration.
 */
export const chatEventKindValues = {
  ASKED: 'asked',
  PICKED: 'picked',
  ANSWERED: 'answered',
  RESCHEDULED: 'rescheduled',
  CANCELLED: 'cancelled',
} as const;
export type ChatEventKind = (typeof chatEventKindValues)[keyof typeof chatEventKindValues];

/** The event kinds about the chat itself rather than one of its questions. */
export const chatChangeKinds: ReadonlySet<ChatEventKind> = new Set(['rescheduled', 'cancelled']);
