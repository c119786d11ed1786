export type { QualityReportDoc, QualityTemplateDoc } from './quality.model.js';
export { seedQualityReports } from './quality.seed.js';
export * from './quality.service.js';
export {
  canReadReport,
  canWriteReport,
  canSubmitReport,
  canReviewReport,
  canCommentReport,
  type ReportFacts,
} from './quality.policy.js';
export { submitProblems, ANALYSIS_QUOTE } from './quality.rules.js';
export {
  reportStatusValues,
  reportKindValues,
  textSectionValues,
  evidenceKindValues,
  qualityThemeValues,
  carriedOutValues,
  effectAnswerValues,
  contributorRightValues,
} from './quality.enums.js';
