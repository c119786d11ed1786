// The results module's door for other code: import, analysis and read services, and their types.
// Resolvers and the response cache are for graphql/ only (./graphql.ts); models stay inside.
export {
  importSkolverketFile,
  importKoladaFile,
  recomputeDerived,
  type ImportSummary,
} from './import/import.service.js';
export { loadBundledOpenData, bundledOpenDataFiles } from './import/opendata.hook.js';
export { warmResultsAnalysis } from './analysis/warm.hook.js';
export {
  koladaMappingSchema,
  koladaTitleMismatch,
  parseKoladaJson,
  type KoladaKpiMapping,
} from './import/kolada.parse.js';
export {
  ImportValidationError,
  analysisValue,
  type MeasurementInput,
  type OrganiserType,
  type MissingReason,
} from './measurement-input.js';
export { invalidateResults, resultsDataVersion } from './analysis/data.js';
export { municipalities, type MunicipalityInfo } from './municipalities.js';
export {
  rankingFor,
  municipalityHistory,
  resultsModelFor,
  peerComparisonFor,
  schoolUnitResultsFor,
  resultYears,
  RESULTS_SOURCE,
  SMALL_GROUP_PUPILS,
} from './api/service.js';
