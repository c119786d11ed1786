import { runQuery } from '../../api/request.js';
import {
  MunicipalityResultsDocument as MunicipalityResultsQuery,
  PeerComparisonDocument as PeerComparisonQuery,
  RankingDocument as RankingQuery,
  ResultYearsDocument as ResultYearsQuery,
  SchoolUnitResultsDocument as SchoolUnitResultsQuery,
} from '../../api/generated/graphql.js';
import type { MunicipalityResults, PeerComparison, RankingRow, SchoolUnitResults } from './results.types.js';

/** A year's ranking, with each municipality's rank the year before. */
export interface RankingTable {
  year: number;
  total: number;
  source: string;
  rows: RankingRow[];
}

/** The results feature's calls to the server; tests replace its functions with spies. */
export const resultsApi = {
  /** Years with results, newest first. */
  async years(): Promise<number[]> {
    return (await runQuery(ResultYearsQuery, {})).resultYears;
  },
  /** The ranking of a year joined with the previous year's ranks. */
  async ranking(year: number, previousYear: number | null): Promise<RankingTable> {
    const [current, previous] = await Promise.all([
      runQuery(RankingQuery, { year }),
      previousYear ? runQuery(RankingQuery, { year: previousYear }).catch(() => null) : Promise.resolve(null),
    ]);
    const before = new Map(previous?.ranking.municipalities.map((m) => [m.municipalityCode, m.rank]) ?? []);
    return {
      year: current.ranking.year,
      total: current.ranking.total,
      source: current.ranking.source,
      rows: current.ranking.municipalities.map((m) => ({
        code: m.municipalityCode,
        name: m.name,
        countyName: m.countyName ?? null,
        rank: m.rank,
        previousRank: before.get(m.municipalityCode) ?? null,
        score: m.score,
        band: m.band,
        incomplete: m.incomplete,
      })),
    };
  },
  /** One municipality's history of the six factors and its rank. */
  async municipality(code: string): Promise<MunicipalityResults> {
    return (await runQuery(MunicipalityResultsQuery, { code })).municipalityResults;
  },
  /** The municipality against the country, its county and peers for a year. */
  async peers(code: string, year: number, peers: string[]): Promise<PeerComparison> {
    return (await runQuery(PeerComparisonQuery, { code, year, peers })).peerComparison;
  },
  /** The school units' latest results in the municipality. */
  async schoolUnits(municipalityCode: string): Promise<SchoolUnitResults> {
    return (await runQuery(SchoolUnitResultsQuery, { municipalityCode })).schoolUnitResults;
  },
};
