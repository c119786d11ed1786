import { z } from 'zod';
import { bilingual } from '../../../shared/validation.js';

/** The largest weight a ranking factor may have: 100 times another is already "only this counts". */
export const MAX_RANKING_WEIGHT = 100;

/** The weights' names in the API, in `rankingFactors` order. */
export const rankingWeightNames = [
  'allSubjects',
  'allSubjectsDeviation',
  'meritValue',
  'meritValueDeviation',
  'vocationalEligible',
  'vocationalEligibleDeviation',
] as const;

const inRange = bilingual(
  `måste vara ett tal från 0 till ${MAX_RANKING_WEIGHT}`,
  `must be a number from 0 to ${MAX_RANKING_WEIGHT}`,
);

// Finite (zod refuses Infinity and NaN) and bounded, so weighted sums of ranks stay ordinary numbers.
const weight = z.number(inRange).min(0, inRange).max(MAX_RANKING_WEIGHT, inRange).nullish();

/** ranking's weights: each from 0 to 100 (absent or null: 1), at least one above 0. */
export const rankingWeightsInput = z
  .object(
    Object.fromEntries(rankingWeightNames.map((name) => [name, weight])) as Record<
      (typeof rankingWeightNames)[number],
      typeof weight
    >,
  )
  .transform((w) => rankingWeightNames.map((name) => w[name] ?? 1))
  .refine(
    (weights) => weights.some((w) => w > 0),
    bilingual('minst en vikt måste vara större än 0', 'at least one weight must be greater than 0'),
  );

/** The weights a caller may give, by name. */
export type RankingWeights = z.input<typeof rankingWeightsInput>;
