import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { bilingual, instant, text } from '../../shared/validation.js';
import {
  complaintChannelValues,
  deficiencyAreaValues,
  deficiencySourceValues,
  interventionValues,
} from './deficiency.enums.js';
import { DEFICIENCY_TEXT_MAX as MAX } from './deficiency.model.js';

/** The most measures and pieces of evidence one deficiency holds. */
export const MAX_MEASURES = 50;
export const MAX_EVIDENCE = 50;

/** The end of the current day (UTC): a date that has happened lies before it. */
export function endOfToday(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1) - 1);
}

/** The start of the current day (UTC): a deadline before it has passed. */
export function startOfToday(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

const date = instant();
/** A day that has already come: a complaint received, a report sent, an effect seen. */
const pastDate = instant().refine(
  (d) => d.getTime() <= endOfToday().getTime(),
  bilingual('får inte ligga i framtiden', 'may not lie in the future'),
);

const isHttpUrl = (s: string) => {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
};

// An empty link means "no link".
const url = text({ max: MAX.url })
  .refine(
    (s) => s === '' || isHttpUrl(s),
    bilingual('måste vara en http- eller https-adress', 'must be an http or https address'),
  )
  .transform((s) => s || null);

// An empty optional text means "none".
const optional = (max: number, multiline = false) =>
  text({ max, multiline })
    .transform((s) => s || null)
    .nullish();

const deficiencyFields = {
  title: text({ max: MAX.title, min: 1 }),
  source: z.enum(deficiencySourceValues),
  decisionReference: optional(MAX.reference),
  decisionDate: pastDate.nullish(),
  area: z.enum(deficiencyAreaValues),
  areaOther: optional(MAX.areaOther),
  requirement: text({ max: MAX.requirement, min: 1, multiline: true }),
  intervention: z.enum(interventionValues),
  reportDeadline: date.nullish(),
};

const areaOtherNeeded = (d: { area?: string | null; areaOther?: string | null }, ctx: z.RefinementCtx) => {
  if (d.area === 'other' && !d.areaOther)
    ctx.addIssue({
      code: 'custom',
      path: ['areaOther'],
      ...bilingual('måste anges när området är "annat"', 'is required when the area is "other"'),
    });
};

/** createDeficiency's input: on the municipality, optionally on one of its school units. */
export const createDeficiencyInput = z
  .object({ organisationId: objectIdString, unitId: objectIdString.nullish(), ...deficiencyFields })
  .superRefine(areaOtherNeeded);

/** updateDeficiency's input: the decision's fields, against a version. */
export const updateDeficiencyInput = z
  .object({
    id: objectIdString,
    expectedVersion: z.number().int().min(1),
    unitId: objectIdString.nullish(),
    title: deficiencyFields.title.nullish(),
    source: deficiencyFields.source.nullish(),
    decisionReference: deficiencyFields.decisionReference,
    decisionDate: deficiencyFields.decisionDate,
    area: deficiencyFields.area.nullish(),
    areaOther: deficiencyFields.areaOther,
    requirement: deficiencyFields.requirement.nullish(),
    intervention: deficiencyFields.intervention.nullish(),
    reportDeadline: deficiencyFields.reportDeadline,
  })
  .superRefine(areaOtherNeeded);

/** changeDeficiencyState's input: the new state, the day it happened, a note, and (when remaining) the next deadline. */
export const changeStateInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  state: z.enum({ REPORTED: 'reported', REMEDIED: 'remedied', REMAINING: 'remaining' } as const),
  date: pastDate,
  note: optional(MAX.note, true),
  reportDeadline: date.nullish(),
});

/** addDeficiencyMeasure's input. */
export const addMeasureInput = z.object({
  deficiencyId: objectIdString,
  text: text({ max: MAX.measure, min: 1, multiline: true }),
  owner: optional(MAX.owner),
  dueDate: date.nullish(),
});

/** setDeficiencyMeasureDone's input. */
export const measureDoneInput = z.object({
  deficiencyId: objectIdString,
  measureId: objectIdString,
  done: z.boolean(),
});

/** addDeficiencyEvidence's input: what shows the effect, a link, the day it was seen. */
export const addEvidenceInput = z.object({
  deficiencyId: objectIdString,
  text: text({ max: MAX.evidence, min: 1, multiline: true }),
  url: url.nullish(),
  date: pastDate,
});

const complaintFields = {
  receivedAt: pastDate,
  channel: z.enum(complaintChannelValues),
  complainantName: optional(MAX.name),
  complainantContact: optional(MAX.contact),
  subject: text({ max: MAX.subject, min: 1, multiline: true }),
};

/** createComplaint's input: registered on the municipality, optionally on one of its school units. */
export const createComplaintInput = z.object({
  organisationId: objectIdString,
  unitId: objectIdString.nullish(),
  ...complaintFields,
});

/** updateComplaint's input: the registration and the routine's steps, against a version (left out: unchanged; null: cleared). */
export const updateComplaintInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  receivedAt: complaintFields.receivedAt.nullish(),
  channel: complaintFields.channel.nullish(),
  complainantName: complaintFields.complainantName,
  complainantContact: complaintFields.complainantContact,
  subject: complaintFields.subject.nullish(),
  confirmedAt: pastDate.nullish(),
  investigator: optional(MAX.investigator),
  findings: optional(MAX.findings, true),
  investigatedAt: pastDate.nullish(),
  answeredAt: pastDate.nullish(),
  answer: optional(MAX.answer, true),
});

/** createDeficiencyFromComplaint's input: the deficiency found (its source is the complaint). */
export const deficiencyFromComplaintInput = z
  .object({
    complaintId: objectIdString,
    title: deficiencyFields.title,
    area: deficiencyFields.area,
    areaOther: deficiencyFields.areaOther,
    requirement: deficiencyFields.requirement,
    reportDeadline: deficiencyFields.reportDeadline,
  })
  .superRefine(areaOtherNeeded);
