import type {
  ComplaintChannel,
  ComplaintState,
  DeficiencyArea,
  DeficiencySource,
  DeficiencyState,
  InterventionKind,
} from '../../api/generated/graphql.js';

export const DEFICIENCY_STATES: readonly DeficiencyState[] = ['OPEN', 'REPORTED', 'REMAINING', 'REMEDIED'];
export const DEFICIENCY_SOURCES: readonly DeficiencySource[] = ['INSPECTION', 'COMPLAINT', 'OWN_REVIEW'];
export const DEFICIENCY_AREAS: readonly DeficiencyArea[] = [
  'GOVERNANCE',
  'TEACHING',
  'SAFETY',
  'SPECIAL_SUPPORT',
  'OTHER',
];
export const INTERVENTIONS: readonly InterventionKind[] = ['INJUNCTION', 'INJUNCTION_WITH_FINE', 'REMARK', 'NONE'];
export const COMPLAINT_STATES: readonly ComplaintState[] = [
  'RECEIVED',
  'CONFIRMED',
  'INVESTIGATING',
  'INVESTIGATED',
  'ANSWERED',
];
export const COMPLAINT_CHANNELS: readonly ComplaintChannel[] = [
  'EMAIL',
  'LETTER',
  'PHONE',
  'WEB_FORM',
  'MEETING',
  'OTHER',
];

/** The calendar day of an ISO instant (the server keeps days as midnight UTC), e.g. 2026-09-10; '' for none. */
export function dayOf(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : '';
}

/** Today's calendar day (UTC), e.g. 2026-12-01: the default day of a step done now. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A typed day as the API takes it: null for empty, else the text as typed (the server checks that the day exists). */
export function dayInput(text: string): string | null {
  const t = text.trim();
  return t ? t : null;
}

/** Whether a typed day looks like YYYY-MM-DD and names a day that exists (2026-02-30 does not). */
export function isDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The routine's steps with whether each is done, for the complaint page's step list. */
export function complaintSteps(c: {
  receivedAt: string;
  confirmedAt?: string | null;
  investigatedAt?: string | null;
  answeredAt?: string | null;
  deficiency?: { id: string } | null;
}): Array<{ key: 'received' | 'confirmed' | 'investigated' | 'answered'; day: string }> {
  return [
    { key: 'received', day: dayOf(c.receivedAt) },
    { key: 'confirmed', day: dayOf(c.confirmedAt) },
    { key: 'investigated', day: dayOf(c.investigatedAt) },
    { key: 'answered', day: dayOf(c.answeredAt) },
  ];
}
