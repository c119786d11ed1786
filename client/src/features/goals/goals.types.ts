/** Why a value is missing; mirrors the API's MissingReason. */
export type MissingReason = 'SUPPRESSED' | 'TOO_FEW_PUPILS' | 'NOT_APPLICABLE' | 'NO_DATA' | 'APPROXIMATE';

/** One year's value; `value` null means missing, and `missingReason` says why. */
export interface SeriesPoint {
  year: number;
  value: number | null;
  missingReason: MissingReason | null;
}

/** How a target is doing, as the server assesses it. */
export type TargetStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';

/** A text in both languages. */
export interface Localized {
  sv: string;
  en: string;
}

/** A goal's measurable target on one indicator: a value or a rank by a year. */
export interface GoalTarget {
  id: string;
  kind: 'VALUE' | 'RANK';
  indicatorId: string;
  indicatorKey: string;
  indicatorName: Localized;
  unit: string;
  decimals: number;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  source: string;
  scopeId: string;
  scopeCode: string;
  scopeName: string;
  targetValue: number | null;
  targetRank: number | null;
  targetYear: number;
  status: TargetStatus;
  reason: Localized;
  latestValue: number | null;
  latestYear: number | null;
  changePerYear: number | null;
  /** The measured values (or ranks) over the years, as the server used them. */
  trend: SeriesPoint[];
}

/** A stated aim with its targets. */
export interface Goal {
  id: string;
  title: string;
  /** Draft, published (active) or closed. */
  state: GoalState;
  description: string;
  organisationName: string;
  targets: GoalTarget[];
}

/** A goal's status, as plans have it. */
export type GoalState = 'DRAFT' | 'ACTIVE' | 'CLOSED';

/** The calendar years a goal runs over. */
export interface GoalPeriod {
  from: number;
  to: number;
}

/** A goal with the plan and items that serve it. */
export interface GoalDetail extends Goal {
  organisationId: string;
  organisationCode: string;
  version: number;
  canEdit: boolean;
  period: GoalPeriod | null;
  plan: { id: string; title: string } | null;
  items: Array<{ id: string; title: string; status: string; progress: number; planTitle: string }>;
}
