import mongoose from 'mongoose';
import { z } from 'zod';
import {
  roleValues,
  createSession,
  deleteSession,
  dummyPasswordHash,
  hashPassword,
  isAdmin,
  issueDevice,
  requireViewer,
  reserveLoginAttempt,
  trustedDeviceHash,
  verifyPassword,
  type LoginThrottleRules,
  type Role,
  type Viewer,
  objectIdString,
  forgetPerson,
  administersAllOf,
  administersAnywhere,
  administersIn,
  grantsRole,
  consumePasswordToken,
  deleteSessionsOf,
  dropPasswordTokens,
  issuePasswordToken,
} from '../../auth/index.js';
import { AppError, BadInputError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { bilingual, isWellFormedText, parseInput, text } from '../../shared/validation.js';
import { pageArgs, toPage, type Page } from '../../shared/pagination.js';
import { inTransaction, recordAudit } from '../audit/index.js';
import { findOrganisation, findOrganisationByCode, findOrganisationsByIds } from '../organisations/index.js';
import { MAX_RESULT_PEERS, PERSON_TEXT_MAX, type PersonDoc } from './person.model.js';
import {
  emailInUse,
  findDemoPeople,
  findPerson,
  findPersonForSignIn,
  insertPerson,
  writeResultPeers,
  pagePeopleOf,
  personInMunicipality,
  writeActive,
  writeMemberships,
  writePassword,
} from './person.repository.js';

/** A successful sign-in: the person, the raw session and device tokens for the cookies, and when they expire. */
export interface LoginOutcome {
  person: PersonDoc;
  token: string;
  expiresAt: Date;
  device: { token: string; expiresAt: Date };
}

/** Where a sign-in comes from: the client's address and the device cookie its browser sent, if any. */
export interface LoginClient {
  ip: string;
  deviceToken: string | undefined;
}

/** The one answer to a wrong email or a wrong password, so neither reveals which accounts exist. */
export class InvalidCredentialsError extends AppError {
  constructor() {
    super(
      'UNAUTHENTICATED',
      { sv: 'Fel e-postadress eller lösenord.', en: 'Wrong email or password.' },
      { reason: 'INVALID_CREDENTIALS' },
    );
  }
}

const loginInput = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
});

/**
 * Signs a person in: the attempt is counted (throttled per account and address, or per trusted
 * browser) before the constant-time password check, then a new session and device cookie.
 */
export async function login(
  input: { email: unknown; password: unknown },
  client: LoginClient,
  throttle: LoginThrottleRules,
): Promise<LoginOutcome> {
  const { email, password } = parseInput(loginInput, input);
  const normalised = email.toLowerCase();
  const { ip } = client;
  const person = await findPersonForSignIn(normalised);
  const deviceHash = await trustedDeviceHash(client.deviceToken, person?._id);
  // Counted before the slow hash: concurrent guesses cannot all pass a check made before any of them failed.
  const attempt = await reserveLoginAttempt({ email: normalised, ip, trustedDeviceHash: deviceHash }, throttle);
  const ok = await verifyPassword(password, person?.passwordHash ?? (await dummyPasswordHash()));
  // A deactivated person, and an invited one without a password, fail exactly as a wrong password does.
  if (!person || !ok || person.active === false) throw new InvalidCredentialsError();
  await attempt.succeeded();
  // The session, the device cookie and the audit event commit together.
  const { session, device } = await inTransaction(async (s) => {
    const created = await createSession(person._id, ip, s);
    const issued = await issueDevice(person._id, deviceHash, s);
    await recordAudit(
      s,
      { personId: person._id.toHexString(), name: person.name, email: person.email, memberships: [] },
      {
        action: 'person.login',
        targetType: 'Person',
        targetId: person._id,
        municipalityCode: null,
        before: null,
        after: { ip },
      },
    );
    return { session: created, device: issued };
  });
  return { person, ...session, device };
}

/** Ends a session server-side (with its audit event); the cookie stops working on every API server at once. */
export async function logout(viewer: Viewer | null, token: string | undefined): Promise<void> {
  if (!token) return;
  await inTransaction(async (s) => {
    const personId = await deleteSession(token, s);
    if (!personId) return;
    await recordAudit(s, viewer, {
      action: 'person.logout',
      targetType: 'Person',
      targetId: personId,
      municipalityCode: null,
      before: null,
      after: null,
    });
  });
}

