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

/** May hide comments and read the audit log of the municipality: its administration, or an admin. */
export function canModerateIn(viewer: Viewer | null, municipalityCode: string): boolean {
  return !!viewer && (isAdmin(viewer) || isAdministrationOf(viewer, municipalityCode));
}

/** Reads everything of the municipality, drafts included: its administration, or an admin. */
export function readsAllOf(viewer: Viewer | null, municipalityCode: string): boolean {
  return canModerateIn(viewer, municipalityCode);
}

/** Reads what the municipality has published: any politician, administration, principal or teacher there, or an admin. */
export function readsPublishedOf(viewer: Viewer | null, municipalityCode: string): boolean {
  if (!viewer) return false;
  return (
    isAdmin(viewer) || hasRoleIn(viewer, municipalityCode, ['politician', 'administration', 'principal', 'teacher'])
  );
}

/** The municipalities in which the viewer holds any role. */
export function viewerMunicipalities(viewer: Viewer | null): string[] {
  return [...new Set((viewer?.memberships ?? []).map((m) => m.municipalityCode))];
}
