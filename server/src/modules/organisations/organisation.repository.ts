import mongoose, { type ClientSession, type Types } from 'mongoose';
import type { Viewer } from '../../auth/index.js';
import { updateVersioned } from '../audit/index.js';
import { OrganisationModel, type OrganisationDoc } from './organisation.model.js';

/** How another module's read may join organisations: the collection (nothing of them is withheld). */
export const joinableOrganisations = { from: OrganisationModel.collection.collectionName, hidden: [] };

// Reads and writes of the organisations collection. Organisations are public registry data (names,
// codes, the tree), so these take no viewer's scope; who may create one is the service's rule.

const inIds = (ids: readonly Types.ObjectId[]) => mongoose.trusted({ $in: [...ids] });

/** An organisation by id, or null. */
export function findOrganisationById(id: Types.ObjectId): Promise<OrganisationDoc | null> {
  return OrganisationModel.findById(id).lean<OrganisationDoc>().exec();
}

/** An organisation by its code, or null. */
export function findOrganisationWithCode(code: string): Promise<OrganisationDoc | null> {
  return OrganisationModel.findOne({ code }).lean<OrganisationDoc>().exec();
}

/** The organisations of the ids, in no particular order (missing ones left out). */
export function findOrganisationsByIds(
  ids: readonly Types.ObjectId[],
  fields?: Record<string, 0 | 1>,
): Promise<OrganisationDoc[]> {
  const query = OrganisationModel.find({ _id: inIds(ids) });
  return (fields ? query.select(fields) : query).lean<OrganisationDoc[]>().exec();
}

/** A page of the organisations matching the query, by name, and their total. */
export async function pageOrganisations(
  query: Record<string, unknown>,
  offset: number,
  limit: number,
): Promise<{ items: OrganisationDoc[]; total: number }> {
  const [items, total] = await Promise.all([
    OrganisationModel.find(query).sort({ name: 1, _id: 1 }).skip(offset).limit(limit).lean<OrganisationDoc[]>(),
    OrganisationModel.countDocuments(query),
  ]);
  return { items, total };
}

/** How many of the ids are school units of the municipality. */
export function countSchoolUnits(ids: readonly Types.ObjectId[], municipalityCode: string): Promise<number> {
  return OrganisationModel.countDocuments({ _id: inIds(ids), municipalityCode, kind: 'schoolUnit' });
}

/** Creates one organisation inside the caller's transaction. */
export async function insertOrganisation(
  session: ClientSession,
  doc: Omit<OrganisationDoc, '_id' | 'createdAt' | 'updatedAt'>,
): Promise<OrganisationDoc> {
  const [created] = await OrganisationModel.create([doc], { session });
  return created!.toObject() as OrganisationDoc;
}

/**
 * Renames or (de)activates one organisation against the version the editor saw, with its audit
 * event; `conflict` answers a stale version. Registry loads carry no version: they count as 1.
 */
export async function updateOrganisationFields(
  viewer: Viewer,
  id: Types.ObjectId,
  expectedVersion: number,
  set: Partial<Pick<OrganisationDoc, 'name' | 'active'>>,
  conflict: (current: OrganisationDoc | null) => Error,
): Promise<OrganisationDoc> {
  const versions = expectedVersion === 1 ? [1, null] : [expectedVersion];
  const stale = new Error('stale');
  try {
    return await updateVersioned<OrganisationDoc & { version: number }>({
      viewer,
      model: OrganisationModel as never,
      id,
      where: { version: mongoose.trusted({ $in: versions }) },
      expectedVersion: null,
      keepVersion: true,
      update: { $set: { ...set, version: expectedVersion + 1 } },
      action: 'organisation.update',
      targetType: 'Organisation',
      conflict: () => stale,
    });
  } catch (err) {
    if (err !== stale) throw err;
    // The version condition sits beside the id, so the current version is read without it.
    throw conflict(await findOrganisationById(id));
  }
}

/** True when the collection holds at least one organisation. */
export async function anyOrganisation(): Promise<boolean> {
  return !!(await OrganisationModel.findOne({}).select({ _id: 1 }).lean());
}

/** Inserts organisations in one unordered bulk write (demo data, scripts). */
export async function seedOrganisations(docs: { [K in keyof OrganisationDoc]?: unknown }[]): Promise<void> {
  await OrganisationModel.insertMany(docs, { ordered: false, lean: true });
}
