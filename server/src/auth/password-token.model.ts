import mongoose, { Schema, type Types } from 'mongoose';

/** A one-time link to set a password. Only the SHA-256 hash of the link's token is stored. */
export interface PasswordTokenDoc {
  _id: Types.ObjectId;
  tokenHash: string;
  personId: Types.ObjectId;
  createdAt: Date;
  expiresAt: Date;
}

const passwordTokenSchema = new Schema<PasswordTokenDoc>({
  tokenHash: { type: String, required: true, unique: true },
  personId: { type: Schema.Types.ObjectId, ref: 'Person', required: true, index: true },
  createdAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
});
// Expired links are removed by the database (expiry is also checked when a link is used).
passwordTokenSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 0 });

export const PasswordTokenModel = mongoose.model<PasswordTokenDoc>('PasswordToken', passwordTokenSchema);
