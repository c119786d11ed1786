import { isAdmin, isAdministrationOf, readsPublishedOf, type Viewer } from '../../auth/index.js';

// Who may do what with deficiencies and complaints (issue 14 points 5, 6 and 10):
// - deficiencies are read by every reading role of the municipality (politicians, administration,
//   principals, teachers) and by admins; the administration records and edits them; the principal
//   of the unit concerned adds measures and evidence;
// - complaints are handled by the administration and by the principal of the unit concerned, who
//   alone read the complainant's name and contact; an admin reads complaints without them;
//   politicians and teachers see no complaint, only counts per state.

interface Facts {
  municipalityCode: string;
  unitId?: { toHexString(): string } | null;
}

/** Whether the viewer is the principal of the school unit. */
export function isPrincipalOf(viewer: Viewer | null, unitId: { toHexString(): string } | null | undefined): boolean {
  if (!viewer || !unitId) return false;
  const id = unitId.toHexString();
  return viewer.memberships.some((m) => m.role === 'principal' && m.organisationId === id);
}

/** The school units the viewer is principal of. */
export function principalUnits(viewer: Viewer | null): string[] {
  return (viewer?.memberships ?? []).filter((m) => m.role === 'principal').map((m) => m.organisationId);
}

/** Reads the municipality's deficiencies: every reading role there, or an admin. */
export function readsDeficienciesOf(viewer: Viewer | null, municipalityCode: string): boolean {
  return readsPublishedOf(viewer, municipalityCode);
}

/** Records and edits a deficiency, and changes its state: the municipality's administration. */
export function canEditDeficiency(viewer: Viewer | null, d: Facts): boolean {
  return isAdministrationOf(viewer, d.municipalityCode);
}

/** Adds measures and evidence: the administration, or the principal of the unit concerned. */
export function canAddMeasures(viewer: Viewer | null, d: Facts): boolean {
  return canEditDeficiency(viewer, d) || isPrincipalOf(viewer, d.unitId);
}

/** Handles a complaint (and reads the complainant's personal data): the administration, or the principal of the unit concerned. */
export function handlesComplaint(viewer: Viewer | null, c: Facts): boolean {
  return isAdministrationOf(viewer, c.municipalityCode) || isPrincipalOf(viewer, c.unitId);
}

/** Reads a complaint at all: whoever handles it, or an admin (without the personal data). */
export function readsComplaint(viewer: Viewer | null, c: Facts): boolean {
  return handlesComplaint(viewer, c) || (!!viewer && isAdmin(viewer));
}

/** Reads the anonymised counts of the municipality's complaints per state: every reading role there. */
export function readsComplaintCountsOf(viewer: Viewer | null, municipalityCode: string): boolean {
  return readsPublishedOf(viewer, municipalityCode);
}
