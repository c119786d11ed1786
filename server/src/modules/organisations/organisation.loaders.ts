import { NotFoundError } from '../../shared/errors.js';
import DataLoader from 'dataloader';
import mongoose, { type Types } from 'mongoose';
import type { OrganisationDoc } from './organisation.model.js';
import { findOrganisationsByIds } from './organisation.repository.js';

/** Loads organisations by id, many ids in one query; built per request. */
export function createOrganisationLoader(): DataLoader<string, OrganisationDoc | null> {
  return new DataLoader(async (ids) => {
    const docs = await findOrganisationsByIds(ids.map((id) => new mongoose.Types.ObjectId(id)));
    const byId = new Map(docs.map((d) => [d._id.toHexString(), d]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Loads several organisations by id, skipping any that no longer exist. */
export async function loadOrganisations(
  loader: DataLoader<string, OrganisationDoc | null>,
  ids: Types.ObjectId[],
): Promise<OrganisationDoc[]> {
  const docs = await loader.loadMany(ids.map((id) => id.toHexString()));
  return docs.filter((d): d is OrganisationDoc => !!d && !(d instanceof Error));
}

/** Loads an organisation that must exist (a dangling reference is a server fault, reported as not found). */
export async function requiredOrganisation(
  loader: { load(id: string): Promise<OrganisationDoc | null> },
  id: { toHexString(): string },
) {
  const org = await loader.load(id.toHexString());
  if (!org) throw new NotFoundError({ sv: 'Organisationen', en: 'The organisation' });
  return org;
}
