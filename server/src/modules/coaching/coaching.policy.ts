import { hasRoleIn, isAdmin, type Viewer } from '../../auth/index.js';

// The one rule of coaching (issue: "confidential by construction"). Everything written inside an
// engagement — its goal, meetings, lesson visits, assignments, reflections, next steps and the
// closing summary — is read and written by its teacher(s) and its coach only. Everyone else who may
// know of it sees the facts the coaching agreement allows, never content. Every path (queries,
// field resolvers, loaders, lists, counts, exports, notifications, audit entries, errors) asks
// here; the content repository also puts the parties into its database filter, so content outside
// this rule is never even loaded.

/** The facts of an engagement the rule decides on. */
export interface EngagementFacts {
  municipalityCode: string;
  unitId: { toHexString(): string };
  teacherIds: ReadonlyArray<{ toHexString(): string }>;
  coachId: { toHexString(): string };
}

/**
 * What the viewer may see of an engagement:
 * - `content`: a party (one of its teachers, or its coach) — everything;
 * - `overview`: the principal of its unit, the municipality's administration, an admin — that it
 *   exists, its unit, subject and coach, and its dates and state as the agreement shares them;
 *   the teachers' names only for the principal of the unit, who arranged it;
 * - `null`: nothing; it answers exactly as an unknown id (another coach, another principal,
 *   another teacher, a politician, a registrar outside an export, other municipalities).
 */
export type EngagementAccess = 'content' | 'overview' | null;

export function engagementAccess(viewer: Viewer | null, e: EngagementFacts): EngagementAccess {
  if (!viewer) return null;
  if (isParty(viewer, e)) return 'content';
  if (isPrincipalOfUnit(viewer, e) || hasRoleIn(viewer, e.municipalityCode, ['administration']) || isAdmin(viewer))
    return 'overview';
  return null;
}

/** One of the engagement's teachers, or its coach. */
export function isParty(viewer: Viewer | null, e: Pick<EngagementFacts, 'teacherIds' | 'coachId'>): boolean {
  if (!viewer) return false;
  return e.coachId.toHexString() === viewer.personId || e.teacherIds.some((t) => t.toHexString() === viewer.personId);
}

/** One of the engagement's teachers (who alone set the goal, decide the next step and write the summary). */
export function isTeacherOf(viewer: Viewer | null, e: Pick<EngagementFacts, 'teacherIds'>): boolean {
  return !!viewer && e.teacherIds.some((t) => t.toHexString() === viewer.personId);
}

/** The principal of the engagement's (or request's) school unit. */
export function isPrincipalOfUnit(viewer: Viewer | null, e: { unitId: { toHexString(): string } }): boolean {
  const unit = e.unitId.toHexString();
  return !!viewer && viewer.memberships.some((m) => m.role === 'principal' && m.organisationId === unit);
}

/** The municipality's coach service: its coaches. They take requests and assign a coach; they read no one else's engagement. */
export function isCoachServiceOf(viewer: Viewer | null, municipalityCode: string): boolean {
  return hasRoleIn(viewer, municipalityCode, ['coach']);
}

/** The municipality's registrar (registrator): lists its engagements' facts and exports one for a secrecy assessment (coaching.records.ts); nothing else. */
export function isRegistrarOf(viewer: Viewer | null, municipalityCode: string): boolean {
  return hasRoleIn(viewer, municipalityCode, ['registrar']);
}

/** A request is read by the one who asked, its teachers, the principal of its unit, and (once forwarded) the coach service. */
export function canReadRequest(
  viewer: Viewer | null,
  r: {
    municipalityCode: string;
    unitId: { toHexString(): string };
    requestedById: { toHexString(): string };
    teacherIds: ReadonlyArray<{ toHexString(): string }>;
    state: string;
  },
): boolean {
  if (!viewer) return false;
  if (r.requestedById.toHexString() === viewer.personId) return true;
  if (r.teacherIds.some((t) => t.toHexString() === viewer.personId)) return true;
  if (isPrincipalOfUnit(viewer, r)) return true;
  return r.state !== 'withPrincipal' && isCoachServiceOf(viewer, r.municipalityCode);
}

type RequestFacts = Parameters<typeof canReadRequest>[1];

/** The principal of the unit forwards a teacher's request (with time and room) while it waits for them. */
export function canForwardRequest(viewer: Viewer | null, r: RequestFacts): boolean {
  return r.state === 'withPrincipal' && isPrincipalOfUnit(viewer, r);
}

/** The coach service accepts a request that has reached it, assigning a coach. */
export function canAcceptRequest(viewer: Viewer | null, r: RequestFacts): boolean {
  return r.state === 'withCoaches' && isCoachServiceOf(viewer, r.municipalityCode);
}

/** Declined by whoever it waits for: the principal while with them, the coach service once forwarded. */
export function canDeclineRequest(viewer: Viewer | null, r: RequestFacts): boolean {
  return canForwardRequest(viewer, r) || canAcceptRequest(viewer, r);
}

/** The one who asked withdraws a request while it is not accepted (nor declined). */
export function canWithdrawRequest(viewer: Viewer | null, r: RequestFacts): boolean {
  return (
    !!viewer &&
    r.requestedById.toHexString() === viewer.personId &&
    (r.state === 'withPrincipal' || r.state === 'withCoaches')
  );
}

/** A teacher asks their principal for coaching in a unit where they hold the teacher role. */
export function isTeacherOfUnit(viewer: Viewer | null, unitId: string, municipalityCode: string): boolean {
  return (
    !!viewer &&
    viewer.memberships.some(
      (m) => m.role === 'teacher' && m.organisationId === unitId && m.municipalityCode === municipalityCode,
    )
  );
}
