import type { MeetingKind } from '../../api/generated/graphql.js';

/** The kinds of meeting in the order the form offers them. */
export const MEETING_KINDS: readonly MeetingKind[] = ['FOCUS_GROUP', 'OPEN_SPACE', 'EDCAMP', 'DIALOGUE_MEETING'];

/** The meetings still to come (today included), the soonest first; the rest, the latest first. */
export function splitByDay<M extends { date: string }>(
  meetings: readonly M[],
  today: string,
): { coming: M[]; past: M[] } {
  const coming = meetings.filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  const past = meetings.filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date));
  return { coming, past };
}

/** The cap as typed: empty for none, else a whole number of at least 1 (null when it is not one). */
export function parseCap(typed: string): { cap: number | null } | null {
  const s = typed.trim();
  if (!s) return { cap: null };
  if (!/^\d+$/.test(s) || Number(s) < 1) return null;
  return { cap: Number(s) };
}
