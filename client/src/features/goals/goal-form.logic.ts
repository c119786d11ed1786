import type { GoalState, GoalTarget } from './goals.types.js';

/** The statuses a goal may have, in the order a form offers them. */
export const GOAL_STATES: readonly GoalState[] = ['DRAFT', 'ACTIVE', 'CLOSED'];

/** The years the server accepts for a period or a target. */
export const YEARS = { first: 1990, last: 2100 } as const;

/** Sweden's municipalities: a municipality's rank lies between 1 and this. */
export const MUNICIPALITY_COUNT = 290;

/** A typed year: null when left empty, undefined when it is no year the server accepts. */
export function parseYear(typed: string): number | null | undefined {
  const s = typed.trim();
  if (!s) return null;
  if (!/^\d{4}$/.test(s)) return undefined;
  const n = Number(s);
  return n >= YEARS.first && n <= YEARS.last ? n : undefined;
}

/** A typed number in either language's way ("82,5" or "82.5"): null when empty, undefined when not a number. */
export function parseDecimal(typed: string): number | null | undefined {
  const s = typed.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (!s) return null;
  if (!/^-?\d+(\.\d+)?$/.test(s)) return undefined;
  return Number(s);
}

/** A target's form: what the user types, as text. */
export interface TargetForm {
  indicatorKey: string;
  kind: 'VALUE' | 'RANK';
  targetValue: string;
  targetRank: string;
  targetYear: string;
  /** The municipality's id, or a school unit's. */
  scopeId: string;
  scopeName: string;
}

/** The form a target starts from: its saved state, or an empty one scoped to the municipality. */
export function targetForm(
  target: GoalTarget | null | undefined,
  municipality: { id: string; name: string },
): TargetForm {
  return {
    indicatorKey: target?.indicatorKey ?? '',
    kind: target?.kind ?? 'RANK',
    targetValue: target?.targetValue === null || target?.targetValue === undefined ? '' : String(target.targetValue),
    targetRank: target?.targetRank === null || target?.targetRank === undefined ? '' : String(target.targetRank),
    targetYear: target ? String(target.targetYear) : '',
    scopeId: target?.scopeId ?? municipality.id,
    scopeName: target?.scopeName ?? municipality.name,
  };
}

export type TargetField = 'indicatorKey' | 'targetValue' | 'targetRank' | 'targetYear' | 'scopeId';

/** What the server is sent for a target form, or which fields are wrong (message keys). */
export function targetInputOf(
  f: TargetForm,
  municipalityId: string,
):
  | {
      ok: true;
      input: {
        indicatorKey: string;
        scopeOrganisationId: string;
        kind: 'VALUE' | 'RANK';
        targetValue: number | null;
        targetRank: number | null;
        targetYear: number;
      };
    }
  | {
      ok: false;
      problems: Partial<Record<TargetField, 'indicatorMissing' | 'valueMissing' | 'rankRange' | 'rankWhole' | 'year'>>;
    } {
  const problems: Partial<
    Record<TargetField, 'indicatorMissing' | 'valueMissing' | 'rankRange' | 'rankWhole' | 'year'>
  > = {};
  if (!f.indicatorKey) problems.indicatorKey = 'indicatorMissing';
  let targetValue: number | null = null;
  let targetRank: number | null = null;
  if (f.kind === 'VALUE') {
    const v = parseDecimal(f.targetValue);
    if (v === null || v === undefined) problems.targetValue = 'valueMissing';
    else targetValue = v;
  } else {
    const r = f.targetRank.trim();
    const max = f.scopeId === municipalityId ? MUNICIPALITY_COUNT : 10_000;
    if (!/^\d+$/.test(r)) problems.targetRank = 'rankWhole';
    else if (Number(r) < 1 || Number(r) > max) problems.targetRank = 'rankRange';
    else targetRank = Number(r);
  }
  const year = parseYear(f.targetYear);
  if (year === null || year === undefined) problems.targetYear = 'year';
  if (Object.keys(problems).length) return { ok: false, problems };
  return {
    ok: true,
    input: {
      indicatorKey: f.indicatorKey,
      scopeOrganisationId: f.scopeId,
      kind: f.kind,
      targetValue,
      targetRank,
      targetYear: year!,
    },
  };
}
