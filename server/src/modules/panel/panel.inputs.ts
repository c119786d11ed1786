import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { bilingual, calendarDay, text } from '../../shared/validation.js';
import { panelDimensionValues, questionKindValues } from './panel.enums.js';
import { K_MAX, K_MIN, PANEL_MAX as M, SCHOOL_FORMS } from './panel.model.js';

const schoolForm = z.enum(SCHOOL_FORMS);
const subject = text({ max: M.subject, min: 1 });

/** joinPanel's input: the municipality, and the unit, school form and subject the teacher answers as. */
export const joinPanelInput = z.object({
  municipalityCode: text({ max: 20, min: 1 }),
  unitId: objectIdString.nullish(),
  schoolForm,
  subject,
});

const questionInput = z
  .object({
    id: text({ max: 40 }).nullish(),
    kind: z.enum(Object.values(questionKindValues) as [string, ...string[]]),
    text: text({ max: M.question, min: 1, multiline: true }),
    options: z
      .array(text({ max: M.option, min: 1 }))
      .max(M.options)
      .default([]),
  })
  .superRefine((q, ctx) => {
    const choice = q.kind === 'single' || q.kind === 'multiple';
    if (choice && q.options.length < 2)
      ctx.addIssue({
        code: 'too_small',
        origin: 'array',
        minimum: 2,
        inclusive: true,
        input: q.options,
        path: ['options'],
      });
    if (!choice && q.options.length)
      ctx.addIssue({
        code: 'too_big',
        origin: 'array',
        maximum: 0,
        inclusive: true,
        input: q.options,
        path: ['options'],
      });
  });

/** A poll's content as the editor saves it. */
export const pollContentInput = z.object({
  title: text({ max: M.title, min: 1 }),
  intro: text({ max: M.intro, multiline: true }).default(''),
  questions: z.array(questionInput).min(1).max(M.questions),
  audience: z
    .object({
      schoolForms: z.array(schoolForm).max(3).default([]),
      subjects: z.array(subject).max(M.audienceValues).default([]),
      unitIds: z.array(objectIdString).max(M.audienceValues).default([]),
    })
    .default({ schoolForms: [], subjects: [], unitIds: [] }),
  breakdowns: z
    .array(z.enum(Object.values(panelDimensionValues) as [string, ...string[]]))
    .max(M.breakdowns)
    .refine((b) => new Set(b).size === b.length, 'each breakdown once')
    .default([]),
  closesOn: calendarDay,
});

export const createPollInput = z.object({ municipalityCode: text({ max: 20, min: 1 }), poll: pollContentInput });
export const updatePollInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  poll: pollContentInput,
});

/** submitPollAnswer's input: per question, the chosen options (a scale: one of 1–5) or a text. */
export const submitAnswerInput = z.object({
  pollId: objectIdString,
  answers: z
    .array(
      z.object({
        questionId: text({ max: 40, min: 1 }),
        choices: z.array(z.number().int().min(0).max(M.options)).max(M.options).nullish(),
        scale: z.number().int().min(1).max(5).nullish(),
        text: text({ max: M.answerText, multiline: true }).nullish(),
      }),
    )
    .max(M.questions),
});

/** setPanelThreshold's input: a whole number from K_MIN to K_MAX. */
export const thresholdInput = z.object({
  municipalityCode: text({ max: 20, min: 1 }),
  k: z
    .number()
    .int(bilingual('måste vara ett heltal', 'must be a whole number'))
    .min(K_MIN, bilingual(`måste vara minst ${K_MIN}`, `must be at least ${K_MIN}`))
    .max(K_MAX, bilingual(`får vara högst ${K_MAX}`, `must be at most ${K_MAX}`)),
});
