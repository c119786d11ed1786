import mongoose, { type Types } from 'mongoose';
import type { Viewer } from '../../auth/index.js';
import { inTransaction, recordAudit } from '../audit/index.js';
import type { EngagementState } from './coaching.enums.js';
import {
  CoachingEntryModel,
  CoachingSettingsModel,
  EngagementModel,
  type CoachingEntryDoc,
  type CoachingSettingsDoc,
  type EngagementDoc,
} from './coaching.model.js';

// Reads and writes of the statistics, the registrar's export and retention (coaching.statistics.ts,
// coaching.records.ts, coaching.disposal.ts). Statistics and lists read facts only (the projection
// leaves goal and summary out, entries are not read); content is read for an export only, with the
// registrar's municipalities in the database filter. Audit events hold ids, states, dates and
// counts, never text.

const trusted = mongoose.trusted;

/** An engagement without its content. */
export type EngagementFactsOnly = Omit<EngagementDoc, 'goal' | 'goalSetAt' | 'summary'>;
const FACTS = { goal: 0, goalSetAt: 0, summary: 0 } as const;

/** What the statistics count of every engagement of the municipality. */
export function statisticsRows(
  municipalityCode: string,
): Promise<Pick<EngagementDoc, '_id' | 'unitId' | 'subject' | 'startedAt' | 'closedAt'>[]> {
  return EngagementModel.find({ municipalityCode }, { unitId: 1, subject: 1, startedAt: 1, closedAt: 1 })
    .lean<Pick<EngagementDoc, '_id' | 'unitId' | 'subject' | 'startedAt' | 'closedAt'>[]>()
    .exec();
}

/** The states of a coach's own engagements in the municipality. */
export async function caseloadStates(municipalityCode: string, coachId: Types.ObjectId): Promise<EngagementState[]> {
  const docs = await EngagementModel.find({ municipalityCode, coachId }, { state: 1 })
    .lean<Pick<EngagementDoc, '_id' | 'state'>[]>()
    .exec();
  return docs.map((d) => d.state);
}

/** An engagement as the registrar lists it. */
export type RecordFacts = Pick<
  EngagementDoc,
  '_id' | 'unitId' | 'subject' | 'startedAt' | 'closedAt' | 'state' | 'disposedAt'
>;

/** The municipality's engagements as facts, newest first, at most `limit`. */
export function recordsOf(municipalityCode: string, limit: number): Promise<RecordFacts[]> {
  return EngagementModel.find(
    { municipalityCode },
    { unitId: 1, subject: 1, startedAt: 1, closedAt: 1, state: 1, disposedAt: 1 },
  )
    .sort({ startedAt: -1, _id: -1 })
    .limit(limit)
    .lean<RecordFacts[]>()
    .exec();
}

/** One engagement's facts (no content), for the rule to decide on. */
export function engagementFacts(id: Types.ObjectId): Promise<EngagementFactsOnly | null> {
  return EngagementModel.findById(id).select(FACTS).lean<EngagementFactsOnly>().exec();
}

/** One engagement whole, with its entries, when it belongs to one of the registrar's municipalities. */
export async function exportedEngagement(
  id: Types.ObjectId,
  registrarOf: readonly string[],
): Promise<{ engagement: EngagementDoc; entries: CoachingEntryDoc[] } | null> {
  const engagement = await EngagementModel.findOne({ _id: id, municipalityCode: trusted({ $in: [...registrarOf] }) })
    .lean<EngagementDoc>()
    .exec();
  if (!engagement) return null;
  const entries = await CoachingEntryModel.find({ engagementId: engagement._id })
    .sort({ createdAt: 1, _id: 1 })
    .lean<CoachingEntryDoc[]>()
    .exec();
  return { engagement, entries };
}

