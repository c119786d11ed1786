export { IndicatorModel, type IndicatorDoc } from './indicator.model.js';
export { MeasurementModel, type MeasurementDoc } from './measurement.model.js';
