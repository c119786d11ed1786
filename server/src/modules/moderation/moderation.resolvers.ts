import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import {
  moderationDecisionValues,
  reportReasonValues,
  reportStateValues,
  reportedSourceValues,
  type ReportReason,
} from './moderation.enums.js';
import { moderationQueue, reportContent, reviewReports } from './moderation.service.js';

export const moderationResolvers: Resolvers = {
  ReportReason: reportReasonValues,
  ReportedSource: reportedSourceValues,
  ReportState: reportStateValues,
  ModerationDecision: moderationDecisionValues,
  Query: {
    moderationQueue: (_p, { municipalityCode }, ctx) => moderationQueue(ctx.viewer, municipalityCode),
  },
  Mutation: {
    reportContent: (_p, { input }, ctx) => reportContent(ctx.viewer, input),
    reviewReports: (_p, { input }, ctx) => reviewReports(ctx.viewer, input),
  },
  ContentReport: {
    id: (r) => r._id.toHexString(),
  },
  ReportedText: {
    source: () => 'comment',
    sourceId: (t) => t.comment._id.toHexString(),
    reportCount: (t) => t.reports.length,
    reasons: (t) => {
      const counts = new Map<ReportReason, number>();
      for (const r of t.reports) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
      return [...counts].map(([reason, count]) => ({ reason, count }));
    },
    notes: (t) => t.reports.map((r) => r.note).filter((n) => n.trim() !== ''),
    firstReportedAt: (t) => t.reports[0]!.createdAt,
    hiddenByReports: (t) => !!t.comment.hidden?.pendingReview,
  },
  Comment: {
    canReport: (c, _a, ctx) => !!ctx.viewer && !c.hidden && c.authorId.toHexString() !== ctx.viewer.personId,
    reportedByViewer: (c, _a, ctx) => (ctx.viewer ? ctx.loaders.reportedByViewer.load(c._id.toHexString()) : false),
  },
};
