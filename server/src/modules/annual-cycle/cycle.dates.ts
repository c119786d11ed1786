import type { StepStatus } from './cycle.enums.js';

// Steps are dated in calendar days, as a municipality's annual cycle is written: a due date is a
// day in Sweden, and a step is overdue from the day after it.

const swedishDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day it is in Sweden at the instant, YYYY-MM-DD. */
export function swedishDate(at: Date = new Date()): string {
  return swedishDay.format(at);
}

/** The school year as written (2026/27) for the calendar year it ends in (2027). */
export function schoolYearLabel(year: number): string {
  return `${year - 1}/${String(year % 100).padStart(2, '0')}`;
}

/** The school year (by the year it ends in) that a day falls in: from 1 July. */
export function schoolYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 7 ? year + 1 : year;
}

/** The same day `years` later; 29 February becomes 28 February in a year without one. */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const month = Number(date.slice(5, 7));
  let day = Number(date.slice(8, 10));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) day = daysInMonth;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A step's status by its dates and whether it is done: due from the start date through the due date, overdue after. */
export function stepStatus(step: { startDate: string; dueDate: string }, done: boolean, today: string): StepStatus {
  if (done) return 'DONE';
  if (today > step.dueDate) return 'OVERDUE';
  if (today >= step.startDate) return 'DUE';
  return 'NOT_DUE';
}
