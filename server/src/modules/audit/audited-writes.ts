import type { ClientSession, Model, Types, UpdateQuery } from 'mongoose';
import type { Viewer } from '../../auth/index.js';
import { inTransaction, recordAudit } from './audit.service.js';

/** A stored document that carries an optimistic-concurrency version and its municipality. */
interface Versioned {
  _id: Types.ObjectId;
  version: number;
  municipalityCode: string | null;
}

/** What {@link updateVersioned} needs to change one document and log it. */
export interface VersionedUpdate<T extends Versioned> {
  viewer: Viewer;
  model: Model<T>;
  id: Types.ObjectId;
  /** More conditions the document must meet to be changed (the writer's scope); outside them it is as absent. */
  where?: Record<string, unknown>;
  /** The version the editor saw; null changes whatever version is current. */
  expectedVersion: number | null;
  /** Leaves the version as it is: for links kept beside the document's own fields (default: bump it). */
  keepVersion?: boolean;
  update: UpdateQuery<T>;
  action: string;
  targetType: string;
  /** The error when the version is stale (or the document is gone: `current` is null). */
  conflict: (current: T | null) => Error;
  /** More writes that commit or abort with the change (e.g. the status update record). */
  alsoInTransaction?: (session: ClientSession) => Promise<void>;
  /** What the audit event stores of each version (default: the whole document). */
  auditView?: (doc: T) => unknown;
}

/**
 * Changes one document against the version the editor saw, bumps the version (unless `keepVersion`) and records the
 * audit event, all in one transaction. A stale version changes nothing and throws `conflict`.
 */
export function updateVersioned<T extends Versioned>(u: VersionedUpdate<T>): Promise<T> {
  return inTransaction(async (session) => {
    const found = { ...u.where, _id: u.id };
    const filter = u.expectedVersion === null ? found : { ...found, version: u.expectedVersion };
    const { $inc, ...rest } = u.update as Record<string, unknown>;
    const inc = { ...(($inc as object | undefined) ?? {}), ...(u.keepVersion ? {} : { version: 1 }) };
    const update = (Object.keys(inc).length ? { ...rest, $inc: inc } : rest) as UpdateQuery<T>;
    // The model's validators hold for updates as for creates (they share the input rule's length count).
    const before = await u.model
      .findOneAndUpdate(filter, update, { session, returnDocument: 'before', runValidators: true })
      .lean<T>()
      .exec();
    if (!before) {
      const current = await u.model.findOne(found).session(session).lean<T>().exec();
      throw u.conflict(current);
    }
    await u.alsoInTransaction?.(session);
    const after = (await u.model.findById(u.id).session(session).lean<T>().exec())!;
    const view = u.auditView ?? ((doc: T) => doc);
    await recordAudit(session, u.viewer, {
      action: u.action,
      targetType: u.targetType,
      targetId: u.id,
      municipalityCode: before.municipalityCode,
      before: view(before),
      after: view(after),
    });
    return after;
  });
}

/** What {@link createAudited} needs to create one document and log it. */
export interface AuditedCreate<T extends Versioned> {
  viewer: Viewer;
  model: Model<T>;
  doc: Record<string, unknown>;
  action: string;
  targetType: string;
}

/** Creates one document (version 1) and records its audit event in the same transaction. */
export function createAudited<T extends Versioned>(c: AuditedCreate<T>): Promise<T> {
  return inTransaction(async (session) => {
    const created = (await c.model.create([{ ...c.doc, version: 1 }] as never, { session })) as unknown as {
      toObject(): T;
    }[];
    const doc = created[0]!.toObject();
    await recordAudit(session, c.viewer, {
      action: c.action,
      targetType: c.targetType,
      targetId: doc._id,
      municipalityCode: doc.municipalityCode,
      before: null,
      after: doc,
    });
    return doc;
  });
}
