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

/** The least and the most k a municipality may set (the server checks them; the field shows them). */
export const THRESHOLD_LIMITS = { min: 3, max: 50 } as const;

/**
 * The typed k as the API takes it: a whole number, or null when it is not one (a GraphQL Int
 * cannot carry 4.5, so the server could not name the field); the range is the server's to check.
 */
export function typedThreshold(typed: string | number): number | null {
  const text = String(typed).trim();
  if (!/^-?\d{1,12}$/.test(text)) return null;
  return Number(text);
}

/** What the poll editor's conflict view shows of a poll: its title, intro, closing day, questions and state. */
export interface PollConflictFields {
  title: string;
  intro: string;
  closesOn: string;
  questions: string;
  state: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The questions' texts, one per line and numbered, as the conflict view lists them. */
export function questionLines(questions: ReadonlyArray<{ text?: unknown }>): string {
  return questions.map((q, i) => `${i + 1}. ${str(q.text)}`).join('\n');
}

/**
 * The server's current poll from a CONFLICT, as the conflict view shows it. The state is the
 * stored one in the API's spelling (a poll opened meanwhile cannot take the typed text any more).
 */
export function pollConflictOf(current: Record<string, unknown>): PollConflictFields {
  const questions = Array.isArray(current.questions) ? (current.questions as Array<{ text?: unknown }>) : [];
  const state = str(current.state);
  return {
    title: str(current.title),
    intro: str(current.intro),
    closesOn: str(current.closesOn),
    questions: questionLines(questions),
    state: state ? state.toUpperCase() : 'DRAFT',
  };
}
