import mongoose, { Schema, type Types } from 'mongoose';
import type { Role } from '../../auth/viewer.js';

/** The roles a membership can hold, in the order the UI lists them. */
export const ROLES: readonly Role[] = ['politician', 'administration', 'principal', 'teacher', 'coach', 'admin'];

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
  passwordHash: string;
  memberships: MembershipDoc[];
  /** Created by the demo seed; listed by Query.demoAccounts. */
  demo: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const membershipSchema = new Schema<MembershipDoc>(
  {
    organisationId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    organisationCode: { type: String, required: true, maxlength: 10 },
    municipalityCode: { type: String, required: true, maxlength: 4 },
    role: { type: String, enum: ROLES, required: true },
  },
  { _id: false },
);

const personSchema = new Schema<PersonDoc>(
  {
    name: { type: String, required: true, maxlength: 200 },
    title: { type: String, default: null, maxlength: 200 },
    email: { type: String, required: true, unique: true, lowercase: true, trim: true, maxlength: 320 },
    passwordHash: { type: String, required: true },
    memberships: { type: [membershipSchema], default: [] },
    demo: { type: Boolean, default: false },
  },
  { timestamps: true },
);
personSchema.index({ 'memberships.municipalityCode': 1 });

export const PersonModel = mongoose.model<PersonDoc>('Person', personSchema);
