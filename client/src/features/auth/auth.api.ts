import type { Role } from '../../stores/roles.js';
import type { OperationResult } from '@urql/core';
import { graphqlClient } from '../../api/client.js';
import { toAppError } from '../../api/errors.js';
import type { SessionViewerQuery } from '../../api/generated/graphql.js';
// The typed documents come straight from the generated module so each route bundles only its own.
import {
  SessionDemoAccountsDocument as DemoAccountsQuery,
  SessionLoginDocument as LoginMutation,
  SessionLogoutDocument as LogoutMutation,
  SessionSetPasswordDocument as SetPasswordMutation,
  SessionViewerDocument as ViewerQuery,
} from '../../api/generated/graphql.js';

/** The signed-in person as the client shows them: name, role and organisation always visible. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** The person's role title, e.g. Skolchef, when set. */
  title: string | null;
  organisationId: string;
  organisationName: string;
  organisationCode: string;
  organisationKind: 'MUNICIPALITY' | 'ADMINISTRATION' | 'SCHOOL_UNIT';
  municipalityCode: string;
  /**
   * The municipality's organisation id when the membership shows it (the organisation itself, or
   * its parent), so pages list the municipality's plans without asking for the id first.
   */
  municipalityId?: string | null;
}

/** A demo account for one-click sign-in. */
export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  organisationName: string;
}

/** The demo accounts' shared password (public: it is printed on the sign-in page of the demo). */
export const DEMO_PASSWORD = 'lyfta-demo';

type RawViewer = NonNullable<SessionViewerQuery['me']>;

const rolePriority: Role[] = [
  'ADMIN',
  'ADMINISTRATION',
  'POLITICIAN',
  'PRINCIPAL',
  'TEACHER',
  'COACH',
  'MUNICIPALITY_ADMIN',
  'REGISTRAR',
];

/** Normalises the API's role spelling (enum or lower case) to the client's. */
export function toRole(raw: string): Role {
  const up = raw.toUpperCase() as Role;
  return rolePriority.includes(up) ? up : 'TEACHER';
}

type RawOrganisation = RawViewer['memberships'][number]['organisation'];

/** The municipality's id from an organisation and its parent (a municipality's code is its municipality code). */
function municipalityIdOf(o: RawOrganisation): string | null {
  if (o.kind === 'MUNICIPALITY') return o.id;
  return o.parent && o.parent.code === o.municipalityCode ? o.parent.id : null;
}

/** Picks the membership the header shows: the most capable one. */
export function toViewer(raw: RawViewer): Viewer {
  const ranked = [...raw.memberships].sort(
    (a, b) => rolePriority.indexOf(toRole(a.role)) - rolePriority.indexOf(toRole(b.role)),
  );
  const m = ranked[0];
  return {
    id: raw.id,
    name: raw.name,
    email: raw.email ?? '',
    title: raw.title ?? null,
    role: m ? toRole(m.role) : 'TEACHER',
    organisationId: m?.organisation.id ?? '',
    organisationName: m?.organisation.name ?? '',
    organisationCode: m?.organisation.code ?? '',
    organisationKind: m?.organisation.kind ?? 'MUNICIPALITY',
    municipalityCode: m?.organisation.municipalityCode ?? '',
    municipalityId: m ? municipalityIdOf(m.organisation) : null,
  };
}

/** An answer's data, or its error as an AppError (the error exchange has already routed it). */
async function dataOf<D>(answer: PromiseLike<OperationResult<D>>): Promise<D> {
  const result = await answer;
  if (result.error) throw toAppError(result.error);
  if (!result.data) throw toAppError(new Error('no data'));
  return result.data;
}

/**
 * The session's calls to the server, through the app's client and its normalised cache: signing
 * in writes the person as `Query.me`, signing out empties every query (api/cache.ts). The router's
 * guards run outside components, so these use the client itself rather than useQuery; tests
 * replace the functions with spies.
 */
export const sessionApi = {
  /** Who is signed in, or null. */
  async fetchViewer(): Promise<Viewer | null> {
    const data = await dataOf(graphqlClient.query(ViewerQuery, {}, { requestPolicy: 'network-only' }));
    return data.me ? toViewer(data.me) : null;
  },
  /** The demo accounts (empty without demo data). */
  async fetchDemoAccounts(): Promise<DemoAccount[]> {
    const data = await dataOf(graphqlClient.query(DemoAccountsQuery, {}, { requestPolicy: 'cache-first' }));
    return data.demoAccounts.map((a) => ({ ...a, role: toRole(a.role) }));
  },
  /** Signs in with email and password; the server sets the session cookie. */
  async signIn(email: string, password: string): Promise<Viewer> {
    const data = await dataOf(graphqlClient.mutation(LoginMutation, { email, password }));
    return toViewer(data.login.person);
  },
  /** Sets a password through a one-time link; the server signs the person in. */
  async setPassword(token: string, password: string): Promise<Viewer> {
    const data = await dataOf(graphqlClient.mutation(SetPasswordMutation, { input: { token, password } }));
    return toViewer(data.setPassword.person);
  },
  /** Ends the session on the server. */
  async signOut(): Promise<void> {
    await dataOf(graphqlClient.mutation(LogoutMutation, {}));
  },
};
