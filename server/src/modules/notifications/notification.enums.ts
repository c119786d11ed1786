// The notifications module's API enums with their stored values (see indicators/indicator.enums.ts).

/** How often a person is e-mailed about comments on their plans and items (in-app notices always come). */
export const emailFrequencyValues = { OFF: 'off', IMMEDIATELY: 'immediately', DAILY: 'daily' } as const;
export type EmailFrequency = (typeof emailFrequencyValues)[keyof typeof emailFrequencyValues];

/** What a notification is about: a comment, a reply, or the answer to a question the person raised or supports. */
export const notificationKindValues = { COMMENT: 'comment', REPLY: 'reply', ANSWER: 'answer' } as const;
export type NotificationKind = (typeof notificationKindValues)[keyof typeof notificationKindValues];

/** The language a person's e-mails are written in. */
export const mailLanguageValues = { SV: 'sv', EN: 'en' } as const;
export type MailLanguage = (typeof mailLanguageValues)[keyof typeof mailLanguageValues];
