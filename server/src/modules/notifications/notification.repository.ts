import mongoose, { type ClientSession, type Types } from 'mongoose';
import {
  JobRunModel,
  NotificationModel,
  NotificationStateModel,
  OutboxModel,
  type NotificationDoc,
  type NotificationStateDoc,
  type OutboxDoc,
} from './notification.model.js';
import type { EmailFrequency, MailLanguage } from './notification.enums.js';

// The only code that touches the notifications module's models. Notifications are per person:
// every read names the recipient, who is the viewer (the service decides that); what a notice
// points to is checked in the viewer's scope by the service when it is read.

const newestFirst = { createdAt: -1, _id: -1 } as const;

/** A notification to write, without its id and time. */
export type NewNotification = Omit<NotificationDoc, '_id' | 'createdAt'>;

/** An e-mail to queue. */
export type NewMail = Pick<OutboxDoc, 'to' | 'subject' | 'text'>;

/** Writes the notifications and the e-mails they cause in one transaction. */
export async function insertNotifications(notices: NewNotification[], mails: NewMail[]): Promise<void> {
  if (!notices.length && !mails.length) return;
  await mongoose.connection.transaction(async (session) => {
    if (notices.length) await NotificationModel.insertMany(notices, { session });
    if (mails.length) await queueMails(mails, session);
  });
}

/** Queues e-mails to send now (inside the caller's transaction when given one). */
export async function queueMails(mails: NewMail[], session?: ClientSession): Promise<void> {
  const now = new Date();
  await OutboxModel.insertMany(
    mails.map((m) => ({ ...m, status: 'pending', attempts: 0, nextAttemptAt: now, lastError: null, sentAt: null })),
    session ? { session } : {},
  );
}

/** The newest notifications of a person, newest first; only those after `after` when given. */
export function notificationsOf(
  recipientId: Types.ObjectId,
  options: { after?: Date | null; first: number; municipalityCodes: readonly string[] | 'all' },
): Promise<NotificationDoc[]> {
  return NotificationModel.find({
    recipientId,
    ...(options.after ? { createdAt: mongoose.trusted({ $gt: options.after }) } : {}),
    ...(options.municipalityCodes === 'all'
      ? {}
      : { municipalityCode: mongoose.trusted({ $in: [...options.municipalityCodes] }) }),
  })
    .sort(newestFirst)
    .limit(options.first)
    .lean<NotificationDoc[]>()
    .exec();
}

/** A person's state: when they last looked and their e-mail choices; null before their first change. */
export function stateOf(personId: Types.ObjectId): Promise<NotificationStateDoc | null> {
  return NotificationStateModel.findOne({ personId }).lean<NotificationStateDoc>().exec();
}

/** The states of people, in no particular order. */
export function statesOf(personIds: readonly Types.ObjectId[]): Promise<NotificationStateDoc[]> {
  return NotificationStateModel.find({ personId: mongoose.trusted({ $in: [...personIds] }) })
    .lean<NotificationStateDoc[]>()
    .exec();
}

/** Moves a person's last-seen time forward to `until` (never back, also when two tabs mark at once). */
export async function markSeen(personId: Types.ObjectId, until: Date): Promise<NotificationStateDoc> {
  return (await NotificationStateModel.findOneAndUpdate(
    { personId },
    { $max: { lastSeenAt: until }, $setOnInsert: { personId } },
    { upsert: true, returnDocument: 'after', setDefaultsOnInsert: true },
  ).lean<NotificationStateDoc>())!;
}

/** Sets a person's e-mail choices; `digestFrom` starts a digest there (what came before is not sent). */
export async function writePreferences(
  personId: Types.ObjectId,
  prefs: { emailComments: EmailFrequency; language: MailLanguage },
  digestFrom: Date | null,
): Promise<NotificationStateDoc> {
  return (await NotificationStateModel.findOneAndUpdate(
    { personId },
    { $set: { ...prefs, ...(digestFrom ? { digestedUpTo: digestFrom } : {}) }, $setOnInsert: { personId } },
    { upsert: true, returnDocument: 'after', setDefaultsOnInsert: true },
  ).lean<NotificationStateDoc>())!;
}

/** Everyone who wants a daily digest. */
export function digestReaders(): Promise<NotificationStateDoc[]> {
  return NotificationStateModel.find({ emailComments: 'daily' }).lean<NotificationStateDoc[]>().exec();
}

/** Records that a digest covered a person's notifications up to `upTo`. */
export async function markDigested(personId: Types.ObjectId, upTo: Date): Promise<void> {
  await NotificationStateModel.updateOne({ personId }, { $max: { digestedUpTo: upTo } });
}

/** Claims a job's run by its key; false when another process (or an earlier run) has it. */
export async function claimJobRun(key: string, now: Date): Promise<boolean> {
  try {
    await JobRunModel.create({ _id: key, claimedAt: now });
    return true;
  } catch (err) {
    if ((err as { code?: number }).code === 11000) return false;
    throw err;
  }
}

/**
 * Claims the next e-mail due: its next attempt moves `leaseMs` ahead and its attempts up by one,
 * in one write, so no other process takes it while this one sends. Null when none is due.
 */
export function claimDueMail(now: Date, leaseMs: number): Promise<OutboxDoc | null> {
  return OutboxModel.findOneAndUpdate(
    { status: 'pending', nextAttemptAt: mongoose.trusted({ $lte: now }) },
    { $set: { nextAttemptAt: new Date(now.getTime() + leaseMs) }, $inc: { attempts: 1 } },
    { sort: { nextAttemptAt: 1, _id: 1 }, returnDocument: 'after' },
  )
    .lean<OutboxDoc>()
    .exec();
}

/** Marks an e-mail sent. */
export async function markMailSent(id: Types.ObjectId, at: Date): Promise<void> {
  await OutboxModel.updateOne({ _id: id }, { $set: { status: 'sent', sentAt: at, lastError: null } });
}

/** Records a failed attempt: tried again at `retryAt`, or given up when null. */
export async function markMailFailed(id: Types.ObjectId, error: string, retryAt: Date | null): Promise<void> {
  await OutboxModel.updateOne(
    { _id: id },
    { $set: retryAt ? { lastError: error, nextAttemptAt: retryAt } : { lastError: error, status: 'failed' } },
  );
}

/** When the next pending e-mail is due, or null. */
export async function nextMailDue(): Promise<Date | null> {
  const next = await OutboxModel.findOne({ status: 'pending' })
    .sort({ nextAttemptAt: 1 })
    .select({ nextAttemptAt: 1 })
    .lean<Pick<OutboxDoc, 'nextAttemptAt'>>();
  return next?.nextAttemptAt ?? null;
}
