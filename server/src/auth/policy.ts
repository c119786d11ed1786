import { ForbiddenError, NotFoundError, type LocalizedText } from '../shared/errors.js';
import { isAdmin, type Role, type Viewer } from './viewer.js';

/** The roles the viewer holds in a municipality (through the municipality or any of its units). */
export function rolesIn(viewer: Viewer | null, municipalityCode: string): Set<Role> {
  const roles = new Set<Role>();
  for (const m of viewer?.memberships ?? []) if (m.municipalityCode === municipalityCode) roles.add(m.role);
  return roles;
}

/** True when the viewer holds one of the roles in the municipality. */
export function hasRoleIn(viewer: Viewer | null, municipalityCode: string, roles: readonly Role[]): boolean {
  const held = rolesIn(viewer, municipalityCode);
  return roles.some((r) => held.has(r));
}

/** Administration (school director) of the municipality: edits its plans, goals and targets. */
export function isAdministrationOf(viewer: Viewer | null, municipalityCode: string): boolean {
  return hasRoleIn(viewer, municipalityCode, ['administration']);
}

/** May hide comments and read the audit log of the municipality: its administration, or an admin (not a municipalityAdmin). */
export function canModerateIn(viewer: Viewer | null, municipalityCode: string): boolean {
  return !!viewer && (isAdmin(viewer) || isAdministrationOf(viewer, municipalityCode));
}

/** Reads everything of the municipality, drafts included: its administration, or an admin (a municipalityAdmin does not). */
export function readsAllOf(viewer: Viewer | null, municipalityCode: string): boolean {
  return canModerateIn(viewer, municipalityCode);
}

/**
 * Reads what the municipality has published: any politician, administration, principal or teacher
 * there, or an admin. Not a coach (own engagements only), and not a municipalityAdmin, who manages
 * people and organisations but holds no role in the plans.
 */
export function readsPublishedOf(viewer: Viewer | null, municipalityCode: string): boolean {
  if (!viewer) return false;
  return (
    isAdmin(viewer) || hasRoleIn(viewer, municipalityCode, ['politician', 'administration', 'principal', 'teacher'])
  );
}

/**
 * Manages the municipality's organisations, people, roles and invitations: an admin (every
 * municipality), or the municipality's own administrator (municipalityAdmin, there only).
 */
export function administersIn(viewer: Viewer | null, municipalityCode: string): boolean {
  return !!viewer && (isAdmin(viewer) || hasRoleIn(viewer, municipalityCode, ['municipalityAdmin']));
}

/** May open the administration screens at all: administers at least one municipality. */
export function administersAnywhere(viewer: Viewer | null): boolean {
  return !!viewer && (isAdmin(viewer) || viewer.memberships.some((m) => m.role === 'municipalityAdmin'));
}

/**
 * Changes what a person's account is (deactivation, a set-password link): only whoever administers
 * every municipality the person has a role in, so one municipality cannot take over or lock out an
 * account another municipality relies on. A person without roles: an admin only.
 */
export function administersAllOf(viewer: Viewer | null, municipalityCodes: readonly string[]): boolean {
  if (!viewer) return false;
  if (isAdmin(viewer)) return true;
  return municipalityCodes.length > 0 && municipalityCodes.every((code) => administersIn(viewer, code));
}

/** Gives or takes the admin role (every municipality, everything): an admin only. */
export function grantsRole(viewer: Viewer | null, role: Role): boolean {
  return !!viewer && (role !== 'admin' || isAdmin(viewer));
}

/** The municipalities in which the viewer holds any role. */
export function viewerMunicipalities(viewer: Viewer | null): string[] {
  return [...new Set((viewer?.memberships ?? []).map((m) => m.municipalityCode))];
}

/** The municipalities a right covers: every one (an admin's), or those listed. */
export type MunicipalityScope = 'all' | readonly string[];

/** Where the viewer moderates and reads the audit log: everywhere for an admin, else where they are administration. */
export function moderationScope(viewer: Viewer | null): MunicipalityScope {
  if (!viewer) return [];
  if (isAdmin(viewer)) return 'all';
  return [...new Set(viewer.memberships.filter((m) => m.role === 'administration').map((m) => m.municipalityCode))];
}

// What follows is the one place that decides what an id tells a viewer. A thing the viewer may not
// see answers exactly as a thing that does not exist (same code, same text, same shape), so ids
// cannot be scanned to learn what exists elsewhere; FORBIDDEN only ever concerns a visible thing.

/** Looks one thing up and returns it only if the viewer may see it: null for a hidden thing exactly as for an absent one. */
export async function findVisible<T>(
  load: () => Promise<T | null | undefined>,
  canSee: (thing: T) => boolean,
): Promise<T | null> {
  const thing = await load();
  return thing != null && canSee(thing) ? thing : null;
}

/** Like {@link findVisible}, but NOT_FOUND naming `what` for a hidden thing and an absent one alike. */
export async function loadVisible<T>(
  load: () => Promise<T | null | undefined>,
  canSee: (thing: T) => boolean,
  what: LocalizedText,
): Promise<T> {
  const thing = await findVisible(load, canSee);
  if (thing === null) throw new NotFoundError(what);
  return thing;
}

/**
 * Looks a thing up to change it: NOT_FOUND when it is hidden or absent (the same answer), FORBIDDEN
 * only when the viewer may see it but not make this change. Whoever may change a thing may see it.
 */
export async function loadEditable<T>(
  load: () => Promise<T | null | undefined>,
  rules: { canSee: (thing: T) => boolean; canEdit: (thing: T) => boolean },
  what: LocalizedText,
): Promise<T> {
  const thing = await loadVisible(load, (t) => rules.canSee(t) || rules.canEdit(t), what);
  if (!rules.canEdit(thing)) throw new ForbiddenError();
  return thing;
}
