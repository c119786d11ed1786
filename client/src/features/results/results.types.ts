import type {
  FactorFieldsFragment,
  MunicipalityResultsFieldsFragment,
  PeerComparisonFieldsFragment,
  SchoolUnitResultsFieldsFragment,
} from '../../api/generated/graphql.js';

/** The colour band, as in SKL's Öppna jämförelser. */
export type Band = 'TOP_QUARTER' | 'MIDDLE_HALF' | 'BOTTOM_QUARTER';

/** One municipality's line in the national ranking. */
export interface RankingRow {
  code: string;
  name: string;
  countyName: string | null;
  rank: number;
  previousRank: number | null;
  /** The weighted mean of the six factor ranks (lower is better). */
  score: number;
  band: Band;
  incomplete: boolean;
  /** Some factor is read from Skolverket's ~100: the rank is approximate. */
  approximate: boolean;
}

/** One factor's figures as the API gives them. */
export type Factor = FactorFieldsFragment;
/** One municipality's history. */
export type MunicipalityResults = MunicipalityResultsFieldsFragment;
/** The comparison with the country, the county and peers. */
export type PeerComparison = PeerComparisonFieldsFragment;
/** The school units' results. */
export type SchoolUnitResults = SchoolUnitResultsFieldsFragment;
