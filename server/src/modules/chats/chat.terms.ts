import { swedishDate } from '../annual-cycle/index.js';
import type { ChatHostRole } from './chat.enums.js';

/** A term: VT (January–June) or HT (August–December) of a year, as the Swedish calendar has it. */
export interface Term {
  /** `VT 2026`, `HT 2026`. */
  label: string;
  /** The first and last day, YYYY-MM-DD in Sweden. */
  firstDay: string;
  lastDay: string;
}

/** The term a Swedish day falls in; July belongs to no term and gives the autumn term ahead. */
export function termOf(day: string): Term {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (month <= 6) return { label: `VT ${year}`, firstDay: `${year}-01-01`, lastDay: `${year}-06-30` };
  return { label: `HT ${year}`, firstDay: `${year}-08-01`, lastDay: `${year}-12-31` };
}

/** The term of a moment, read in Swedish time. */
export const termAt = (at: Date): Term => termOf(swedishDate(at));

/** How many chats a term must hold with the commissioner, and with the directors together. */
export const CHATS_PER_TERM = 2;

/** Which half of the commitment a host role counts towards. */
export const commitmentPart = (role: ChatHostRole): 'commissioner' | 'directors' =>
  role === 'schoolCommissioner' ? 'commissioner' : 'directors';

/** One half of the commitment: held (ended), still to come or live, and called off (counted as neither). */
export interface CommitmentPart {
  held: number;
  planned: number;
  cancelled: number;
}

/** A term's chats counted against the commitment: held ones (ended) and those still to come or live. */
export interface CommitmentCount {
  term: Term;
  commissioner: CommitmentPart;
  directors: CommitmentPart;
  required: number;
  /** At least two held with the commissioner and two with the directors. */
  kept: boolean;
}

/** Counts a term's chats against the commitment; a cancelled chat is never held, whatever its times. */
export function countCommitment(
  term: Term,
  chats: ReadonlyArray<{ hostRole: ChatHostRole; endsAt: Date; cancelledAt?: Date | null }>,
  now: Date,
): CommitmentCount {
  const commissioner: CommitmentPart = { held: 0, planned: 0, cancelled: 0 };
  const directors: CommitmentPart = { held: 0, planned: 0, cancelled: 0 };
  for (const chat of chats) {
    const part = commitmentPart(chat.hostRole) === 'commissioner' ? commissioner : directors;
    if (chat.cancelledAt) part.cancelled++;
    else if (chat.endsAt <= now) part.held++;
    else part.planned++;
  }
  return {
    term,
    commissioner,
    directors,
    required: CHATS_PER_TERM,
    kept: commissioner.held >= CHATS_PER_TERM && directors.held >= CHATS_PER_TERM,
  };
}
