import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { bilingual, PLAN_YEARS, text } from '../../shared/validation.js';
import { INDICATOR_KEY_MAX } from '../indicators/index.js';
import { planStatusValues } from '../plans/index.js';
import { GOAL_TEXT_MAX as MAX } from './goal.model.js';
import { targetKindValues } from './goal.enums.js';

/** One target: a value or a rank by a year, for an organisation. */
export const targetInput = z
  .object({
    indicatorKey: text({ max: INDICATOR_KEY_MAX, min: 1 }),
    scopeOrganisationId: objectIdString,
    kind: z.enum(targetKindValues),
    targetValue: z.number().finite().nullish(),
    targetRank: z.number().int().min(1).max(10_000).nullish(),
    targetYear: z.number().int().min(PLAN_YEARS.first).max(PLAN_YEARS.last),
  })
  .superRefine((t, ctx) => {
    if (t.kind === 'value' && (t.targetValue === null || t.targetValue === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['targetValue'],
        ...bilingual('måste anges för ett målvärde', 'is required for a value target'),
      });
    if (t.kind === 'rank' && (t.targetRank === null || t.targetRank === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['targetRank'],
        ...bilingual('måste anges för en målplacering', 'is required for a rank target'),
      });
  });

const status = z.enum(planStatusValues);

/** createGoal's input. */
export const createGoalInput = z.object({
  organisationId: objectIdString,
  title: text({ max: MAX.title, min: 1 }),
  description: text({ max: MAX.description, multiline: true }).nullish(),
  planId: objectIdString.nullish(),
  status: status.nullish(),
  targets: z.array(targetInput).max(20).nullish(),
});

/** updateGoal's input. */
export const updateGoalInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  title: text({ max: MAX.title, min: 1 }).nullish(),
  description: text({ max: MAX.description, multiline: true }).nullish(),
  status: status.nullish(),
});

/** addTarget's input. */
export const addTargetInput = z.object({ goalId: objectIdString, target: targetInput });

/** link/unlink input. */
export const goalItemLinkInput = z.object({ goalId: objectIdString, itemId: objectIdString });
