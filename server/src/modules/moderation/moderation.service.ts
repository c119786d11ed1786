import mongoose from 'mongoose';
import { canModerateIn, editScope, requireViewer, type Viewer } from '../../auth/index.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { findMunicipality } from '../organisations/index.js';
import type { ReportReason, ReportedSource } from './moderation.enums.js';
import { AUTO_HIDE, REPORT_MAX, type ContentReportDoc } from './moderation.model.js';
import { moderationSettingsInput, reportContentInput, reviewReportsInput } from './moderation.inputs.js';
import { MODERATED_SOURCES, type ModeratedDoc } from './moderated-sources.js';
import {
  closeReports,
  insertReport,
  openReportCount,
  openReportsOf,
  reportOf,
  reportsMadeSince,
  saveAutoHideAfter,
  settingsOf,
} from './moderation.repository.js';

const DAY_MS = 24 * 60 * 60_000;
const MUNICIPALITY = { sv: 'Kommunen', en: 'The municipality' };

/** The reason readers see on a text hidden by reports, until a moderator decides. */
export const pendingReviewReason = (reports: number) => `Dold i väntan på granskning efter ${reports} anmälningar.`;

/** After how many open reports the municipality's texts are hidden pending review (0: never). */
export async function autoHideAfterIn(municipalityCode: string): Promise<number> {
  return (await settingsOf(municipalityCode))?.autoHideAfter ?? AUTO_HIDE.default;
}

const fieldError = (sv: string, en: string) => new BadInputError([{ field: 'input.sourceId', message: { sv, en } }]);

/**
 * A reader reports a text they can read (not their own): once per text, at most REPORT_MAX.perDay
 * a day. When as many readers as the municipality's threshold have reported it and no moderator
 * has decided, it is hidden pending review; nothing is deleted and the writer and moderators still
 * read it.
 */
export async function reportContent(viewer: Viewer | null, input: unknown): Promise<ContentReportDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(reportContentInput, input, 'input');
  const source = data.source as ReportedSource;
  const kind = MODERATED_SOURCES[source];
  const doc = await kind.find(v, data.sourceId);
  const reporterId = new mongoose.Types.ObjectId(v.personId);
  if (kind.authorOf(doc).equals(reporterId))
    throw fieldError('är din egen text; du kan ändra den i stället', 'is your own text; you can edit it instead');
  if (doc.hidden) throw fieldError('är redan dold av moderering', 'is already hidden by moderation');
  const existing = await reportOf(source, doc._id, reporterId);
  if (existing) return existing;
  if ((await reportsMadeSince(reporterId, new Date(Date.now() - DAY_MS))) >= REPORT_MAX.perDay)
    throw fieldError(
      `du har anmält ${REPORT_MAX.perDay} texter det senaste dygnet; försök igen i morgon`,
      `you have reported ${REPORT_MAX.perDay} texts in the last day; please try again tomorrow`,
    );
  let report: ContentReportDoc;
  try {
    report = await insertReport(editScope(v), {
      municipalityCode: doc.municipalityCode,
      source,
      sourceId: doc._id,
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
    const first = await reportOf(source, doc._id, reporterId);
    if (!first) throw e;
    return first;
  }
  const threshold = await autoHideAfterIn(doc.municipalityCode);
  if (threshold > 0) {
    const open = await openReportCount(source, doc._id);
    if (open >= threshold) await kind.hidePendingReview(v, doc, pendingReviewReason(open));
  }
  return report;
}

/** One reported text in the moderators' queue. */
export interface ReportedTextView {
  source: ReportedSource;
  doc: ModeratedDoc;
  reports: ContentReportDoc[];
}

/** Query.moderationQueue: the municipality's reported texts with open reports, the longest waiting first. */
export async function moderationQueue(viewer: Viewer | null, municipalityCode: unknown): Promise<ReportedTextView[]> {
  const v = await moderatorIn(viewer, municipalityCode);
  const open = await openReportsOf(v.code);
  const bySource = new Map<string, { source: ReportedSource; id: string; reports: ContentReportDoc[] }>();
  for (const r of open) {
    const key = `${r.source}:${r.sourceId.toHexString()}`;
    const entry = bySource.get(key) ?? { source: r.source, id: r.sourceId.toHexString(), reports: [] };
    entry.reports.push(r);
    bySource.set(key, entry);
  }
  const texts: ReportedTextView[] = [];
  for (const { source, id, reports } of [...bySource.values()].slice(0, 100)) {
    const doc = await MODERATED_SOURCES[source].find(v.viewer, id).catch(() => null);
    if (doc) texts.push({ source, doc, reports });
  }
  return texts;
}

/**
 * A moderator decides on a reported text: hide it with a reason readers see, or keep it (shown
 * again if reports hid it). Every open report of it is closed with the decision.
 */
export async function reviewReports(viewer: Viewer | null, input: unknown): Promise<ModeratedDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(reviewReportsInput, input, 'input');
  const source = data.source as ReportedSource;
  const hide = data.decision === 'hide';
  const decided = await MODERATED_SOURCES[source].decide(
    v,
    data.sourceId,
    hide ? { hide: true, reason: data.reason!.trim() } : { hide: false },
  );
  await closeReports(v, decided.municipalityCode, source, decided._id, hide ? 'hidden' : 'kept');
  return decided;
}

/** What a municipality's moderators see of its settings. */
export interface ModerationSettingsView {
  municipalityCode: string;
  autoHideAfter: number;
}

/** Query.moderationSettings: the municipality's threshold for hiding by reports, for its moderators. */
export async function moderationSettings(
  viewer: Viewer | null,
  municipalityCode: unknown,
): Promise<ModerationSettingsView> {
  const { code } = await moderatorIn(viewer, municipalityCode);
  return { municipalityCode: code, autoHideAfter: await autoHideAfterIn(code) };
}

/** Sets after how many readers' reports a text is hidden pending review (0 turns it off); for texts reported from now on. */
export async function setModerationSettings(viewer: Viewer | null, input: unknown): Promise<ModerationSettingsView> {
  const data = parseInput(moderationSettingsInput, input, 'input');
  const { viewer: v, code } = await moderatorIn(viewer, data.municipalityCode);
  const saved = await saveAutoHideAfter(v, code, data.autoHideAfter);
  return { municipalityCode: code, autoHideAfter: saved.autoHideAfter };
}

/** The viewer as a moderator of the municipality: NOT_FOUND for an unknown one, FORBIDDEN for another role. */
async function moderatorIn(
  viewer: Viewer | null,
  municipalityCode: unknown,
): Promise<{ viewer: Viewer; code: string }> {
  const v = requireViewer({ viewer });
  const org = await findMunicipality(municipalityCode);
  if (!org) throw new NotFoundError(MUNICIPALITY);
  if (!canModerateIn(v, org.code)) throw new ForbiddenError();
  return { viewer: v, code: org.code };
}
