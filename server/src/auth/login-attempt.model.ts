import mongoose, { Schema, type Types } from 'mongoose';

/** One failed sign-in, counted per account and per IP address so the limit holds across API servers. */
export interface LoginFailureDoc {
  _id: Types.ObjectId;
  /** `email:<address>` or `ip:<address>`. */
  key: string;
  at: Date;
}

const loginFailureSchema = new Schema<LoginFailureDoc>({
  key: { type: String, required: true, maxlength: 400 },
  at: { type: Date, required: true },
});
loginFailureSchema.index({ key: 1, at: 1 });
// Old failures no longer count; a day's margin keeps them for inspection.
loginFailureSchema.index({ at: 1 }, { expireAfterSeconds: 24 * 3600 });

export const LoginFailureModel = mongoose.model<LoginFailureDoc>('LoginFailure', loginFailureSchema);
