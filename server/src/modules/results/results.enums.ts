// The results module's API enums with their stored values (see indicators/indicator.enums.ts).

/** A ranking's colour band: the best quarter, the middle half, the last quarter. */
export const bandValues = { TOP_QUARTER: 'top', MIDDLE_HALF: 'middle', BOTTOM_QUARTER: 'bottom' } as const;
export type Band = (typeof bandValues)[keyof typeof bandValues];

/** The three ranked year-9 measures, by their indicator keys. */
export const resultMeasureValues = {
  ALL_SUBJECTS: 'ak9.allSubjects',
  MERIT_VALUE: 'ak9.meritValue',
  VOCATIONAL_ELIGIBLE: 'ak9.vocationalEligible',
} as const;
export type ResultMeasure = (typeof resultMeasureValues)[keyof typeof resultMeasureValues];

/** SKL's arrows (see analysis/distance.ts for the thresholds). */
export const arrowValues = {
  STRONG_UP: 'strongUp',
  UP: 'up',
  STEADY: 'steady',
  DOWN: 'down',
  STRONG_DOWN: 'strongDown',
} as const;
export type Arrow = (typeof arrowValues)[keyof typeof arrowValues];
