// The moderation module's door: reports of texts, the moderators' queue and their decisions.
export type { ContentReportDoc } from './moderation.model.js';
export { AUTO_HIDE, REPORT_MAX } from './moderation.model.js';
export * from './moderation.service.js';
export {
  reportReasonValues,
  reportStateValues,
  reportedSourceValues,
  moderationDecisionValues,
  type ReportReason,
  type ReportState,
} from './moderation.enums.js';
