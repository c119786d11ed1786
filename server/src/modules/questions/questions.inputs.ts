import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { text } from '../../shared/validation.js';
import { addresseeValues } from './questions.enums.js';
import { QUESTION_MAX as M } from './questions.model.js';

const content = {
  title: text({ max: M.title, min: 1 }),
  text: text({ max: M.text, min: 1, multiline: true }),
};

/** raiseQuestion's input: the municipality, who it is to, and the question. */
export const raiseQuestionInput = z.object({
  municipalityCode: text({ max: 20, min: 1 }),
  addressee: z.enum(Object.values(addresseeValues) as [string, ...string[]]),
  ...content,
});

/** editQuestion's input: the asker's new wording, on the version they saw. */
export const editQuestionInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  ...content,
});

/** answerQuestion's input: the answer (first or edited), on the version the addressee saw. */
export const answerQuestionInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  text: text({ max: M.answer, min: 1, multiline: true }),
});
