import mongoose, { Schema, type Types } from 'mongoose';

/**
 * A browser that has signed in to an account before (OWASP's "device cookie"). Only the
 * SHA-256 hash of the cookie's random token is stored, bound to the person it was issued to.
 */
export interface DeviceDoc {
  _id: Types.ObjectId;
  tokenHash: string;
  personId: Types.ObjectId;
  createdAt: Date;
  expiresAt: Date;
}

const deviceSchema = new Schema<DeviceDoc>({
  tokenHash: { type: String, required: true, unique: true },
  personId: { type: Schema.Types.ObjectId, ref: 'Person', required: true, index: true },
  createdAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
});
deviceSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export const DeviceModel = mongoose.model<DeviceDoc>('Device', deviceSchema);
