import mongoose, { Schema, type InferSchemaType } from 'mongoose';
import { storedText } from '../../shared/validation.js';

/**
 * A school unit as named in Skolverket's results files: enough to label its figures and place
 * it in its municipality. The organisations module owns the units people work in; this is the
 * statistics' own register, refreshed by every school unit import.
 */
const statisticsSchoolUnitSchema = new Schema(
  {
    code: { type: String, required: true, unique: true, match: /^\d{8}$/ },
    name: { type: String, required: true, validate: storedText(200) },
    municipalityCode: { type: String, required: true, match: /^\d{4}$/ },
    organiserType: { type: String, enum: ['municipal', 'independent'], required: true },
    organiserName: { type: String, validate: storedText(200) },
  },
  { timestamps: true },
);
statisticsSchoolUnitSchema.index({ municipalityCode: 1 });

export type StatisticsSchoolUnitDoc = InferSchemaType<typeof statisticsSchoolUnitSchema> & {
  _id: mongoose.Types.ObjectId;
};
export const StatisticsSchoolUnitModel = mongoose.model('StatisticsSchoolUnit', statisticsSchoolUnitSchema);
