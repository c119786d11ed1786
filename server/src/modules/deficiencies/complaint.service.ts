import mongoose from 'mongoose';
import {
  editScope,
  isAdmin,
  isAdministrationOf,
  loadEditable,
  readScope,
  requireViewer,
  toObjectId,
  type Viewer,
} from '../../auth/index.js';
import { apiName } from '../../shared/enum-names.js';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, type FieldProblem } from '../../shared/errors.js';
import { pageArgs, toPage, type Page } from '../../shared/pagination.js';
import { parseInput } from '../../shared/validation.js';
import { findOrganisation } from '../organisations/index.js';
import { complaintChannelValues, complaintStateValues, type ComplaintState } from './deficiency.enums.js';
import { createComplaintInput, deficiencyFromComplaintInput, updateComplaintInput } from './deficiency.inputs.js';
import type { ComplaintDoc, DeficiencyDoc } from './deficiency.model.js';
import {
  canEditDeficiency,
  handlesComplaint,
  principalUnits,
  readsComplaint,
  readsComplaintCountsOf,
} from './deficiency.policy.js';
import {
  changeComplaint,
  countComplaintsByState,
  findComplaint,
  insertComplaint,
  insertDeficiencyFromComplaint,
  listComplaintsOf,
} from './deficiency.repository.js';
import { ORGANISATION, unitOf } from './deficiency.service.js';

const COMPLAINT = { sv: 'Klagomålet', en: 'The complaint' };
const oid = (s: string) => new mongoose.Types.ObjectId(s);

/** Where a complaint is in the routine, from the dates recorded: answered, investigated, being investigated, confirmed, received. */
export function complaintState(
  c: Pick<ComplaintDoc, 'confirmedAt' | 'investigator' | 'findings' | 'investigatedAt' | 'answeredAt'>,
): ComplaintState {
  if (c.answeredAt) return 'answered';
  if (c.investigatedAt) return 'investigated';
  if (c.investigator || c.findings) return 'investigating';
  if (c.confirmedAt) return 'confirmed';
  return 'received';
}

/** The routine's order: each step's date on or after the receipt, findings before "investigated", an answer before "answered". */
function routineProblems(c: ComplaintDoc): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const received = c.receivedAt.getTime();
  const notBefore = (field: 'confirmedAt' | 'investigatedAt' | 'answeredAt') => {
    const value = c[field];
    if (value && value.getTime() < received)
      problems.push({
        field: `input.${field}`,
        message: {
          sv: 'får inte ligga före dagen klagomålet kom in',
          en: 'may not lie before the day the complaint was received',
        },
      });
  };
  notBefore('confirmedAt');
  notBefore('investigatedAt');
  notBefore('answeredAt');
  if (c.investigatedAt && !c.findings)
    problems.push({
      field: 'input.findings',
      message: { sv: 'måste anges när utredningen är klar', en: 'is required once the investigation is done' },
    });
  if (c.answeredAt && !c.answer)
    problems.push({
      field: 'input.answer',
      message: { sv: 'måste anges när klaganden har fått svar', en: 'is required once the complainant is answered' },
    });
  if (c.answeredAt && !c.investigatedAt)
    problems.push({
      field: 'input.investigatedAt',
      message: { sv: 'måste anges innan klaganden får svar', en: 'is required before the complainant is answered' },
    });
  if (c.answeredAt && c.investigatedAt && c.answeredAt.getTime() < c.investigatedAt.getTime())
    problems.push({
      field: 'input.answeredAt',
      message: { sv: 'får inte ligga före utredningens datum', en: 'may not lie before the investigation was done' },
    });
  return problems;
}

/** Whether the viewer handles complaints anywhere in the municipality (its administration, or a principal of one of its units). */
function handlesAnyIn(viewer: Viewer, municipalityCode: string): boolean {
  if (isAdministrationOf(viewer, municipalityCode)) return true;
  const units = new Set(principalUnits(viewer));
  return viewer.memberships.some((m) => units.has(m.organisationId) && m.municipalityCode === municipalityCode);
}

/** A municipality's complaints the viewer handles (an admin: all, without personal data), newest received first. */
export async function listComplaints(
  viewer: Viewer | null,
  args: { organisationId: unknown; state?: ComplaintState | null; first?: number | null; after?: string | null },
): Promise<Page<ComplaintDoc>> {
  const v = requireViewer({ viewer });
  const orgId = toObjectId(args.organisationId, 'organisationId');
  const page = pageArgs(args);
  // An organisation is public registry data: NOT_FOUND only when absent.
  const org = await findOrganisation(orgId);
  if (!org) throw new NotFoundError(ORGANISATION);
  if (!isAdmin(v) && !handlesAnyIn(v, org.municipalityCode)) throw new ForbiddenError();
  const { items, total } = await listComplaintsOf(readScope(v), org.municipalityCode, args.state ?? null, page);
  return toPage(items, page, total);
}

/** How many of the municipality's complaints are in each state: anonymised counts, for every reading role there. */
export async function complaintCounts(
  viewer: Viewer | null,
  organisationId: unknown,
): Promise<{ state: ComplaintState; count: number }[]> {
  const v = requireViewer({ viewer });
  const org = await findOrganisation(toObjectId(organisationId, 'organisationId'));
  if (!org) throw new NotFoundError(ORGANISATION);
  if (!readsComplaintCountsOf(v, org.municipalityCode)) throw new ForbiddenError();
  const counts = await countComplaintsByState(readScope(v), org.municipalityCode);
  return Object.values(complaintStateValues).map((state) => ({ state, count: counts.get(state) ?? 0 }));
}

