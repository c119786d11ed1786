import type { ChatQuestionFieldsFragment, ChatSummaryFieldsFragment } from '../../api/generated/graphql.js';

export type ChatQuestion = ChatQuestionFieldsFragment;
export type ChatSummary = ChatSummaryFieldsFragment;

const byPosting = (a: ChatQuestion, b: ChatQuestion) =>
  a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt.localeCompare(b.createdAt);

/** The picked questions in the order they were posted, with their answers: the chat's transcript. */
export function transcript(questions: readonly ChatQuestion[]): ChatQuestion[] {
  return questions.filter((q) => q.pickedAt).sort(byPosting);
}

/** The questions not picked (yet), in the order they were posted. */
export function unpicked(questions: readonly ChatQuestion[]): ChatQuestion[] {
  return questions.filter((q) => !q.pickedAt).sort(byPosting);
}

/**
 * A board's chats by where they stand: live first, then the coming ones soonest first, then the
 * ended ones newest first, then the cancelled ones by their planned start, newest first.
 */
export function chatsByState(
  chats: readonly ChatSummary[],
): Record<'live' | 'upcoming' | 'ended' | 'cancelled', ChatSummary[]> {
  const starts = (a: ChatSummary, b: ChatSummary) => a.startsAt.localeCompare(b.startsAt);
  return {
    live: chats.filter((c) => c.state === 'LIVE').sort(starts),
    upcoming: chats.filter((c) => c.state === 'SCHEDULED').sort(starts),
    ended: chats.filter((c) => c.state === 'ENDED').sort((a, b) => starts(b, a)),
    cancelled: chats.filter((c) => c.state === 'CANCELLED').sort((a, b) => starts(b, a)),
  };
}

/**
 * A `datetime-local` field's value as the API's moment (`momentOf`, null when it is not one) and back
 * (`localOf`): in Swedish time, as the pages show times, whatever the browser's time zone.
 */
export { momentOfSwedishLocal as momentOf, swedishLocal as localOf } from '../../i18n/format.js';
