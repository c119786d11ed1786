import type { CyclePhase, SchoolForm, StepStatus } from '../../api/generated/graphql.js';

/** Skolverket's four phases in their order. */
export const PHASES: CyclePhase[] = ['FOLLOW_UP', 'ANALYSIS', 'PLANNING', 'IMPLEMENTATION'];
/** The school forms a cycle is kept for. */
export const SCHOOL_FORMS: SchoolForm[] = ['PRESCHOOL', 'COMPULSORY', 'UPPER_SECONDARY'];

const slugs: Record<SchoolForm, string> = {
  PRESCHOOL: 'forskola',
  COMPULSORY: 'grundskola',
  UPPER_SECONDARY: 'gymnasieskola',
};

/** The school form's name in the address (?skolform=grundskola). */
export function schoolFormSlug(form: SchoolForm): string {
  return slugs[form];
}

/** The school form an address names, or null. */
export function schoolFormOfSlug(slug: unknown): SchoolForm | null {
  return SCHOOL_FORMS.find((f) => slugs[f] === slug) ?? null;
}

/** The school year as written (2026/27) for the year it ends in. */
export function schoolYearLabel(year: number): string {
  return `${year - 1}/${String(year % 100).padStart(2, '0')}`;
}

/** The school year in the address (?lasar=2026-27) for the year it ends in. */
export function schoolYearSlug(year: number): string {
  return schoolYearLabel(year).replace('/', '-');
}

/** The year a school year in the address ends in (2026-27 → 2027), or null when it is not one. */
export function yearOfSlug(slug: unknown): number | null {
  const m = typeof slug === 'string' ? /^(\d{4})-(\d{2})$/.exec(slug) : null;
  if (!m) return null;
  const end = Number(m[1]) + 1;
  return end % 100 === Number(m[2]) ? end : null;
}

/** The day in Sweden, YYYY-MM-DD. */
export function swedishToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** The school year (by the year it ends in) a day falls in: a new one from 1 July. */
export function schoolYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 7 ? year + 1 : year;
}

/** Whether a text is a calendar day that exists, written YYYY-MM-DD. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The month a step starts in, YYYY-MM. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** What a phase section shows: its steps by start date, under the month each starts in. */
export interface PhaseGroup<S> {
  phase: CyclePhase;
  months: Array<{ month: string; steps: S[] }>;
}

/** The steps by phase (in Skolverket's order), each phase's by month of its start, then by dates. */
export function groupByPhase<S extends { phase: CyclePhase; startDate: string; dueDate: string }>(
  steps: readonly S[],
): PhaseGroup<S>[] {
  return PHASES.map((phase) => {
    const own = steps
      .filter((s) => s.phase === phase)
      .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.dueDate.localeCompare(b.dueDate));
    const months: PhaseGroup<S>['months'] = [];
    for (const s of own) {
      const month = monthOf(s.startDate);
      const last = months[months.length - 1];
      if (last?.month === month) last.steps.push(s);
      else months.push({ month, steps: [s] });
    }
    return { phase, months };
  });
}

/** How many steps have each status. */
export function countByStatus(steps: readonly { status: StepStatus }[]): Record<StepStatus, number> {
  const counts: Record<StepStatus, number> = { NOT_DUE: 0, DUE: 0, OVERDUE: 0, DONE: 0 };
  for (const s of steps) counts[s.status] += 1;
  return counts;
}

/** The chip class a status is shown with (the plans' colours: overdue as at risk). */
export function statusChip(status: StepStatus): string {
  return {
    NOT_DUE: 'chip-not-started',
    DUE: 'chip-in-progress',
    OVERDUE: 'chip-at-risk',
    DONE: 'chip-done',
  }[status];
}
