// The goals module's API enums with their stored values (see indicators/indicator.enums.ts).
// ProgressStatus is computed, never stored, and carries the API's names as they are.

/** What a target aims at: a value of the indicator, or a rank among the municipalities. */
export const targetKindValues = { VALUE: 'value', RANK: 'rank' } as const;
export type TargetKind = (typeof targetKindValues)[keyof typeof targetKindValues];
