import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '@urql/vue';
import { pageData, type PageData } from '../../api/page-data.js';
import { seriesByCode, type SeriesByCode } from '../goals/goals.api.js';
import {
  MunicipalityPageDocument as MunicipalityPageQuery,
  RankingPageDocument as RankingPageQuery,
  PeerComparisonDocument as PeerComparisonQuery,
  ResultYearsDocument as ResultYearsQuery,
} from '../../api/generated/graphql.js';
import type { MunicipalityResults, PeerComparison, RankingRow, SchoolUnitResults } from './results.types.js';
import type { OrganiserType } from '../../api/generated/graphql.js';

/** A year's ranking, with each municipality's rank the year before. */
export interface RankingTable {
  year: number;
  total: number;
  /** Who made the figures, in Swedish and English. */
  attribution: { sv: string; en: string };
  rows: RankingRow[];
}

/** The country's series by factor key (only the measured factors have one). */
export type NationalSeries = Record<string, SeriesByCode>;

/** What a municipality's results page (and a principal's start page) shows. */
export interface MunicipalityPage {
  /** The populations with results (see resultPerspectives). */
  perspectives: OrganiserType[];
  municipality: MunicipalityResults;
  schoolUnits: SchoolUnitResults;
  national: NationalSeries;
}

/**
 * A municipality's page: one request for its history, school units and the national lines, then
 * the comparison for a year (default: its latest) with the chosen peers, which re-runs alone when
 * the peers change.
 */
export function useMunicipalityPage(
  code: MaybeRefOrGetter<string | null | undefined>,
  options: {
    peers?: MaybeRefOrGetter<string[]>;
    year?: (page: MunicipalityPage) => number | null | undefined;
    organiserType?: MaybeRefOrGetter<OrganiserType>;
  } = {},
): PageData<MunicipalityPage> & { comparison: ComputedRef<PeerComparison | null> } {
  const page = pageData(
    useQuery({
      query: MunicipalityPageQuery,
      variables: () => ({ code: toValue(code) ?? '', organiserType: toValue(options.organiserType) ?? 'ALL' }),
      pause: () => !toValue(code),
    }),
    (d) => ({
      perspectives: d.resultPerspectives,
      municipality: d.municipalityResults,
      schoolUnits: d.schoolUnitResults,
      national: {
        'ak9.allSubjects': seriesByCode(d.allSubjects.series),
        'ak9.meritValue': seriesByCode(d.meritValue.series),
        'ak9.vocationalEligible': seriesByCode(d.vocationalEligible.series),
      },
    }),
  );
  const year = computed(() => {
    const loaded = page.data.value;
    if (!loaded) return null;
    return options.year?.(loaded) ?? loaded.municipality.years.at(-1)?.year ?? null;
  });
  const comparison = pageData(
    useQuery({
      query: PeerComparisonQuery,
      variables: () => ({
        code: toValue(code) ?? '',
        year: year.value ?? 0,
        peers: toValue(options.peers) ?? [],
        organiserType: toValue(options.organiserType) ?? 'ALL',
      }),
      pause: () => !toValue(code) || year.value === null,
    }),
    (d) => d.peerComparison,
  );
  return {
    ...page,
    error: computed(() => page.error.value ?? comparison.error.value),
    comparison: comparison.data,
  };
}

/**
 * The ranking page: the years with results, then the chosen year's ranking (default: the latest)
 * joined with the year before's ranks, in one request per year.
 */
export function useRanking(
  chosenYear: MaybeRefOrGetter<number | null>,
  organiserType: MaybeRefOrGetter<OrganiserType> = 'ALL',
): PageData<RankingTable> & {
  years: ComputedRef<number[]>;
  perspectives: ComputedRef<OrganiserType[]>;
} {
  const yearsPage = pageData(useQuery({ query: ResultYearsQuery, variables: {} }), (d) => d);
  const years = computed(() => yearsPage.data.value?.resultYears ?? []);
  const perspectives = computed<OrganiserType[]>(() => yearsPage.data.value?.resultPerspectives ?? ['ALL']);
  const year = computed(() => toValue(chosenYear) ?? years.value[0] ?? null);
  const previousYear = computed(() =>
    year.value === null ? null : (years.value.find((y) => y < year.value!) ?? null),
  );
  const ranking = pageData(
    useQuery({
      query: RankingPageQuery,
      variables: () => ({
        year: year.value ?? 0,
        previousYear: previousYear.value ?? 0,
        withPrevious: previousYear.value !== null,
        organiserType: toValue(organiserType),
      }),
      pause: () => year.value === null,
    }),
    (d): RankingTable => {
      const before = new Map(d.previous?.municipalities.map((m) => [m.municipalityCode, m.rank]) ?? []);
      return {
        year: d.ranking.year,
        total: d.ranking.total,
        attribution: { sv: d.ranking.attribution.sv, en: d.ranking.attribution.en },
        rows: d.ranking.municipalities.map((m) => ({
          code: m.municipalityCode,
          name: m.name,
          countyName: m.countyName ?? null,
          rank: m.rank,
          previousRank: before.get(m.municipalityCode) ?? null,
          score: m.score,
          band: m.band,
          incomplete: m.incomplete,
          approximate: m.approximate,
        })),
      };
    },
  );
  return {
    ...ranking,
    fetching: computed(() => yearsPage.fetching.value || ranking.fetching.value),
    error: computed(() => yearsPage.error.value ?? ranking.error.value),
    refetch: () => {
      yearsPage.refetch();
      ranking.refetch();
    },
    years,
    perspectives,
  };
}
