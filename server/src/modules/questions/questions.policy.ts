import { canModerateIn, hasRoleIn, readsPublishedOf, type Viewer } from '../../auth/index.js';
import type { Addressee } from './questions.enums.js';

/** Reads the municipality's questions and answers: every reading role there, and an admin. */
export const canReadQuestions = (viewer: Viewer | null, municipalityCode: string) =>
  readsPublishedOf(viewer, municipalityCode);

/** Raises a question: a teacher of the municipality. */
export const canRaiseQuestion = (viewer: Viewer | null, municipalityCode: string) =>
  hasRoleIn(viewer, municipalityCode, ['teacher']);

/** A hidden question's title and text are shown to its asker and to the municipality's moderators only. */
export const canSeeFullQuestion = (
  viewer: Viewer | null,
  q: { municipalityCode: string; askerId: { toHexString(): string } },
) => !!viewer && (viewer.personId === q.askerId.toHexString() || canModerateIn(viewer, q.municipalityCode));

/** Supports a question: a teacher or principal of the municipality other than the asker, while it is shown. */
export const canSupportQuestion = (
  viewer: Viewer | null,
  q: { municipalityCode: string; askerId: { toHexString(): string }; hidden?: unknown },
) =>
  !!viewer &&
  !q.hidden &&
  viewer.personId !== q.askerId.toHexString() &&
  hasRoleIn(viewer, q.municipalityCode, ['teacher', 'principal']);

/** Edits a question: its asker, while it is not answered and not hidden by moderation. */
export const canEditQuestion = (
  viewer: Viewer | null,
  q: { municipalityCode: string; askerId: { toHexString(): string }; state: string; hidden?: unknown },
) =>
  !!viewer &&
  !q.hidden &&
  viewer.personId === q.askerId.toHexString() &&
  q.state !== 'answered' &&
  canRaiseQuestion(viewer, q.municipalityCode);

/** The role that answers questions to an addressee. */
const ANSWERING_ROLE = { administration: 'administration', politicians: 'politician' } as const;

/** Prepares and answers a question: the administration or a politician of the municipality, as it was addressed. */
export const canAnswerQuestion = (viewer: Viewer | null, q: { municipalityCode: string; addressee: Addressee }) =>
  hasRoleIn(viewer, q.municipalityCode, [ANSWERING_ROLE[q.addressee]]);

/** The addressees the viewer answers for in a municipality. */
export const addresseesOf = (viewer: Viewer | null, municipalityCode: string): Addressee[] =>
  (Object.keys(ANSWERING_ROLE) as Addressee[]).filter((a) => hasRoleIn(viewer, municipalityCode, [ANSWERING_ROLE[a]]));
