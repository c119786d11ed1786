import mongoose, { type Types } from 'mongoose';
import { z } from 'zod';
import { administersAnywhere, administersIn, requireViewer, type Viewer, objectIdString } from '../../auth/index.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { bilingual, parseInput, text } from '../../shared/validation.js';
import { pageArgs, toPage, type Page } from '../../shared/pagination.js';
import { inTransaction, recordAudit } from '../audit/index.js';
import { ORGANISATION_TEXT_MAX, type OrganisationDoc, type OrganisationKind } from './organisation.model.js';
import {
  countSchoolUnits as countUnits,
  findOrganisationById,
  findOrganisationWithCode,
  insertOrganisation,
  pageOrganisations,
  updateOrganisationFields,
} from './organisation.repository.js';

const what = { sv: 'Organisationen', en: 'The organisation' };

/** An organisation by code; organisation names and codes are public registry data. */
export async function findOrganisationByCode(code: string): Promise<OrganisationDoc | null> {
  if (!/^[0-9A-Za-z._-]{1,20}$/.test(code)) return null;
  return findOrganisationWithCode(code);
}

/** The municipality with this code, or null for any other organisation, a malformed code or none. */
export async function findMunicipality(code: unknown): Promise<OrganisationDoc | null> {
  const org = typeof code === 'string' ? await findOrganisationByCode(code) : null;
  return org?.kind === 'municipality' ? org : null;
}

/** An organisation by id, or null when there is none. */
export function findOrganisation(id: Types.ObjectId): Promise<OrganisationDoc | null> {
  return findOrganisationById(id);
}

/** How many of the ids are school units of the municipality (to check references from input). */
export function countSchoolUnits(ids: readonly Types.ObjectId[], municipalityCode: string): Promise<number> {
  return countUnits(ids, municipalityCode);
}

/** An organisation by id, or NOT_FOUND. */
export async function getOrganisation(id: Types.ObjectId): Promise<OrganisationDoc> {
  const org = await findOrganisationById(id);
  if (!org) throw new NotFoundError(what);
  return org;
}

const listSchema = z.object({
  kind: z.enum(['municipality', 'administration', 'schoolUnit']).optional(),
  municipalityCode: z
    .string()
    .regex(/^\d{4}$/, bilingual('ska vara fyra siffror', 'must be four digits'))
    .optional(),
  search: z.string().trim().max(100).optional(),
  parentId: z.instanceof(mongoose.Types.ObjectId).optional(),
  includeInactive: z.boolean().optional(),
});

/** Lists organisations by kind, municipality, parent and a name search, by name; deactivated ones only when asked. */
export async function listOrganisations(
  filter: {
    kind?: OrganisationKind;
    municipalityCode?: string;
    search?: string;
    parentId?: Types.ObjectId;
    includeInactive?: boolean;
  },
  page: { first?: number | null; after?: string | null },
): Promise<Page<OrganisationDoc>> {
  const f = parseInput(listSchema, filter);
  const args = pageArgs(page);
  const query: Record<string, unknown> = {};
  if (f.kind) query.kind = f.kind;
  if (f.municipalityCode) query.municipalityCode = f.municipalityCode;
  if (f.parentId) query.parentId = f.parentId;
  if (!f.includeInactive) query.active = mongoose.trusted({ $ne: false });
  if (f.search) {
    const escaped = f.search.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    query.name = mongoose.trusted({ $regex: escaped, $options: 'i' });
  }
  const { items, total } = await pageOrganisations(query, args.offset, args.first);
  return toPage(items, args, total);
}

const createSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(
      /^[0-9A-Za-z._-]{1,20}$/,
      bilingual(
        'får bara innehålla bokstäver, siffror, punkt och bindestreck',
        'may contain letters, digits, dots and dashes only',
      ),
    ),
  kind: z.enum(
    ['administration', 'schoolUnit'],
    bilingual('kan bara vara förvaltning eller skolenhet', 'can only be an administration or a school unit'),
  ),
  name: text({ max: ORGANISATION_TEXT_MAX.name, min: 1 }),
  parentId: objectIdString,
});

