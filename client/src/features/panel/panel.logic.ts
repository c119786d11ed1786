import type { PollAnswerInput, PollQuestionKind } from '../../api/generated/graphql.js';

/** What a teacher has typed and chosen in a poll, per question id (kept as a draft). */
export type AnswerDraft = Record<string, { choices: number[]; scale: number | null; text: string }>;

export const emptyAnswer = () => ({ choices: [] as number[], scale: null as number | null, text: '' });

/** The draft as the API takes it. */
export function answersOf(
  questions: ReadonlyArray<{ id: string; kind: PollQuestionKind }>,
  draft: AnswerDraft,
): PollAnswerInput[] {
  return questions.map((q) => {
    const a = draft[q.id] ?? emptyAnswer();
    if (q.kind === 'SCALE') return { questionId: q.id, scale: a.scale };
    if (q.kind === 'FREE_TEXT') return { questionId: q.id, text: a.text };
    return { questionId: q.id, choices: a.choices };
  });
}

/** A figure's share of the group's answers, in per cent for a bar (0 when not shown). */
export function barWidth(value: number | null | undefined, of: number | null | undefined): number {
  if (!value || !of) return 0;
  return Math.round((value / of) * 100);
}
