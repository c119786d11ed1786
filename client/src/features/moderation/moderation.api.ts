import { toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import { pageData } from '../../api/page-data.js';
import {
  ModerationQueueDocument,
  ModerationSettingsDocument,
  ReportContentDocument,
  ReviewReportsDocument,
  SetModerationSettingsDocument,
  type ModerationQueueQuery,
  type ReportReason,
  type ReportedSource,
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

/** The municipality's moderation settings, and saving the threshold. */
export function useModerationSettings(municipalityCode: MaybeRefOrGetter<string | null | undefined>) {
  const response = useQuery({
    query: ModerationSettingsDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: () => !toValue(municipalityCode),
  });
  const save = useMutation(SetModerationSettingsDocument);
  return {
    ...pageData(response, (d) => d.moderationSettings),
    saving: save.fetching,
    async setAutoHideAfter(autoHideAfter: number): Promise<ModerationOutcome> {
      const r = await save.executeMutation({
        input: { municipalityCode: toValue(municipalityCode) ?? '', autoHideAfter },
      });
      return r.data ? { ok: true } : { ok: false, error: toAppError(r.error) };
    },
  };
}

/** Reporting a comment or a question, and a moderator's decision. */
export function useModerationWrites() {
  const report = useMutation(ReportContentDocument);
  const review = useMutation(ReviewReportsDocument);
  return {
    busy: report.fetching,
    reviewing: review.fetching,
    async report(
      source: ReportedSource,
      sourceId: string,
      reason: ReportReason,
      note: string,
    ): Promise<ModerationOutcome> {
      const r = await report.executeMutation({ input: { source, sourceId, reason, note: note || null } });
      return r.data ? { ok: true } : { ok: false, error: toAppError(r.error) };
    },
    async decide(source: ReportedSource, sourceId: string, hide: boolean, reason: string): Promise<ModerationOutcome> {
      const r = await review.executeMutation({
        input: { source, sourceId, decision: hide ? 'HIDE' : 'KEEP', reason: reason || null },
      });
      return r.data ? { ok: true } : { ok: false, error: toAppError(r.error) };
    },
  };
}
