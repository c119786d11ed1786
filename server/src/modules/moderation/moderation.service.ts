import mongoose from 'mongoose';
import { canModerateIn, editScope, requireViewer, type Viewer } from '../../auth/index.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { findMunicipality } from '../organisations/index.js';
import { decideOnComment, findReadableComment, hideCommentPendingReview, type CommentDoc } from '../dialogue/index.js';
import type { ReportReason } from './moderation.enums.js';
import { AUTO_HIDE_AFTER, REPORT_MAX, type ContentReportDoc } from './moderation.model.js';
import { reportContentInput, reviewReportsInput } from './moderation.inputs.js';
import {
  closeReports,
  insertReport,
  openReportCount,
  openReportsOf,
  reportOf,
  reportsMadeSince,
} from './moderation.repository.js';

const DAY_MS = 24 * 60 * 60_000;
const MUNICIPALITY = { sv: 'Kommunen', en: 'The municipality' };

/** The reason readers see on a text hidden by reports, until a moderator decides. */
export const PENDING_REVIEW_REASON = `Dold i väntan på granskning efter ${AUTO_HIDE_AFTER} anmälningar.`;

/**
 * A reader reports a text they can read (not their own): once per text, at most REPORT_MAX.perDay
 * a day. When AUTO_HIDE_AFTER readers have reported it and no moderator has decided, it is hidden
 * pending review; nothing is deleted and the author and moderators still read it.
 */
export async function reportContent(viewer: Viewer | null, input: unknown): Promise<ContentReportDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(reportContentInput, input, 'input');
  const { comment } = await findReadableComment(v, data.sourceId, 'input.sourceId');
  const reporterId = new mongoose.Types.ObjectId(v.personId);
  if (comment.authorId.equals(reporterId))
    throw new BadInputError([
      {
        field: 'input.sourceId',
        message: {
          sv: 'är din egen text; du kan ändra den i stället',
          en: 'is your own text; you can edit it instead',
        },
      },
    ]);
  if (comment.hidden)
    throw new BadInputError([
      {
        field: 'input.sourceId',
        message: { sv: 'är redan dold av moderering', en: 'is already hidden by moderation' },
      },
    ]);
  const existing = await reportOf('comment', comment._id, reporterId);
  if (existing) return existing;
  if ((await reportsMadeSince(reporterId, new Date(Date.now() - DAY_MS))) >= REPORT_MAX.perDay)
    throw new BadInputError([
      {
        field: 'input.sourceId',
        message: {
          sv: `du har anmält ${REPORT_MAX.perDay} texter det senaste dygnet; försök igen i morgon`,
          en: `you have reported ${REPORT_MAX.perDay} texts in the last day; please try again tomorrow`,
        },
      },
    ]);
  const scope = editScope(v);
  let report: ContentReportDoc;
  try {
    report = await insertReport(scope, {
      municipalityCode: comment.municipalityCode,
      source: 'comment',
      sourceId: comment._id,
      reporterId,
      reason: data.reason as ReportReason,
      note: data.note ?? '',
      state: 'open',
      reviewedById: null,
      reviewedByName: null,
      reviewedAt: null,
    });
  } catch (e) {
    // The same reader's second click at the same moment (a duplicate key, or the transaction's
    // write conflict with the first): the first report stands.
    const first = await reportOf('comment', comment._id, reporterId);
    if (!first) throw e;
    return first;
  }
  if (AUTO_HIDE_AFTER > 0 && !comment.hidden && (await openReportCount('comment', comment._id)) >= AUTO_HIDE_AFTER)
    await hideCommentPendingReview(scope, comment, PENDING_REVIEW_REASON);
  return report;
}

/** One reported text in the moderators' queue. */
export interface ReportedTextView {
  comment: CommentDoc;
  reports: ContentReportDoc[];
}

/** Query.moderationQueue: the municipality's reported texts with open reports, the longest waiting first. */
export async function moderationQueue(viewer: Viewer | null, municipalityCode: unknown): Promise<ReportedTextView[]> {
  const v = requireViewer({ viewer });
  const org = await findMunicipality(municipalityCode);
  if (!org) throw new NotFoundError(MUNICIPALITY);
  if (!canModerateIn(v, org.code)) throw new ForbiddenError();
  const open = await openReportsOf(org.code);
  const bySource = new Map<string, ContentReportDoc[]>();
  for (const r of open) {
    const key = r.sourceId.toHexString();
    bySource.set(key, [...(bySource.get(key) ?? []), r]);
  }
  const texts: ReportedTextView[] = [];
  for (const [id, reports] of [...bySource].slice(0, 100)) {
    const found = await findReadableComment(v, id).catch(() => null);
    if (found) texts.push({ comment: found.comment, reports });
  }
  return texts;
}

/**
 * A moderator decides on a reported text: hide it with a reason readers see, or keep it (shown
 * again if reports hid it). Every open report of it is closed with the decision.
 */
export async function reviewReports(viewer: Viewer | null, input: unknown): Promise<CommentDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(reviewReportsInput, input, 'input');
  const decided = await decideOnComment(
    v,
    data.sourceId,
    data.decision === 'hide' ? { hide: true, reason: data.reason!.trim() } : { hide: false },
  );
  await closeReports(v, decided.municipalityCode, 'comment', decided._id, data.decision === 'hide' ? 'hidden' : 'kept');
  return decided;
}
