import type { GoalTarget, TargetStatus } from './goals.types.js';

/** Which way a target's measure is moving, judged by what "better" means for it. */
export type TrendDirection = 'IMPROVING' | 'WORSENING' | 'FLAT';

/** Improving or worsening from the change per year; for ranks a smaller number is better. */
export function trendDirection(
  target: Pick<GoalTarget, 'kind' | 'direction' | 'changePerYear' | 'decimals'>,
): TrendDirection | null {
  const change = target.changePerYear;
  if (change === null || !Number.isFinite(change)) return null;
  // Changes smaller than the last shown decimal are noise for the reader.
  const epsilon = target.kind === 'RANK' ? 0.5 : 0.5 * 10 ** -target.decimals;
  if (Math.abs(change) < epsilon) return 'FLAT';
  const higherBetter = target.kind === 'VALUE' && target.direction === 'HIGHER_IS_BETTER';
  return change > 0 === higherBetter ? 'IMPROVING' : 'WORSENING';
}

/** The worst status among a goal's targets: one off-track target makes the goal off track. */
export function goalStatus(targets: Array<Pick<GoalTarget, 'status'>>): TargetStatus {
  const order: TargetStatus[] = ['OFF_TRACK', 'AT_RISK', 'ON_TRACK'];
  for (const s of order) if (targets.some((t) => t.status === s)) return s;
  return 'NO_DATA';
}

export { localized } from '../../i18n/format.js';

/** How a unit reads after a number: per cent as "%", ranks and counts without a unit. */
export function unitSuffix(unit: string): string {
  const u = unit.trim().toLowerCase();
  if (u === 'percent' || u === '%' || u === 'procent') return '%';
  if (u === 'rank' || u === 'count' || u === '') return '';
  return unit;
}