/** The signed-in person's own document. */
export async function me(viewer: Viewer | null): Promise<PersonDoc | null> {
  if (!viewer) return null;
  return findPerson(new mongoose.Types.ObjectId(viewer.personId));
}

const resultPeersInput = z
  .array(
    z.string().regex(/^\d{4}$/, bilingual('är ingen kommunkod (4 siffror)', 'is not a municipality code (4 digits)')),
    bilingual('måste vara en lista med kommunkoder', 'must be a list of municipality codes'),
  )
  .max(
    MAX_RESULT_PEERS,
    bilingual(`får vara högst ${MAX_RESULT_PEERS} kommuner`, `may hold at most ${MAX_RESULT_PEERS} municipalities`),
  )
  .refine(
    (codes) => new Set(codes).size === codes.length,
    bilingual('får inte ha samma kommun två gånger', 'must not hold the same municipality twice'),
  );

/**
 * Keeps the municipalities the signed-in person compares results with (any role: it is their own
 * choice): at most MAX_RESULT_PEERS municipality codes, each a municipality Lyfta knows, no repeats.
 */
export async function setResultPeers(viewer: Viewer | null, codes: unknown): Promise<PersonDoc> {
  const v = requireViewer({ viewer });
  const list = parseInput(resultPeersInput, codes, 'codes');
  const found = await Promise.all(list.map((code) => findOrganisationByCode(code)));
  const unknown = list.flatMap((code, i) => (found[i]?.kind === 'municipality' ? [] : [i]));
  if (unknown.length) {
    throw new BadInputError(
      unknown.map((i) => ({
        field: `codes.${i}`,
        message: { sv: `${list[i]} är ingen känd kommun`, en: `${list[i]} is not a known municipality` },
      })),
    );
  }
  const person = await writeResultPeers(new mongoose.Types.ObjectId(v.personId), list);
  if (!person) throw new NotFoundError({ sv: 'Personen', en: 'The person' });
  return person;
}

/** The person's id if they hold a role in the municipality, else null (to check references from input). */
export function personOfMunicipality(
  id: mongoose.Types.ObjectId,
  municipalityCode: string,
): Promise<mongoose.Types.ObjectId | null> {
  return personInMunicipality(id, municipalityCode);
}

/** The demo accounts for the sign-in screen: their email, name, main role and organisation. */
export async function demoAccounts(): Promise<
  Array<{ email: string; name: string; role: Role; organisationName: string }>
> {
  const people = await findDemoPeople();
  const orgIds = people.flatMap((p) => p.memberships.slice(0, 1).map((m) => m.organisationId));
  const orgs = await findOrganisationsByIds(orgIds, { name: 1 });
  const names = new Map(orgs.map((o) => [o._id.toHexString(), o.name]));
  return people
    .filter((p) => p.memberships.length > 0)
    .map((p) => ({
      email: p.email,
      name: p.name,
      role: p.memberships[0]!.role,
      organisationName: names.get(p.memberships[0]!.organisationId.toHexString()) ?? '',
    }));
}

const createPersonInput = z.object({
  name: text({ max: PERSON_TEXT_MAX.name, min: 1 }),
  title: text({ max: PERSON_TEXT_MAX.title }).nullish(),
  email: z.email().max(PERSON_TEXT_MAX.email),
  // Never trimmed or otherwise changed; only a lone surrogate, which hashing as UTF-8 would lose, is refused.
  password: z
    .string()
    .min(10)
    .max(1000)
    .refine(isWellFormedText, bilingual('innehåller ett trasigt tecken', 'contains a broken character')),
});

