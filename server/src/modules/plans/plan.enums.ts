// The plans module's API enums with their stored values (see indicators/indicator.enums.ts).

/** A plan's (and a goal's) life: draft, then active, then closed. */
export const planStatusValues = { DRAFT: 'draft', ACTIVE: 'active', CLOSED: 'closed' } as const;
export type PlanStatus = (typeof planStatusValues)[keyof typeof planStatusValues];

/** Where an action item stands. */
export const itemStatusValues = {
  NOT_STARTED: 'notStarted',
  IN_PROGRESS: 'inProgress',
  DONE: 'done',
  AT_RISK: 'atRisk',
  CANCELLED: 'cancelled',
} as const;
export type ItemStatus = (typeof itemStatusValues)[keyof typeof itemStatusValues];
