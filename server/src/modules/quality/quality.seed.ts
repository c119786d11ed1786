import { QualityReportModel, type QualityReportDoc } from './quality.model.js';

/** Inserts demo and fixture reports as given (no request, no audit): for the demo and scripts only. */
export async function seedQualityReports(docs: Partial<QualityReportDoc>[]): Promise<void> {
  if (docs.length) await QualityReportModel.insertMany(docs);
}
