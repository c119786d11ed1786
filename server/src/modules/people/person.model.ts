import mongoose, { Schema, type Types } from 'mongoose';
import { roleValues, type Role } from '../../auth/index.js';
import { storedText } from '../../shared/validation.js';
import { ORGANISATION_TEXT_MAX } from '../organisations/index.js';

/** The longest texts a person holds, in characters as shared/validation.ts counts them. */
export const PERSON_TEXT_MAX = { name: 200, title: 200, email: 320 } as const;

/** At most this many peer municipalities are kept for a person (the comparison table stays readable). */
export const MAX_RESULT_PEERS = 10;

/** The roles a membership can hold, in the order the UI lists them. */
export const ROLES: readonly Role[] = Object.values(roleValues);

/** One role in one organisation; the codes are copied in so a viewer loads in one query. */
export interface MembershipDoc {
  organisationId: Types.ObjectId;
  organisationCode: string;
  municipalityCode: string;
  role: Role;
}

/** A person with a local account. */
export interface PersonDoc {
  _id: Types.ObjectId;
  name: string;
  /** A role title shown instead of a personal name, e.g. "Skolchef". */
  title?: string | null;
  email: string;
  /** Null until an invited person sets their password through their one-time link. */
  passwordHash: string | null;
  /** False for an invited person who has not set a password yet (absent on older documents: true). */
  passwordSet?: boolean;
  /** False once deactivated: no sign-in, no sessions; their writings stay, attributed by name. */
  active?: boolean;
  memberships: MembershipDoc[];
  /** Created by the demo seed; listed by Query.demoAccounts. */
  demo: boolean;
  /** Municipality codes the person compares results with, kept for their next visit on any device. */
  resultPeers?: string[];
  createdAt: Date;
  updatedAt: Date;
}

const membershipSchema = new Schema<MembershipDoc>(
  {
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    organisationCode: { type: String, required: true, validate: storedText(ORGANISATION_TEXT_MAX.code) },
    municipalityCode: { type: String, required: true, validate: storedText(ORGANISATION_TEXT_MAX.municipalityCode) },
    role: { type: String, enum: ROLES, required: true },
  },
  { _id: false },
);

const personSchema = new Schema<PersonDoc>(
  {
    name: { type: String, required: true, validate: storedText(PERSON_TEXT_MAX.name) },
    title: { type: String, default: null, validate: storedText(PERSON_TEXT_MAX.title) },
    email: {
      type: String,
      required: true,
      unique: true,
      lowercase: true,
      trim: true,
      validate: storedText(PERSON_TEXT_MAX.email),
    },
    passwordHash: { type: String, default: null },
    passwordSet: { type: Boolean, default: true },
    active: { type: Boolean, default: true },
    memberships: { type: [membershipSchema], default: [] },
    demo: { type: Boolean, default: false },
    resultPeers: { type: [String], default: undefined },
  },
  { timestamps: true },
);
personSchema.index({ 'memberships.municipalityCode': 1 });

export const PersonModel = mongoose.model<PersonDoc>('Person', personSchema);
