import { canModerateIn } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';

/** The audit log of a municipality's things is read by its administration and by admins. */
export function canReadAudit(viewer: Viewer | null, target: { municipalityCode: string | null }): boolean {
  if (!viewer) return false;
  if (target.municipalityCode === null) return viewer.memberships.some((m) => m.role === 'admin');
  return canModerateIn(viewer, target.municipalityCode);
}
