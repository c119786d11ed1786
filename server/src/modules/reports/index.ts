// The board report of a plan: one model read through the GraphQL schema, rendered as PDF, XLSX and CSV.
export { reportRoutes, reportFileName, MAX_CONCURRENT_REPORTS, REPORT_TIME_LIMIT_MS } from './report.routes.js';
export type { ReportRoutesOptions } from './report.routes.js';
export { buildPlanReport, overallProgress, type PlanReport } from './report.model.js';
export { renderCsv, guardFormula } from './report.csv.js';
export { renderXlsx, ITEMS_SHEET, GOALS_SHEET } from './report.xlsx.js';
export { renderPdf } from './report.pdf.js';
