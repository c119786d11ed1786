import mongoose, { type Types } from 'mongoose';
import {
  editFilter,
  inEditScope,
  isAdmin,
  isAdministrationOf,
  municipalityFilter,
  type EditScope,
  type ReadScope,
} from '../../auth/index.js';
import type { PageArgs } from '../../shared/pagination.js';
import { createAudited, inTransaction, recordAudit, updateVersioned } from '../audit/index.js';
import type { ComplaintState, DeficiencyState } from './deficiency.enums.js';
import { ComplaintModel, DeficiencyModel, type ComplaintDoc, type DeficiencyDoc } from './deficiency.model.js';
import { principalUnits } from './deficiency.policy.js';

// Every read and write of deficiencies and complaints takes the viewer's scope as its first
// argument. Deficiencies are read as the municipality's published documents (they have no drafts);
// (municipalityFilter: every municipality the scope reads); complaints only by those who handle them (the administration, the unit's principal) and admins.

const trusted = mongoose.trusted;
const oids = (ids: readonly string[]) => ids.map((id) => new mongoose.Types.ObjectId(id));

// ---------------------------------------------------------------------------------------------
// Deficiencies

/** Where measures and evidence may be added: the edit scope, and the units the viewer is principal of. */
function measureFilter(scope: EditScope): Record<string, unknown> {
  const units = principalUnits(scope.viewer);
  if (!units.length) return editFilter(scope);
  return { $or: trusted([editFilter(scope), { unitId: trusted({ $in: oids(units) }) }]) };
}

/** One deficiency by id within the scope, or null (hidden and absent alike). */
export function findDeficiency(scope: ReadScope, id: Types.ObjectId): Promise<DeficiencyDoc | null> {
  return DeficiencyModel.findOne({ _id: id, ...municipalityFilter(scope) })
    .lean<DeficiencyDoc>()
    .exec();
}

/** A page of a municipality's deficiencies within the scope, newest first, and their total. */
export async function listDeficienciesOf(
  scope: ReadScope,
  municipalityCode: string,
  filter: { state?: DeficiencyState | null; unitId?: Types.ObjectId | null },
  page: PageArgs,
): Promise<{ items: DeficiencyDoc[]; total: number }> {
  const where = {
    municipalityCode,
    ...municipalityFilter(scope),
    ...(filter.state ? { state: filter.state } : {}),
    ...(filter.unitId ? { unitId: filter.unitId } : {}),
  };
  const [items, total] = await Promise.all([
    DeficiencyModel.find(where)
      .sort({ createdAt: -1, _id: -1 })
      .skip(page.offset)
      .limit(page.first)
      .lean<DeficiencyDoc[]>(),
    DeficiencyModel.countDocuments(where),
  ]);
  return { items, total };
}

type NewDeficiency = Omit<DeficiencyDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>;

/** Creates a deficiency (version 1) with its audit event; its municipality must lie in the edit scope. */
export function insertDeficiency(scope: EditScope, doc: NewDeficiency): Promise<DeficiencyDoc> {
  if (!inEditScope(scope, doc)) throw new Error('a write outside the edit scope');
  return createAudited<DeficiencyDoc>({
    viewer: scope.viewer,
    model: DeficiencyModel,
    doc: doc as unknown as Record<string, unknown>,
    action: 'deficiency.create',
    targetType: 'Deficiency',
  });
}

export type DeficiencyAction =
  | 'deficiency.update'
  | 'deficiency.changeState'
  | 'deficiency.addMeasure'
  | 'deficiency.setMeasureDone'
  | 'deficiency.addEvidence';

/**
 * Changes a deficiency against a version (null: whatever is current) with its audit event. The
 * decision's fields and the state: the edit scope; measures and evidence: also the unit's principal.
 */
export function changeDeficiency(
  scope: EditScope,
  id: Types.ObjectId,
  expectedVersion: number | null,
  update: Record<string, unknown>,
  action: DeficiencyAction,
  conflict: (current: DeficiencyDoc | null) => Error,
  extra: Record<string, unknown> = {},
): Promise<DeficiencyDoc> {
  const byPrincipal =
    action === 'deficiency.addMeasure' || action === 'deficiency.setMeasureDone' || action === 'deficiency.addEvidence';
  return updateVersioned<DeficiencyDoc>({
    viewer: scope.viewer,
    model: DeficiencyModel,
    id,
    where: { ...(byPrincipal ? measureFilter(scope) : editFilter(scope)), ...extra },
    expectedVersion,
    update,
    action,
    targetType: 'Deficiency',
    conflict,
  });
}

// ---------------------------------------------------------------------------------------------
// Complaints

/** The complaints the scope reads: every one for an admin; else the administration's municipalities and the principal's units. */
function complaintFilter(scope: ReadScope): Record<string, unknown> {
  const viewer = scope.viewer;
  if (!viewer) return { _id: null };
  if (isAdmin(viewer)) return {};
  return handlerFilter(scope);
}

/** The complaints the viewer handles: the administration's municipalities and the principal's units (never an admin's by that role alone). */
function handlerFilter(scope: ReadScope): Record<string, unknown> {
  const viewer = scope.viewer;
  if (!viewer) return { _id: null };
  const codes = [...new Set(viewer.memberships.map((m) => m.municipalityCode))].filter((c) =>
    isAdministrationOf(viewer, c),
  );
  const units = principalUnits(viewer);
  return {
    $or: trusted([{ municipalityCode: trusted({ $in: codes }) }, { unitId: trusted({ $in: oids(units) }) }]),
  };
}

