import mongoose, { type Types } from 'mongoose';
import {
  editScope,
  loadForEdit,
  loadInScope,
  loadOwnerInScope,
  readScope,
  requireViewer,
  toObjectId,
  type EditScope,
  type Viewer,
} from '../../auth/index.js';
import { apiName } from '../../shared/enum-names.js';
import { BadInputError, ConflictError, NotFoundError, type LocalizedText } from '../../shared/errors.js';
import { pageArgs, toPage, type Page } from '../../shared/pagination.js';
import { parseInput } from '../../shared/validation.js';
import { findOrganisation, type OrganisationDoc } from '../organisations/index.js';
import {
  deficiencyAreaValues,
  deficiencySourceValues,
  deficiencyStateValues,
  interventionValues,
  type DeficiencyState,
} from './deficiency.enums.js';
import {
  addEvidenceInput,
  addMeasureInput,
  changeStateInput,
  createDeficiencyInput,
  MAX_EVIDENCE,
  MAX_MEASURES,
  measureDoneInput,
  startOfToday,
  updateDeficiencyInput,
} from './deficiency.inputs.js';
import type { DeficiencyDoc } from './deficiency.model.js';
import { canAddMeasures, canEditDeficiency } from './deficiency.policy.js';
import {
  changeDeficiency,
  findDeficiency,
  insertDeficiency,
  listDeficienciesOf,
  type DeficiencyAction,
} from './deficiency.repository.js';

export const DEFICIENCY: LocalizedText = { sv: 'Bristen', en: 'The deficiency' };
export const ORGANISATION: LocalizedText = { sv: 'Organisationen', en: 'The organisation' };
const MEASURE: LocalizedText = { sv: 'Åtgärden', en: 'The measure' };
const oid = (s: string) => new mongoose.Types.ObjectId(s);

// Every read and write goes through deficiency.repository.ts with the viewer's scope; NOT_FOUND and
// FORBIDDEN come only from loadInScope, loadForEdit and loadOwnerInScope (auth/scope.ts).

/** Past the reporting deadline and not reported (open, or remaining after a follow-up decision). */
export function isOverdue(d: Pick<DeficiencyDoc, 'state' | 'reportDeadline'>, now = new Date()): boolean {
  return (
    (d.state === 'open' || d.state === 'remaining') &&
    !!d.reportDeadline &&
    d.reportDeadline.getTime() < startOfToday(now).getTime()
  );
}

/** The state changes the routine allows, from each state. */
export const STATE_CHANGES: Record<DeficiencyState, readonly DeficiencyState[]> = {
  open: ['reported', 'remedied'],
  reported: ['remedied', 'remaining'],
  remaining: ['reported', 'remedied'],
  remedied: [],
};

/** The organisation a list is asked for: the municipality, or one of its school units. */
async function listOwner(
  viewer: Viewer,
  organisationId: unknown,
): Promise<{ org: OrganisationDoc; scope: ReturnType<typeof readScope> }> {
  const orgId = toObjectId(organisationId, 'organisationId');
  const scope = readScope(viewer);
  const org = await loadOwnerInScope(scope, 'read', () => findOrganisation(orgId), ORGANISATION);
  return { org, scope };
}

/** A municipality's (or one school unit's) deficiencies the viewer may see, newest first, optionally in one state. */
export async function listDeficiencies(
  viewer: Viewer | null,
  args: { organisationId: unknown; state?: DeficiencyState | null; first?: number | null; after?: string | null },
): Promise<Page<DeficiencyDoc>> {
  const v = requireViewer({ viewer });
  const page = pageArgs(args);
  const { org, scope } = await listOwner(v, args.organisationId);
  const { items, total } = await listDeficienciesOf(
    scope,
    org.municipalityCode,
    { state: args.state ?? null, unitId: org.kind === 'municipality' ? null : org._id },
    page,
  );
  return toPage(items, page, total);
}

/** Query.deficiency: the deficiency if the viewer may see it, else null. */
export async function findVisibleDeficiency(viewer: Viewer | null, id: unknown): Promise<DeficiencyDoc | null> {
  const deficiencyId = toObjectId(id, 'id');
  return findDeficiency(readScope(requireViewer({ viewer })), deficiencyId);
}

/** The school unit a deficiency or complaint is about: one of the municipality's units, or a field problem. */
export async function unitOf(municipalityCode: string, unitId: string | null | undefined, field: string) {
  if (!unitId) return null;
  const unit = await findOrganisation(oid(unitId));
  if (!unit || unit.kind === 'municipality' || unit.municipalityCode !== municipalityCode)
    throw new BadInputError([
      { field, message: { sv: 'är ingen skolenhet i kommunen', en: 'is not a school unit of the municipality' } },
    ]);
  return unit._id;
}

