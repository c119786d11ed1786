import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { bilingual, parseInstant, PLAN_YEARS, text } from '../../shared/validation.js';
import { cyclePhaseValues, schoolFormValues, stepOwnerRoleValues } from './cycle.enums.js';
import { CYCLE_TEXT_MAX as MAX } from './cycle.model.js';

/** The most steps a cycle has. */
export const MAX_STEPS = 60;
/** The most school units a cycle names. */
export const MAX_UNITS = 500;

/** A calendar day that exists, written YYYY-MM-DD, in {@link PLAN_YEARS}. */
export const calendarDate = z
  .string()
  .trim()
  .superRefine((s, ctx) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || !parseInstant(s)) {
      ctx.addIssue({
        code: 'custom',
        input: s,
        ...bilingual(
          'är inget datum som finns (skriv t.ex. 2026-09-30)',
          'is not a date that exists (write e.g. 2026-09-30)',
        ),
      });
      return;
    }
    const year = Number(s.slice(0, 4));
    if (year < PLAN_YEARS.first || year > PLAN_YEARS.last)
      ctx.addIssue({
        code: 'custom',
        input: s,
        ...bilingual(
          `måste ligga mellan åren ${PLAN_YEARS.first} och ${PLAN_YEARS.last}`,
          `must lie between the years ${PLAN_YEARS.first} and ${PLAN_YEARS.last}`,
        ),
      });
  });

const year = z
  .number()
  .int()
  .min(PLAN_YEARS.first + 1)
  .max(PLAN_YEARS.last);
const unitIds = z.array(objectIdString).max(MAX_UNITS);

/** One step's content: the due date not before the start date. */
export const stepInput = z
  .object({
    title: text({ max: MAX.title, min: 1 }),
    description: text({ max: MAX.description, multiline: true }).nullish(),
    phase: z.enum(cyclePhaseValues),
    startDate: calendarDate,
    dueDate: calendarDate,
    ownerRole: z.enum(stepOwnerRoleValues),
    perUnit: z.boolean(),
  })
  .superRefine((s, ctx) => {
    if (s.dueDate < s.startDate)
      ctx.addIssue({
        code: 'custom',
        path: ['dueDate'],
        ...bilingual('får inte vara före startdatumet', 'may not be before the start date'),
      });
  });

/** createAnnualCycle's input. */
export const createCycleInput = z.object({
  organisationId: objectIdString,
  schoolForm: z.enum(schoolFormValues),
  year,
  unitIds: unitIds.nullish(),
});

/** updateAnnualCycle's input. */
export const updateCycleInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  unitIds,
});

/** addCycleStep's input. */
export const addStepInput = z.object({ cycleId: objectIdString, step: stepInput });

/** updateCycleStep's input. */
export const updateStepInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  step: stepInput,
});

/** setCycleStepDone's input. */
export const setDoneInput = z.object({
  stepId: objectIdString,
  unitId: objectIdString.nullish(),
  done: z.boolean(),
});
