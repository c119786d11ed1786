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
} from '../../auth/index.js';
import { AppError, BadInputError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { bilingual, isWellFormedText, parseInput, text } from '../../shared/validation.js';
import { inTransaction, recordAudit } from '../audit/index.js';
import { findOrganisation, findOrganisationsByIds } from '../organisations/index.js';
import { PERSON_TEXT_MAX, type PersonDoc } from './person.model.js';
import {
  emailInUse,
  findDemoPeople,
  findPerson,
  findPersonForSignIn,
  insertPerson,
  personInMunicipality,
  writeMemberships,
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
  if (!person || !ok) throw new InvalidCredentialsError();
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

const membershipInput = z.object({
  personId: objectIdString,
  organisationId: objectIdString,
  role: z.enum(roleValues),
});

/** Gives or takes away a role in an organisation (admin only). */
export async function setMembership(viewer: Viewer | null, input: unknown, present: boolean): Promise<PersonDoc> {
  const v = requireViewer({ viewer });
  if (!isAdmin(v)) throw new ForbiddenError();
  const data = parseInput(membershipInput, input, 'input');
  const role: Role = data.role;
  const [person, org] = await Promise.all([
    findPerson(new mongoose.Types.ObjectId(data.personId)),
    findOrganisation(new mongoose.Types.ObjectId(data.organisationId)),
  ]);
  if (!person) throw new NotFoundError({ sv: 'Personen', en: 'The person' });
  if (!org) throw new NotFoundError({ sv: 'Organisationen', en: 'The organisation' });
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
