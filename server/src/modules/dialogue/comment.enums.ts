// The dialogue module's API enums with their stored values (see indicators/indicator.enums.ts).

export const stanceValues = { FOR: 'for', AGAINST: 'against', NEUTRAL: 'neutral' } as const;
export type Stance = (typeof stanceValues)[keyof typeof stanceValues];

/** What a comment is written on. */
export const commentTargetTypeValues = {
  ACTION_PLAN: 'actionPlan',
  AREA: 'area',
  ACTION_ITEM: 'actionItem',
  GOAL: 'goal',
} as const;
export type CommentTargetType = (typeof commentTargetTypeValues)[keyof typeof commentTargetTypeValues];
