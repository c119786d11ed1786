// The moderation module's API enums with their stored values (see indicators/indicator.enums.ts).

/** Why a reader reports a text. */
export const reportReasonValues = { SPAM: 'spam', OFFENSIVE: 'offensive', OFF_TOPIC: 'offTopic' } as const;
export type ReportReason = (typeof reportReasonValues)[keyof typeof reportReasonValues];

/** What can be reported: comments and questions to leaders (each kind through its own module, moderated-sources.ts). */
export const reportedSourceValues = { COMMENT: 'comment', QUESTION: 'question' } as const;
export type ReportedSource = (typeof reportedSourceValues)[keyof typeof reportedSourceValues];

/** Where a report stands: waiting for a moderator, or decided (the text hidden, or kept). */
export const reportStateValues = { OPEN: 'open', HIDDEN: 'hidden', KEPT: 'kept' } as const;
export type ReportState = (typeof reportStateValues)[keyof typeof reportStateValues];

/** A moderator's decision on a reported text. */
export const moderationDecisionValues = { HIDE: 'hide', KEEP: 'keep' } as const;
export type ModerationDecision = (typeof moderationDecisionValues)[keyof typeof moderationDecisionValues];
