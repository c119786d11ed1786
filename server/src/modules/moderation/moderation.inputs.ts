import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { bilingual, text } from '../../shared/validation.js';
import { COMMENT_TEXT_MAX } from '../dialogue/index.js';
import { moderationDecisionValues, reportReasonValues, reportedSourceValues } from './moderation.enums.js';
import { AUTO_HIDE, REPORT_MAX } from './moderation.model.js';

const source = z.enum(Object.values(reportedSourceValues) as [string, ...string[]]);

/** reportContent's input: which text, why, and an optional note. */
export const reportContentInput = z.object({
  source,
  sourceId: objectIdString,
  reason: z.enum(Object.values(reportReasonValues) as [string, ...string[]]),
  note: text({ max: REPORT_MAX.note, multiline: true }).nullish(),
});

/** reviewReports' input: the decision on a reported text; hiding needs a reason the readers see. */
export const reviewReportsInput = z
  .object({
    source,
    sourceId: objectIdString,
    decision: z.enum(Object.values(moderationDecisionValues) as [string, ...string[]]),
    reason: text({ max: COMMENT_TEXT_MAX.hiddenReason }).nullish(),
  })
  .superRefine((d, ctx) => {
    if (d.decision === 'hide' && !d.reason?.trim())
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        ...bilingual('behövs för att dölja: läsarna ser skälet', 'is needed to hide: readers see the reason'),
      });
  });

/** setModerationSettings' input: 0 (off), or a whole number of reports within AUTO_HIDE's range. */
export const moderationSettingsInput = z.object({
  municipalityCode: text({ max: 20, min: 1 }),
  autoHideAfter: z
    .number()
    .int(bilingual('måste vara ett heltal', 'must be a whole number'))
    .refine((n) => n === 0 || (n >= AUTO_HIDE.min && n <= AUTO_HIDE.max), {
      ...bilingual(
        `ska vara 0 (av) eller ett heltal från ${AUTO_HIDE.min} till ${AUTO_HIDE.max}`,
        `must be 0 (off) or a whole number from ${AUTO_HIDE.min} to ${AUTO_HIDE.max}`,
      ),
    }),
});
