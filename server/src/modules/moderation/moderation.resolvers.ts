import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import type { CommentDoc } from '../dialogue/index.js';
import {
  moderationDecisionValues,
  reportReasonValues,
  reportStateValues,
  reportedSourceValues,
  type ReportReason,
} from './moderation.enums.js';
import { AUTO_HIDE } from './moderation.model.js';
import {
  moderationQueue,
  moderationSettings,
  reportContent,
  reviewReports,
  setModerationSettings,
} from './moderation.service.js';

/** A comment is told from a question by what only comments carry: their target. */
const isComment = (t: object): t is CommentDoc => 'targetType' in t;

/** Whether the viewer may report a text: signed in, not its writer, not hidden. */
const mayReport = (viewerId: string | undefined, authorId: { toHexString(): string }, hidden: unknown) =>
  !!viewerId && !hidden && authorId.toHexString() !== viewerId;

export const moderationResolvers: Resolvers = {
  ReportReason: reportReasonValues,
  ReportedSource: reportedSourceValues,
  ReportState: reportStateValues,
  ModerationDecision: moderationDecisionValues,
  Query: {
    moderationQueue: (_p, { municipalityCode }, ctx) => moderationQueue(ctx.viewer, municipalityCode),
    moderationSettings: (_p, { municipalityCode }, ctx) => moderationSettings(ctx.viewer, municipalityCode),
  },
  Mutation: {
    reportContent: (_p, { input }, ctx) => reportContent(ctx.viewer, input),
    reviewReports: (_p, { input }, ctx) => reviewReports(ctx.viewer, input) as never,
    setModerationSettings: (_p, { input }, ctx) => setModerationSettings(ctx.viewer, input),
  },
  ModeratedText: {
    __resolveType: (t) => (isComment(t) ? 'Comment' : 'Question'),
  },
  ModerationSettings: {
    id: (s) => s.municipalityCode,
    autoHideMin: () => AUTO_HIDE.min,
    autoHideMax: () => AUTO_HIDE.max,
  },
  ContentReport: {
    id: (r) => r._id.toHexString(),
  },
  ReportedText: {
    sourceId: (t) => t.doc._id.toHexString(),
    content: (t) => t.doc as never,
    comment: (t) => (t.source === 'comment' ? (t.doc as CommentDoc) : null),
    reportCount: (t) => t.reports.length,
    reasons: (t) => {
      const counts = new Map<ReportReason, number>();
      for (const r of t.reports) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
      return [...counts].map(([reason, count]) => ({ reason, count }));
    },
    notes: (t) => t.reports.map((r) => r.note).filter((n) => n.trim() !== ''),
    firstReportedAt: (t) => t.reports[0]!.createdAt,
    hiddenByReports: (t) => !!t.doc.hidden?.pendingReview,
  },
  Comment: {
    writtenAt: (c) => c.createdAt,
    canReport: (c, _a, ctx) => mayReport(ctx.viewer?.personId, c.authorId, c.hidden),
    reportedByViewer: (c, _a, ctx) =>
      ctx.viewer ? ctx.loaders.reportedByViewer.load(`comment:${c._id.toHexString()}`) : false,
  },
  Question: {
    canReport: (q, _a, ctx) => mayReport(ctx.viewer?.personId, q.askerId, q.hidden),
    reportedByViewer: (q, _a, ctx) =>
      ctx.viewer ? ctx.loaders.reportedByViewer.load(`question:${q._id.toHexString()}`) : false,
  },
};
