import mongoose, { Schema, type Types } from 'mongoose';
import {
  emailFrequencyValues,
  mailLanguageValues,
  notificationKindValues,
  type EmailFrequency,
  type MailLanguage,
  type NotificationKind,
} from './notification.enums.js';

/**
 * One person told of one thing: a comment or reply on a plan, area or item they are responsible
 * for, a reply to their comment, or the answer to a question they raised or support. It names the
 * comment (or question) and its target, never copies its text: what the person sees is read through
 * their scope when they look (a hidden comment shows as hidden).
 */
export interface NotificationDoc {
  _id: Types.ObjectId;
  recipientId: Types.ObjectId;
  municipalityCode: string;
  kind: NotificationKind;
  /**
   * The comment told of; for an answer, the question answered (so one notice per person and
   * question); for a meeting, the change told of (one notice per person and change); for a
   * coaching export, the export (one notice per teacher and export); for a chat, the change told
   * of (one notice per person and change).
   */
  commentId: Types.ObjectId;
  /** The comment replied to, for a reply. */
  parentId: Types.ObjectId | null;
  targetType: 'actionPlan' | 'area' | 'actionItem' | 'question' | 'meeting' | 'coachingEngagement' | 'chat';
  targetId: Types.ObjectId;
  /** The plan commented on or around; null for an answer to a question. */
  planId: Types.ObjectId | null;
  /** The plan's title, the item's text, the question's or the meeting's title when it was written (for the e-mail). */
  targetTitle: string;
  actorName: string;
  /** For a rescheduled chat, the times it was moved to (for the notice and the e-mail). */
  startsAt?: Date | null;
  endsAt?: Date | null;
  /** For a cancelled chat, the reason the administration gave its readers (for the e-mail). */
  reason?: string | null;
  createdAt: Date;
}

/** Per person: when they last looked, and what they want by e-mail. */
export interface NotificationStateDoc {
  _id: Types.ObjectId;
  personId: Types.ObjectId;
  /** Notifications after this are unread; null: never looked. */
  lastSeenAt: Date | null;
  emailComments: EmailFrequency;
  language: MailLanguage;
  /** The newest notification a daily digest has covered. */
  digestedUpTo: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An e-mail to send: written after the comment committed, sent by the outbox worker with retries. */
export interface OutboxDoc {
  _id: Types.ObjectId;
  to: string;
  subject: string;
  text: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  /** Not sent before this; a claim pushes it forward so one process sends at a time. */
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

/** A scheduled job's run, claimed by inserting its unique key: the one process that inserts it runs it. */
export interface JobRunDoc {
  _id: string;
  claimedAt: Date;
}

const notificationSchema = new Schema<NotificationDoc>(
  {
    recipientId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    municipalityCode: { type: String, required: true },
    kind: { type: String, enum: Object.values(notificationKindValues), required: true },
    commentId: { type: Schema.Types.ObjectId, required: true },
    parentId: { type: Schema.Types.ObjectId, default: null },
    targetType: {
      type: String,
      enum: ['actionPlan', 'area', 'actionItem', 'question', 'meeting', 'coachingEngagement', 'chat'],
      required: true,
    },
    targetId: { type: Schema.Types.ObjectId, required: true },
    planId: { type: Schema.Types.ObjectId, default: null },
    targetTitle: { type: String, required: true },
    actorName: { type: String, required: true },
    startsAt: { type: Date, default: null },
    endsAt: { type: Date, default: null },
    reason: { type: String, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
notificationSchema.index({ recipientId: 1, createdAt: -1 });
notificationSchema.index({ recipientId: 1, commentId: 1 }, { unique: true });

const stateSchema = new Schema<NotificationStateDoc>(
  {
    personId: { type: Schema.Types.ObjectId, ref: 'Person', required: true, unique: true },
    lastSeenAt: { type: Date, default: null },
    emailComments: { type: String, enum: Object.values(emailFrequencyValues), required: true, default: 'off' },
    language: { type: String, enum: Object.values(mailLanguageValues), required: true, default: 'sv' },
    digestedUpTo: { type: Date, default: null },
  },
  { timestamps: true },
);
stateSchema.index({ emailComments: 1 });

const outboxSchema = new Schema<OutboxDoc>(
  {
    to: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String, required: true },
    status: { type: String, enum: ['pending', 'sent', 'failed'], required: true, default: 'pending' },
    attempts: { type: Number, required: true, default: 0 },
    nextAttemptAt: { type: Date, required: true },
    lastError: { type: String, default: null },
    sentAt: { type: Date, default: null },
  },
  { timestamps: { createdAt: true, updatedAt: false } },
);
outboxSchema.index({ status: 1, nextAttemptAt: 1 });

const jobRunSchema = new Schema<JobRunDoc>({
  _id: { type: String, required: true },
  claimedAt: { type: Date, required: true },
});

export const NotificationModel = mongoose.model<NotificationDoc>('Notification', notificationSchema);
export const NotificationStateModel = mongoose.model<NotificationStateDoc>('NotificationState', stateSchema);
export const OutboxModel = mongoose.model<OutboxDoc>('MailOutbox', outboxSchema);
export const JobRunModel = mongoose.model<JobRunDoc>('JobRun', jobRunSchema);
