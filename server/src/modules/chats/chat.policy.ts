import { canModerateIn, hasRoleIn, isAdministrationOf, readsPublishedOf, type Viewer } from '../../auth/index.js';
import type { ChatDoc, ChatQuestionDoc } from './chat.model.js';

/** Reads a municipality's chats and their transcripts: every reading role there, or an admin. */
export const canReadChats = (viewer: Viewer | null, municipalityCode: string) =>
  readsPublishedOf(viewer, municipalityCode);

/** Schedules chats: the municipality's administration. */
export const canScheduleChats = (viewer: Viewer | null, municipalityCode: string) =>
  isAdministrationOf(viewer, municipalityCode);

/** Posts questions: a teacher of the municipality. */
export const canAskInChats = (viewer: Viewer | null, municipalityCode: string) =>
  hasRoleIn(viewer, municipalityCode, ['teacher']);

/** Picks questions and sees every question: the municipality's moderators (its administration, an admin). */
export const canModerateChat = (viewer: Viewer | null, chat: Pick<ChatDoc, 'municipalityCode'>) =>
  canModerateIn(viewer, chat.municipalityCode);

/** Answers picked questions: the chat's host. */
export const isHostOf = (viewer: Viewer | null, chat: Pick<ChatDoc, 'hostPersonId'>) =>
  !!viewer && chat.hostPersonId.toHexString() === viewer.personId;

/** A picked question is public to the chat's readers; an unpicked one to its author and the moderators. */
export function canSeeQuestion(
  viewer: Viewer | null,
  chat: Pick<ChatDoc, 'municipalityCode'>,
  question: Pick<ChatQuestionDoc, 'pickedAt' | 'authorId'>,
): boolean {
  if (question.pickedAt) return true;
  return (!!viewer && question.authorId.toHexString() === viewer.personId) || canModerateChat(viewer, chat);
}