/** Records a deficiency (the municipality's administration). */
export async function createDeficiency(viewer: Viewer | null, input: unknown): Promise<DeficiencyDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(createDeficiencyInput, input, 'input');
  const org = await loadOwnerInScope(scope, 'edit', () => findOrganisation(oid(data.organisationId)), ORGANISATION);
  const unitId =
    (await unitOf(org.municipalityCode, data.unitId, 'input.unitId')) ?? (org.kind === 'municipality' ? null : org._id);
  const owner = org.kind === 'municipality' ? org._id : (org.parentId ?? org._id);
  return insertDeficiency(scope, {
    ownerId: owner,
    municipalityCode: org.municipalityCode,
    unitId,
    title: data.title,
    source: data.source,
    decisionReference: data.decisionReference ?? null,
    decisionDate: data.decisionDate ?? null,
    area: data.area,
    areaOther: data.area === 'other' ? (data.areaOther ?? null) : null,
    requirement: data.requirement,
    intervention: data.intervention,
    reportDeadline: data.reportDeadline ?? null,
    state: 'open',
    reportedAt: null,
    measures: [],
    evidence: [],
    history: [
      {
        _id: new mongoose.Types.ObjectId(),
        state: 'open',
        at: new Date(),
        byId: oid(scope.viewer.personId),
        byName: scope.viewer.name,
        date: data.decisionDate ?? null,
        note: null,
      },
    ],
    complaintId: null,
  });
}

/** What a CONFLICT carries: the deficiency as it is now, in the API's names. */
export function deficiencyConflictPayload(d: DeficiencyDoc): Record<string, unknown> {
  const iso = (x: Date | null | undefined) => (x ? x.toISOString() : null);
  return {
    id: d._id.toHexString(),
    version: d.version,
    title: d.title,
    source: apiName(deficiencySourceValues, d.source),
    decisionReference: d.decisionReference ?? null,
    decisionDate: iso(d.decisionDate),
    area: apiName(deficiencyAreaValues, d.area),
    areaOther: d.areaOther ?? null,
    requirement: d.requirement,
    intervention: apiName(interventionValues, d.intervention),
    reportDeadline: iso(d.reportDeadline),
    state: apiName(deficiencyStateValues, d.state),
    reportedAt: iso(d.reportedAt),
    unitId: d.unitId?.toHexString() ?? null,
  };
}

function write(
  scope: EditScope,
  d: DeficiencyDoc,
  expectedVersion: number | null,
  update: Record<string, unknown>,
  action: DeficiencyAction,
  extra?: Record<string, unknown>,
): Promise<DeficiencyDoc> {
  return changeDeficiency(
    scope,
    d._id,
    expectedVersion,
    update,
    action,
    (current) => (current ? new ConflictError(deficiencyConflictPayload(current)) : new NotFoundError(DEFICIENCY)),
    extra,
  );
}

/** A deficiency the viewer may change in this way; NOT_FOUND when hidden or absent, FORBIDDEN when only visible. */
function editable(scope: EditScope, id: Types.ObjectId, rule: (d: DeficiencyDoc) => boolean): Promise<DeficiencyDoc> {
  return loadForEdit(scope, () => findDeficiency(scope, id), DEFICIENCY, rule);
}

/** Edits the decision's fields against a version (the administration). */
export async function updateDeficiency(viewer: Viewer | null, input: unknown): Promise<DeficiencyDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(updateDeficiencyInput, input, 'input');
  const d = await editable(scope, oid(data.id), (x) => canEditDeficiency(scope.viewer, x));
  const set: Record<string, unknown> = {};
  for (const key of ['title', 'source', 'requirement', 'intervention'] as const)
    if (data[key] != null) set[key] = data[key];
  for (const key of ['decisionReference', 'decisionDate', 'reportDeadline'] as const)
    if (data[key] !== undefined) set[key] = data[key];
  if (data.area != null) set.area = data.area;
  const area = data.area ?? d.area;
  if (area === 'other') {
    if (data.areaOther !== undefined) set.areaOther = data.areaOther;
    if (!(data.areaOther !== undefined ? data.areaOther : d.areaOther))
      throw new BadInputError([
        {
          field: 'input.areaOther',
          message: { sv: 'måste anges när området är "annat"', en: 'is required when the area is "other"' },
        },
      ]);
  } else set.areaOther = null;
  if (data.unitId !== undefined) set.unitId = await unitOf(d.municipalityCode, data.unitId, 'input.unitId');
  return write(scope, d, data.expectedVersion, { $set: set }, 'deficiency.update');
}

const refuse = (field: string, sv: string, en: string) => new BadInputError([{ field, message: { sv, en } }]);

/**
 * Moves a deficiency on: reported (to the School Inspectorate, with the day), remedied (only with
 * at least one piece of evidence of effect recorded) or remaining (after a follow-up decision, open
 * for new measures, with the next deadline). Against a version: of two changes at once one wins.
 */
