import { UnauthenticatedError } from '../shared/errors.js';
import type { Role } from './roles.js';

export type { Role } from './roles.js';

/** One role in one organisation. */
export interface Membership {
  organisationId: string;
  /** Municipality code (4 digits) or school unit code (8 digits). */
  organisationCode: string;
  /** The municipality the organisation belongs to (its own code for a municipality). */
  municipalityCode: string;
  role: Role;
}

/** Who is making the request, as resolved from the session cookie. */
export interface Viewer {
  personId: string;
  name: string;
  email: string;
  memberships: Membership[];
}

/** Returns the signed-in viewer or throws UNAUTHENTICATED. */
export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}

/** True when the viewer holds the admin role anywhere. */
export function isAdmin(viewer: Viewer): boolean {
  return viewer.memberships.some((m) => m.role === 'admin');
}

/** What a viewer is built from: a person's stored id, name, e-mail and memberships. */
export interface ViewerPerson {
  _id: { toHexString(): string };
  name: string;
  email: string;
  memberships: readonly {
    organisationId: { toHexString(): string };
    organisationCode: string;
    municipalityCode: string;
    role: Role;
  }[];
}

/** Builds the Viewer contract from a person document. */
export function toViewer(person: ViewerPerson): Viewer {
  return {
    personId: person._id.toHexString(),
    name: person.name,
    email: person.email,
    memberships: person.memberships.map((m) => ({
      organisationId: m.organisationId.toHexString(),
      organisationCode: m.organisationCode,
      municipalityCode: m.municipalityCode,
      role: m.role,
    })),
  };
}
