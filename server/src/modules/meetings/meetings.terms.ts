// Stockholm's teacher panel commits to focus groups once a term (seed 000). A term is VT (January
// to June) or HT (August to December) of a year; July belongs to no term and counts towards the
// autumn ahead. A focus group counts as held in its term once its day has come, planned before.

/** The focus groups a municipality commits to hold each term. */
export const FOCUS_GROUPS_PER_TERM = 1;
/** The most terms the tally shows, the latest last. */
export const TERMS_SHOWN = 12;

type Season = 'HT' | 'VT';

/** One term's tally against the commitment. */
export interface TermTally {
  /** `VT 2026`, `HT 2026`. */
  label: string;
  held: number;
  planned: number;
  commitment: number;
  kept: boolean;
}

/** The term a day (YYYY-MM-DD) falls in. */
export function termOf(day: string): { season: Season; year: number } {
  const year = Number(day.slice(0, 4));
  return { season: Number(day.slice(5, 7)) <= 6 ? 'VT' : 'HT', year };
}

const index = (t: { season: Season; year: number }) => t.year * 2 + (t.season === 'HT' ? 1 : 0);
const labelOf = (i: number) => `${i % 2 ? 'HT' : 'VT'} ${Math.floor(i / 2)}`;

/**
 * Per term, from the first focus group's term (at most TERMS_SHOWN back) to the latest of today's
 * term and the last planned one: how many were held and planned, and whether the commitment is kept.
 */
export function focusGroupTally(days: readonly string[], today: string): TermTally[] {
  const now = index(termOf(today));
  const at = days.map((d) => index(termOf(d)));
  const last = Math.max(now, ...at);
  const first = Math.max(Math.min(now, ...at), last - TERMS_SHOWN + 1);
  const tallies: TermTally[] = [];
  for (let i = first; i <= last; i++) {
    const inTerm = days.filter((d) => index(termOf(d)) === i);
    const held = inTerm.filter((d) => d <= today).length;
    tallies.push({
      label: labelOf(i),
      held,
      planned: inTerm.length - held,
      commitment: FOCUS_GROUPS_PER_TERM,
      kept: held >= FOCUS_GROUPS_PER_TERM,
    });
  }
  return tallies;
}
