import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { bilingual, instant, PLAN_YEARS, text } from '../../shared/validation.js';
import { PLAN_TEXT_MAX as MAX } from './plan.model.js';
import { itemStatusValues, planStatusValues } from './plan.enums.js';

const schoolYear = z
  .string()
  .trim()
  .regex(/^\d{4}\/\d{2}$/, bilingual('ska vara ett läsår som 2013/14', 'must be a school year like 2013/14'))
  .refine(
    (s) => (Number(s.slice(0, 4)) + 1) % 100 === Number(s.slice(5)),
    bilingual('är inget läsår (t.ex. 2013/14)', 'is not a school year (e.g. 2013/14)'),
  )
  .refine(
    (s) => Number(s.slice(0, 4)) >= PLAN_YEARS.first && Number(s.slice(0, 4)) < PLAN_YEARS.last,
    bilingual(
      `måste ligga mellan ${PLAN_YEARS.first} och ${PLAN_YEARS.last}`,
      `must lie between ${PLAN_YEARS.first} and ${PLAN_YEARS.last}`,
    ),
  );

const period = z
  .object({ from: schoolYear, to: schoolYear })
  .refine((p) => p.to >= p.from, { ...bilingual('slutar före start', 'ends before it starts'), path: ['to'] });

const title = text({ max: MAX.title, min: 1 });
const purpose = text({ max: MAX.purpose, multiline: true });
const startingPoints = z.array(text({ max: MAX.startingPoint, min: 1, multiline: true })).max(20);
const roleTitle = text({ max: MAX.roleTitle });
const areaDescription = text({ max: MAX.areaDescription, multiline: true });
const itemText = text({ max: MAX.itemText, min: 1, multiline: true });
const itemDescription = text({ max: MAX.itemDescription, multiline: true });
const optionalId = objectIdString.nullish();

/** createActionPlan's input. */
export const createPlanInput = z.object({
  organisationId: objectIdString,
  title,
  purpose: purpose.nullish(),
  startingPoints: startingPoints.nullish(),
  ownerTitle: roleTitle.nullish(),
  responsibleId: optionalId,
  responsibleTitle: roleTitle.nullish(),
  schoolIds: z.array(objectIdString).max(200).nullish(),
  period,
  status: z.enum(planStatusValues).nullish(),
});

/** updateActionPlan's input: any subset of the fields, against a version. */
export const updatePlanInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  title: title.nullish(),
  purpose: purpose.nullish(),
  startingPoints: startingPoints.nullish(),
  ownerTitle: roleTitle.nullish(),
  responsibleId: optionalId,
  responsibleTitle: roleTitle.nullish(),
  schoolIds: z.array(objectIdString).max(200).nullish(),
  period: period.nullish(),
  status: z.enum(planStatusValues).nullish(),
});

/** createArea's input. */
export const createAreaInput = z.object({
  planId: objectIdString,
  title,
  description: areaDescription.nullish(),
  position: z.number().int().min(0).max(10_000).nullish(),
});

/** updateArea's input. */
export const updateAreaInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  title: title.nullish(),
  description: areaDescription.nullish(),
  position: z.number().int().min(0).max(10_000).nullish(),
});

const dueDate = instant();

/** createActionItem's input. */
export const createItemInput = z.object({
  areaId: objectIdString,
  text: itemText,
  description: itemDescription.nullish(),
  responsibleId: optionalId,
  dueDate: dueDate.nullish(),
  goalIds: z.array(objectIdString).max(50).nullish(),
  position: z.number().int().min(0).max(10_000).nullish(),
});

/** updateActionItem's input. */
export const updateItemInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  text: itemText.nullish(),
  description: itemDescription.nullish(),
  responsibleId: optionalId,
  dueDate: dueDate.nullish(),
  goalIds: z.array(objectIdString).max(50).nullish(),
  position: z.number().int().min(0).max(10_000).nullish(),
});

function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

// An empty link means "no link".
const evidenceUrl = text({ max: MAX.evidenceUrl })
  .refine(
    (s) => s === '' || isHttpUrl(s),
    bilingual('måste vara en http- eller https-adress', 'must be an http or https address'),
  )
  .transform((s) => s || null);

/** recordStatusUpdate's input; DONE needs the effect seen. */
export const statusUpdateInput = z
  .object({
    itemId: objectIdString,
    status: z.enum(itemStatusValues),
    progress: z.number().int().min(0).max(100),
    text: text({ max: MAX.updateText, min: 1, multiline: true }),
    evidenceUrl: evidenceUrl.nullish(),
    effect: text({ max: MAX.effect, multiline: true }).nullish(),
    expectedVersion: z.number().int().min(1),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'done' && !v.effect) {
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

const version = z.number().int().min(1);

/** An edit that names only what it acts on and the version seen: cancel, publish, close. */
export const versionedInput = z.object({ id: objectIdString, expectedVersion: version });

/** moveArea's input: the area's new index among its plan's areas (0 first; past the end means last). */
export const moveAreaInput = z.object({
  id: objectIdString,
  expectedVersion: version,
  position: z.number().int().min(0).max(10_000),
});

/** moveActionItem's input: the new index in the area (its own, or another area of the plan). */
export const moveItemInput = z.object({
  id: objectIdString,
  expectedVersion: version,
  areaId: objectIdString.nullish(),
  position: z.number().int().min(0).max(10_000),
});

/** archiveArea's input: archive (true) or bring back (false). */
export const archiveAreaInput = z.object({
  id: objectIdString,
  expectedVersion: version,
  archived: z.boolean(),
});
