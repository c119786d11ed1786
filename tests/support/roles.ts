// The cast of the role tables: one person per role, each signed in on a client of their own, so a
// test can ask the same thing as every role and compare the outcomes with what the table expects.
import type { Role } from '../../server/src/auth/index.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import type { PersonDoc } from '../../server/src/modules/people/index.js';
import { ApiClient, makePerson, signedIn } from './api.js';

/** Everyone a role table can act as: nobody signed in, the roles of the municipality, the admin, and roles elsewhere. */
export type CastMember =
  | 'anonymous'
  | 'politician'
  | 'administration'
  | 'principal'
  | 'otherPrincipal'
  | 'teacher'
  | 'coach'
  | 'admin'
  | 'municipalityAdmin'
  | 'otherAdministration'
  | 'otherPolitician'
  | 'otherMunicipalityAdmin';

/** The cast most role tables are written for. */
export const WHO = [
  'anonymous',
  'politician',
  'administration',
  'principal',
  'otherPrincipal',
  'teacher',
  'coach',
  'admin',
  'otherAdministration',
] as const satisfies readonly CastMember[];
export type Who = (typeof WHO)[number];

/** What an operation comes to for one member of the cast: done, or the error code it is refused with. */
export type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

/** The roles one person holds. */
export type Memberships = Array<{ organisation: OrganisationDoc; role: Role }>;

/** Where the cast works. */
export interface Stage {
  /** The municipality the tables are about: its politician, administration, coach and municipality admin. */
  municipality: OrganisationDoc;
  /** A school of the municipality: its principal and teacher. */
  unit: OrganisationDoc;
  /** Another school of the municipality, for the other principal. */
  otherUnit?: OrganisationDoc;
  /** Another municipality: the admin's home, and where the `other…` roles sit. */
  otherMunicipality: OrganisationDoc;
}

/** Where each member of the cast holds their one role. */
function membershipsOn(stage: Stage): Record<Exclude<CastMember, 'anonymous'>, Memberships | undefined> {
  const { municipality, unit, otherUnit, otherMunicipality } = stage;
  return {
    politician: [{ organisation: municipality, role: 'politician' }],
    administration: [{ organisation: municipality, role: 'administration' }],
    principal: [{ organisation: unit, role: 'principal' }],
    otherPrincipal: otherUnit && [{ organisation: otherUnit, role: 'principal' }],
    teacher: [{ organisation: unit, role: 'teacher' }],
    coach: [{ organisation: municipality, role: 'coach' }],
    admin: [{ organisation: otherMunicipality, role: 'admin' }],
    municipalityAdmin: [{ organisation: municipality, role: 'municipalityAdmin' }],
    otherAdministration: [{ organisation: otherMunicipality, role: 'administration' }],
    otherPolitician: [{ organisation: otherMunicipality, role: 'politician' }],
    otherMunicipalityAdmin: [{ organisation: otherMunicipality, role: 'municipalityAdmin' }],
  };
}

export interface CastOptions<W extends string> {
  /** Names other than the usual ones (`principal` is called "Person principal"). */
  names?: Partial<Record<W, string>>;
  /** Roles held elsewhere than on the stage, and members the cast does not know. */
  memberships?: Partial<Record<W, Memberships>>;
  /** Request headers of each member's client. */
  headers?: (who: W) => Record<string, string>;
}

export interface Cast<W extends string> {
  /** A client per member; `anonymous` has one that never signed in. */
  clients: Record<W, ApiClient>;
  /** The person of each member who signs in (address `<member in lower case>@example.se`). */
  people: Record<Exclude<W, 'anonymous'>, PersonDoc>;
}

/** Makes a person for each member of the cast, on the stage, and signs each in on a client of their own. */
export async function signInCast<W extends string>(
  baseUrl: string,
  who: readonly W[],
  stage: Stage,
  options: CastOptions<W> = {},
): Promise<Cast<W>> {
  const onStage = membershipsOn(stage) as Partial<Record<string, Memberships>>;
  const cast = { clients: {}, people: {} } as Cast<W>;
  for (const member of who) {
    const headers = options.headers?.(member) ?? {};
    if (member === 'anonymous') {
      cast.clients[member] = new ApiClient(baseUrl, headers);
      continue;
    }
    const memberships = options.memberships?.[member] ?? onStage[member];
    if (!memberships) throw new Error(`the cast has no place for ${member} on this stage`);
    const email = `${member.toLowerCase()}@example.se`;
    cast.people[member as Exclude<W, 'anonymous'>] = await makePerson(
      email,
      memberships,
      options.names?.[member] ?? `Person ${member}`,
    );
    cast.clients[member] = await signedIn(baseUrl, email, headers);
  }
  return cast;
}
