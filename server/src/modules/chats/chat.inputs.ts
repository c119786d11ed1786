import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { bilingual, text } from '../../shared/validation.js';
import { chatHostRoleValues } from './chat.enums.js';
import { CHAT_MAX as M } from './chat.model.js';

const moment = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

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
  .superRefine((c, ctx) => {
    const length = c.endsAt.getTime() - c.startsAt.getTime();
    if (length <= 0 || length > M.durationMs)
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        input: c.endsAt,
        ...bilingual(
          'ska vara efter starttiden och högst åtta timmar senare',
          'must be after the start and at most eight hours later',
        ),
      });
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