/** Creates a local account (admin only). */
export async function createPerson(viewer: Viewer | null, input: unknown): Promise<PersonDoc> {
  const v = requireViewer({ viewer });
  if (!isAdmin(v)) throw new ForbiddenError();
  const data = parseInput(createPersonInput, input, 'input');
  const email = data.email.toLowerCase();
  if (await emailInUse(email)) {
    throw new BadInputError([{ field: 'input.email', message: { sv: 'används redan', en: 'is already in use' } }]);
  }
  const passwordHash = await hashPassword(data.password);
  return inTransaction(async (session) => {
    const person = await insertPerson(session, {
      name: data.name,
      title: data.title ?? null,
      email,
      passwordHash,
      memberships: [],
      demo: false,
    });
    await recordAudit(session, v, {
      action: 'person.create',
      targetType: 'Person',
      targetId: person._id,
      municipalityCode: null,
      before: null,
      after: person,
    });
    return person;
  });
}

/** The viewer, if they administer some municipality; FORBIDDEN before anything is looked up otherwise. */
function requireAdministrator(viewer: Viewer | null): Viewer {
  const v = requireViewer({ viewer });
  if (!administersAnywhere(v)) throw new ForbiddenError();
  return v;
}

/** Whether the viewer administers a person: a municipality the person has a role in, or any for an admin. */
export function administersPerson(viewer: Viewer | null, person: Pick<PersonDoc, 'memberships'>): boolean {
  return !!viewer && (isAdmin(viewer) || person.memberships.some((m) => administersIn(viewer, m.municipalityCode)));
}

const municipalitiesOf = (person: PersonDoc) => [...new Set(person.memberships.map((m) => m.municipalityCode))];

/** FORBIDDEN unless the viewer administers every municipality of the person (see administersAllOf). */
function requireWholeAccount(viewer: Viewer, person: PersonDoc): void {
  if (!administersAllOf(viewer, municipalitiesOf(person))) throw new ForbiddenError();
}

/** FORBIDDEN when the viewer may not give or take this role (the admin role: an admin only). */
function requireGrant(viewer: Viewer, role: Role): void {
  if (!grantsRole(viewer, role)) throw new ForbiddenError();
}

const personWhat = { sv: 'Personen', en: 'The person' };
const organisationWhat = { sv: 'Organisationen', en: 'The organisation' };

/** A person the viewer administers, or NOT_FOUND for a hidden one as for an absent one. */
async function administeredPerson(viewer: Viewer, id: string, session?: mongoose.ClientSession): Promise<PersonDoc> {
  const person = await findPerson(new mongoose.Types.ObjectId(id), session);
  if (!person || !administersPerson(viewer, person)) throw new NotFoundError(personWhat);
  return person;
}

/** An organisation in a municipality the viewer administers, or NOT_FOUND. */
async function administeredOrganisation(viewer: Viewer, id: string) {
  const org = await findOrganisation(new mongoose.Types.ObjectId(id));
  if (!org || !administersIn(viewer, org.municipalityCode)) throw new NotFoundError(organisationWhat);
  return org;
}

const deactivatedOrganisation = (field: string) =>
  new BadInputError([
    {
      field,
      message: { sv: 'är avaktiverad och kan inte få nya roller', en: 'is deactivated and takes no new roles' },
    },
  ]);

const membershipInput = z.object({
  personId: objectIdString,
  organisationId: objectIdString,
  role: z.enum(roleValues),
});

/** Gives or takes away a role in an organisation (whoever administers its municipality). */
export async function setMembership(viewer: Viewer | null, input: unknown, present: boolean): Promise<PersonDoc> {
  const v = requireAdministrator(viewer);
  const data = parseInput(membershipInput, input, 'input');
  const role: Role = data.role;
  const [person, org] = await Promise.all([
    administeredPerson(v, data.personId),
    administeredOrganisation(v, data.organisationId),
  ]);
  requireGrant(v, role);
  if (present && org.active === false) throw deactivatedOrganisation('input.organisationId');
  // The memberships are read in the transaction: two concurrent changes to one person are then a
  // write conflict, which the transaction retries, instead of the later one dropping the earlier.
  const updated = await inTransaction(async (session) => {
    const current = (await findPerson(person._id, session)) ?? person;
    const others = current.memberships.filter((m) => !(m.organisationId.equals(org._id) && m.role === role));
    const memberships = present
      ? [
          ...others,
          { organisationId: org._id, organisationCode: org.code, municipalityCode: org.municipalityCode, role },
        ]
      : others;
    const after = await writeMemberships(session, person._id, memberships);
    await recordAudit(session, v, {
      action: present ? 'person.addMembership' : 'person.removeMembership',
      targetType: 'Person',
      targetId: person._id,
      municipalityCode: org.municipalityCode,
      before: { memberships: current.memberships },
      after: { memberships: after!.memberships },
    });
    return after!;
  });
  // After the commit, so no request can cache the old roles again.
  forgetPerson(person._id.toHexString());
  return updated;
}

