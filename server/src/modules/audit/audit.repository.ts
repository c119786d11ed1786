import mongoose, { type ClientSession, type Types } from 'mongoose';
import type { MunicipalityScope } from '../../auth/index.js';
import { AuditEventModel, type AuditEventDoc } from './audit.model.js';

// Reads and writes of the audit events collection. Reads take the municipalities whose logs the
// viewer reads (auditScope), so an event outside them is as absent as one that never was.

/** Writes one event inside the caller's transaction. */
export async function insertAuditEvent(session: ClientSession, event: Omit<AuditEventDoc, '_id'>): Promise<void> {
  await AuditEventModel.create([event], { session });
}

/**
 * Kinds of target whose events are kept but never listed by the audit log query: a module whose
 * records name people others may not know of (coaching: who coaches whom, who read an engagement)
 * withholds its kinds through {@link withholdFromAuditLog}.
 */
const withheld = new Set<string>();

/** Keeps the events of these target kinds out of the audit log query (they stay stored, for an inquiry). */
export function withholdFromAuditLog(...targetTypes: string[]): void {
  for (const t of targetTypes) withheld.add(t);
}

/** A page of a target's events within the scope, newest first, and their total. */
export async function pageAuditEvents(
  scope: MunicipalityScope,
  targetId: Types.ObjectId,
  offset: number,
  limit: number,
): Promise<{ items: AuditEventDoc[]; total: number }> {
  const filter = {
    targetId,
    ...(scope !== 'all' && { municipalityCode: mongoose.trusted({ $in: [...scope] }) }),
    ...(withheld.size && { targetType: mongoose.trusted({ $nin: [...withheld] }) }),
  };
  const [items, total] = await Promise.all([
    AuditEventModel.find(filter).sort({ at: -1, _id: -1 }).skip(offset).limit(limit).lean<AuditEventDoc[]>(),
    AuditEventModel.countDocuments(filter),
  ]);
  return { items, total };
}
