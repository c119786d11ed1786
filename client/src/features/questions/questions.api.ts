import { toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import { pageData } from '../../api/page-data.js';
import type { SaveOutcome } from '../../composables/versioned-save.js';
import {
  AnswerQuestionDocument,
  EditQuestionDocument,
  PoliticianQuestionsDocument,
  PrepareQuestionAnswerDocument,
  QuestionBoardDocument,
  QuestionDocument,
  RaiseQuestionDocument,
  SupportQuestionDocument,
  WithdrawQuestionSupportDocument,
  type HomeItemsQuery,
  type QuestionBoardQuery,
  type QuestionFieldsFragment,
  type RaiseQuestionInput,
} from '../../api/generated/graphql.js';

export type Question = QuestionFieldsFragment;
export type QuestionBoard = QuestionBoardQuery['questionBoard'];
/** A question waiting for the viewer, as a start page lists it. */
export type WaitingQuestion = HomeItemsQuery['questionsToAnswer'][number];

/** The answer to a write: done (with the question's id), or the error to show. */
export type QuestionOutcome = { ok: true; id: string } | { ok: false; error: AppError };

/** A municipality's questions and what the viewer may do there. */
export function useQuestionBoard(municipalityCode: MaybeRefOrGetter<string | null | undefined>) {
  const response = useQuery({
    query: QuestionBoardDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: () => !toValue(municipalityCode),
  });
  return pageData(response, (d) => d.questionBoard);
}

/** One question with its answer. */
export function useQuestion(id: MaybeRefOrGetter<string>) {
  const response = useQuery({ query: QuestionDocument, variables: () => ({ id: toValue(id) }) });
  return pageData(response, (d) => d.question);
}

/** The politician's start page: the questions waiting for the political level. */
export function usePoliticianQuestions(enabled: MaybeRefOrGetter<boolean>) {
  const response = useQuery({ query: PoliticianQuestionsDocument, pause: () => !toValue(enabled) });
  return pageData(response, (d): WaitingQuestion[] => d.questionsToAnswer);
}

const fail = (error: unknown) => ({ ok: false as const, error: toAppError(error) });

/** Raising, rewording, supporting, preparing and answering questions. */
export function useQuestionWrites() {
  const raise = useMutation(RaiseQuestionDocument);
  const edit = useMutation(EditQuestionDocument);
  const prepare = useMutation(PrepareQuestionAnswerDocument);
  const answer = useMutation(AnswerQuestionDocument);
  const support = useMutation(SupportQuestionDocument);
  const withdraw = useMutation(WithdrawQuestionSupportDocument);
  return {
    async raise(input: RaiseQuestionInput): Promise<QuestionOutcome> {
      const r = await raise.executeMutation({ input });
      return r.data ? { ok: true, id: r.data.raiseQuestion.id } : fail(r.error);
    },
    async edit(input: { id: string; expectedVersion: number; title: string; text: string }): Promise<SaveOutcome> {
      const r = await edit.executeMutation({ input });
      return r.data ? { ok: true } : fail(r.error);
    },
    async prepare(id: string, expectedVersion: number): Promise<QuestionOutcome> {
      const r = await prepare.executeMutation({ id, expectedVersion });
      return r.data ? { ok: true, id } : fail(r.error);
    },
    async answer(input: { id: string; expectedVersion: number; text: string }): Promise<SaveOutcome> {
      const r = await answer.executeMutation({ input });
      return r.data ? { ok: true } : fail(r.error);
    },
    async support(id: string, on: boolean): Promise<QuestionOutcome> {
      const r = on ? await support.executeMutation({ id }) : await withdraw.executeMutation({ id });
      return r.data ? { ok: true, id } : fail(r.error);
    },
    busy: () =>
      raise.fetching.value ||
      edit.fetching.value ||
      prepare.fetching.value ||
      answer.fetching.value ||
      support.fetching.value ||
      withdraw.fetching.value,
  };
}
