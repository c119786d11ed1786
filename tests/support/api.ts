import mongoose, { type Types } from 'mongoose';
import { hashPassword } from '../../server/src/auth/index.js';
import type { Role } from '../../server/src/auth/index.js';
import { OrganisationModel } from '../../server/src/modules/organisations/organisation.model.js';
import { type OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import { type PersonDoc } from '../../server/src/modules/people/index.js';
import {
  ActionItemModel,
  ActionPlanModel,
  AreaModel,
  StatusUpdateModel,
} from '../../server/src/modules/plans/plan.model.js';
import { type ActionPlanDoc, type PlanStatus } from '../../server/src/modules/plans/index.js';
import { CommentModel } from '../../server/src/modules/dialogue/comment.model.js';
import { makePerson as makeFactoryPerson } from '../../server/src/test/factories.js';

/** One GraphQL error as the API sends it. */
export interface GqlError {
  message: string;
  path?: string[];
  extensions: {
    code: string;
    messages?: { sv: string; en: string };
    fields?: Array<{ field: string; message: { sv: string; en: string } }>;
    current?: Record<string, unknown>;
    [key: string]: unknown;
  };
}

/** A GraphQL response. */
export interface GqlResponse<T> {
  data?: T | null;
  errors?: GqlError[];
}

/** A GraphQL-over-HTTP client with a cookie jar, like one browser tab. */
export class ApiClient {
  readonly cookies = new Map<string, string>();
  /** The Set-Cookie headers of the last response. */
  lastSetCookies: string[] = [];

  constructor(
    readonly baseUrl: string,
    readonly headers: Record<string, string> = {},
  ) {}

  /** Sends one operation; returns the parsed body (errors included, never thrown). */
  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResponse<T>> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    this.lastSetCookies = res.headers.getSetCookie();
    for (const sc of this.lastSetCookies) {
      const [pair] = sc.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (!value || /Max-Age=0/i.test(sc)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return (await res.json()) as GqlResponse<T>;
  }

  /** Sends one operation and returns its data, failing loudly on any error. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on the shape
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const body = await this.gql<T>(query, variables);
    if (body.errors?.length) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }

  /** Signs in; returns the raw response so tests can look at errors. */
  login(email: string, password: string) {
    return this.gql<{ login: { person: { id: string; name: string; email: string | null }; expiresAt: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { person { id name email } expiresAt } }',
      { e: email, p: password },
    );
  }
}

/** The error code of the first error, or undefined. */
export function errorCode(body: GqlResponse<unknown>): string | undefined {
  return body.errors?.[0]?.extensions.code;
}

/** The password every factory account gets. */
export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

/** Creates (or returns) a municipality. */
export async function makeMunicipality(code: string, name = `Kommun ${code}`): Promise<OrganisationDoc> {
  const existing = await OrganisationModel.findOne({ code }).lean<OrganisationDoc>();
  if (existing) return existing;
  const [doc] = await OrganisationModel.create([
    { code, kind: 'municipality', name, municipalityCode: code, parentId: null },
  ]);
  return doc!.toObject() as OrganisationDoc;
}

/** Creates a school unit under a municipality. */
export async function makeSchoolUnit(
  municipality: OrganisationDoc,
  code: string,
  name = `Skola ${code}`,
): Promise<OrganisationDoc> {
  const [doc] = await OrganisationModel.create([
    { code, kind: 'schoolUnit', name, municipalityCode: municipality.code, parentId: municipality._id },
  ]);
  return doc!.toObject() as OrganisationDoc;
}

/** Creates a person holding the given roles (password TEST_PASSWORD). */
export async function makePerson(
  email: string,
  roles: Array<{ organisation: OrganisationDoc; role: Role }>,
  name = email.split('@')[0]!,
): Promise<PersonDoc> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return makeFactoryPerson(roles, name, { email, passwordHash: await passwordHash });
}

/** A plan with areas × items (and optionally updates and comments per item), written directly for speed. */
export async function makePlan(options: {
  owner: OrganisationDoc;
  status?: PlanStatus;
  areas?: number;
  itemsPerArea?: number;
  updatesPerItem?: number;
  commentsPerItem?: number;
  responsibleId?: Types.ObjectId | null;
  authorId?: Types.ObjectId;
}): Promise<{ plan: ActionPlanDoc; areaIds: Types.ObjectId[]; itemIds: Types.ObjectId[] }> {
  const planId = new mongoose.Types.ObjectId();
  const [plan] = await ActionPlanModel.create([
    {
      _id: planId,
      title: `Plan ${planId.toHexString().slice(-6)}`,
      purpose: 'Att varje elev ska nå så långt som möjligt.',
      startingPoints: ['Behörighet för alla'],
      ownerId: options.owner._id,
      municipalityCode: options.owner.municipalityCode,
      period: { from: '2024/25', to: '2025/26' },
      status: options.status ?? 'active',
      version: 1,
    },
  ]);
  const areaIds: Types.ObjectId[] = [];
  const items = [];
  const updates = [];
  const comments = [];
  for (let a = 0; a < (options.areas ?? 1); a++) {
    const areaId = new mongoose.Types.ObjectId();
    areaIds.push(areaId);
    for (let i = 0; i < (options.itemsPerArea ?? 1); i++) {
      const itemId = new mongoose.Types.ObjectId();
      items.push({
        _id: itemId,
        planId,
        areaId,
        municipalityCode: options.owner.municipalityCode,
        text: `Åtgärd ${a + 1}.${i + 1}`,
        responsibleId: options.responsibleId ?? null,
        status: 'notStarted',
        progress: 0,
        position: i,
        version: 1,
      });
      for (let u = 0; u < (options.updatesPerItem ?? 0); u++) {
        updates.push({
          itemId,
          planId,
          municipalityCode: options.owner.municipalityCode,
          authorId: options.authorId ?? null,
          authorName: 'Testare',
          at: new Date(Date.UTC(2025, 0, 1 + u)),
          status: 'inProgress',
          progress: 10 * (u + 1),
          text: `Uppdatering ${u + 1}`,
        });
      }
      for (let c = 0; c < (options.commentsPerItem ?? 0); c++) {
        comments.push({
          targetType: 'actionItem',
          targetId: itemId,
          municipalityCode: options.owner.municipalityCode,
          authorId: options.authorId ?? new mongoose.Types.ObjectId(),
          authorName: 'Testare',
          text: `Kommentar ${c + 1}`,
        });
      }
    }
  }
  await AreaModel.insertMany(
    areaIds.map((id, i) => ({
      _id: id,
      planId,
      municipalityCode: options.owner.municipalityCode,
      title: `Område ${i + 1}`,
      position: i,
      version: 1,
    })),
  );
  if (items.length) await ActionItemModel.insertMany(items);
  if (updates.length) await StatusUpdateModel.insertMany(updates);
  if (comments.length) await CommentModel.insertMany(comments);
  return { plan: plan!.toObject() as ActionPlanDoc, areaIds, itemIds: items.map((i) => i._id) };
}

/** Signs a client in as the person, failing the test if it does not work. */
export async function signedIn(
  baseUrl: string,
  email: string,
  headers: Record<string, string> = {},
): Promise<ApiClient> {
  const client = new ApiClient(baseUrl, headers);
  const res = await client.login(email, TEST_PASSWORD);
  if (res.errors?.length) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
  return client;
}
