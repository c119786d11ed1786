import { hasRoleIn, isAdministrationOf, readsPublishedOf, type Viewer } from '../../auth/index.js';
import type { MeetingGroupDoc } from './meetings.model.js';

/** Reads the municipality's meetings, their groups and factors: every reading role there, and an admin. */
export const canReadMeetings = (viewer: Viewer | null, municipalityCode: string) =>
  readsPublishedOf(viewer, municipalityCode);

/** Creates meetings, their groups and themes the factors: the municipality's administration (the organiser). */
export const canOrganiseMeetings = (viewer: Viewer | null, municipalityCode: string) =>
  isAdministrationOf(viewer, municipalityCode);

/** Signs up and cancels: teachers, principals, politicians and the administration of the municipality. */
export const canSignUp = (viewer: Viewer | null, municipalityCode: string) =>
  hasRoleIn(viewer, municipalityCode, ['teacher', 'principal', 'politician', 'administration']);

/** Writes a group's success factors: its members and the organiser. */
export const canWriteFactors = (
  viewer: Viewer | null,
  group: Pick<MeetingGroupDoc, 'municipalityCode' | 'memberIds'>,
) =>
  !!viewer &&
  (canOrganiseMeetings(viewer, group.municipalityCode) ||
    (canSignUp(viewer, group.municipalityCode) && group.memberIds.some((m) => m.toHexString() === viewer.personId)));
