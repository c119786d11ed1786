import mongoose, { Schema, type Types } from 'mongoose';
import { storedText } from '../../shared/validation.js';
import { organisationKindValues, type OrganisationKind } from './organisation.enums.js';

/** The longest organisation texts, in characters as shared/validation.ts counts them. */
export const ORGANISATION_TEXT_MAX = {
  code: 20,
  name: 200,
  municipalityCode: 4,
  countyCode: 2,
  countyName: 100,
} as const;

/** Municipality → optional administration/district → school unit. */
export type { OrganisationKind } from './organisation.enums.js';

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
  /** False once deactivated: kept with its history, left out of pickers (absent on registry loads: true). */
  active?: boolean;
  /** Bumped by every change (absent on registry loads: 1). */
  version?: number;
  createdAt: Date;
  updatedAt: Date;
}

const organisationSchema = new Schema<OrganisationDoc>(
  {
    code: { type: String, required: true, unique: true, validate: storedText(ORGANISATION_TEXT_MAX.code) },
    kind: { type: String, enum: Object.values(organisationKindValues), required: true },
    name: { type: String, required: true, validate: storedText(ORGANISATION_TEXT_MAX.name) },
    parentId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    municipalityCode: { type: String, required: true, validate: storedText(ORGANISATION_TEXT_MAX.municipalityCode) },
    countyCode: { type: String, default: null, validate: storedText(ORGANISATION_TEXT_MAX.countyCode) },
    countyName: { type: String, default: null, validate: storedText(ORGANISATION_TEXT_MAX.countyName) },
    active: { type: Boolean, default: true },
    version: { type: Number, default: 1 },
  },
  { timestamps: true },
);
organisationSchema.index({ parentId: 1, name: 1 });
organisationSchema.index({ municipalityCode: 1, kind: 1 });

export const OrganisationModel = mongoose.model<OrganisationDoc>('Organisation', organisationSchema);
