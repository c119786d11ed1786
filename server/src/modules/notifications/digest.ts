import type { Logger } from '../../shared/logger.js';
import { kickOutbox, mailEnabled } from './mailer.js';
import { digestMail } from './mail-text.js';
import {
  claimJobRun,
  digestReaders,
  markDigested,
  notificationsOf,
  queueMails,
  type NewMail,
} from './notification.repository.js';
import { isActive, mailNotice, settingsLink } from './notification.service.js';
import { findPeople } from '../people/index.js';
import { readScope, toViewer, type Viewer } from '../../auth/index.js';

/** The municipalities whose notices a person may still read (a digest names titles, never comment texts). */
function readable(viewer: Viewer): readonly string[] | 'all' {
  const scope = readScope(viewer);
  if (scope.all === 'all' || scope.published === 'all') return 'all';
  return [...new Set([...scope.all, ...scope.published])];
}

/** At most this many notices are listed in one digest (the newest). */
const DIGEST_MAX = 50;
/** How often a process checks whether today's digest is due. */
const CHECK_MS = 10 * 60_000;

const dayKey = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * Sends the daily digest of `now`'s day: one e-mail per person who chose it, listing what came since
 * their last digest. Several API processes may call it at once: the day's run is claimed in the
 * database (a unique key), and only the process that claims it sends. Returns the e-mails queued,
 * or null when the day's run was already claimed.
 */
export async function runDailyDigest(now: Date): Promise<number | null> {
  if (!(await claimJobRun(`notifications.digest:${dayKey(now)}`, now))) return null;
  const readers = await digestReaders();
  const people = new Map((await findPeople(readers.map((r) => r.personId))).map((p) => [p._id.toHexString(), p]));
  const mails: NewMail[] = [];
  for (const reader of readers) {
    const person = people.get(reader.personId.toHexString());
    if (!person || !isActive(person)) continue;
    const notices = (
      await notificationsOf(reader.personId, {
        first: DIGEST_MAX,
        after: reader.digestedUpTo ?? reader.createdAt,
        municipalityCodes: readable(toViewer(person)),
      })
    ).filter((n) => n.createdAt.getTime() <= now.getTime());
    if (!notices.length) continue;
    mails.push({ to: person.email, ...digestMail(notices.map(mailNotice), reader.language, settingsLink()) });
    await markDigested(reader.personId, notices[0]!.createdAt);
  }
  if (mails.length) {
    await queueMails(mails);
    kickOutbox();
  }
  return mails.length;
}

let timer: NodeJS.Timeout | null = null;

/** Checks every few minutes whether the day's digest is due (after `hour`, local time), in every process. */
export function scheduleDigest(hour: number, logger: Logger): void {
  stopDigest();
  if (!mailEnabled()) return;
  const check = () => {
    const now = new Date();
    if (now.getHours() < hour) return;
    runDailyDigest(now).catch((err: unknown) => logger.error({ err }, 'daily notification digest failed'));
  };
  timer = setInterval(check, CHECK_MS);
  timer.unref();
  check();
}

export function stopDigest(): void {
  if (timer) clearInterval(timer);
  timer = null;
}
