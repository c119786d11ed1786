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

/** A `datetime-local` field's value (the browser's time zone) as the API's moment, or null when it is not one. */
export function momentOf(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local)) return null;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** The value of a `datetime-local` field for a moment, in the browser's time zone. */
export function localOf(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
