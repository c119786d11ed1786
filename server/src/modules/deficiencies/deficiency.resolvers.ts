import { readScope } from '../../auth/index.js';
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { requiredOrganisation } from '../organisations/index.js';
import {
  complaintChannelValues,
  complaintStateValues,
  deficiencyAreaValues,
  deficiencySourceValues,
  deficiencyStateValues,
  interventionValues,
} from './deficiency.enums.js';
import { canAddMeasures, canEditDeficiency, handlesComplaint } from './deficiency.policy.js';
import { findComplaint, findDeficiency } from './deficiency.repository.js';
import {
  addEvidence,
  addMeasure,
  changeDeficiencyState,
  createDeficiency,
  findVisibleDeficiency,
  isOverdue,
  listDeficiencies,
  setMeasureDone,
  STATE_CHANGES,
  updateDeficiency,
} from './deficiency.service.js';
import {
  complaintCounts,
  createComplaint,
  createDeficiencyFromComplaint,
  findVisibleComplaint,
  listComplaints,
  updateComplaint,
} from './complaint.service.js';

/** Deficiencies and complaints; every read goes through the repository with the viewer's scope. */
export const deficiencyResolvers: Resolvers = {
  DeficiencySource: deficiencySourceValues,
  DeficiencyArea: deficiencyAreaValues,
  InterventionKind: interventionValues,
  DeficiencyState: deficiencyStateValues,
  ComplaintChannel: complaintChannelValues,
  ComplaintState: complaintStateValues,
  Query: {
    deficiencies: (_p, args, ctx) => listDeficiencies(ctx.viewer, args),
    deficiency: (_p, args, ctx) => findVisibleDeficiency(ctx.viewer, args.id),
    complaints: (_p, args, ctx) => listComplaints(ctx.viewer, args),
    complaint: (_p, args, ctx) => findVisibleComplaint(ctx.viewer, args.id),
    complaintCounts: (_p, args, ctx) => complaintCounts(ctx.viewer, args.organisationId),
  },
  Mutation: {
    createDeficiency: (_p, args, ctx) => createDeficiency(ctx.viewer, args.input),
    updateDeficiency: (_p, args, ctx) => updateDeficiency(ctx.viewer, args.input),
    changeDeficiencyState: (_p, args, ctx) => changeDeficiencyState(ctx.viewer, args.input),
    addDeficiencyMeasure: (_p, args, ctx) => addMeasure(ctx.viewer, args.input),
    setDeficiencyMeasureDone: (_p, args, ctx) => setMeasureDone(ctx.viewer, args.input),
    addDeficiencyEvidence: (_p, args, ctx) => addEvidence(ctx.viewer, args.input),
    createComplaint: (_p, args, ctx) => createComplaint(ctx.viewer, args.input),
    updateComplaint: (_p, args, ctx) => updateComplaint(ctx.viewer, args.input),
    createDeficiencyFromComplaint: (_p, args, ctx) => createDeficiencyFromComplaint(ctx.viewer, args.input),
  },
  Deficiency: {
    id: (d) => d._id.toHexString(),
    owner: (d, _a, ctx) => requiredOrganisation(ctx.loaders.organisation, d.ownerId),
    unit: (d, _a, ctx) => (d.unitId ? requiredOrganisation(ctx.loaders.organisation, d.unitId) : null),
    decisionReference: (d) => d.decisionReference ?? null,
    decisionDate: (d) => d.decisionDate ?? null,
    areaOther: (d) => d.areaOther ?? null,
    reportDeadline: (d) => d.reportDeadline ?? null,
    reportedAt: (d) => d.reportedAt ?? null,
    overdue: (d) => isOverdue(d),
    nextStates: (d, _a, ctx) => (canEditDeficiency(ctx.viewer, d) ? [...STATE_CHANGES[d.state]] : []),
    // Read in the viewer's scope: a politician reads the deficiency but never the complaint behind it.
    complaint: (d, _a, ctx) => (d.complaintId ? findComplaint(readScope(ctx.viewer), d.complaintId) : null),
    fromComplaint: (d) => !!d.complaintId,
    canEdit: (d, _a, ctx) => canEditDeficiency(ctx.viewer, d),
    canAddMeasures: (d, _a, ctx) => canAddMeasures(ctx.viewer, d) && d.state !== 'remedied',
  },
  DeficiencyMeasure: {
    id: (m) => m._id.toHexString(),
    owner: (m) => m.owner ?? null,
    dueDate: (m) => m.dueDate ?? null,
    doneAt: (m) => m.doneAt ?? null,
  },
  DeficiencyEvidence: {
    id: (e) => e._id.toHexString(),
    url: (e) => e.url ?? null,
  },
  DeficiencyStateChange: {
    id: (h) => h._id.toHexString(),
    date: (h) => h.date ?? null,
    note: (h) => h.note ?? null,
  },
  Complaint: {
    id: (c) => c._id.toHexString(),
    owner: (c, _a, ctx) => requiredOrganisation(ctx.loaders.organisation, c.ownerId),
    unit: (c, _a, ctx) => (c.unitId ? requiredOrganisation(ctx.loaders.organisation, c.unitId) : null),
    // The complainant's personal data: only those who handle the complaint read them.
    complainantName: (c, _a, ctx) => (handlesComplaint(ctx.viewer, c) ? (c.complainantName ?? null) : null),
    complainantContact: (c, _a, ctx) => (handlesComplaint(ctx.viewer, c) ? (c.complainantContact ?? null) : null),
    personalDataVisible: (c, _a, ctx) => handlesComplaint(ctx.viewer, c),
    confirmedAt: (c) => c.confirmedAt ?? null,
    investigator: (c) => c.investigator ?? null,
    findings: (c) => c.findings ?? null,
    investigatedAt: (c) => c.investigatedAt ?? null,
    answeredAt: (c) => c.answeredAt ?? null,
    answer: (c) => c.answer ?? null,
    deficiency: (c, _a, ctx) => (c.deficiencyId ? findDeficiency(readScope(ctx.viewer), c.deficiencyId) : null),
    canEdit: (c, _a, ctx) => handlesComplaint(ctx.viewer, c),
    canCreateDeficiency: (c, _a, ctx) =>
      !c.deficiencyId && handlesComplaint(ctx.viewer, c) && canEditDeficiency(ctx.viewer, c),
  },
};