const peopleFilter = z.object({
  municipalityCode: z.string().regex(/^\d{4}$/, bilingual('ska vara fyra siffror', 'must be four digits')),
  search: z.string().trim().max(100).optional(),
  includeInactive: z.boolean().optional(),
});

/** The people holding a role in a municipality the viewer administers, by name. */
export async function listPeople(
  viewer: Viewer | null,
  filter: { municipalityCode: unknown; search?: unknown; includeInactive?: unknown },
  page: { first?: number | null; after?: string | null },
): Promise<Page<PersonDoc>> {
  const v = requireAdministrator(viewer);
  const f = parseInput(peopleFilter, filter);
  if (!administersIn(v, f.municipalityCode)) throw new ForbiddenError();
  const args = pageArgs(page);
  const { items, total } = await pagePeopleOf(
    f.municipalityCode,
    { search: f.search || undefined, includeInactive: f.includeInactive ?? false },
    args.offset,
    args.first,
  );
  return toPage(items, args, total);
}

/** A set-password link just made: whose it is, the raw token (shown once, never stored) and its expiry. */
export interface PasswordLink {
  person: PersonDoc;
  token: string;
  expiresAt: Date;
}

const inviteInput = z.object({
  name: text({ max: PERSON_TEXT_MAX.name, min: 1 }),
  title: text({ max: PERSON_TEXT_MAX.title }).nullish(),
  email: z.email().max(PERSON_TEXT_MAX.email),
  organisationId: objectIdString,
  role: z.enum(roleValues),
});

/**
 * Invites a person: an account without a password, their first role, and a one-time link to set
 * their password, which the administrator passes on. No password is ever made or shown.
 */
export async function invitePerson(viewer: Viewer | null, input: unknown): Promise<PasswordLink> {
  const v = requireAdministrator(viewer);
  const data = parseInput(inviteInput, input, 'input');
  const org = await administeredOrganisation(v, data.organisationId);
  requireGrant(v, data.role);
  if (org.active === false) throw deactivatedOrganisation('input.organisationId');
  const email = data.email.toLowerCase();
  const inUse = () =>
    new BadInputError([{ field: 'input.email', message: { sv: 'används redan', en: 'is already in use' } }]);
  if (await emailInUse(email)) throw inUse();
  try {
    return await inTransaction(async (session) => {
      const person = await insertPerson(session, {
        name: data.name,
        title: data.title ?? null,
        email,
        passwordHash: null,
        passwordSet: false,
        memberships: [
          {
            organisationId: org._id,
            organisationCode: org.code,
            municipalityCode: org.municipalityCode,
            role: data.role,
          },
        ],
        demo: false,
      });
      const link = await issuePasswordToken(person._id, session);
      await recordAudit(session, v, {
        action: 'person.invite',
        targetType: 'Person',
        targetId: person._id,
        municipalityCode: org.municipalityCode,
        before: null,
        after: person,
      });
      return { person, ...link };
    });
  } catch (err) {
    // Two invitations of one address at once: the unique index lets one through.
    if ((err as { code?: unknown }).code === 11000) throw inUse();
    throw err;
  }
}

/** A new set-password link for a person (an invitation not yet used, or a forgotten password); earlier links stop working. */
export async function createPasswordLink(viewer: Viewer | null, personId: unknown): Promise<PasswordLink> {
  const v = requireAdministrator(viewer);
  const id = parseInput(objectIdString, personId, 'personId');
  const person = await administeredPerson(v, id);
  requireWholeAccount(v, person);
  if (person.active === false) {
    throw new BadInputError([{ field: 'personId', message: { sv: 'är avaktiverad', en: 'is deactivated' } }]);
  }
  return inTransaction(async (session) => {
    const link = await issuePasswordToken(person._id, session);
    await recordAudit(session, v, {
      action: 'person.passwordLink',
      targetType: 'Person',
      targetId: person._id,
      municipalityCode: person.memberships[0]?.municipalityCode ?? null,
      before: null,
      after: { expiresAt: link.expiresAt },
    });
    return { person, ...link };
  });
}

