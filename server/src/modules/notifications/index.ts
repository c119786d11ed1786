// The notifications module's door: who hears of a new comment, the inbox, preferences and e-mail.
export {
  notifyOfComment,
  notifyOfCoachingExport,
  type CoachingExported,
  recipientsOf,
  inboxOf,
  listNotices,
  unreadCount,
  markNotificationsSeen,
  setNotificationPreferences,
  preferencesOf,
  NOTIFICATIONS_MAX,
  UNREAD_COUNT_MAX,
  type Inbox,
  type Preferences,
  type VisibleNotice,
  type NoticeLoaders,
} from './notification.service.js';
export { runDailyDigest } from './digest.js';
export { outboxIdle, kickOutbox, retryDelay, MAIL_ATTEMPTS, mailEnabled } from './mailer.js';
export { notificationsStartupHook, stopNotifications } from './startup.js';
export type { NotificationDoc } from './notification.model.js';
