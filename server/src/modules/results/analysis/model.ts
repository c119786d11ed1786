import {
  backgroundKeys,
  resultMeasureKeys,
  type BackgroundKey,
  type ResultMeasureKey,
} from '../../indicators/index.js';
import { analysisValue, type MissingReason } from '../measurement-input.js';
import { fitOls, predictOls, type OlsFit } from './regression.js';
import { compositeRanking, type Band, type Ranked } from './ranking.js';

/** One published figure: the value, or why it is missing. */
export interface Figure {
  value: number | null;
  missingReason: MissingReason | null;
  rawMark: string | null;
}

/** Everything known about one municipality in one year for one organiser type. */
export interface MunicipalityYear {
  code: string;
  pupils: number | null;
  background: Partial<Record<BackgroundKey, number | null>>;
  measures: Partial<Record<ResultMeasureKey, Figure>>;
}

/** A fit for one result measure on one set of background variables. */
export interface MeasureFit extends OlsFit {
  measure: ResultMeasureKey;
  variables: BackgroundKey[];
  /** Municipalities whose model value comes from this fit. */
  usedBy: number;
}

/** The results model of one year: for each measure, the full fit and any reduced fits used. */
export interface ResultsModel {
  year: number;
  fits: MeasureFit[];
}

/** One factor of one municipality: actual value, model value, deviation. */
export interface FactorValue {
  measure: ResultMeasureKey;
  actual: Figure;
  /** The actual value analyses use (`~100` counts as 100). */
  analysisValue: number | null;
  modelValue: number | null;
  deviation: number | null;
}

/** The six ranking factors in the order of SKL's Öppna jämförelser: each measure, then its deviation. */
export const rankingFactors = resultMeasureKeys.flatMap((m) => [
  { key: m, measure: m, kind: 'value' as const },
  { key: `${m}.deviation`, measure: m, kind: 'deviation' as const },
]);

/** One municipality's place in a year's ranking, with every factor explained. */
export interface RankingRow {
  code: string;
  pupils: number | null;
  rank: number;
  score: number;
  band: Band;
  incomplete: boolean;
  factors: Array<FactorValue & { valueRank: Ranked; valueBand: Band; deviationRank: Ranked; deviationBand: Band }>;
}

function backgroundVector(row: MunicipalityYear, variables: readonly BackgroundKey[]): number[] | null {
  const x: number[] = [];
  for (const v of variables) {
    const value = row.background[v];
    if (value === null || value === undefined || !Number.isFinite(value)) return null;
    x.push(value);
  }
  return x;
}

/**
 * Fits Lyfta's model-calculated values for one year (in the manner of SKL's Öppna jämförelser, not
 * Skolverket's SALSA, which is a school-unit model on register data): for each
 * result measure, ordinary least squares across all municipalities with the measure and every
 * background variable present. A municipality lacking some background variable gets its model
 * value from a reduced fit on the variables it has (fitted on all municipalities having those).
 * `~100` values are censored, so they are left out of the fits, but still get a model value.
 */
export function fitResultsModel(year: number, rows: readonly MunicipalityYear[]): ResultsModel {
  const fits: MeasureFit[] = [];
  for (const measure of resultMeasureKeys) {
    const variableSets = new Map<string, BackgroundKey[]>();
    variableSets.set(backgroundKeys.join(','), [...backgroundKeys]);
    for (const row of rows) {
      const available = backgroundKeys.filter((k) => row.background[k] !== null && row.background[k] !== undefined);
      if (row.measures[measure] && available.length) variableSets.set(available.join(','), available);
    }
    for (const variables of variableSets.values()) {
      const xs: number[][] = [];
      const ys: number[] = [];
      for (const row of rows) {
        const figure = row.measures[measure];
        if (!figure || figure.value === null) continue;
        const x = backgroundVector(row, variables);
        if (!x) continue;
        xs.push(x);
        ys.push(figure.value);
      }
      const fit = fitOls(xs, ys);
      if (fit) fits.push({ ...fit, measure, variables, usedBy: 0 });
    }
  }
  return { year, fits: fits.map((f) => ({ ...f, usedBy: countUsers(fits, f, rows) })) };
}

// Each municipality uses the fit with the most variables it has all of.
function chooseFit(
  fits: readonly MeasureFit[],
  measure: ResultMeasureKey,
  row: MunicipalityYear,
): MeasureFit | undefined {
  let best: MeasureFit | undefined;
  for (const f of fits) {
    if (f.measure !== measure || !backgroundVector(row, f.variables)) continue;
    if (!best || f.variables.length > best.variables.length) best = f;
  }
  return best;
}

function countUsers(fits: readonly MeasureFit[], fit: MeasureFit, rows: readonly MunicipalityYear[]): number {
  return rows.filter((r) => r.measures[fit.measure] && chooseFit(fits, fit.measure, r) === fit).length;
}

/** A municipality's actual, model-calculated value and deviation for each measure, under a fitted model. */
export function factorValues(model: ResultsModel, row: MunicipalityYear): FactorValue[] {
  return resultMeasureKeys.map((measure) => {
    const actual = row.measures[measure] ?? { value: null, missingReason: 'noData' as const, rawMark: null };
    const value = analysisValue(actual);
    const chosen = chooseFit(model.fits, measure, row);
    const x = chosen ? backgroundVector(row, chosen.variables) : null;
    const modelValue = chosen && x ? predictOls(chosen, x) : null;
    return {
      measure,
      actual,
      analysisValue: value,
      modelValue,
      deviation: value !== null && modelValue !== null ? value - modelValue : null,
    };
  });
}

/** Ranks every municipality of a year on the six factors and their composite (weights in `rankingFactors` order). */
export function rankYear(
  model: ResultsModel,
  rows: readonly MunicipalityYear[],
  weights?: readonly number[],
): RankingRow[] {
  const values = rows.map((r) => factorValues(model, r));
  const composite = compositeRanking(
    {
      codes: rows.map((r) => r.code),
      factors: rankingFactors.map((f, index) => ({
        key: f.key,
        direction: 'higherIsBetter' as const,
        values: values.map((v) => {
          const factor = v[index >> 1]!;
          return f.kind === 'value' ? factor.analysisValue : factor.deviation;
        }),
      })),
    },
    weights,
  );
  return composite.map((c, i) => ({
    code: c.code,
    pupils: rows[i]!.pupils,
    rank: c.rank,
    score: c.score,
    band: c.band,
    incomplete: c.incomplete,
    factors: values[i]!.map((v, m) => ({
      ...v,
      valueRank: c.factorRanks[2 * m]!,
      valueBand: c.factorBands[2 * m]!,
      deviationRank: c.factorRanks[2 * m + 1]!,
      deviationBand: c.factorBands[2 * m + 1]!,
    })),
  }));
}
