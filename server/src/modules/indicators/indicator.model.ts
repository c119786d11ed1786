import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { storedText } from '../../shared/validation.js';
import { directionValues } from './indicator.enums.js';

/** The longest indicator key, in characters as shared/validation.ts counts them. */
export const INDICATOR_KEY_MAX = 100;

const localizedText = { sv: { type: String, required: true }, en: { type: String, required: true } };

/**
 * A measured quantity (nyckeltal). `key` is the stable id imports and seeds use, e.g.
 * `ak9.allSubjects`, `ak9.meritValue`, `ak9.vocationalEligible`, their `.deviation` twins, and
 * `oj.compositeRank` (the Öppna jämförelser rank, lower is better).
 */
const indicatorSchema = new Schema(
  {
    key: { type: String, required: true, unique: true, validate: storedText(INDICATOR_KEY_MAX) },
    name: localizedText,
    description: { sv: String, en: String },
    /** `percent`, `points`, `rank`, `count`, `percentagePoints`… */
    unit: { type: String, required: true, validate: storedText(40) },
    direction: { type: String, enum: Object.values(directionValues), required: true },
    decimals: { type: Number, required: true, min: 0, max: 4 },
    source: {
      kind: { type: String, enum: ['skolverket', 'kolada', 'lyfta', 'manual'], required: true },
      koladaKpiId: { type: String, validate: storedText(20) },
      note: String,
    },
  },
  { timestamps: true },
);

export type IndicatorDoc = InferSchemaType<typeof indicatorSchema> & { _id: mongoose.Types.ObjectId };
export const IndicatorModel = mongoose.model('Indicator', indicatorSchema);
