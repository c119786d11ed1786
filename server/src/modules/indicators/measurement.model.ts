import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { storedText } from '../../shared/validation.js';
import { missingReasonValues, organiserTypeValues } from './indicator.enums.js';

/**
 * One value of one indicator for one organisation and period. `year` is the calendar year a
 * school year ends in (2025 = 2024/25). A suppressed or missing value has `value: null` and a
 * `missingReason`, never 0.
 */
const measurementSchema = new Schema(
  {
    indicatorId: { type: Schema.Types.ObjectId, ref: 'Indicator', required: true },
    /** Municipality code (4 digits), school unit code (8 digits), a Kolada unit id, or `SE` for the whole country. */
    organisationCode: { type: String, required: true, validate: storedText(20) },
    year: { type: Number, required: true, min: 1990, max: 2100 },
    /** Whose schools the figure covers: all organisers, municipal or independent; or `home`, pupils living in the municipality. */
    organiserType: { type: String, enum: Object.values(organiserTypeValues), default: 'all', required: true },
    value: { type: Number, default: null },
    /** For a `.deviation` indicator: the model-calculated value the actual value was compared with. */
    modelValue: { type: Number, default: null },
    missingReason: {
      type: String,
      enum: [null, ...Object.values(missingReasonValues)],
      default: null,
    },
    /** Skolverket's mark as published (`..`, `.`, `~100`, `*`), kept for the record. */
    rawMark: { type: String, validate: storedText(10) },
    gender: { girls: { type: Number, default: null }, boys: { type: Number, default: null } },
    /** Pupils behind the figure, when known (small groups are flagged as unreliable). */
    pupils: { type: Number, default: null },
    source: { type: String, required: true, validate: storedText(200) },
    importedAt: { type: Date, required: true },
  },
  { timestamps: false },
);

measurementSchema.index({ indicatorId: 1, organisationCode: 1, organiserType: 1, year: 1 }, { unique: true });
measurementSchema.index({ indicatorId: 1, year: 1, organiserType: 1 });

export type MeasurementDoc = InferSchemaType<typeof measurementSchema> & { _id: mongoose.Types.ObjectId };
export const MeasurementModel = mongoose.model('Measurement', measurementSchema);
