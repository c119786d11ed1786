import type { TypedT } from '../../i18n/index.js';
import type {
  CoachingEntryKind,
  CoachingRequestState,
  CoachingSubject,
  EngagementState,
} from '../../api/generated/graphql.js';

/** The coach service's subjects, in the order Stockholm names them. */
export const COACHING_SUBJECTS: readonly CoachingSubject[] = [
  'SVENSKA',
  'SVENSKA_SOM_ANDRASPRAK',
  'BILD',
  'SO',
  'MATEMATIK',
  'NO',
];

/** The kinds of entry in an engagement's timeline, in the order the form offers them. */
export const ENTRY_KINDS: readonly CoachingEntryKind[] = [
  'MEETING',
  'LESSON_VISIT',
  'ASSIGNMENT',
  'REFLECTION',
  'NEXT_STEP',
];

/** The longest texts the server takes (server/src/modules/coaching COACHING_MAX). */
export const COACHING_LIMITS = {
  need: 2000,
  agreementNote: 500,
  reason: 1000,
  goal: 2000,
  entry: 8000,
  summary: 8000,
  teamName: 120,
} as const;

/** The kinds a party may write: reflections and next steps (the teacher's decision) are a teacher's alone. */
export function entryKindsFor(viewerIsTeacher: boolean): CoachingEntryKind[] {
  return ENTRY_KINDS.filter((k) => viewerIsTeacher || (k !== 'REFLECTION' && k !== 'NEXT_STEP'));
}

/** Whether an entry of this kind needs the day it happened (meetings and lesson visits). */
export function needsDate(kind: CoachingEntryKind): boolean {
  return kind === 'MEETING' || kind === 'LESSON_VISIT';
}

/** Whether a typed day is a real calendar day written YYYY-MM-DD. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Which problems a new or changed entry has before it is sent: the field and the message key. */
export function entryProblems(entry: { kind: CoachingEntryKind; date: string; text: string }): {
  date?: 'coaching.entry.dateMissing' | 'coaching.entry.dateInvalid';
  text?: 'coaching.entry.textMissing';
} {
  const problems: ReturnType<typeof entryProblems> = {};
  const date = entry.date.trim();
  if (date && !isDay(date)) problems.date = 'coaching.entry.dateInvalid';
  else if (!date && needsDate(entry.kind)) problems.date = 'coaching.entry.dateMissing';
  if (!entry.text.trim()) problems.text = 'coaching.entry.textMissing';
  return problems;
}

/** The entries as a timeline: by their day (or the day written, for those without one), oldest first. */
export function timeline<E extends { date: string | null; createdAt: string }>(entries: readonly E[]): E[] {
  const day = (e: E) => e.date ?? e.createdAt.slice(0, 10);
  return [...entries].sort((a, b) => day(a).localeCompare(day(b)) || a.createdAt.localeCompare(b.createdAt));
}

/** The assignments not yet done, oldest first. */
export function openAssignments<E extends { kind: CoachingEntryKind; done: boolean }>(entries: readonly E[]): E[] {
  return entries.filter((e) => e.kind === 'ASSIGNMENT' && !e.done);
}

/** The latest next step the teacher decided, or null. */
export function latestNextStep<E extends { kind: CoachingEntryKind; date: string | null; createdAt: string }>(
  entries: readonly E[],
): E | null {
  const steps = timeline(entries.filter((e) => e.kind === 'NEXT_STEP'));
  return steps.at(-1) ?? null;
}

/**
 * The coaches to choose among for a subject: those who coach it first (by name), then the others,
 * so a request in a subject no one lists can still be taken.
 */
export function coachesForSubject<C extends { name: string; subjects: readonly CoachingSubject[] }>(
  coaches: readonly C[],
  subject: CoachingSubject,
): { matching: C[]; others: C[] } {
  const byName = [...coaches].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return {
    matching: byName.filter((c) => c.subjects.includes(subject)),
    others: byName.filter((c) => !c.subjects.includes(subject)),
  };
}

/** Requests on the board: those the viewer can act on now, then those still open, then the settled. */
export function splitRequests<
  R extends { state: CoachingRequestState; canForward: boolean; canAccept: boolean; canDecline: boolean },
>(requests: readonly R[]): { toDecide: R[]; open: R[]; settled: R[] } {
  const actionable = (r: R) => r.canForward || r.canAccept || r.canDecline;
  const isOpen = (r: R) => r.state === 'WITH_PRINCIPAL' || r.state === 'WITH_COACHES';
  return {
    toDecide: requests.filter(actionable),
    open: requests.filter((r) => !actionable(r) && isOpen(r)),
    settled: requests.filter((r) => !actionable(r) && !isOpen(r)),
  };
}

/** Engagements on the board: the viewer's own (as teacher or coach) and those they know of by their facts. */
export function splitEngagements<E extends { viewerIsParty: boolean; state: EngagementState | null }>(
  engagements: readonly E[],
): { own: E[]; known: E[] } {
  return { own: engagements.filter((e) => e.viewerIsParty), known: engagements.filter((e) => !e.viewerIsParty) };
}

/** Who the engagement is with, as the viewer may know it: the team, the teachers' names, or nothing. */
/**
 * An engagement's title: subject and school unit, or the subject alone where the unit is not shown
 * (to the administration, for whom unit and subject together could name the teacher).
 */
export function engagementTitle(e: { subject: CoachingSubject; unit: { name: string } | null }, t: TypedT): string {
  const subject = t(`coaching.subject.${e.subject}`);
  return e.unit ? t('coaching.engagement.title', { subject, unit: e.unit.name }) : subject;
}

export function engagementWho(e: { teamName: string | null; teacherNames: readonly string[] }): string | null {
  if (e.teamName && e.teacherNames.length) return `${e.teamName} (${e.teacherNames.join(', ')})`;
  if (e.teamName) return e.teamName;
  return e.teacherNames.length ? e.teacherNames.join(', ') : null;
}
