import { toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import { pageData } from '../../api/page-data.js';
import {
  ModerationQueueDocument,
  ReportContentDocument,
  ReviewReportsDocument,
  type ModerationQueueQuery,
  type ReportReason,
} from '../../api/generated/graphql.js';

export type ReportedText = ModerationQueueQuery['moderationQueue'][number];
export type ModerationOutcome = { ok: true } | { ok: false; error: AppError };

/** The municipality's reported texts, for its moderators. */
export function useModerationQueue(municipalityCode: MaybeRefOrGetter<string | null | undefined>) {
  const response = useQuery({
    query: ModerationQueueDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: () => !toValue(municipalityCode),
  });
  return pageData(response, (d) => d.moderationQueue);
}

/** Reporting a comment, and a moderator's decision. */
export function useModerationWrites() {
  const report = useMutation(ReportContentDocument);
  const review = useMutation(ReviewReportsDocument);
  return {
    busy: report.fetching,
    reviewing: review.fetching,
    async report(commentId: string, reason: ReportReason, note: string): Promise<ModerationOutcome> {
      const r = await report.executeMutation({
        input: { source: 'COMMENT', sourceId: commentId, reason, note: note || null },
      });
      return r.data ? { ok: true } : { ok: false, error: toAppError(r.error) };
    },
    async decide(commentId: string, hide: boolean, reason: string): Promise<ModerationOutcome> {
      const r = await review.executeMutation({
        input: { source: 'COMMENT', sourceId: commentId, decision: hide ? 'HIDE' : 'KEEP', reason: reason || null },
      });
      return r.data ? { ok: true } : { ok: false, error: toAppError(r.error) };
    },
  };
}
