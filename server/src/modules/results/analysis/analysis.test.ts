import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../shared/paths.js';
import { readTextFile } from '../csv.js';
import { fitOls } from './regression.js';
import { fitResultsModel, rankYear, type MunicipalityYear } from './model.js';
import { parseSkolverketCsv } from '../import/skolverket.parse.js';

// Recomputes the model and the ranking on the real long file with independent code: a plain
// line split of the CSV, the normal equations solved by Gaussian elimination, ranks by counting.

const LONG = join(projectRoot, 'server/opendata/skolverket/ak9_betygsresultat_over_tid_kommun_long.csv.gz');
const measures = [
  'Andel (%) som fått godkänt betyg i alla ämnen',
  'Genomsnittligt meritvärde (17 ämnen)',
  'Andel (%) behöriga till yrkesprogram',
];
const background = [
  '- andel (%) med föräldrar med eftergymnasial utbildning',
  '- andel (%) elever med utländsk bakgrund',
  '- andel (%) pojkar',
];

type Raw = Map<string, Map<string, string>>; // code → measure name → value_raw

function readIndependently(year: string): Raw {
  const lines = gunzipSync(readFileSync(LONG)).toString('utf8').split('\n').slice(1);
  const out: Raw = new Map();
  for (const l of lines) {
    const c = l.split(',');
    if (c[0] !== 'Samtliga' || c[6] !== year) continue;
    if (!out.has(c[1]!)) out.set(c[1]!, new Map());
    out.get(c[1]!)!.set(c[5]!, c[7]!);
  }
  return out;
}

const num = (s: string | undefined) => (s !== undefined && /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null);

/** Solves (XᵀX)β = Xᵀy by Gaussian elimination with partial pivoting. */
function normalEquations(xs: number[][], y: number[]): number[] {
  const k = xs[0]!.length + 1;
  const a = Array.from({ length: k }, () => new Array<number>(k + 1).fill(0));
  xs.forEach((x, i) => {
    const row = [1, ...x];
    for (let r = 0; r < k; r++) {
      for (let c = 0; c < k; c++) a[r]![c]! += row[r]! * row[c]!;
      a[r]![k]! += row[r]! * y[i]!;
    }
  });
  for (let col = 0; col < k; col++) {
    let p = col;
    for (let r = col + 1; r < k; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[p]![col]!)) p = r;
    [a[col], a[p]] = [a[p]!, a[col]!];
    for (let r = 0; r < k; r++) {
      if (r === col) continue;
      const f = a[r]![col]! / a[col]![col]!;
      for (let c = col; c <= k; c++) a[r]![c]! -= f * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[k]! / row[i]!);
}

function rowsFromParser(year: number): MunicipalityYear[] {
  const parsed = parseSkolverketCsv(readTextFile(LONG));
  const byCode = new Map<string, MunicipalityYear>();
  for (const m of parsed.measurements) {
    if (m.organiserType !== 'all' || m.year !== year) continue;
    const r = byCode.get(m.organisationCode) ?? {
      code: m.organisationCode,
      pupils: null,
      background: {},
      measures: {},
    };
    byCode.set(m.organisationCode, r);
    if (m.indicatorKey === 'ak9.pupils') r.pupils = m.value;
    else if (['ak9.parentsPostSecondary', 'ak9.foreignBackground', 'ak9.shareBoys'].includes(m.indicatorKey))
      (r.background as Record<string, number | null>)[m.indicatorKey] = m.value;
    else if (['ak9.allSubjects', 'ak9.meritValue', 'ak9.vocationalEligible'].includes(m.indicatorKey))
      (r.measures as Record<string, unknown>)[m.indicatorKey] = {
        value: m.value,
        missingReason: m.missingReason,
        rawMark: m.rawMark,
      };
  }
  return [...byCode.values()];
}

describe('fitOls', () => {
  it('recovers exact coefficients from noiseless data', () => {
    const xs = [
      [1, 2],
      [2, 1],
      [3, 5],
      [4, 3],
      [5, 8],
      [6, 1],
    ];
    const y = xs.map(([a, b]) => 3 + 2 * a! - 0.5 * b!);
    const fit = fitOls(xs, y)!;
    expect(fit.intercept).toBeCloseTo(3, 10);
    expect(fit.coefficients[0]).toBeCloseTo(2, 10);
    expect(fit.coefficients[1]).toBeCloseTo(-0.5, 10);
    expect(fit.r2).toBeCloseTo(1, 12);
  });

  it('refuses collinear regressors and too few observations', () => {
    expect(
      fitOls(
        [
          [1, 2],
          [2, 4],
          [3, 6],
          [4, 8],
        ],
        [1, 2, 3, 5],
      ),
    ).toBeNull();
    expect(fitOls([[1], [2]], [1, 2])).toBeNull();
  });
});

