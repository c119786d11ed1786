// The board report of a plan (PDF, XLSX, CSV) and a quality report (PDF, DOCX, CSV): each one model
// read through the GraphQL schema, rendered in every format.
export {
  reportRoutes,
  reportFileName,
  qualityReportFileName,
  MAX_CONCURRENT_REPORTS,
  REPORT_TIME_LIMIT_MS,
} from './report.routes.js';
export type { ReportRoutesOptions } from './report.routes.js';
export { buildPlanReport, overallProgress, type PlanReport } from './report.model.js';
export { renderCsv, guardFormula } from './report.csv.js';
export { renderXlsx, ITEMS_SHEET, GOALS_SHEET } from './report.xlsx.js';
export { renderPdf } from './report.pdf.js';
export { buildQualityReport, type QualityExport } from './quality-report.model.js';
export { renderQualityCsv, CSV_MEASURE_HEADER, CSV_FOLLOW_UP_HEADER } from './quality-report.csv.js';
export { renderQualityDocx } from './quality-report.docx.js';
export { renderQualityPdf } from './quality-report.pdf.js';
