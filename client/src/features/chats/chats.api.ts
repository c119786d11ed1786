import { ref, toValue, watch, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery, useSubscription } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import { pageData } from '../../api/page-data.js';
import {
  AnswerChatQuestionDocument,
  AskInChatDocument,
  CancelChatDocument,
  ChatBoardDocument,
  ChatDocument,
  ChatEventsDocument,
  PickChatQuestionDocument,
  RescheduleChatDocument,
  ScheduleChatDocument,
  type ChatBoardQuery,
  type ChatEventsSubscription,
  type CancelChatInput,
  type ChatQuery,
  type RescheduleChatInput,
  type ScheduleChatInput,
} from '../../api/generated/graphql.js';

export type ChatBoard = ChatBoardQuery['chatBoard'];
export type ChatFull = ChatQuery['chat'];
export type ChatEvent = ChatEventsSubscription['chatEvents'];

/** The answer to a write: done (with the id written), or the error to show. */
export type ChatOutcome = { ok: true; id: string } | { ok: false; error: AppError };

/** A municipality's chats and this term's commitment. */
export function useChatBoard(municipalityCode: MaybeRefOrGetter<string | null | undefined>) {
  const response = useQuery({
    query: ChatBoardDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: () => !toValue(municipalityCode),
  });
  return pageData(response, (d) => d.chatBoard);
}

/** One chat with the questions the viewer sees. */
export function useChat(id: MaybeRefOrGetter<string>) {
  const response = useQuery({ query: ChatDocument, variables: () => ({ id: toValue(id) }) });
  return pageData(response, (d) => d.chat);
}

/**
 * The chat's live changes from the number its first load ended at: the cache takes each one in
 * (a new question joins the list, a changed one updates); `onEvent` hears each number once.
 */
export function useChatLive(
  chatId: MaybeRefOrGetter<string>,
  loadedSeq: () => number | null | undefined,
  onEvent: (event: ChatEvent) => void,
) {
  const after = ref<number | null>(null);
  let last = 0;
  watch(
    loadedSeq,
    (seq) => {
      if (after.value === null && typeof seq === 'number') {
        after.value = seq;
        last = seq;
      }
    },
    { immediate: true },
  );
  useSubscription(
    {
      query: ChatEventsDocument,
      variables: () => ({ chatId: toValue(chatId), after: after.value ?? 0 }),
      pause: () => after.value === null,
    },
    (_previous, data) => {
      const event = data.chatEvents;
      if (event.seq > last) {
        last = event.seq;
        onEvent(event);
      }
      return data;
    },
  );
}

const fail = (error: unknown): ChatOutcome => ({ ok: false, error: toAppError(error) });

/** Scheduling, rescheduling and cancelling chats, asking, picking and answering. */
export function useChatWrites() {
  const schedule = useMutation(ScheduleChatDocument);
  const reschedule = useMutation(RescheduleChatDocument);
  const cancel = useMutation(CancelChatDocument);
  const ask = useMutation(AskInChatDocument);
  const pick = useMutation(PickChatQuestionDocument);
  const answer = useMutation(AnswerChatQuestionDocument);
  return {
    async schedule(input: ScheduleChatInput): Promise<ChatOutcome> {
      const r = await schedule.executeMutation({ input });
      return r.data ? { ok: true, id: r.data.scheduleChat.id } : fail(r.error);
    },
    async reschedule(input: RescheduleChatInput): Promise<ChatOutcome> {
      const r = await reschedule.executeMutation({ input });
      return r.data ? { ok: true, id: r.data.rescheduleChat.id } : fail(r.error);
    },
    async cancel(input: CancelChatInput): Promise<ChatOutcome> {
      const r = await cancel.executeMutation({ input });
      return r.data ? { ok: true, id: r.data.cancelChat.id } : fail(r.error);
    },
    async ask(chatId: string, text: string): Promise<ChatOutcome> {
      const r = await ask.executeMutation({ input: { chatId, text } });
      return r.data ? { ok: true, id: r.data.askInChat.id } : fail(r.error);
    },
    async pick(id: string): Promise<ChatOutcome> {
      const r = await pick.executeMutation({ id });
      return r.data ? { ok: true, id } : fail(r.error);
    },
    async answer(questionId: string, text: string): Promise<ChatOutcome> {
      const r = await answer.executeMutation({ input: { questionId, answer: text } });
      return r.data ? { ok: true, id: questionId } : fail(r.error);
    },
    busy: () =>
      schedule.fetching.value ||
      reschedule.fetching.value ||
      cancel.fetching.value ||
      ask.fetching.value ||
      pick.fetching.value ||
      answer.fetching.value,
  };
}
