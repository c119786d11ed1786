import type { RankingRow } from './results.types.js';

/** The columns the ranking table can be sorted by. */
export type RankingSortKey = 'rank' | 'name' | 'score' | 'change';

/** Places gained since the previous year (positive is better), or null when unknown. */
export function rankChange(row: Pick<RankingRow, 'rank' | 'previousRank'>): number | null {
  return row.previousRank === null ? null : row.previousRank - row.rank;
}

/** Folds case and Swedish diacritics away so "orebro" finds "Örebro". */
export function searchKey(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

/** Filters rows by name, county or code and sorts them; unknown values always sort last. */
export function rankingView(
  rows: RankingRow[],
  query: string,
  sortKey: RankingSortKey,
  ascending: boolean,
): RankingRow[] {
  const q = searchKey(query.trim());
  const filtered = q
    ? rows.filter(
        (r) => searchKey(r.name).includes(q) || searchKey(r.countyName ?? '').includes(q) || r.code.startsWith(q),
      )
    : rows;
  const value = (r: RankingRow): number | string | null =>
    sortKey === 'name' ? r.name : sortKey === 'rank' ? r.rank : sortKey === 'score' ? r.score : rankChange(r);
  return [...filtered].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null && vb === null) return a.rank - b.rank;
    if (va === null) return 1;
    if (vb === null) return -1;
    const cmp = typeof va === 'string' ? va.localeCompare(vb as string, 'sv') : va - (vb as number);
    return (ascending ? cmp : -cmp) || a.rank - b.rank;
  });
}

/** The six factors in the order of SKL's Öppna jämförelser, each as a measure and whether it is the deviation. */
export const FACTORS = [
  { key: 'ak9.allSubjects', measure: 'ALL_SUBJECTS', deviation: false },
  { key: 'ak9.allSubjects.deviation', measure: 'ALL_SUBJECTS', deviation: true },
  { key: 'ak9.meritValue', measure: 'MERIT_VALUE', deviation: false },
  { key: 'ak9.meritValue.deviation', measure: 'MERIT_VALUE', deviation: true },
  { key: 'ak9.vocationalEligible', measure: 'VOCATIONAL_ELIGIBLE', deviation: false },
  { key: 'ak9.vocationalEligible.deviation', measure: 'VOCATIONAL_ELIGIBLE', deviation: true },
] as const;

/**
 * The value of one factor: the actual figure, or the deviation from the model value. Skolverket's
 * `~100` (1–4 pupils did not make it) is the value 100, marked approximate, as the ranking reads it;
 * a deviation derived from it is approximate too.
 */
export function factorValue(
  factors: Array<{
    measure: string;
    actual: { value?: number | null; missingReason?: string | null };
    deviation?: number | null;
  }>,
  factor: (typeof FACTORS)[number],
): { value: number | null; missingReason: string | null; approximate: boolean } {
  const f = factors.find((x) => x.measure === factor.measure);
  if (!f) return { value: null, missingReason: 'NO_DATA', approximate: false };
  const approximate = f.actual.missingReason === 'APPROXIMATE';
  if (factor.deviation)
    return {
      value: f.deviation ?? null,
      missingReason: f.deviation == null ? (f.actual.missingReason ?? 'NO_DATA') : null,
      approximate: approximate && f.deviation != null,
    };
  if (approximate) return { value: APPROXIMATE_VALUE, missingReason: null, approximate: true };
  return {
    value: f.actual.value ?? null,
    missingReason: f.actual.value == null ? (f.actual.missingReason ?? 'NO_DATA') : null,
    approximate: false,
  };
}

/** What Skolverket's `~100` is read as. */
export const APPROXIMATE_VALUE = 100;

/** SKL's arrows as symbols, for the screen; their words come from the messages. */
export const ARROW_SYMBOLS = { STRONG_UP: '⬆', UP: '↗', STEADY: '→', DOWN: '↘', STRONG_DOWN: '⬇' } as const;
