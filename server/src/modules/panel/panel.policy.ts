import { hasRoleIn, isAdministrationOf, readsPublishedOf, type Viewer } from '../../auth/index.js';

/** Joins and leaves a municipality's panel: a teacher there. */
export const canJoinPanel = (viewer: Viewer | null, municipalityCode: string) =>
  hasRoleIn(viewer, municipalityCode, ['teacher']);

/** Writes, opens, closes and deletes polls and sets the threshold: the municipality's administration. */
export const canManagePolls = (viewer: Viewer | null, municipalityCode: string) =>
  isAdministrationOf(viewer, municipalityCode);

/** Reads open and closed polls and closed polls' results: every reading role of the municipality. */
export const canReadPolls = (viewer: Viewer | null, municipalityCode: string) =>
  readsPublishedOf(viewer, municipalityCode);
