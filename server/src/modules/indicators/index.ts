export { IndicatorModel, INDICATOR_KEY_MAX, type IndicatorDoc } from './indicator.model.js';
export { MeasurementModel, type MeasurementDoc } from './measurement.model.js';
export {
  indicatorCatalog,
  ensureIndicators,
  indicatorIdsByKey,
  resultMeasureKeys,
  backgroundKeys,
  deviationKey,
  type IndicatorDefinition,
  type ResultMeasureKey,
  type BackgroundKey,
} from './indicator.catalog.js';
export {
  indicatorSeries,
  findIndicator,
  listIndicators,
  MAX_SERIES_ORGANISATIONS,
  organisationMeasurements,
} from './indicator-series.service.js';
export {
  organiserTypeValues,
  missingReasonValues,
  directionValues,
  type OrganiserType,
  type MissingReason,
  type Direction,
} from './indicator.enums.js';
