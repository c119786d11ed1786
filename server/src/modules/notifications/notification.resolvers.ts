import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { mailEnabled } from './mailer.js';
import { emailFrequencyValues, mailLanguageValues, notificationKindValues } from './notification.enums.js';
import {
  inboxOf,
  listNotices,
  markNotificationsSeen,
  preferencesOf,
  setNotificationPreferences,
  unreadCount,
} from './notification.service.js';

/** The viewer's inbox and choices; notices are read through the request's scoped loaders. */
export const notificationResolvers: Resolvers = {
  EmailFrequency: emailFrequencyValues,
  NotificationKind: notificationKindValues,
  MailLanguage: mailLanguageValues,
  Query: {
    notificationInbox: (_p, _a, ctx) => inboxOf(ctx.viewer),
  },
  Mutation: {
    markNotificationsSeen: (_p, args, ctx) => markNotificationsSeen(ctx.viewer, args.input),
    setNotificationPreferences: (_p, args, ctx) => setNotificationPreferences(ctx.viewer, args.input),
  },
  NotificationInbox: {
    id: (inbox) => inbox.personId,
    lastSeenAt: (inbox) => inbox.lastSeenAt,
    unreadCount: (inbox, _a, ctx) => unreadCount(ctx.viewer, inbox, ctx.loaders),
    notifications: (inbox, args, ctx) => listNotices(ctx.viewer, inbox, args, ctx.loaders),
    preferences: (inbox) => preferencesOf(inbox),
  },
  NotificationPreferences: {
    id: (p) => p.personId,
    emailAvailable: () => mailEnabled(),
  },
  Notification: {
    id: (n) => n.notice._id.toHexString(),
    kind: (n) => n.notice.kind,
    createdAt: (n) => n.notice.createdAt,
    comment: (n) => (n.comment ? { comment: n.comment, targetTitle: n.targetTitle, planId: n.planId! } : null),
    question: (n) => n.question,
    meeting: (n) => n.meeting ?? null,
    chat: (n) => n.chat ?? null,
    chatStartsAt: (n) => n.notice.startsAt ?? null,
    chatEndsAt: (n) => n.notice.endsAt ?? null,
    coachingExportedByName: (n) => (n.notice.kind === 'coachingExport' ? n.notice.actorName : null),
  },
};