/** Query.complaint: the complaint if the viewer may read it, else null. */
export async function findVisibleComplaint(viewer: Viewer | null, id: unknown): Promise<ComplaintDoc | null> {
  const complaintId = toObjectId(id, 'id');
  return findComplaint(readScope(requireViewer({ viewer })), complaintId);
}

/** Registers a complaint (the administration, or the principal of the unit it concerns). */
export async function createComplaint(viewer: Viewer | null, input: unknown): Promise<ComplaintDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(createComplaintInput, input, 'input');
  const org = await findOrganisation(oid(data.organisationId));
  if (!org) throw new NotFoundError(ORGANISATION);
  const unitId =
    (await unitOf(org.municipalityCode, data.unitId, 'input.unitId')) ?? (org.kind === 'municipality' ? null : org._id);
  if (!handlesComplaint(scope.viewer, { municipalityCode: org.municipalityCode, unitId })) throw new ForbiddenError();
  const doc = {
    ownerId: org.kind === 'municipality' ? org._id : (org.parentId ?? org._id),
    municipalityCode: org.municipalityCode,
    unitId,
    receivedAt: data.receivedAt,
    channel: data.channel,
    complainantName: data.complainantName ?? null,
    complainantContact: data.complainantContact ?? null,
    subject: data.subject,
    confirmedAt: null,
    investigator: null,
    findings: null,
    investigatedAt: null,
    answeredAt: null,
    answer: null,
    state: 'received' as const,
    deficiencyId: null,
  };
  return insertComplaint(scope, doc);
}

/** What a CONFLICT carries: the complaint as it is now (only ever sent to someone who handles it). */
export function complaintConflictPayload(c: ComplaintDoc): Record<string, unknown> {
  const iso = (x: Date | null | undefined) => (x ? x.toISOString() : null);
  return {
    id: c._id.toHexString(),
    version: c.version,
    receivedAt: iso(c.receivedAt),
    channel: apiName(complaintChannelValues, c.channel),
    complainantName: c.complainantName ?? null,
    complainantContact: c.complainantContact ?? null,
    subject: c.subject,
    confirmedAt: iso(c.confirmedAt),
    investigator: c.investigator ?? null,
    findings: c.findings ?? null,
    investigatedAt: iso(c.investigatedAt),
    answeredAt: iso(c.answeredAt),
    answer: c.answer ?? null,
    state: apiName(complaintStateValues, c.state),
  };
}

const FIELDS = [
  'receivedAt',
  'channel',
  'complainantName',
  'complainantContact',
  'subject',
  'confirmedAt',
  'investigator',
  'findings',
  'investigatedAt',
  'answeredAt',
  'answer',
] as const;
const REQUIRED = new Set(['receivedAt', 'channel', 'subject']);

/** Records the registration or a step of the routine (receipt confirmed, investigated, answered) against a version; the state follows the dates. */
export async function updateComplaint(viewer: Viewer | null, input: unknown): Promise<ComplaintDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(updateComplaintInput, input, 'input');
  const c = await loadEditable(
    () => findComplaint(scope, oid(data.id)),
    { canSee: (x) => readsComplaint(scope.viewer, x), canEdit: (x) => handlesComplaint(scope.viewer, x) },
    COMPLAINT,
  );
  const set: Record<string, unknown> = {};
  for (const key of FIELDS) {
    const value = data[key];
    if (value === undefined || (value === null && REQUIRED.has(key))) continue;
    set[key] = value;
  }
  const next = { ...c, ...set } as ComplaintDoc;
  const problems = routineProblems(next);
  if (problems.length) throw new BadInputError(problems);
  set.state = complaintState(next);
  return changeComplaint(scope, c._id, data.expectedVersion, { $set: set }, (current) =>
    current ? new ConflictError(complaintConflictPayload(current)) : new NotFoundError(COMPLAINT),
  );
}

/** "A deficiency found": creates the deficiency a complaint revealed (source: the complaint), linked both ways (the administration). */
export async function createDeficiencyFromComplaint(viewer: Viewer | null, input: unknown): Promise<DeficiencyDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(deficiencyFromComplaintInput, input, 'input');
  const c = await loadEditable(
    () => findComplaint(scope, oid(data.complaintId)),
    {
      canSee: (x) => readsComplaint(scope.viewer, x),
      canEdit: (x) => handlesComplaint(scope.viewer, x) && canEditDeficiency(scope.viewer, x),
    },
    COMPLAINT,
  );
  const linked = () =>
    new BadInputError([
      { field: 'input.complaintId', message: { sv: 'har redan en brist', en: 'already has a deficiency' } },
    ]);
  if (c.deficiencyId) throw linked();
  const created = await insertDeficiencyFromComplaint(scope, c, {
    ownerId: c.ownerId,
    municipalityCode: c.municipalityCode,
    unitId: c.unitId ?? null,
    title: data.title,
    source: 'complaint',
    decisionReference: null,
    decisionDate: null,
    area: data.area,
    areaOther: data.area === 'other' ? (data.areaOther ?? null) : null,
    requirement: data.requirement,
    intervention: 'none',
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
        date: null,
        note: null,
      },
    ],
    complaintId: c._id,
  });
  if (!created) throw linked();
  return created;
}
