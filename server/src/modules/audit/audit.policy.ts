import { moderationScope, type MunicipalityScope } from '../../auth/index.js';
import type { Viewer } from '../../auth/index.js';

/** Whose audit events the viewer reads: every event for an admin, else those of the municipalities they administer. */
export function auditScope(viewer: Viewer | null): MunicipalityScope {
  return moderationScope(viewer);
}

/** True when the viewer may read some audit log at all (a question about the viewer, never about an id). */
export function readsAnyAudit(viewer: Viewer | null): boolean {
  const scope = auditScope(viewer);
  return scope === 'all' || scope.length > 0;
}
