import mongoose, { Schema, type Types } from 'mongoose';
import { storedText } from '../../shared/validation.js';

/** Who changed what, when, with the state before and after; written in the same transaction as the change. */
export interface AuditEventDoc {
  _id: Types.ObjectId;
  at: Date;
  actorId?: Types.ObjectId | null;
  actorName: string;
  action: string;
  targetType: string;
  targetId: Types.ObjectId;
  /** Whose audit log it belongs to; null for events outside any municipality. */
  municipalityCode?: string | null;
  before?: unknown;
  after?: unknown;
}

const auditEventSchema = new Schema<AuditEventDoc>({
  at: { type: Date, required: true },
  actorId: { type: Schema.Types.ObjectId, ref: 'Person', default: null },
  actorName: { type: String, required: true },
  action: { type: String, required: true, validate: storedText(100) },
  targetType: { type: String, required: true, validate: storedText(50) },
  targetId: { type: Schema.Types.ObjectId, required: true },
  municipalityCode: { type: String, default: null },
  before: { type: Schema.Types.Mixed, default: null },
  after: { type: Schema.Types.Mixed, default: null },
});
auditEventSchema.index({ targetId: 1, at: -1 });

export const AuditEventModel = mongoose.model<AuditEventDoc>('AuditEvent', auditEventSchema);
