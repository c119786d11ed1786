import mongoose, { type ClientSession, type Types } from 'mongoose';
import type { MunicipalityScope, Viewer } from '../../auth/index.js';
import type { AuditEventDoc } from './audit.model.js';
import { insertAuditEvent, pageAuditEvents } from './audit.repository.js';

/** What one change looked like, for the audit log. */
export interface AuditEntry {
  action: string;
  targetType: string;
  targetId: Types.ObjectId;
  municipalityCode: string | null;
  before: unknown;
  after: unknown;
}

/**
 * Runs the work in one database transaction; the change and its audit event commit or abort together.
 * A write conflict with a concurrent transaction (WriteConflict 112, labelled TransientTransactionError)
 * reruns the whole work from its first read, with jittered backoff (5 ms growing to 500 ms, for at most
 * 120 s: the driver's withTransaction). So a change that takes no expectedVersion never fails because
 * of a concurrent one, provided it reads what it builds on inside the work; a versioned change, rerun,
 * finds the newer version and answers CONFLICT with it.
 */
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
  await insertAuditEvent(session, {
    at: new Date(),
    actorId: actor ? new mongoose.Types.ObjectId(actor.personId) : null,
    actorName: actor?.name ?? 'Lyfta',
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    municipalityCode: entry.municipalityCode,
    before: snapshot(entry.before),
    after: snapshot(entry.after),
  });
}

/**
 * A page of a target's audit events within the scope, newest first. The scope is part of the query,
 * so events outside it are as absent as those of an id that never existed: same answer, same work.
 */
export function listAuditEvents(
  targetId: Types.ObjectId,
  scope: MunicipalityScope,
  offset: number,
  limit: number,
): Promise<{ items: AuditEventDoc[]; total: number }> {
  return pageAuditEvents(scope, targetId, offset, limit);
}