/** Deactivates a person (no sign-in, every session ended, links dropped; their writings stay) or activates them again. */
export async function setPersonActive(viewer: Viewer | null, input: unknown): Promise<PersonDoc> {
  const v = requireAdministrator(viewer);
  const data = parseInput(z.object({ personId: objectIdString, active: z.boolean() }), input, 'input');
  const person = await administeredPerson(v, data.personId);
  requireWholeAccount(v, person);
  if (!data.active && person._id.toHexString() === v.personId) {
    throw new BadInputError([
      {
        field: 'input.active',
        message: { sv: 'du kan inte avaktivera dig själv', en: 'you cannot deactivate yourself' },
      },
    ]);
  }
  const after = await inTransaction(async (session) => {
    const before = await writeActive(session, person._id, data.active);
    if (!before) throw new NotFoundError(personWhat);
    if (!data.active) {
      await deleteSessionsOf(person._id, session);
      await dropPasswordTokens(person._id, session);
    }
    if ((before.active !== false) !== data.active) {
      await recordAudit(session, v, {
        action: data.active ? 'person.activate' : 'person.deactivate',
        targetType: 'Person',
        targetId: person._id,
        municipalityCode: person.memberships[0]?.municipalityCode ?? null,
        before: { active: before.active !== false },
        after: { active: data.active },
      });
    }
    return { ...before, active: data.active };
  });
  // After the commit, so no request can cache the viewer again from a session that is gone.
  forgetPerson(person._id.toHexString());
  return after;
}

/** The one answer to a wrong, used, replaced or expired set-password link. */
export class InvalidPasswordLinkError extends AppError {
  constructor() {
    super(
      'NOT_FOUND',
      {
        sv: 'Länken är ogiltig, redan använd eller för gammal. Be din administratör om en ny.',
        en: 'The link is invalid, already used or too old. Ask your administrator for a new one.',
      },
      { reason: 'INVALID_TOKEN' },
    );
  }
}

/** The rule for a new password: never trimmed or changed; at least 10 characters, at most 1000. */
export const newPassword = z
  .string()
  .min(10)
  .max(1000)
  .refine(isWellFormedText, bilingual('innehåller ett trasigt tecken', 'contains a broken character'));

const setPasswordInput = z.object({ token: z.string().max(200), password: newPassword });

/**
 * Sets a password through a one-time link and signs the person in. The password's rules are
 * checked first (a mistake there costs nothing); each link tried then counts against the
 * client's address as a sign-in does, so links cannot be guessed; a link works once.
 */
export async function setPasswordWithLink(
  input: { token: unknown; password: unknown },
  client: LoginClient,
  throttle: LoginThrottleRules,
): Promise<LoginOutcome> {
  const data = parseInput(setPasswordInput, input);
  const attempt = await reserveLoginAttempt(
    { email: `set-password@${client.ip}`, ip: client.ip, trustedDeviceHash: null },
    throttle,
  );
  const passwordHash = await hashPassword(data.password);
  const outcome = await inTransaction(async (s) => {
    const personId = await consumePasswordToken(data.token, s);
    if (!personId) throw new InvalidPasswordLinkError();
    const person = await writePassword(s, personId, passwordHash);
    if (!person) throw new InvalidPasswordLinkError();
    const created = await createSession(person._id, client.ip, s);
    const device = await issueDevice(person._id, null, s);
    await recordAudit(
      s,
      { personId: person._id.toHexString(), name: person.name, email: person.email, memberships: [] },
      {
        action: 'person.setPassword',
        targetType: 'Person',
        targetId: person._id,
        municipalityCode: null,
        before: null,
        after: { ip: client.ip },
      },
    );
    return { person, ...created, device };
  });
  await attempt.succeeded();
  return outcome;
}
