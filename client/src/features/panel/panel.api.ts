import { toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import { pageData } from '../../api/page-data.js';
import {
  ClosePollDocument,
  CreatePollDocument,
  JoinPanelDocument,
  LeavePanelDocument,
  OpenPollDocument,
  PollDocument,
  SetPanelThresholdDocument,
  SubmitPollAnswerDocument,
  TeacherPanelDocument,
  UpdatePollDocument,
  type JoinPanelInput,
  type PollAnswerInput,
  type PollContentInput,
  type PollFieldsFragment,
  type PollQuery,
  type TeacherPanelQuery,
} from '../../api/generated/graphql.js';

export type TeacherPanel = TeacherPanelQuery['teacherPanel'];
export type PollSummary = PollFieldsFragment;
export type PollResults = NonNullable<PollQuery['pollResults']>;
export type PollFull = PollQuery['poll'] & { results: PollResults | null };

/** The answer to a write: done (with the poll's id when there is one), or the error to show. */
export type PanelOutcome = { ok: true; id?: string; version?: number } | { ok: false; error: AppError };

/** A municipality's panel with the polls the viewer may read. */
export function useTeacherPanel(municipalityCode: MaybeRefOrGetter<string | null | undefined>) {
  const response = useQuery({
    query: TeacherPanelDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: () => !toValue(municipalityCode),
  });
  return pageData(response, (d) => d.teacherPanel);
}

/** One poll, with its results once it is closed. */
export function usePoll(id: MaybeRefOrGetter<string>) {
  const response = useQuery({ query: PollDocument, variables: () => ({ id: toValue(id) }) });
  return pageData(response, (d): PollFull => ({ ...d.poll, results: d.pollResults ?? null }));
}

const fail = (error: unknown): PanelOutcome => ({ ok: false, error: toAppError(error) });

/** Joining, leaving, writing, opening, closing and answering polls. */
export function usePanelWrites() {
  const join = useMutation(JoinPanelDocument);
  const leave = useMutation(LeavePanelDocument);
  const create = useMutation(CreatePollDocument);
  const update = useMutation(UpdatePollDocument);
  const open = useMutation(OpenPollDocument);
  const close = useMutation(ClosePollDocument);
  const submit = useMutation(SubmitPollAnswerDocument);
  const threshold = useMutation(SetPanelThresholdDocument);
  return {
    async join(input: JoinPanelInput): Promise<PanelOutcome> {
      const r = await join.executeMutation({ input });
      return r.data ? { ok: true } : fail(r.error);
    },
    async leave(municipalityCode: string): Promise<PanelOutcome> {
      const r = await leave.executeMutation({ municipalityCode });
      return r.data ? { ok: true } : fail(r.error);
    },
    async save(
      municipalityCode: string,
      poll: PollContentInput,
      existing: { id: string; version: number } | null,
    ): Promise<PanelOutcome> {
      if (existing) {
        const r = await update.executeMutation({
          input: { id: existing.id, expectedVersion: existing.version, poll },
        });
        return r.data ? { ok: true, id: r.data.updatePoll.id, version: r.data.updatePoll.version } : fail(r.error);
      }
      const r = await create.executeMutation({ input: { municipalityCode, poll } });
      return r.data ? { ok: true, id: r.data.createPoll.id, version: r.data.createPoll.version } : fail(r.error);
    },
    async open(id: string, expectedVersion: number): Promise<PanelOutcome> {
      const r = await open.executeMutation({ id, expectedVersion });
      return r.data ? { ok: true, id } : fail(r.error);
    },
    async close(id: string, expectedVersion: number): Promise<PanelOutcome> {
      const r = await close.executeMutation({ id, expectedVersion });
      return r.data ? { ok: true, id } : fail(r.error);
    },
    async submit(pollId: string, answers: PollAnswerInput[]): Promise<PanelOutcome> {
      const r = await submit.executeMutation({ input: { pollId, answers } });
      return r.data ? { ok: true, id: pollId } : fail(r.error);
    },
    /** Sets the municipality's k for polls opened from now on. */
    async setThreshold(municipalityCode: string, k: number): Promise<PanelOutcome> {
      const r = await threshold.executeMutation({ input: { municipalityCode, k } });
      return r.data ? { ok: true } : fail(r.error);
    },
    busy: () =>
      join.fetching.value ||
      leave.fetching.value ||
      create.fetching.value ||
      update.fetching.value ||
      open.fetching.value ||
      close.fetching.value ||
      submit.fetching.value ||
      threshold.fetching.value,
  };
}
