import { z } from 'zod';
import { objectIdString } from '../../auth/ids.js';
import { bilingual } from '../../shared/validation.js';

/** GraphQL enum names → stored values. */
export const planStatusFromGql = { DRAFT: 'draft', ACTIVE: 'active', CLOSED: 'closed' } as const;
export const itemStatusFromGql = {
  NOT_STARTED: 'notStarted',
  IN_PROGRESS: 'inProgress',
  DONE: 'done',
  AT_RISK: 'atRisk',
  CANCELLED: 'cancelled',
} as const;

const schoolYear = z
  .string()
  .trim()
  .regex(/^\d{4}\/\d{2}$/, bilingual('ska vara ett läsår som 2013/14', 'must be a school year like 2013/14'))
  .refine(
    (s) => (Number(s.slice(0, 4)) + 1) % 100 === Number(s.slice(5)),
    bilingual('är inget läsår (t.ex. 2013/14)', 'is not a school year (e.g. 2013/14)'),
  );

const period = z
  .object({ from: schoolYear, to: schoolYear })
  .refine((p) => p.to >= p.from, { ...bilingual('slutar före start', 'ends before it starts'), path: ['to'] });

const title = z.string().trim().min(1).max(300);
const longText = z.string().trim().max(5000);
const startingPoints = z.array(z.string().trim().min(1).max(2000)).max(20);
const optionalId = objectIdString.nullish();

/** createActionPlan's input. */
export const createPlanInput = z.object({
  organisationId: objectIdString,
  title,
  purpose: longText.nullish(),
  startingPoints: startingPoints.nullish(),
  ownerTitle: z.string().trim().max(200).nullish(),
  responsibleId: optionalId,
  responsibleTitle: z.string().trim().max(200).nullish(),
  schoolIds: z.array(objectIdString).max(200).nullish(),
  period,
  status: z.enum(['DRAFT', 'ACTIVE', 'CLOSED']).nullish(),
});

/** updateActionPlan's input: any subset of the fields, against a version. */
export const updatePlanInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  title: title.nullish(),
  purpose: longText.nullish(),
  startingPoints: startingPoints.nullish(),
  ownerTitle: z.string().trim().max(200).nullish(),
  responsibleId: optionalId,
  responsibleTitle: z.string().trim().max(200).nullish(),
  schoolIds: z.array(objectIdString).max(200).nullish(),
  period: period.nullish(),
  status: z.enum(['DRAFT', 'ACTIVE', 'CLOSED']).nullish(),
});

/** createArea's input. */
export const createAreaInput = z.object({
  planId: objectIdString,
  title,
  description: longText.nullish(),
  position: z.number().int().min(0).max(10_000).nullish(),
});

/** updateArea's input. */
export const updateAreaInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  title: title.nullish(),
  description: longText.nullish(),
  position: z.number().int().min(0).max(10_000).nullish(),
});

const dueDate = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)), bilingual('är inget datum', 'is not a date'))
  .transform((s) => new Date(s));

/** createActionItem's input. */
export const createItemInput = z.object({
  areaId: objectIdString,
  text: z.string().trim().min(1).max(2000),
  description: z.string().trim().max(10_000).nullish(),
  responsibleId: optionalId,
  dueDate: dueDate.nullish(),
  goalIds: z.array(objectIdString).max(50).nullish(),
  position: z.number().int().min(0).max(10_000).nullish(),
});

/** updateActionItem's input. */
export const updateItemInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  text: z.string().trim().min(1).max(2000).nullish(),
  description: z.string().trim().max(10_000).nullish(),
  responsibleId: optionalId,
  dueDate: dueDate.nullish(),
  goalIds: z.array(objectIdString).max(50).nullish(),
  position: z.number().int().min(0).max(10_000).nullish(),
});

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    },
    bilingual('måste vara en http- eller https-adress', 'must be an http or https address'),
  );

/** recordStatusUpdate's input; DONE needs the effect seen. */
export const statusUpdateInput = z
  .object({
    itemId: objectIdString,
    status: z.enum(['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'AT_RISK', 'CANCELLED']),
    progress: z.number().int().min(0).max(100),
    text: z.string().trim().min(1).max(2000),
    evidenceUrl: httpUrl.nullish().or(z.literal('').transform(() => null)),
    effect: z.string().trim().max(5000).nullish(),
    expectedVersion: z.number().int().min(1),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'DONE' && !v.effect) {
      ctx.addIssue({
        code: 'custom',
        path: ['effect'],
        ...bilingual(
          'beskriv vilken effekt ni har sett när åtgärden är klar',
          'describe the effect seen when the item is done',
        ),
      });
    }
  });
