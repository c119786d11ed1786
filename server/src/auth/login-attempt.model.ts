import mongoose, { Schema, type Types } from 'mongoose';

/**
 * The sign-in attempts counted against one key (an account, a client address or a trusted
 * browser) in one throttling window. One document per key and window, changed only by
 * conditional updates, so concurrent attempts on every API server are counted one at a time. The
 * previous window's document is read too: its count carries over in proportion (rate-limit.ts).
 */
export interface LoginAttemptDoc {
  _id: Types.ObjectId;
  /** `<kind>:<id>:<window number>`, e.g. `account:anna@example.se:20454`. */
  key: string;
  /** Attempts counted in the window: failures, plus checks still running. */
  count: number;
  /** When the latest counted attempt started; the next wait is measured from here. */
  lastAt: Date;
  /** The end of the next window (which still reads this count), after which the database removes the document. */
  expiresAt: Date;
}

const loginAttemptSchema = new Schema<LoginAttemptDoc>({
  key: { type: String, required: true, maxlength: 400 },
  count: { type: Number, required: true, min: 0 },
  lastAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
});
loginAttemptSchema.index({ key: 1 }, { unique: true });
loginAttemptSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export const LoginAttemptModel = mongoose.model<LoginAttemptDoc>('LoginAttempt', loginAttemptSchema);
