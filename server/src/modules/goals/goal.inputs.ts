import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { bilingual, PLAN_YEARS, text } from '../../shared/validation.js';
import { INDICATOR_KEY_MAX } from '../indicators/index.js';
import { planStatusValues } from '../plans/index.js';
import { GOAL_TEXT_MAX as MAX } from './goal.model.js';
import { targetKindValues } from './goal.enums.js';

const year = z.number().int().min(PLAN_YEARS.first).max(PLAN_YEARS.last);

/** The most targets a goal has. */
export const MAX_TARGETS = 20;

/** One target: a value or a rank by a year, for an organisation. */
export const targetInput = z
  .object({
    indicatorKey: text({ max: INDICATOR_KEY_MAX, min: 1 }),
    scopeOrganisationId: objectIdString,
    kind: z.enum(targetKindValues),
    targetValue: z.number().finite().nullish(),
    targetRank: z.number().int().min(1).max(10_000).nullish(),
    targetYear: year,
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

/** The calendar years a goal runs over; the last not before the first. */
export const periodInput = z.object({ from: year, to: year }).superRefine((p, ctx) => {
  if (p.to < p.from)
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      ...bilingual('får inte vara före startåret', 'may not be before the first year'),
    });
});

/** createGoal's input. */
export const createGoalInput = z.object({
  organisationId: objectIdString,
  title: text({ max: MAX.title, min: 1 }),
  description: text({ max: MAX.description, multiline: true }).nullish(),
  planId: objectIdString.nullish(),
  status: status.nullish(),
  period: periodInput.nullish(),
  targets: z.array(targetInput).max(MAX_TARGETS).nullish(),
});

/** updateGoal's input. */
export const updateGoalInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  title: text({ max: MAX.title, min: 1 }).nullish(),
  description: text({ max: MAX.description, multiline: true }).nullish(),
  status: status.nullish(),
  /** Left out: unchanged; null: no period. */
  period: periodInput.nullish(),
});

/** addTarget's input. */
export const addTargetInput = z.object({ goalId: objectIdString, target: targetInput });

/** updateTarget's input: the target's new content, against the goal's version. */
export const updateTargetInput = z.object({
  goalId: objectIdString,
  targetId: objectIdString,
  expectedVersion: z.number().int().min(1),
  target: targetInput,
});

/** link/unlink input. */
export const goalItemLinkInput = z.object({ goalId: objectIdString, itemId: objectIdString });
