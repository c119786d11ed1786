import mongoose, { type Types } from 'mongoose';
import type { EditScope, Viewer } from '../../auth/index.js';
import { createAudited, inTransaction, recordAudit } from '../audit/index.js';
import {
  ContentReportModel,
  ModerationSettingsModel,
  type ContentReportDoc,
  type ModerationSettingsDoc,
} from './moderation.model.js';
import type { ReportState, ReportedSource } from './moderation.enums.js';

// Reports are read by their municipality's moderators (the queue), counted for a text, and looked
// up for their reporter. A reporter's name is never listed to anyone.

const trusted = mongoose.trusted;

/** Records a report with its audit event; a second report of the same text by the same reader hits the unique index. */
export function insertReport(
  scope: EditScope,
  doc: Omit<ContentReportDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>,
): Promise<ContentReportDoc> {
  return createAudited<ContentReportDoc>({
    viewer: scope.viewer,
    model: ContentReportModel,
    doc: doc as unknown as Record<string, unknown>,
    action: 'report.create',
    targetType: 'contentReport',
  });
}

export function reportOf(source: ReportedSource, sourceId: Types.ObjectId, reporterId: Types.ObjectId) {
  return ContentReportModel.findOne({ source, sourceId, reporterId }).lean<ContentReportDoc>().exec();
}

/** How many readers have reported the text and wait for a decision. */
export function openReportCount(source: ReportedSource, sourceId: Types.ObjectId): Promise<number> {
  return ContentReportModel.countDocuments({ source, sourceId, state: 'open' }).exec();
}

/** How many reports a person made since `since` (the daily cap). */
export function reportsMadeSince(reporterId: Types.ObjectId, since: Date): Promise<number> {
  return ContentReportModel.countDocuments({ reporterId, createdAt: trusted({ $gt: since }) }).exec();
}

/** The open reports of a municipality, oldest first (the moderators' queue). */
export function openReportsOf(municipalityCode: string): Promise<ContentReportDoc[]> {
  return ContentReportModel.find({ municipalityCode, state: 'open' })
    .sort({ createdAt: 1, _id: 1 })
    .limit(2000)
    .lean<ContentReportDoc[]>()
    .exec();
}

/** Which of the given texts of one source the viewer has reported. */
export async function reportedByAmong(
  source: ReportedSource,
  ids: readonly Types.ObjectId[],
  reporterId: Types.ObjectId,
): Promise<Set<string>> {
  const found = await ContentReportModel.find(
    { source, sourceId: trusted({ $in: [...ids] }), reporterId },
    { sourceId: 1 },
  )
    .lean<Array<{ sourceId: Types.ObjectId }>>()
    .exec();
  return new Set(found.map((r) => r.sourceId.toHexString()));
}

/** A moderator's decision closes every open report of the text, with one audit event. */
export function closeReports(
  viewer: Viewer,
  municipalityCode: string,
  source: ReportedSource,
  sourceId: Types.ObjectId,
  state: Exclude<ReportState, 'open'>,
): Promise<number> {
  return inTransaction(async (session) => {
    const at = new Date();
    const result = await ContentReportModel.updateMany(
      { source, sourceId, state: 'open' },
      {
        $set: {
          state,
          reviewedById: new mongoose.Types.ObjectId(viewer.personId),
          reviewedByName: viewer.name,
          reviewedAt: at,
        },
      },
      { session },
    ).exec();
    await recordAudit(session, viewer, {
      action: `report.review.${state}`,
      targetType: 'contentReport',
      targetId: sourceId,
      municipalityCode,
      before: null,
      after: { source, sourceId, state, reports: result.modifiedCount },
    });
    return result.modifiedCount;
  });
}

// Settings: one document per municipality, written by its moderators.

export function settingsOf(municipalityCode: string): Promise<ModerationSettingsDoc | null> {
  return ModerationSettingsModel.findOne({ municipalityCode }).lean<ModerationSettingsDoc>().exec();
}

/** Sets the municipality's threshold for hiding by reports, with its audit event. */
export function saveAutoHideAfter(viewer: Viewer, municipalityCode: string, autoHideAfter: number) {
  return inTransaction(async (session) => {
    const before = await ModerationSettingsModel.findOne({ municipalityCode }).session(session).lean().exec();
    const after = await ModerationSettingsModel.findOneAndUpdate(
      { municipalityCode },
      { $set: { autoHideAfter }, $inc: { version: 1 } },
      { session, upsert: true, returnDocument: 'after', runValidators: true },
    )
      .lean<ModerationSettingsDoc>()
      .exec();
    await recordAudit(session, viewer, {
      action: 'moderation.settings',
      targetType: 'moderationSettings',
      targetId: after!._id,
      municipalityCode,
      before: before ? { autoHideAfter: before.autoHideAfter } : null,
      after: { autoHideAfter },
    });
    return after!;
  });
}
