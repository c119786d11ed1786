import type { ResultMeasureKey } from '../../indicators/index.js';
import { rankingFactors, type RankingRow } from './model.js';

/** Örebro's goal and the ranking's headline: the top 25 of 290. */
export const TOP_RANK = 25;

/** What one factor alone would have to reach, all else equal, for the composite to reach the target. */
export interface FactorDistance {
  /** Index in `rankingFactors` order (value, deviation, per measure). */
  factor: number;
  /** The factor's rank now. */
  rank: number;
  /** The factor rank that would bring the composite to the target's score; null when no rank on this factor alone is enough. */
  neededRank: number | null;
  /** The least value that holds `neededRank` (another municipality's value that year); null when unreachable. */
  neededValue: number | null;
  /** `neededValue` minus the value now; null when either is missing. */
  change: number | null;
}

/** How far a municipality's composite is from the score of the target rank in one year's ranking. */
export interface RankDistance {
  targetRank: number;
  /** The composite score (mean of the six factor ranks) that still placed within the target rank. */
  targetScore: number;
  /** The municipality's score minus the target score; ≤ 0 when within the target. */
  scoreGap: number;
  within: boolean;
  factors: FactorDistance[];
}

/** The value a ranking factor reads for a row: the measure's analysis value or its deviation. */
export function factorInput(row: RankingRow, factor: number): number | null {
  const f = row.factors[factor >> 1]!;
  return rankingFactors[factor]!.kind === 'value' ? f.analysisValue : f.deviation;
}

/**
 * The distance to `targetRank` in a ranking with equal weights (the published one): the composite
 * is the mean of six factor ranks, so improving one factor's rank by d lowers the score by d / 6.
 * For each factor alone: the rank it would need (others' values unchanged) for the score to reach
 * the worst score still within the target, and the least value holding that rank. Null when the
 * code is not in the ranking.
 */
export function distanceToRank(rows: readonly RankingRow[], code: string, targetRank = TOP_RANK): RankDistance | null {
  const own = rows.find((r) => r.code === code);
  if (!own || !rows.length) return null;
  const within = rows.filter((r) => r.rank <= targetRank);
  // With ties the target rank itself may be skipped (24, 24, 26): the worst score still within counts.
  const targetScore = within.length ? Math.max(...within.map((r) => r.score)) : Math.min(...rows.map((r) => r.score));
  const scoreGap = own.score - targetScore;
  const n = rankingFactors.length;
  const factors = rankingFactors.map((_, factor): FactorDistance => {
    const ranked = own.factors[factor >> 1]!;
    const rank = rankingFactors[factor]!.kind === 'value' ? ranked.valueRank.rank : ranked.deviationRank.rank;
    const now = factorInput(own, factor);
    if (scoreGap <= 1e-9) return { factor, rank, neededRank: rank, neededValue: now, change: now === null ? null : 0 };
    // Rounded first: scores are means of integers, so n × gap is a whole number up to float noise.
    const neededRank = Math.floor(rank - Math.round(n * scoreGap * 1e6) / 1e6);
    if (neededRank < 1) return { factor, rank, neededRank: null, neededValue: null, change: null };
    const others = rows
      .filter((r) => r.code !== code)
      .map((r) => factorInput(r, factor))
      .filter((v): v is number => v !== null)
      .sort((a, b) => b - a);
    const neededValue = others[neededRank - 1] ?? null;
    return {
      factor,
      rank,
      neededRank,
      neededValue,
      change: neededValue !== null && now !== null ? neededValue - now : null,
    };
  });
  return { targetRank, targetScore, scoreGap, within: scoreGap <= 1e-9, factors };
}

/** SKL's arrows in Öppna jämförelser: a strong or a clear move up or down, or steady. */
export type Arrow = 'strongUp' | 'up' | 'steady' | 'down' | 'strongDown';

/**
 * SKL's thresholds for its arrows (Öppna jämförelser – Grundskola, tabellbilaga: 3 and 10
 * percentage points for shares, 5 and 20 points for the merit value;
 * https://issuu.com/sverigeskommunerochlandsting/docs/tabellbilaga_2013).
 */
export const ARROW_THRESHOLDS: Record<ResultMeasureKey, { clear: number; strong: number }> = {
  'ak9.allSubjects': { clear: 3, strong: 10 },
  'ak9.meritValue': { clear: 5, strong: 20 },
  'ak9.vocationalEligible': { clear: 3, strong: 10 },
};

/** The arrow for a difference on a measure's scale (a change between years, or a deviation); null for none. */
export function arrowOf(measure: ResultMeasureKey, difference: number | null): Arrow | null {
  if (difference === null || !Number.isFinite(difference)) return null;
  const { clear, strong } = ARROW_THRESHOLDS[measure];
  // Rounded to the one decimal the figures are published with, as SKL's bands (3,0–9,9) read.
  const d = Math.round(difference * 10) / 10;
  if (d >= strong) return 'strongUp';
  if (d >= clear) return 'up';
  if (d <= -strong) return 'strongDown';
  if (d <= -clear) return 'down';
  return 'steady';
}
