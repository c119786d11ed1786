import { isAdmin, isAdministrationOf, readsPublishedOf, type Viewer } from '../../auth/index.js';
import type { ContributorRight, ReportKind, ReportStatus } from './quality.enums.js';

/** The facts of a report that decide who reads and writes it. */
export interface ReportFacts {
  kind: ReportKind;
  organisationCode: string;
  municipalityCode: string;
  status: ReportStatus;
  contributors: readonly { personId: { toHexString(): string }; right: ContributorRight }[];
}

/** The school unit codes where the viewer is principal. */
export function principalUnits(viewer: Viewer | null): string[] {
  return (viewer?.memberships ?? []).filter((m) => m.role === 'principal').map((m) => m.organisationCode);
}

/** The principal of the report's unit (a unit report only). */
export function isPrincipalOf(viewer: Viewer | null, report: Pick<ReportFacts, 'kind' | 'organisationCode'>): boolean {
  return report.kind === 'unit' && principalUnits(viewer).includes(report.organisationCode);
}

/** The right an invited colleague holds in the report, if any. */
export function contributorRight(viewer: Viewer | null, report: Pick<ReportFacts, 'contributors'>) {
  if (!viewer) return null;
  return report.contributors.find((c) => c.personId.toHexString() === viewer.personId)?.right ?? null;
}

/**
 * Reads a report: an admin; the municipality's administration (every report and status); the
 * unit's principal; a colleague invited to it; and once it is approved, every reading role of the
 * municipality (politicians, principals, teachers).
 */
export function canReadReport(viewer: Viewer | null, report: ReportFacts): boolean {
  if (!viewer) return false;
  if (isAdmin(viewer) || isAdministrationOf(viewer, report.municipalityCode)) return true;
  if (isPrincipalOf(viewer, report) || contributorRight(viewer, report)) return true;
  return report.status === 'approved' && readsPublishedOf(viewer, report.municipalityCode);
}

/** Whether the report's text may change at all: while it is a draft or has been sent back. */
export const isOpenForWriting = (status: ReportStatus) => status === 'draft' || status === 'returned';

/**
 * Writes a report's sections while it is open: a unit report by its principal and the colleagues
 * invited to write; the organiser's report by the municipality's administration.
 */
export function canWriteReport(viewer: Viewer | null, report: ReportFacts): boolean {
  if (!viewer || !isOpenForWriting(report.status)) return false;
  if (report.kind === 'organiser') return isAdministrationOf(viewer, report.municipalityCode);
  return isPrincipalOf(viewer, report) || contributorRight(viewer, report) === 'write';
}

/** Hands a report in (or, for the organiser's, approves it as done): the principal; the administration for its own. */
export function canSubmitReport(viewer: Viewer | null, report: ReportFacts): boolean {
  if (!viewer || !isOpenForWriting(report.status)) return false;
  return report.kind === 'organiser'
    ? isAdministrationOf(viewer, report.municipalityCode)
    : isPrincipalOf(viewer, report);
}

/** Returns or approves a handed-in unit report: the municipality's administration. */
export function canReviewReport(viewer: Viewer | null, report: ReportFacts): boolean {
  return (
    !!viewer &&
    report.kind === 'unit' &&
    report.status === 'submitted' &&
    isAdministrationOf(viewer, report.municipalityCode)
  );
}

/** Comments on a report: the administration, the unit's principal and every invited colleague. */
export function canCommentReport(viewer: Viewer | null, report: ReportFacts): boolean {
  if (!viewer) return false;
  return (
    isAdministrationOf(viewer, report.municipalityCode) ||
    isPrincipalOf(viewer, report) ||
    !!contributorRight(viewer, report)
  );
}

/** Invites colleagues to a unit report: its principal (and the administration). */
export function canInviteToReport(viewer: Viewer | null, report: ReportFacts): boolean {
  return !!viewer && (isPrincipalOf(viewer, report) || isAdministrationOf(viewer, report.municipalityCode));
}

/** Starts a report: for a school unit its principal or the administration; for the municipality its administration. */
export function canStartReport(
  viewer: Viewer | null,
  organisation: { kind: string; code: string; municipalityCode: string },
): boolean {
  if (!viewer) return false;
  if (isAdministrationOf(viewer, organisation.municipalityCode)) return true;
  return organisation.kind === 'schoolUnit' && principalUnits(viewer).includes(organisation.code);
}
