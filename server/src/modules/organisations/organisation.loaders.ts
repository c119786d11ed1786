import { NotFoundError } from '../../shared/errors.js';
import { KnownLoader, mapKnown, valuesOf, type MaybePromise } from '../../shared/known-loader.js';
import mongoose, { type Types } from 'mongoose';
import type { OrganisationDoc } from './organisation.model.js';
import { findOrganisationsByIds, joinableOrganisations } from './organisation.repository.js';
import type { JoinSource } from '../../shared/join-source.js';

/** Loads organisations by id, many ids in one query; built per request. */
export function createOrganisationLoader(): KnownLoader<OrganisationDoc | null> {
  return new KnownLoader(async (ids) => {
    const docs = await findOrganisationsByIds(ids.map((id) => new mongoose.Types.ObjectId(id)));
    const byId = new Map(docs.map((d) => [d._id.toHexString(), d]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Several organisations by id, skipping any that no longer exist. */
export function loadOrganisations(
  loader: KnownLoader<OrganisationDoc | null>,
  ids: Types.ObjectId[],
): MaybePromise<OrganisationDoc[]> {
  return mapKnown(
    valuesOf(
      loader,
      ids.map((id) => id.toHexString()),
    ),
    (docs) => docs.filter((d): d is OrganisationDoc => !!d),
  );
}

/** An organisation that must exist (a dangling reference is a server fault, reported as not found). */
export function requiredOrganisation(
  loader: KnownLoader<OrganisationDoc | null>,
  id: { toHexString(): string },
): MaybePromise<OrganisationDoc> {
  return mapKnown(loader.value(id.toHexString()), (org) => {
    if (!org) throw new NotFoundError({ sv: 'Organisationen', en: 'The organisation' });
    return org;
  });
}

/** Organisations as another module's read may join them, primed into the request's loader. */
export function organisationJoin(loader: KnownLoader<OrganisationDoc | null>): JoinSource<OrganisationDoc> {
  return {
    ...joinableOrganisations,
    prime: (doc) => loader.prime(doc._id.toHexString(), doc),
  };
}
