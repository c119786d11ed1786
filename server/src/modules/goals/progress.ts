import type { LocalizedText } from '../../shared/errors.js';

/** How a target is going. */
export type ProgressStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';

/** A target as the progress computation sees it. */
export interface TargetSpec {
  kind: 'value' | 'rank';
  targetValue?: number | null;
  targetRank?: number | null;
  targetYear: number;
}

/** The computed progress of one target. */
export interface TargetProgress {
  status: ProgressStatus;
  reason: LocalizedText;
  latestValue: number | null;
  latestYear: number | null;
  changePerYear: number | null;
  trend: Array<{ year: number; value: number | null }>;
}

/** How many recent years the trend covers. */
export const TREND_YEARS = 5;

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const fmtSv = (n: number) => fmt(n).replace('.', ',');

// Least-squares slope over the known points: steadier than first-to-last when a year jumps.
function slope(points: Array<{ year: number; value: number }>): number | null {
  if (points.length < 2) return null;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.year - mx) * (p.value - my);
    den += (p.year - mx) ** 2;
  }
  return den === 0 ? null : num / den;
}

/**
 * Computes a target's status from its measurements, direction-aware: for ranks and
 * lower-is-better indicators a falling value is progress. Pure; `values` may be in any order
 * and include missing (null) values, which are shown as missing and never count as zero.
 */
export function computeProgress(
  target: TargetSpec,
  lowerIsBetter: boolean,
  values: Array<{ year: number; value: number | null }>,
): TargetProgress {
  const lower = target.kind === 'rank' ? true : lowerIsBetter;
  const goal = target.kind === 'rank' ? target.targetRank : target.targetValue;
  const sorted = [...values].sort((a, b) => a.year - b.year);
  const trend = sorted.slice(-TREND_YEARS);
  const known = trend.filter((p): p is { year: number; value: number } => p.value !== null && Number.isFinite(p.value));
  const latest = known.at(-1) ?? null;
  const changePerYear = slope(known);
  const base = { latestValue: latest?.value ?? null, latestYear: latest?.year ?? null, changePerYear, trend };

  if (goal === null || goal === undefined) {
    return { ...base, status: 'NO_DATA', reason: { sv: 'Målvärde saknas.', en: 'The target has no value.' } };
  }
  if (!latest) {
    return {
      ...base,
      status: 'NO_DATA',
      reason: { sv: 'Det finns inga mätvärden ännu.', en: 'There are no measurements yet.' },
    };
  }
  const what = target.kind === 'rank' ? { sv: 'placering', en: 'rank' } : { sv: 'värdet', en: 'the value' };
  const reached = lower ? latest.value <= goal : latest.value >= goal;
  if (reached) {
    return {
      ...base,
      status: 'ON_TRACK',
      reason: {
        sv: `Målet är nått: ${what.sv} ${fmtSv(latest.value)} år ${latest.year} (mål ${fmtSv(goal)} år ${target.targetYear}).`,
        en: `Target reached: ${what.en} ${fmt(latest.value)} in ${latest.year} (target ${fmt(goal)} by ${target.targetYear}).`,
      },
    };
  }
  const yearsLeft = target.targetYear - latest.year;
  if (yearsLeft <= 0) {
    return {
      ...base,
      status: 'OFF_TRACK',
      reason: {
        sv: `Målåret ${target.targetYear} är nått utan att målet ${fmtSv(goal)} uppnåtts (senast ${fmtSv(latest.value)}).`,
        en: `The target year ${target.targetYear} has come without reaching ${fmt(goal)} (latest ${fmt(latest.value)}).`,
      },
    };
  }
  // Progress per year in the good direction, and what is needed per remaining year.
  const gap = Math.abs(goal - latest.value);
  const needed = gap / yearsLeft;
  if (changePerYear === null) {
    return {
      ...base,
      status: 'AT_RISK',
      reason: {
        sv: `Bara ett mätvärde (${fmtSv(latest.value)} år ${latest.year}); trenden går inte att bedöma. Kvar till målet: ${fmtSv(gap)}.`,
        en: `Only one measurement (${fmt(latest.value)} in ${latest.year}); no trend yet. Remaining to the target: ${fmt(gap)}.`,
      },
    };
  }
  const pace = lower ? -changePerYear : changePerYear;
  if (pace >= needed) {
    return {
      ...base,
      status: 'ON_TRACK',
      reason: {
        sv: `Trenden (${fmtSv(pace)} per år åt rätt håll) räcker för att nå ${fmtSv(goal)} till ${target.targetYear}.`,
        en: `The trend (${fmt(pace)} a year in the right direction) is enough to reach ${fmt(goal)} by ${target.targetYear}.`,
      },
    };
  }
  if (pace > 0) {
    return {
      ...base,
      status: 'AT_RISK',
      reason: {
        sv: `Det går åt rätt håll (${fmtSv(pace)} per år) men det behövs ${fmtSv(needed)} per år för att nå ${fmtSv(goal)} till ${target.targetYear}.`,
        en: `Moving the right way (${fmt(pace)} a year) but ${fmt(needed)} a year is needed to reach ${fmt(goal)} by ${target.targetYear}.`,
      },
    };
  }
  return {
    ...base,
    status: 'OFF_TRACK',
    reason: {
      sv: `Trenden går åt fel håll eller står still; det behövs ${fmtSv(needed)} per år för att nå ${fmtSv(goal)} till ${target.targetYear}.`,
      en: `The trend is flat or going the wrong way; ${fmt(needed)} a year is needed to reach ${fmt(goal)} by ${target.targetYear}.`,
    },
  };
}
