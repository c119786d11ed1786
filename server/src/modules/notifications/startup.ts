import type { StartupHook } from '../../shared/startup-hook.js';
import { scheduleDigest, stopDigest } from './digest.js';
import { configureMail, stopMail } from './mailer.js';
import { setNotificationLogger } from './notification.service.js';

/** Starts e-mail (when SMTP is configured): the outbox worker and the daily digest's check. */
export const notificationsStartupHook: StartupHook = async ({ config, logger }) => {
  setNotificationLogger(logger);
  configureMail(config.smtp, config.publicUrl, logger);
  scheduleDigest(config.digestHour, logger);
  if (config.smtp) logger.info({ digestHour: config.digestHour }, 'e-mail notifications on');
};

/** Stops the e-mail timers (tests; the timers never hold a process open). */
export function stopNotifications(): void {
  stopDigest();
  stopMail();
}
