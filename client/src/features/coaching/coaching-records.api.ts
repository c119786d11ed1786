import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import { pageData } from '../../api/page-data.js';
import {
  CoachingCaseloadDocument,
  CoachingRecordsDocument,
  CoachingSettingsDocument,
  CoachingStatisticsDocument,
  ExportCoachingEngagementDocument,
  SetCoachingRetentionDocument,
  type CoachingRecordsQuery,
  type CoachingStatisticsQuery,
  type ExportCoachingEngagementMutation,
} from '../../api/generated/graphql.js';

export type CoachingStatistics = CoachingStatisticsQuery['coachingStatistics'];
export type CoachingStatisticsTable = CoachingStatistics['bySubject'];
export type CoachingStatisticsRow = CoachingStatisticsTable['units'][number];
export type CoachingRecord = CoachingRecordsQuery['coachingRecords'][number];
export type CoachingExport = ExportCoachingEngagementMutation['exportCoachingEngagement'];

const paused = (code: MaybeRefOrGetter<string | null | undefined>, enabled?: MaybeRefOrGetter<boolean>) => () =>
  !toValue(code) || (enabled !== undefined && !toValue(enabled));

/** The municipality's coaching statistics (a principal gets their own units' rows only). */
export function useCoachingStatistics(municipalityCode: MaybeRefOrGetter<string | null | undefined>) {
  const response = useQuery({
    query: CoachingStatisticsDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: paused(municipalityCode),
    requestPolicy: 'cache-and-network',
  });
  return pageData(response, (d) => d.coachingStatistics);
}

/** The viewer's own engagements as a coach, by state (asked only for a coach). */
export function useCoachingCaseload(
  municipalityCode: MaybeRefOrGetter<string | null | undefined>,
  enabled: MaybeRefOrGetter<boolean>,
) {
  const response = useQuery({
    query: CoachingCaseloadDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: paused(municipalityCode, enabled),
    requestPolicy: 'cache-and-network',
  });
  return pageData(response, (d) => d.coachingCaseload);
}

/** The municipality's retention of coaching content, with setting it (the administration, an admin). */
export function useCoachingSettings(municipalityCode: MaybeRefOrGetter<string | null | undefined>) {
  const response = useQuery({
    query: CoachingSettingsDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: paused(municipalityCode),
  });
  const set = useMutation(SetCoachingRetentionDocument);
  return {
    ...pageData(response, (d) => d.coachingSettings),
    saving: computed(() => set.fetching.value),
    /** Sets the months after the close; the server refuses a number out of range on `input.months`. */
    async setRetention(months: number): Promise<{ ok: true } | { ok: false; error: AppError }> {
      const r = await set.executeMutation({ input: { municipalityCode: toValue(municipalityCode) ?? '', months } });
      return r.data ? { ok: true } : { ok: false, error: toAppError(r.error) };
    },
  };
}

/** The registrar's list of the municipality's engagements (facts only), with the export of one. */
export function useCoachingRecords(municipalityCode: MaybeRefOrGetter<string | null | undefined>) {
  const response = useQuery({
    query: CoachingRecordsDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: paused(municipalityCode),
    requestPolicy: 'cache-and-network',
  });
  const exporting = useMutation(ExportCoachingEngagementDocument);
  return {
    ...pageData(response, (d) => d.coachingRecords),
    exporting: computed(() => exporting.fetching.value),
    /** Exports one engagement for a secrecy assessment: audited, and its teachers are told. */
    async exportEngagement(
      id: string,
    ): Promise<{ ok: true; material: CoachingExport } | { ok: false; error: AppError }> {
      const r = await exporting.executeMutation({ id });
      return r.data
        ? { ok: true, material: r.data.exportCoachingEngagement }
        : { ok: false, error: toAppError(r.error) };
    },
  };
}
