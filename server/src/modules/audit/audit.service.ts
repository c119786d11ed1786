import mongoose, { type ClientSession, type Types } from 'mongoose';
import type { Viewer } from '../../auth/viewer.js';
import { AuditEventModel, type AuditEventDoc } from './audit.model.js';

/** What one change looked like, for the audit log. */
export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: Types.ObjectId;
  municipalityCode: string | null;
  before: unknown;
  after: unknown;
}

/** Runs the work in one database transaction; the change and its audit event commit or abort together. */
export function inTransaction<T>(work: (session: ClientSession) => Promise<T>): Promise<T> {
  return mongoose.connection.transaction(work);
}

// Stored before/after are plain JSON: ids as strings, dates as ISO, no password hashes.
function snapshot(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) => (key === 'passwordHash' || key === '__v' ? undefined : v)),
  ) as unknown;
}

/** Writes one audit event inside the caller's transaction. */
export async function recordAudit(session: ClientSession, actor: Viewer | null, entry: AuditEntry): Promise<void> {
  await AuditEventModel.create(
    [
      {
        at: new Date(),
        actorId: actor ? new mongoose.Types.ObjectId(actor.personId) : null,
        actorName: actor?.name ?? 'Lyfta',
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        municipalityCode: entry.municipalityCode,
        before: snapshot(entry.before),
        after: snapshot(entry.after),
      },
    ],
    { session },
  );
}

/** A page of a target's audit events, newest first (the caller has checked the policy). */
export async function listAuditEvents(
  targetId: Types.ObjectId,
  offset: number,
  limit: number,
): Promise<{ items: AuditEventDoc[]; total: number }> {
  const [items, total] = await Promise.all([
    AuditEventModel.find({ targetId }).sort({ at: -1, _id: -1 }).skip(offset).limit(limit).lean<AuditEventDoc[]>(),
    AuditEventModel.countDocuments({ targetId }),
  ]);
  return { items, total };
}

/** The municipality an audited target belongs to, as its events recorded it; undefined when it has no events. */
export async function auditScopeOf(targetId: Types.ObjectId): Promise<{ municipalityCode: string | null } | undefined> {
  const event = await AuditEventModel.findOne({ targetId }).select({ municipalityCode: 1 }).lean<AuditEventDoc>();
  return event ? { municipalityCode: event.municipalityCode ?? null } : undefined;
}
