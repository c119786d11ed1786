import { swedishToday } from '../annual-cycle/cycle.logic.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole days a question has waited: the calendar days in Sweden from the day it was raised to
 * today (raised today: 0), never negative when a clock runs a little ahead.
 */
export function waitingDays(askedAt: string, now: Date = new Date()): number {
  const from = Date.parse(`${swedishToday(new Date(askedAt))}T00:00:00Z`);
  const to = Date.parse(`${swedishToday(now)}T00:00:00Z`);
  return Math.max(0, Math.round((to - from) / DAY_MS));
}

/** A question's title, or what stands in its place while moderation hides it from the viewer. */
export const titleOf = (q: { title?: string | null }, hiddenTitle: string) => q.title ?? hiddenTitle;

/** Whether a question still waits for its answer. */
export const isOpen = (q: { state: string }) => q.state !== 'ANSWERED';

/** The questions still waiting, oldest first (the start page's order). */
export function oldestOpenFirst<T extends { state: string; askedAt: string }>(questions: readonly T[]): T[] {
  return questions.filter(isOpen).sort((a, b) => a.askedAt.localeCompare(b.askedAt));
}
