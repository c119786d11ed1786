// The notifications module's API enums with their stored values (see indicators/indicator.enums.ts).

/** How often a person is e-mailed about comments on their plans and items (in-app notices always come). */
export const emailFrequencyValues = { OFF: 'off', IMMEDIATELY: 'immediately', DAILY: 'daily' } as const;
export type EmailFrequency = (typeof emailFrequencyValues)[keyof typeof emailFrequencyValues];

/**
 * What a notification is about: a comment, a reply, the answer to a question the person raised or
 * supports, or a meeting they signed up for (or wait for) that changed day or place, was cancelled,
 * or gave them a place from its waiting list, or a coaching engagement of theirs exported by the
 * registrar for a secrecy assessment, or a chat they posted a question to that moved or was
 * cancelled.
 */
export const notificationKindValues = {
  COMMENT: 'comment',
  REPLY: 'reply',
  ANSWER: 'answer',
  MEETING_CHANGED: 'meetingChanged',
  MEETING_CANCELLED: 'meetingCancelled',
  MEETING_PLACE: 'meetingPlace',
  CHAT_RESCHEDULED: 'chatRescheduled',
  CHAT_CANCELLED: 'chatCancelled',
  COACHING_EXPORT: 'coachingExport',
} as const;
export type NotificationKind = (typeof notificationKindValues)[keyof typeof notificationKindValues];

/** The language a person's e-mails are written in. */
export const mailLanguageValues = { SV: 'sv', EN: 'en' } as const;
export type MailLanguage = (typeof mailLanguageValues)[keyof typeof mailLanguageValues];
