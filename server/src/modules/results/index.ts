export { resultsResolvers } from './results.resolvers.js';
export { importSkolverketFile, importKoladaFile, recomputeDerived, type ImportSummary } from './results.import.js';
export { loadBundledOpenData, bundledOpenDataFiles } from './opendata.hook.js';
export {
  ImportValidationError,
  type MeasurementInput,
  type OrganiserType,
  type MissingReason,
} from './measurement-input.js';
export { koladaMappingSchema, type KoladaKpiMapping } from './kolada.parse.js';
export { invalidateResults, resultsDataVersion } from './results.data.js';
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
} from './results.service.js';
export { StatisticsSchoolUnitModel } from './school-unit.model.js';
export { resultsResponseCache, type ResultsResponseCache } from './results.cache-plugin.js';