/** Adds an administration or school unit under an existing organisation (admin only). */
export async function createOrganisation(viewer: Viewer | null, input: unknown): Promise<OrganisationDoc> {
  const v = requireViewer({ viewer });
  if (!administersAnywhere(v)) throw new ForbiddenError();
  const data = parseInput(createSchema, input, 'input');
  const parent = await findOrganisationById(new mongoose.Types.ObjectId(data.parentId));
  if (!parent || !administersIn(v, parent.municipalityCode)) throw new NotFoundError(what);
  if (parent.active === false) {
    throw new BadInputError([{ field: 'input.parentId', message: { sv: 'är avaktiverad', en: 'is deactivated' } }]);
  }
  if (parent.kind === 'schoolUnit') {
    throw new BadInputError([
      {
        field: 'input.parentId',
        message: { sv: 'kan inte vara en skolenhet', en: 'cannot be a school unit' },
      },
    ]);
  }
  if (data.kind === 'administration' && parent.kind !== 'municipality') {
    throw new BadInputError([
      {
        field: 'input.parentId',
        message: {
          sv: 'en förvaltning ligger direkt under kommunen',
          en: 'an administration sits under the municipality',
        },
      },
    ]);
  }
  if (await findOrganisationWithCode(data.code)) {
    throw new BadInputError([{ field: 'input.code', message: { sv: 'används redan', en: 'is already in use' } }]);
  }
  return inTransaction(async (session) => {
    const doc = await insertOrganisation(session, {
      code: data.code,
      kind: data.kind,
      name: data.name,
      parentId: parent._id,
      municipalityCode: parent.municipalityCode,
      countyCode: parent.countyCode ?? null,
      countyName: parent.countyName ?? null,
    });
    await recordAudit(session, v, {
      action: 'organisation.create',
      targetType: 'Organisation',
      targetId: doc._id,
      municipalityCode: doc.municipalityCode,
      before: null,
      after: doc,
    });
    return doc;
  });
}

const updateSchema = z
  .object({
    id: objectIdString,
    version: z.number().int().min(1),
    name: text({ max: ORGANISATION_TEXT_MAX.name, min: 1 }).nullish(),
    active: z.boolean().nullish(),
  })
  .refine((d) => d.name != null || d.active != null, {
    path: ['name'],
    ...bilingual('ange ett nytt namn eller en ny status', 'give a new name or a new state'),
  });

/**
 * Renames, deactivates or reactivates an administration or school unit (whoever administers its
 * municipality), on the version the editor saw. Never deletes: a deactivated one keeps its plans,
 * memberships and history, and is left out of pickers.
 */
export async function updateOrganisation(viewer: Viewer | null, input: unknown): Promise<OrganisationDoc> {
  const v = requireViewer({ viewer });
  if (!administersAnywhere(v)) throw new ForbiddenError();
  const data = parseInput(updateSchema, input, 'input');
  const org = await findOrganisationById(new mongoose.Types.ObjectId(data.id));
  if (!org || !administersIn(v, org.municipalityCode)) throw new NotFoundError(what);
  if (org.kind === 'municipality') {
    throw new BadInputError([
      {
        field: 'input.id',
        message: {
          sv: 'en kommun kommer från registret och ändras inte här',
          en: 'a municipality comes from the registry and is not changed here',
        },
      },
    ]);
  }
  const set: { name?: string; active?: boolean } = {};
  if (data.name != null) set.name = data.name;
  if (data.active != null) set.active = data.active;
  return updateOrganisationFields(v, org._id, data.version, set, (current) =>
    current ? new ConflictError(shapeForConflict(current)) : new NotFoundError(what),
  );
}

/** What a CONFLICT carries of an organisation: the fields the editor sees. */
function shapeForConflict(o: OrganisationDoc) {
  return { id: o._id.toHexString(), name: o.name, active: o.active !== false, version: o.version ?? 1 };
}