/** The audit event of an export: who (the actor), when, which engagement and its state; never the content. */
export function auditExport(registrar: Viewer, e: Pick<EngagementDoc, '_id' | 'municipalityCode' | 'state'>, at: Date) {
  return inTransaction((session) =>
    recordAudit(session, registrar, {
      action: 'coaching.export',
      targetType: 'coachingEngagement',
      targetId: e._id,
      municipalityCode: e.municipalityCode,
      before: null,
      after: { engagementId: e._id.toHexString(), state: e.state, exportedAt: at },
    }),
  );
}

/** A municipality's settings, or null when it has not set any. */
export function settingsOf(municipalityCode: string): Promise<CoachingSettingsDoc | null> {
  return CoachingSettingsModel.findOne({ municipalityCode }).lean<CoachingSettingsDoc>().exec();
}

/** Every municipality's own retention. */
export function allRetentions(): Promise<Pick<CoachingSettingsDoc, 'municipalityCode' | 'retentionMonths'>[]> {
  return CoachingSettingsModel.find({}, { municipalityCode: 1, retentionMonths: 1 })
    .lean<Pick<CoachingSettingsDoc, '_id' | 'municipalityCode' | 'retentionMonths'>[]>()
    .exec();
}

/** Sets a municipality's retention, audited as coaching.retention. */
export function writeRetention(actor: Viewer, municipalityCode: string, months: number): Promise<CoachingSettingsDoc> {
  return inTransaction(async (session) => {
    const before = await CoachingSettingsModel.findOne({ municipalityCode }).session(session).lean().exec();
    const after = await CoachingSettingsModel.findOneAndUpdate(
      { municipalityCode },
      { $set: { retentionMonths: months }, $inc: { version: 1 } },
      { session, upsert: true, returnDocument: 'after', runValidators: true },
    )
      .lean<CoachingSettingsDoc>()
      .exec();
    await recordAudit(session, actor, {
      action: 'coaching.retention',
      targetType: 'coachingSettings',
      targetId: after!._id,
      municipalityCode,
      before,
      after,
    });
    return after!;
  });
}

/**
 * The closed engagements closed before the cutoff: of the municipalities given, or (`except`) of
 * every municipality but those.
 */
export async function closedBefore(
  where: { municipalityCode: string } | { except: readonly string[] },
  cutoff: Date,
): Promise<Types.ObjectId[]> {
  const municipality = 'municipalityCode' in where ? where.municipalityCode : trusted({ $nin: [...where.except] });
  const docs = await EngagementModel.find(
    { municipalityCode: municipality, state: 'closed', closedAt: trusted({ $lt: cutoff }) },
    { _id: 1 },
  )
    .lean<{ _id: Types.ObjectId }[]>()
    .exec();
  return docs.map((d) => d._id);
}

/**
 * Disposes of one engagement's content if it is still closed before the cutoff: one conditional
 * update takes it (state closed → disposed), so of runs in several processes at once one wins and
 * the others change nothing; its entries go in the same transaction. False when nothing was done.
 */
export function disposeEngagement(id: Types.ObjectId, cutoff: Date, now: Date): Promise<boolean> {
  return inTransaction(async (session) => {
    const taken = await EngagementModel.findOneAndUpdate(
      { _id: id, state: 'closed', closedAt: trusted({ $lt: cutoff }) },
      {
        $set: { state: 'disposed', disposedAt: now, goal: null, goalSetAt: null, summary: null },
        $inc: { version: 1 },
      },
      { session, returnDocument: 'after' },
    )
      .select({ municipalityCode: 1, version: 1, closedAt: 1 })
      .lean<Pick<EngagementDoc, '_id' | 'municipalityCode' | 'version' | 'closedAt'>>()
      .exec();
    if (!taken) return false;
    const removed = await CoachingEntryModel.deleteMany({ engagementId: id }, { session }).exec();
    await recordAudit(session, null, {
      action: 'coaching.dispose',
      targetType: 'coachingEngagement',
      targetId: id,
      municipalityCode: taken.municipalityCode,
      before: { state: 'closed', closedAt: taken.closedAt, entries: removed.deletedCount },
      after: { state: 'disposed', disposedAt: now, entries: 0, version: taken.version },
    });
    return true;
  });
}
