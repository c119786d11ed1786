import mongoose, { type ClientSession, type Types } from 'mongoose';
import type { MunicipalityScope, Viewer } from '../../auth/index.js';
import { BusyError } from '../../shared/errors.js';
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
 * How long a change keeps rerunning after write conflicts before it gives up (MongoDB's own bound is
 * the driver's 120 s, and a transaction left open holds its documents for mongod's 60 s lifetime).
 */
export const TRANSACTION_RERUN_BUDGET_MS = 10_000;

/**
 * Runs the work in one database transaction; the change and its audit event commit or abort together.
 * A write conflict with a concurrent transaction (WriteConflict 112, labelled TransientTransactionError)
 * reruns the whole work from its first read, with jittered backoff (5 ms growing to 500 ms: the driver's
 * withTransaction). So a change that takes no expectedVersion does not fail because of a concurrent one,
 * provided it reads what it builds on inside the work; a versioned change, rerun, finds the newer
 * version and answers CONFLICT with it. A rerun that would start more than
 * {@link TRANSACTION_RERUN_BUDGET_MS} after the first attempt answers {@link BusyError} instead, with
 * nothing saved: a document held by a transaction that does not end (its client gone mid-change) would
 * otherwise keep the request waiting for a minute.
 */
export function inTransaction<T>(work: (session: ClientSession) => Promise<T>): Promise<T> {
  const deadline = Date.now() + TRANSACTION_RERUN_BUDGET_MS;
  let attempts = 0;
  return mongoose.connection.transaction((session) => {
    if (attempts++ > 0 && Date.now() > deadline) throw new BusyError();
    return work(session);
  });
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
