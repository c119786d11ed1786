import type { FactorResult, MeasureModel, RankDistance } from '../../../graphql/generated/resolvers-types.js';
import type { MissingReason, OrganiserType } from '../../indicators/index.js';
import { rankingFactors, type RankingRow, type ResultsModel } from '../analysis/model.js';
import { arrowOf, distanceToRank } from '../analysis/distance.js';

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

/** A figure published as `~100`: 1–4 pupils did not make it; analyses read it as 100. */
export function isApproximate(f: { missingReason: MissingReason | null }): boolean {
  return f.missingReason === 'approximate';
}

/** Whether some factor of a ranking row is read from a `~100` value (its ranks are then approximate). */
export function rowApproximate(row: RankingRow): boolean {
  return row.factors.some((f) => isApproximate(f.actual));
}

/** A ranking row's factors for the API, with the change since `previous` (the year before) where given. */
export function factorsOut(row: RankingRow, previous?: RankingRow): FactorResult[] {
  return row.factors.map((f, i) => {
    const before = previous?.factors[i];
    const change =
      before && f.analysisValue !== null && before.analysisValue !== null
        ? f.analysisValue - before.analysisValue
        : null;
    return {
      measure: f.measure,
      indicatorKey: f.measure,
      actual: figureOut(f.actual),
      approximate: isApproximate(f.actual),
      modelValue: f.modelValue,
      deviation: f.deviation,
      deviationArrow: arrowOf(f.measure, f.deviation),
      change,
      changeArrow: arrowOf(f.measure, change),
      rank: f.valueRank.rank,
      rankMissing: f.valueRank.missing,
      band: f.valueBand,
      deviationRank: f.deviationRank.rank,
      deviationRankMissing: f.deviationRank.missing,
      deviationBand: f.deviationBand,
    };
  });
}

/** The distance to rank 25 of one municipality in a year's (equal-weight) ranking, for the API. */
export function distanceOut(rows: readonly RankingRow[], code: string): RankDistance | null {
  const d = distanceToRank(rows, code);
  if (!d) return null;
  return {
    ...d,
    factors: d.factors.map((f) => ({
      measure: rankingFactors[f.factor]!.measure,
      deviation: rankingFactors[f.factor]!.kind === 'deviation',
      rank: f.rank,
      neededRank: f.neededRank,
      neededValue: f.neededValue,
      change: f.change,
    })),
  };
}

/** A year's model fits for the API; `fullOnly` keeps the fits on every background share. */
export function measureModelsOut(model: ResultsModel, fullOnly = false): MeasureModel[] {
  const fullLength = Math.max(...model.fits.map((f) => f.variables.length));
  return model.fits
    .filter((f) => !fullOnly || f.variables.length === fullLength)
    .map((f) => ({
      measure: f.measure,
      indicatorKey: f.measure,
      variables: f.variables,
      intercept: f.intercept,
      coefficients: f.variables.map((variable, i) => ({ variable, estimate: f.coefficients[i]! })),
      r2: f.r2,
      n: f.n,
      usedBy: f.usedBy,
      full: f.variables.length === fullLength,
    }));
}
