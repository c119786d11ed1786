import mongoose, { Schema, type Types } from 'mongoose';

/** Municipality → optional administration/district → school unit. */
export type OrganisationKind = 'municipality' | 'administration' | 'schoolUnit';

/** An organisation: a municipality (4-digit code), an administration, or a school unit (8-digit code). */
export interface OrganisationDoc {
  _id: Types.ObjectId;
  code: string;
  kind: OrganisationKind;
  name: string;
  parentId?: Types.ObjectId | null;
  municipalityCode: string;
  countyCode?: string | null;
  countyName?: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const organisationSchema = new Schema<OrganisationDoc>(
  {
    code: { type: String, required: true, unique: true, maxlength: 20 },
    kind: { type: String, enum: ['municipality', 'administration', 'schoolUnit'], required: true },
    name: { type: String, required: true, maxlength: 200 },
    parentId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    municipalityCode: { type: String, required: true, maxlength: 4 },
    countyCode: { type: String, default: null, maxlength: 2 },
    countyName: { type: String, default: null, maxlength: 100 },
  },
  { timestamps: true },
);
organisationSchema.index({ parentId: 1, name: 1 });
organisationSchema.index({ municipalityCode: 1, kind: 1 });

export const OrganisationModel = mongoose.model<OrganisationDoc>('Organisation', organisationSchema);
