// Factories for service tests: documents written straight to the embedded database, so a test
// states only what it is about and calls the service with a viewer, without HTTP or GraphQL.
// Models are imported from their files here on purpose: building data is below every door.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose, { type Types } from 'mongoose';
import { afterAll, beforeAll } from 'vitest';
import { toViewer, type Role, type Viewer } from '../auth/index.js';
import { connectDatabase, type Database } from '../database/connect.js';
import { createLogger } from '../shared/logger.js';
import { OrganisationModel, type OrganisationDoc } from '../modules/organisations/organisation.model.js';
import { PersonModel, type PersonDoc } from '../modules/people/person.model.js';
import {
  ActionItemModel,
  ActionPlanModel,
  AreaModel,
  type ActionItemDoc,
  type ActionPlanDoc,
  type AreaDoc,
  type ItemStatus,
  type PlanStatus,
} from '../modules/plans/plan.model.js';
import { GoalModel, type GoalDoc } from '../modules/goals/goal.model.js';

/**
 * Starts the embedded database in a fresh folder before the file's tests and removes it after,
 * so every test file has a database of its own (no mock, no shared state between files).
 */
export function useTestDatabase(): void {
  let database: Database | undefined;
  let dir: string | undefined;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lyfta-service-test-'));
    database = await connectDatabase({ mongodbUri: undefined, dataDir: dir }, createLogger('silent'));
  });
  afterAll(async () => {
    await database?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
}

// Codes unique within a test file's database; municipality codes are four digits, schools eight.
let sequence = 0;
const next = () => ++sequence;

/** A municipality with a code of its own. */
export async function makeMunicipality(name?: string): Promise<OrganisationDoc> {
  const code = String(9000 + next()).padStart(4, '0');
  const [doc] = await OrganisationModel.create([
    { code, kind: 'municipality', name: name ?? `Kommun ${code}`, municipalityCode: code, parentId: null },
  ]);
  return doc!.toObject() as OrganisationDoc;
}

/** A school unit of the municipality. */
export async function makeSchool(municipality: OrganisationDoc, name?: string): Promise<OrganisationDoc> {
  const code = `${municipality.code}${String(next()).padStart(4, '0')}`;
  const [doc] = await OrganisationModel.create([
    {
      code,
      kind: 'schoolUnit',
      name: name ?? `Skola ${code}`,
      municipalityCode: municipality.municipalityCode,
      parentId: municipality._id,
    },
  ]);
  return doc!.toObject() as OrganisationDoc;
}

/** How a person signs in: the address and the hash of a password. */
export interface Account {
  email: string;
  passwordHash: string;
}

/**
 * A person holding one role in each given organisation. Without an account the person has an
 * address of their own and no usable password (service tests never sign in).
 */
export async function makePerson(
  roles: Array<{ organisation: OrganisationDoc; role: Role }>,
  name?: string,
  account?: Account,
): Promise<PersonDoc> {
  const n = next();
  const [doc] = await PersonModel.create([
    {
      name: name ?? `Person ${n}`,
      email: account?.email ?? `person${n}@example.se`,
      passwordHash: account?.passwordHash ?? 'not-a-hash',
      memberships: roles.map((r) => ({
        organisationId: r.organisation._id,
        organisationCode: r.organisation.code,
        municipalityCode: r.organisation.municipalityCode,
        role: r.role,
      })),
    },
  ]);
  return doc!.toObject() as PersonDoc;
}

/** A viewer as a signed-in request would have it: a new person with one role in the organisation. */
export async function makeViewer(role: Role, organisation: OrganisationDoc): Promise<Viewer> {
  return toViewer(await makePerson([{ organisation, role }], `${role} ${organisation.code}`));
}

/** An action plan of the organisation with one area and the given items (written directly, version 1). */
export async function makePlan(options: {
  owner: OrganisationDoc;
  status?: PlanStatus;
  items?: Array<{ text?: string; responsibleId?: Types.ObjectId | null; status?: ItemStatus }>;
}): Promise<{ plan: ActionPlanDoc; area: AreaDoc; items: ActionItemDoc[] }> {
  const { owner } = options;
  const [plan] = await ActionPlanModel.create([
    {
      title: `Plan ${next()}`,
      purpose: 'Att varje elev ska nå så långt som möjligt.',
      startingPoints: [],
      ownerId: owner._id,
      municipalityCode: owner.municipalityCode,
      period: { from: '2024/25', to: '2025/26' },
      status: options.status ?? 'active',
      version: 1,
    },
  ]);
  const [area] = await AreaModel.create([
    { planId: plan!._id, municipalityCode: owner.municipalityCode, title: 'Område 1', position: 0, version: 1 },
  ]);
  const items = await ActionItemModel.insertMany(
    (options.items ?? [{}]).map((item, i) => ({
      planId: plan!._id,
      areaId: area!._id,
      municipalityCode: owner.municipalityCode,
      text: item.text ?? `Åtgärd ${i + 1}`,
      responsibleId: item.responsibleId ?? null,
      status: item.status ?? 'notStarted',
      progress: 0,
      position: i,
      version: 1,
    })),
  );
  return {
    plan: plan!.toObject() as ActionPlanDoc,
    area: area!.toObject() as AreaDoc,
    items: items.map((d) => d.toObject() as ActionItemDoc),
  };
}

/** A goal of the organisation without targets (written directly, version 1). */
export async function makeGoal(options: {
  owner: OrganisationDoc;
  plan?: ActionPlanDoc;
  status?: PlanStatus;
  title?: string;
}): Promise<GoalDoc> {
  const [doc] = await GoalModel.create([
    {
      title: options.title ?? `Mål ${next()}`,
      ownerId: options.owner._id,
      municipalityCode: options.owner.municipalityCode,
      planId: options.plan?._id ?? null,
      status: options.status ?? 'active',
      targets: [],
      version: 1,
    },
  ]);
  return doc!.toObject() as GoalDoc;
}

/** A fresh id no document has, for "unknown id" cases. */
export const unknownId = (): string => new mongoose.Types.ObjectId().toHexString();
