import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { bilingual, instant, text } from '../../shared/validation.js';
import { chatHostRoleValues } from './chat.enums.js';
import { CHAT_MAX as M } from './chat.model.js';

const moment = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

/** The end follows the start, within the eight hours a chat may last (each refusal on input.endsAt). */
function checkTimes(c: { startsAt: Date; endsAt: Date }, ctx: z.RefinementCtx): void {
  const length = c.endsAt.getTime() - c.startsAt.getTime();
  if (length <= 0)
    ctx.addIssue({
      code: 'custom',
      path: ['endsAt'],
      input: c.endsAt,
      ...bilingual('ska vara efter starttiden', 'must be after the start'),
    });
  else if (length > M.durationMs)
    ctx.addIssue({
      code: 'custom',
      path: ['endsAt'],
      input: c.endsAt,
      ...bilingual('får vara högst åtta timmar efter starttiden', 'must be at most eight hours after the start'),
    });
}

/** scheduleChat's input: the municipality, a title, the host and the session's times. */
export const scheduleChatInput = z
  .object({
    municipalityCode: text({ max: 20, min: 1 }),
    title: text({ max: M.title, min: 1 }),
    hostRole: z.enum(Object.values(chatHostRoleValues) as [string, ...string[]]),
    hostPersonId: objectIdString,
    startsAt: moment,
    endsAt: moment,
  })
  .superRefine(checkTimes);

/**
 * rescheduleChat's input: the chat, the version seen, and its title, host and times as they are to
 * be. A day that does not exist (30 February) is refused on its field, not moved to March.
 */
export const rescheduleChatInput = z
  .object({
    id: objectIdString,
    expectedVersion: z.number().int().min(1),
    title: text({ max: M.title, min: 1 }),
    hostRole: z.enum(Object.values(chatHostRoleValues) as [string, ...string[]]),
    hostPersonId: objectIdString,
    startsAt: instant(),
    endsAt: instant(),
  })
  .superRefine(checkTimes);

/** cancelChat's input: the chat, the version seen and the reason readers are shown. */
export const cancelChatInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  reason: text({ max: M.cancelReason, min: 1, multiline: true }),
});

/** askInChat's input: the chat and the question. */
export const askInChatInput = z.object({
  chatId: objectIdString,
  text: text({ max: M.question, min: 1, multiline: true }),
});

/** answerChatQuestion's input: the question and the host's answer. */
export const answerChatQuestionInput = z.object({
  questionId: objectIdString,
  answer: text({ max: M.answer, min: 1, multiline: true }),
});
