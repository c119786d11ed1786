import type { Band } from '../results.enums.js';

export type { Band } from '../results.enums.js';

/** One ranked position: 1 is best; `missing` when the value was absent and placed last. */
export interface Ranked {
  rank: number;
  missing: boolean;
}

/**
 * Ranks values, 1 = best. Ties share the best rank (1, 2, 2, 4). Missing values all share the
 * rank after the last present value and are flagged.
 */
export function rankValues(
  values: readonly (number | null)[],
  direction: 'higherIsBetter' | 'lowerIsBetter',
): Ranked[] {
  const present = values
    .map((v, i) => ({ v, i }))
    .filter((e): e is { v: number; i: number } => e.v !== null && Number.isFinite(e.v));
  present.sort((p, q) => (direction === 'higherIsBetter' ? q.v - p.v : p.v - q.v));
  const out: Ranked[] = values.map(() => ({ rank: present.length + 1, missing: true }));
  let rank = 0;
  present.forEach((e, pos) => {
    if (pos === 0 || e.v !== present[pos - 1]!.v) rank = pos + 1;
    out[e.i] = { rank, missing: false };
  });
  return out;
}

/** The colour band of a rank among `total` ranked: top quarter, middle half or bottom quarter. */
export function bandOf(rank: number, total: number): Band {
  if (rank <= total / 4) return 'top';
  if (rank > (total * 3) / 4) return 'bottom';
  return 'middle';
}

/** The input to a composite ranking: one row per unit, one value per factor (null = missing). */
export interface FactorTable {
  codes: readonly string[];
  factors: ReadonlyArray<{
    key: string;
    direction: 'higherIsBetter' | 'lowerIsBetter';
    values: readonly (number | null)[];
  }>;
}

/** One unit's place in the composite ranking. */
export interface CompositeRow {
  code: string;
  /** Weighted mean of the factor ranks (lower is better). */
  score: number;
  rank: number;
  band: Band;
  /** True when some factor was missing and ranked last. */
  incomplete: boolean;
  factorRanks: Ranked[];
  factorBands: Band[];
}

/**
 * Ranks every unit on each factor, then on the weighted mean of its factor ranks (weights default
 * to 1 each). Ties in the mean share the best rank. Pure: same input, same output.
 */
export function compositeRanking(table: FactorTable, weights?: readonly number[]): CompositeRow[] {
  const n = table.codes.length;
  const w = weights ?? table.factors.map(() => 1);
  if (w.length !== table.factors.length)
    throw new RangeError(`expected ${table.factors.length} weights, got ${w.length}`);
  if (w.some((x) => !(x >= 0) || !Number.isFinite(x))) throw new RangeError('weights must be finite and non-negative');
  const weightSum = w.reduce((s, x) => s + x, 0);
  if (weightSum <= 0) throw new RangeError('at least one weight must be positive');
  const ranks = table.factors.map((f) => rankValues(f.values, f.direction));
  const scores = table.codes.map((_, i) => ranks.reduce((s, r, f) => s + w[f]! * r[i]!.rank, 0) / weightSum);
  // Scores are means of integers; round away floating noise so equal means tie.
  const rounded = scores.map((s) => Math.round(s * 1e9) / 1e9);
  const composite = rankValues(rounded, 'lowerIsBetter');
  return table.codes.map((code, i) => ({
    code,
    score: scores[i]!,
    rank: composite[i]!.rank,
    band: bandOf(composite[i]!.rank, n),
    incomplete: ranks.some((r, f) => w[f]! > 0 && r[i]!.missing),
    factorRanks: ranks.map((r) => r[i]!),
    factorBands: ranks.map((r) => bandOf(r[i]!.rank, n)),
  }));
}

/** The median of the present values, or null when there are none. */
export function median(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}
