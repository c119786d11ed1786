import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '@urql/vue';
import type { GoalQuery as GoalAnswer, MissingReason, TargetFieldsFragment } from '../../api/generated/graphql.js';
import { pageData, type PageData } from '../../api/page-data.js';
import { useOrganisationId } from '../plans/plans.api.js';
import {
  GoalDocument as GoalQuery,
  GoalsListDocument as GoalsListQuery,
  IndicatorSeriesDocument as IndicatorSeriesQuery,
} from '../../api/generated/graphql.js';
import type { Goal, GoalDetail, GoalTarget, SeriesPoint } from './goals.types.js';

function toTarget(raw: TargetFieldsFragment): GoalTarget {
  return {
    id: raw.id,
    kind: raw.kind,
    indicatorId: raw.indicator.id,
    indicatorKey: raw.indicator.key,
    indicatorName: raw.indicator.name,
    unit: raw.indicator.unit,
    decimals: raw.indicator.decimals,
    direction: raw.indicator.direction,
    source: raw.indicator.source,
    scopeId: raw.scope.id,
    scopeCode: raw.scope.code,
    scopeName: raw.scope.name,
    targetValue: raw.targetValue ?? null,
    targetRank: raw.targetRank ?? null,
    targetYear: raw.targetYear,
    status: raw.progress.status,
    reason: raw.progress.reason,
    latestValue: raw.progress.latestValue ?? null,
    latestYear: raw.progress.latestYear ?? null,
    changePerYear: raw.progress.changePerYear ?? null,
    trend: raw.progress.trend.map((p) => ({
      year: p.year,
      value: p.value ?? null,
      missingReason: p.value === null || p.value === undefined ? 'NO_DATA' : null,
    })),
  };
}

/** One organisation's series from indicatorSeries, by code. */
export type SeriesByCode = Record<string, SeriesPoint[]>;

/** An indicator's series as the API sends them, by organisation code; a missing value says why. */
export function seriesByCode(
  series: Array<{
    organisationCode: string;
    measurements: Array<{ year: number; value: number | null; missingReason: MissingReason | null }>;
  }>,
): SeriesByCode {
  const out: SeriesByCode = {};
  for (const s of series) {
    out[s.organisationCode] = s.measurements.map((m) => ({
      year: m.year,
      value: m.value ?? null,
      missingReason:
        m.value === null || m.value === undefined ? (m.missingReason ?? 'NO_DATA') : (m.missingReason ?? null),
    }));
  }
  return out;
}

type RawGoal = NonNullable<GoalAnswer['goal']>;

function toGoalDetail(g: RawGoal): GoalDetail {
  return {
    id: g.id,
    title: g.title,
    description: g.description ?? '',
    organisationName: g.owner.name,
    organisationId: g.owner.id,
    organisationCode: g.owner.code,
    state: g.status,
    version: g.version,
    canEdit: g.canEdit,
    period: g.period ? { from: g.period.from, to: g.period.to } : null,
    plan: g.plan ? { id: g.plan.id, title: g.plan.title } : null,
    targets: g.targets.map(toTarget),
    items: g.actionItems.map((i) => ({
      id: i.id,
      title: i.text,
      status: i.status,
      progress: i.progress,
      planTitle: i.plan.title,
    })),
  };
}

/** The municipality's goals with their targets (the municipality's id comes with the session). */
export function useGoalsList(municipalityCode: MaybeRefOrGetter<string | null | undefined>): PageData<Goal[]> {
  const organisation = useOrganisationId(municipalityCode);
  const response = useQuery({
    query: GoalsListQuery,
    variables: () => ({ organisationId: organisation.data.value ?? '' }),
    pause: () => !organisation.data.value,
  });
  const list = pageData(response, (d) =>
    d.goals.nodes.map((g) => ({
      id: g.id,
      title: g.title,
      state: g.status,
      description: g.description ?? '',
      organisationName: g.owner.name,
      targets: g.targets.map(toTarget),
    })),
  );
  return {
    ...list,
    fetching: computed(() => organisation.fetching.value || list.fetching.value),
    error: computed(() => organisation.error.value ?? list.error.value),
  };
}

/** One goal with its targets, plan and items (null when missing or not visible). */
export function useGoal(id: MaybeRefOrGetter<string>): PageData<GoalDetail> {
  const response = useQuery({ query: GoalQuery, variables: () => ({ id: toValue(id) }) });
  return pageData(response, (d) => (d.goal ? toGoalDetail(d.goal) : null));
}

/** An indicator's series for organisations (municipality codes, or SE for the country), by code. */
export function useIndicatorSeries(
  indicatorId: MaybeRefOrGetter<string | null>,
  codes: MaybeRefOrGetter<string[]>,
): PageData<SeriesByCode> {
  const response = useQuery({
    query: IndicatorSeriesQuery,
    variables: () => ({ indicatorId: toValue(indicatorId) ?? '', organisationIds: toValue(codes), fromYear: null }),
    pause: () => !toValue(indicatorId),
  });
  return pageData(response, (d) => seriesByCode(d.indicatorSeries.series));
}
