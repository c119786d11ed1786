import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { text } from '../../shared/validation.js';
import { consentStateValues, exampleSourceValues } from './examples.enums.js';
import { EXAMPLE_MAX } from './examples.model.js';

/** liftAsExample's input: which text, and why the leader lifts it. */
export const liftExampleInput = z.object({
  source: z.enum(Object.values(exampleSourceValues) as [string, ...string[]]),
  sourceId: objectIdString,
  note: text({ max: EXAMPLE_MAX.note, multiline: true }).nullish(),
});

/** answerExample's input: the author's answer, against the version they saw. */
export const answerExampleInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(0),
  consent: z.enum([consentStateValues.GIVEN, consentStateValues.DECLINED, consentStateValues.WITHDRAWN]),
  named: z.boolean().nullish(),
});
