import type {
  Band as GqlBand,
  FactorResult,
  MissingReason as GqlMissingReason,
  OrganiserType as GqlOrganiserType,
  ResultMeasure,
} from '../../../graphql/generated/resolvers-types.js';
import type { ResultMeasureKey } from '../../indicators/index.js';
import type { MissingReason, OrganiserType } from '../measurement-input.js';
import type { Band } from '../analysis/ranking.js';
import type { RankingRow } from '../analysis/model.js';

// Translations between the stored vocabulary and the API's enums, in one place.

const organiserTypes: Record<GqlOrganiserType, OrganiserType> = {
  ALL: 'all',
  MUNICIPAL: 'municipal',
  INDEPENDENT: 'independent',
};
const missingReasons: Record<MissingReason, GqlMissingReason> = {
  suppressed: 'SUPPRESSED',
  tooFewPupils: 'TOO_FEW_PUPILS',
  notApplicable: 'NOT_APPLICABLE',
  noData: 'NO_DATA',
  approximate: 'APPROXIMATE',
};
const bands: Record<Band, GqlBand> = { top: 'TOP_QUARTER', middle: 'MIDDLE_HALF', bottom: 'BOTTOM_QUARTER' };
const measures: Record<ResultMeasureKey, ResultMeasure> = {
  'ak9.allSubjects': 'ALL_SUBJECTS',
  'ak9.meritValue': 'MERIT_VALUE',
  'ak9.vocationalEligible': 'VOCATIONAL_ELIGIBLE',
};

/** API organiser type → stored. */
export function organiserTypeIn(t: GqlOrganiserType | null | undefined): OrganiserType {
  return organiserTypes[t ?? 'ALL'];
}

/** Stored organiser type → API. */
export function organiserTypeOut(t: string): GqlOrganiserType {
  return t === 'municipal' ? 'MUNICIPAL' : t === 'independent' ? 'INDEPENDENT' : 'ALL';
}

/** Stored missing reason → API (null stays null). */
export function missingReasonOut(r: string | null | undefined): GqlMissingReason | null {
  return r ? (missingReasons[r as MissingReason] ?? 'NO_DATA') : null;
}

/** Stored band → API. */
export function bandOut(b: Band): GqlBand {
  return bands[b];
}

/** Stored measure key → API. */
export function measureOut(m: ResultMeasureKey): ResultMeasure {
  return measures[m];
}

/** A published figure for the API. */
export function figureOut(f: { value: number | null; missingReason: string | null; rawMark: string | null }) {
  return { value: f.value, missingReason: missingReasonOut(f.missingReason), mark: f.rawMark };
}

/** A ranking row's factors for the API. */
export function factorsOut(row: RankingRow): FactorResult[] {
  return row.factors.map((f) => ({
    measure: measureOut(f.measure),
    indicatorKey: f.measure,
    actual: figureOut(f.actual),
    modelValue: f.modelValue,
    deviation: f.deviation,
    rank: f.valueRank.rank,
    rankMissing: f.valueRank.missing,
    band: bandOut(f.valueBand),
    deviationRank: f.deviationRank.rank,
    deviationRankMissing: f.deviationRank.missing,
    deviationBand: bandOut(f.deviationBand),
  }));
}
