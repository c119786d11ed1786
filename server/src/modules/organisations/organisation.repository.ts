import mongoose, { type ClientSession, type Types } from 'mongoose';
import { OrganisationModel, type OrganisationDoc } from './organisation.model.js';

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

/** True when the collection holds at least one organisation. */
export async function anyOrganisation(): Promise<boolean> {
  return !!(await OrganisationModel.findOne({}).select({ _id: 1 }).lean());
}

/** Inserts organisations in one unordered bulk write (demo data, scripts). */
export async function seedOrganisations(docs: { [K in keyof OrganisationDoc]?: unknown }[]): Promise<void> {
  await OrganisationModel.insertMany(docs, { ordered: false, lean: true });
}