describe.each([2016, 2020, 2025])('the results model and ranking for %i, recomputed independently', (year) => {
  let raw: Raw;
  let rows: MunicipalityYear[];
  beforeAll(() => {
    raw = readIndependently(`${year - 1}/${String(year % 100).padStart(2, '0')}`);
    rows = rowsFromParser(year);
  });

  it('has all 290 municipalities', () => {
    expect(raw.size).toBe(290);
    expect(rows).toHaveLength(290);
  });

  it('matches the normal equations for each measure (coefficients, R², deviations)', () => {
    const model = fitResultsModel(year, rows);
    for (const [mi, measure] of measures.entries()) {
      const xs: number[][] = [];
      const ys: number[] = [];
      for (const values of raw.values()) {
        const x = background.map((b) => num(values.get(b)));
        const y = num(values.get(measure));
        if (y === null || x.some((v) => v === null)) continue;
        xs.push(x as number[]);
        ys.push(y);
      }
      const beta = normalEquations(xs, ys);
      const key = ['ak9.allSubjects', 'ak9.meritValue', 'ak9.vocationalEligible'][mi]!;
      const full = model.fits.find((f) => f.measure === key && f.variables.length === 3)!;
      expect(full.n).toBe(xs.length);
      expect(full.intercept).toBeCloseTo(beta[0]!, 6);
      full.coefficients.forEach((c, j) => expect(c).toBeCloseTo(beta[j + 1]!, 8));
      const mean = ys.reduce((s, v) => s + v, 0) / ys.length;
      const pred = xs.map((x) => beta[0]! + x.reduce((s, v, j) => s + v * beta[j + 1]!, 0));
      const r2 = 1 - ys.reduce((s, v, i) => s + (v - pred[i]!) ** 2, 0) / ys.reduce((s, v) => s + (v - mean) ** 2, 0);
      expect(full.r2).toBeCloseTo(r2, 10);

      const ranking = rankYear(model, rows);
      for (const code of ['1880', '0180', '1490', '1488']) {
        const values = raw.get(code)!;
        const x = background.map((b) => num(values.get(b))!);
        const actual = values.get(measure) === '~100' ? 100 : num(values.get(measure));
        const expected = actual === null ? null : actual - (beta[0]! + x.reduce((s, v, j) => s + v * beta[j + 1]!, 0));
        const got = ranking.find((r) => r.code === code)!.factors[mi]!.deviation;
        if (expected === null) expect(got).toBeNull();
        else expect(got).toBeCloseTo(expected, 6);
      }
    }
  });

  it('ranks each factor and the composite like a count of better municipalities', () => {
    const ranking = rankYear(fitResultsModel(year, rows), rows);
    const factorValue = (r: (typeof ranking)[number], f: number) => {
      const factor = r.factors[f >> 1]!;
      return f % 2 === 0 ? factor.analysisValue : factor.deviation;
    };
    const present = (f: number) => ranking.filter((r) => factorValue(r, f) !== null).length;
    const expectedRank = (r: (typeof ranking)[number], f: number) => {
      const v = factorValue(r, f);
      if (v === null) return present(f) + 1;
      return (
        1 +
        ranking.filter((o) => {
          const w = factorValue(o, f);
          return w !== null && w > v;
        }).length
      );
    };
    const composite = new Map(
      ranking.map((r) => [r.code, [0, 1, 2, 3, 4, 5].reduce((s, f) => s + expectedRank(r, f), 0) / 6]),
    );
    for (const code of ['1880', '0180', '1490', '1488', '2422', '0114']) {
      const r = ranking.find((x) => x.code === code)!;
      for (let f = 0; f < 6; f++) {
        const got = f % 2 === 0 ? r.factors[f >> 1]!.valueRank.rank : r.factors[f >> 1]!.deviationRank.rank;
        expect(got).toBe(expectedRank(r, f));
      }
      const mine = composite.get(code)!;
      expect(r.score).toBeCloseTo(mine, 9);
      expect(r.rank).toBe(1 + [...composite.values()].filter((s) => s < mine - 1e-9).length);
      expect(r.band).toBe(r.rank <= 290 / 4 ? 'top' : r.rank > (290 * 3) / 4 ? 'bottom' : 'middle');
    }
  });
});
