import mongoose, { Schema, type Types } from 'mongoose';

/** A signed-in session. Only the SHA-256 hash of the cookie's token is stored. */
export interface SessionDoc {
  _id: Types.ObjectId;
  tokenHash: string;
  personId: Types.ObjectId;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
  ip?: string | null;
}

const sessionSchema = new Schema<SessionDoc>({
  tokenHash: { type: String, required: true, unique: true },
  personId: { type: Schema.Types.ObjectId, ref: 'Person', required: true, index: true },
  createdAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
  lastSeenAt: { type: Date, required: true },
  ip: { type: String, default: null },
});
// Expired sessions are removed by the database (MongoDB's TTL monitor; expiry is also checked on read).
sessionSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export const SessionModel = mongoose.model<SessionDoc>('Session', sessionSchema);
