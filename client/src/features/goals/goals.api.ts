import { runQuery } from '../../api/request.js';
import type { MissingReason, TargetFieldsFragment } from '../../api/generated/graphql.js';
import { organisationIdOf } from '../plans/plans.api.js';
import {
  GoalDocument as GoalQuery,
  GoalsListDocument as GoalsListQuery,
  IndicatorSeriesDocument as IndicatorSeriesQuery,
  MunicipalitySearchDocument as MunicipalitySearchQuery,
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

/** The goals feature's calls to the server; tests replace its functions with spies. */
export const goalsApi = {
  /** The municipality's goals with their targets. */
  async list(municipalityCode: string): Promise<Goal[]> {
    const id = await organisationIdOf(municipalityCode);
    if (!id) return [];
    const data = await runQuery(GoalsListQuery, { organisationId: id });
    return data.goals.nodes.map((g) => ({
      id: g.id,
      title: g.title,
      description: g.description ?? '',
      organisationName: g.owner.name,
      targets: g.targets.map(toTarget),
    }));
  },
  /** One goal with its targets, plan and items, or null. */
  async goal(id: string): Promise<GoalDetail | null> {
    const data = await runQuery(GoalQuery, { id });
    const g = data.goal;
    if (!g) return null;
    return {
      id: g.id,
      title: g.title,
      description: g.description ?? '',
      organisationName: g.owner.name,
      organisationCode: g.owner.code,
      plan: g.plan ? { id: g.plan.id, title: g.plan.title } : null,
      targets: g.targets.map(toTarget),
      items: g.actionItems.map((i) => ({ id: i.id, title: i.text, status: i.status, progress: i.progress })),
    };
  },
  /** An indicator's series for several organisations (municipality codes, or SE for the country). */
  async series(indicatorId: string, codes: string[], fromYear?: number): Promise<SeriesByCode> {
    const data = await runQuery(IndicatorSeriesQuery, {
      indicatorId,
      organisationIds: codes,
      fromYear: fromYear ?? null,
    });
    return seriesByCode(data.indicatorSeries.series);
  },
};

/** Municipalities whose name matches a search, for the peer picker. */
export async function searchMunicipalities(search: string): Promise<Array<{ code: string; name: string }>> {
  const data = await runQuery(MunicipalitySearchQuery, { search });
  return data.organisations.nodes.map((o) => ({ code: o.code, name: o.name }));
}
