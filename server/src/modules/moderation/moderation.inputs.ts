import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { bilingual, text } from '../../shared/validation.js';
import { COMMENT_TEXT_MAX } from '../dialogue/index.js';
import { moderationDecisionValues, reportReasonValues, reportedSourceValues } from './moderation.enums.js';
import { REPORT_MAX } from './moderation.model.js';

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