export async function changeDeficiencyState(viewer: Viewer | null, input: unknown): Promise<DeficiencyDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(changeStateInput, input, 'input');
  const d = await editable(scope, oid(data.id), (x) => canEditDeficiency(scope.viewer, x));
  if (d.version !== data.expectedVersion) throw new ConflictError(deficiencyConflictPayload(d));
  if (!STATE_CHANGES[d.state].includes(data.state))
    throw refuse(
      'input.state',
      `kan inte ändras från ${STATE_SV[d.state]} till ${STATE_SV[data.state]}`,
      `cannot change from ${d.state} to ${data.state}`,
    );
  if (data.state === 'remedied' && d.source === 'inspection' && d.state === 'open')
    throw refuse(
      'input.state',
      'en brist i Skolinspektionens beslut redovisas innan den markeras som avhjälpt',
      'a deficiency in a School Inspectorate decision is reported before it is marked remedied',
    );
  if (data.state === 'remedied' && d.evidence.length === 0)
    throw refuse(
      'input.state',
      'kan markeras som avhjälpt först när minst ett belägg för effekt har registrerats',
      'can be marked remedied only once at least one piece of evidence of effect is recorded',
    );
  const set: Record<string, unknown> = { state: data.state };
  if (data.state === 'reported') set.reportedAt = data.date;
  if (data.state === 'remaining') set.reportDeadline = data.reportDeadline ?? null;
  const change = {
    _id: new mongoose.Types.ObjectId(),
    state: data.state,
    at: new Date(),
    byId: oid(scope.viewer.personId),
    byName: scope.viewer.name,
    date: data.date,
    note: data.note ?? null,
  };
  // The evidence is required of the stored document too, not only of the version read.
  const extra = data.state === 'remedied' ? { 'evidence.0': mongoose.trusted({ $exists: true }) } : {};
  return write(
    scope,
    d,
    data.expectedVersion,
    { $set: set, $push: { history: change } },
    'deficiency.changeState',
    extra,
  );
}

const STATE_SV: Record<DeficiencyState, string> = {
  open: 'öppen',
  reported: 'redovisad',
  remedied: 'avhjälpt',
  remaining: 'kvarstår',
};

/** Adds a measure (the administration, or the principal of the unit concerned); a remedied deficiency takes none. */
export async function addMeasure(viewer: Viewer | null, input: unknown): Promise<DeficiencyDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(addMeasureInput, input, 'input');
  const d = await editable(scope, oid(data.deficiencyId), (x) => canAddMeasures(scope.viewer, x));
  if (d.state === 'remedied')
    throw refuse(
      'input.deficiencyId',
      'är avhjälpt och tar inga nya åtgärder',
      'is remedied and takes no new measures',
    );
  if (d.measures.length >= MAX_MEASURES)
    throw refuse('input.deficiencyId', `har redan ${MAX_MEASURES} åtgärder`, `already has ${MAX_MEASURES} measures`);
  const measure = {
    _id: new mongoose.Types.ObjectId(),
    text: data.text,
    owner: data.owner ?? null,
    dueDate: data.dueDate ?? null,
    done: false,
    doneAt: null,
    addedById: oid(scope.viewer.personId),
    addedByName: scope.viewer.name,
    addedAt: new Date(),
  };
  return write(scope, d, null, { $push: { measures: measure } }, 'deficiency.addMeasure', {
    state: mongoose.trusted({ $ne: 'remedied' }),
    [`measures.${MAX_MEASURES - 1}`]: mongoose.trusted({ $exists: false }),
  });
}

/** Marks a measure done or not done. */
export async function setMeasureDone(viewer: Viewer | null, input: unknown): Promise<DeficiencyDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(measureDoneInput, input, 'input');
  const d = await editable(scope, oid(data.deficiencyId), (x) => canAddMeasures(scope.viewer, x));
  const mid = oid(data.measureId);
  if (!d.measures.some((m) => m._id.equals(mid))) throw new NotFoundError(MEASURE);
  return write(
    scope,
    d,
    null,
    { $set: { 'measures.$.done': data.done, 'measures.$.doneAt': data.done ? new Date() : null } },
    'deficiency.setMeasureDone',
    { 'measures._id': mid },
  );
}

/** Records a piece of evidence of effect (the administration, or the principal of the unit concerned). */
export async function addEvidence(viewer: Viewer | null, input: unknown): Promise<DeficiencyDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(addEvidenceInput, input, 'input');
  const d = await editable(scope, oid(data.deficiencyId), (x) => canAddMeasures(scope.viewer, x));
  if (d.evidence.length >= MAX_EVIDENCE)
    throw refuse(
      'input.deficiencyId',
      `har redan ${MAX_EVIDENCE} belägg`,
      `already has ${MAX_EVIDENCE} pieces of evidence`,
    );
  const evidence = {
    _id: new mongoose.Types.ObjectId(),
    text: data.text,
    url: data.url ?? null,
    date: data.date,
    byId: oid(scope.viewer.personId),
    byName: scope.viewer.name,
    addedAt: new Date(),
  };
  return write(scope, d, null, { $push: { evidence } }, 'deficiency.addEvidence', {
    [`evidence.${MAX_EVIDENCE - 1}`]: mongoose.trusted({ $exists: false }),
  });
}

/** Reads one deficiency in the scope (NOT_FOUND for hidden and absent alike). */
export function loadDeficiency(viewer: Viewer, id: Types.ObjectId): Promise<DeficiencyDoc> {
  const scope = readScope(viewer);
  return loadInScope(scope, () => findDeficiency(scope, id), DEFICIENCY);
}
