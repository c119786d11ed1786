import type { FactorResult } from '../../../graphql/generated/resolvers-types.js';
import type { MissingReason, OrganiserType } from '../../indicators/index.js';
import type { RankingRow } from '../analysis/model.js';

// API enums carry their stored values (Apollo translates the names: see results.enums.ts and
// indicators/indicator.enums.ts), so the shapes below only rename and pick fields.

/** The organiser type asked for; an explicit null means all organisers, as the default does. */
export function organiserTypeIn(t: OrganiserType | null | undefined): OrganiserType {
  return t ?? 'all';
}

/** A published figure for the API. */
export function figureOut(f: { value: number | null; missingReason: MissingReason | null; rawMark: string | null }) {
  return { value: f.value, missingReason: f.missingReason, mark: f.rawMark };
}

/** A ranking row's factors for the API. */
export function factorsOut(row: RankingRow): FactorResult[] {
  return row.factors.map((f) => ({
    measure: f.measure,
    indicatorKey: f.measure,
    actual: figureOut(f.actual),
    modelValue: f.modelValue,
    deviation: f.deviation,
    rank: f.valueRank.rank,
    rankMissing: f.valueRank.missing,
    band: f.valueBand,
    deviationRank: f.deviationRank.rank,
    deviationRankMissing: f.deviationRank.missing,
    deviationBand: f.deviationBand,
  }));
}
