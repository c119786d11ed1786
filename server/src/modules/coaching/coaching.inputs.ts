import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { bilingual, PLAN_YEARS, text } from '../../shared/validation.js';
import { coachingEntryKindValues, coachingSubjectValues } from './coaching.enums.js';
import { COACHING_MAX as M } from './coaching.model.js';

const version = z.number().int().min(1);
const subject = z.enum(Object.values(coachingSubjectValues) as [string, ...string[]]);
const kind = z.enum(Object.values(coachingEntryKindValues) as [string, ...string[]]);

/** A calendar day as YYYY-MM-DD that exists (no 30 February) in the years a plan can be about, kept as the string. */
export const coachingDay = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    const problem = dayProblem(s);
    if (problem) ctx.addIssue({ code: 'custom', input: s, ...bilingual(problem.sv, problem.en) });
  });

/** Why a text is not a day a coaching entry can be on, or null: one problem, so a field says one thing. */
function dayProblem(s: string): { sv: string; en: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return { sv: 'ska skrivas ÅÅÅÅ-MM-DD', en: 'must be written YYYY-MM-DD' };
  const d = new Date(`${s}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s)
    return { sv: 'är inget datum som finns', en: 'is not a date that exists' };
  const year = Number(s.slice(0, 4));
  if (year < PLAN_YEARS.first || year > PLAN_YEARS.last)
    return {
      sv: `måste ligga mellan åren ${PLAN_YEARS.first} och ${PLAN_YEARS.last}`,
      en: `must lie between the years ${PLAN_YEARS.first} and ${PLAN_YEARS.last}`,
    };
  return null;
}

/** requestCoaching's input: the unit, who the coaching is for, the subject, the need, and (a principal's) time and room. */
export const requestCoachingInput = z.object({
  municipalityCode: text({ max: 20, min: 1 }),
  unitId: objectIdString,
  teacherIds: z
    .array(objectIdString)
    .max(M.teachers)
    .nullish()
    .transform((ids) => [...new Set(ids ?? [])]),
  teamName: text({ max: M.teamName })
    .nullish()
    .transform((s) => s || null),
  subject,
  need: text({ max: M.need, min: 1, multiline: true }),
  timeAgreed: text({ max: M.agreementNote, multiline: true })
    .nullish()
    .transform((s) => s || null),
  roomAgreed: text({ max: M.agreementNote, multiline: true })
    .nullish()
    .transform((s) => s || null),
});

/** forwardCoachingRequest's input: the principal's time and room, on the version seen. */
export const forwardRequestInput = z.object({
  id: objectIdString,
  expectedVersion: version,
  timeAgreed: text({ max: M.agreementNote, min: 1, multiline: true }),
  roomAgreed: text({ max: M.agreementNote, min: 1, multiline: true }),
});

/** acceptCoachingRequest's input: the coach assigned, on the version seen. */
export const acceptRequestInput = z.object({
  id: objectIdString,
  expectedVersion: version,
  coachId: objectIdString,
});

/** declineCoachingRequest's input: the reason the one who asked reads, on the version seen. */
export const declineRequestInput = z.object({
  id: objectIdString,
  expectedVersion: version,
  reason: text({ max: M.reason, min: 1, multiline: true }),
});

/** setCoachingAgreement's input: what the school leadership sees, on the version seen. */
export const agreementInput = z.object({
  engagementId: objectIdString,
  expectedVersion: version,
  sharesDates: z.boolean(),
  sharesStatus: z.boolean(),
});

/** setCoachingGoal's input: the goal in the teacher's words, on the version seen. */
export const goalInput = z.object({
  engagementId: objectIdString,
  expectedVersion: version,
  goal: text({ max: M.goal, min: 1, multiline: true }),
});

/** addCoachingEntry's input: the kind, its day where it has one, and the text. */
export const addEntryInput = z.object({
  engagementId: objectIdString,
  kind,
  date: coachingDay.nullish().transform((s) => s || null),
  text: text({ max: M.entry, min: 1, multiline: true }),
});

/** updateCoachingEntry's input: the new text and day (the writer) or done flag (an assignment), on the version seen. */
export const updateEntryInput = z.object({
  id: objectIdString,
  expectedVersion: version,
  date: coachingDay.nullish(),
  text: text({ max: M.entry, min: 1, multiline: true }),
  done: z.boolean().nullish(),
});

/** closeCoachingEngagement's input: the teacher's own summary, on the version seen. */
export const closeInput = z.object({
  engagementId: objectIdString,
  expectedVersion: version,
  summary: text({ max: M.summary, min: 1, multiline: true }),
});

/** setCoachProfile's input: the subjects the coach coaches in. */
export const coachProfileInput = z.object({
  municipalityCode: text({ max: 20, min: 1 }),
  subjects: z
    .array(subject)
    .max(Object.keys(coachingSubjectValues).length * 2)
    .transform((s) => [...new Set(s)]),
});