/** What an audit event keeps of a complaint: never the complainant's name or contact, which only its handlers read. */
export function complaintAuditView(doc: ComplaintDoc): Record<string, unknown> {
  const { complainantName, complainantContact, ...rest } = doc;
  return { ...rest, complainantRecorded: !!(complainantName || complainantContact) };
}

/** One complaint by id within the scope, or null (hidden and absent alike). */
export function findComplaint(scope: ReadScope, id: Types.ObjectId): Promise<ComplaintDoc | null> {
  return ComplaintModel.findOne({ _id: id, ...complaintFilter(scope) })
    .lean<ComplaintDoc>()
    .exec();
}

/** A page of a municipality's complaints within the scope, newest received first, and their total. */
export async function listComplaintsOf(
  scope: ReadScope,
  municipalityCode: string,
  state: ComplaintState | null | undefined,
  page: PageArgs,
): Promise<{ items: ComplaintDoc[]; total: number }> {
  const where = { municipalityCode, ...complaintFilter(scope), ...(state ? { state } : {}) };
  const [items, total] = await Promise.all([
    ComplaintModel.find(where)
      .sort({ receivedAt: -1, _id: -1 })
      .skip(page.offset)
      .limit(page.first)
      .lean<ComplaintDoc[]>(),
    ComplaintModel.countDocuments(where),
  ]);
  return { items, total };
}

/** How many of the municipality's complaints are in each state (anonymised counts; the caller checks the right to read them). */
export async function countComplaintsByState(
  _scope: ReadScope,
  municipalityCode: string,
): Promise<Map<ComplaintState, number>> {
  const rows = await ComplaintModel.aggregate<{ _id: ComplaintState; n: number }>([
    { $match: { municipalityCode } },
    { $group: { _id: '$state', n: { $sum: 1 } } },
  ]);
  return new Map(rows.map((r) => [r._id, r.n]));
}

type NewComplaint = Omit<ComplaintDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>;

/** Creates a complaint (version 1) with its audit event, which leaves out the personal data. */
export function insertComplaint(scope: EditScope, doc: NewComplaint): Promise<ComplaintDoc> {
  return inTransaction(async (session) => {
    const [created] = await ComplaintModel.create([{ ...doc, version: 1 }], { session });
    const saved = created!.toObject() as ComplaintDoc;
    await recordAudit(session, scope.viewer, {
      action: 'complaint.create',
      targetType: 'Complaint',
      targetId: saved._id,
      municipalityCode: saved.municipalityCode,
      before: null,
      after: complaintAuditView(saved),
    });
    return saved;
  });
}

/** Changes a complaint the viewer handles, against a version, with its audit event (without the personal data). */
export function changeComplaint(
  scope: EditScope,
  id: Types.ObjectId,
  expectedVersion: number,
  update: Record<string, unknown>,
  conflict: (current: ComplaintDoc | null) => Error,
): Promise<ComplaintDoc> {
  return updateVersioned<ComplaintDoc>({
    viewer: scope.viewer,
    model: ComplaintModel,
    id,
    where: handlerFilter(scope),
    expectedVersion,
    update,
    action: 'complaint.update',
    targetType: 'Complaint',
    conflict,
    auditView: complaintAuditView,
  });
}

/**
 * Creates the deficiency a complaint revealed and links the complaint to it, in one transaction
 * with both audit events; null when the complaint already has one (or is no longer handled by the viewer).
 */
export function insertDeficiencyFromComplaint(
  scope: EditScope,
  complaint: ComplaintDoc,
  doc: NewDeficiency,
): Promise<DeficiencyDoc | null> {
  if (!inEditScope(scope, doc)) throw new Error('a write outside the edit scope');
  return inTransaction(async (session): Promise<DeficiencyDoc | null> => {
    const [created] = await DeficiencyModel.create([{ ...doc, version: 1 }], { session });
    const deficiency = created!.toObject() as DeficiencyDoc;
    const before = await ComplaintModel.findOneAndUpdate(
      { _id: complaint._id, deficiencyId: null, ...handlerFilter(scope) },
      { $set: { deficiencyId: deficiency._id }, $inc: { version: 1 } },
      { session, returnDocument: 'before' },
    )
      .lean<ComplaintDoc>()
      .exec();
    // Nothing is written: the deficiency made above is undone with the transaction.
    if (!before) throw new AlreadyLinked();
    const after = (await ComplaintModel.findById(complaint._id).session(session).lean<ComplaintDoc>().exec())!;
    await recordAudit(session, scope.viewer, {
      action: 'deficiency.create',
      targetType: 'Deficiency',
      targetId: deficiency._id,
      municipalityCode: deficiency.municipalityCode,
      before: null,
      after: deficiency,
    });
    await recordAudit(session, scope.viewer, {
      action: 'complaint.linkDeficiency',
      targetType: 'Complaint',
      targetId: complaint._id,
      municipalityCode: complaint.municipalityCode,
      before: complaintAuditView(before),
      after: complaintAuditView(after),
    });
    return deficiency;
  }).catch((err: unknown) => {
    if (err instanceof AlreadyLinked) return null;
    throw err;
  });
}

class AlreadyLinked extends Error {}
