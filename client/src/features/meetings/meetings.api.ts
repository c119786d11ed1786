import { toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import { pageData } from '../../api/page-data.js';
import type { SaveOutcome } from '../../composables/versioned-save.js';
import {
  AddMeetingGroupDocument,
  AddSuccessFactorDocument,
  CancelMeetingDocument,
  CancelMeetingSignUpDocument,
  CreateMeetingDocument,
  EditMeetingDocument,
  EditSuccessFactorDocument,
  JoinMeetingGroupDocument,
  JoinMeetingWaitingListDocument,
  LeaveMeetingGroupDocument,
  MeetingBoardDocument,
  MeetingDocument,
  MeetingSynthesisDocument,
  SetSuccessFactorThemeDocument,
  SignUpForMeetingDocument,
  WithdrawSuccessFactorDocument,
  type CreateMeetingInput,
  type EditMeetingInput,
  type MeetingGroupKind,
  type MeetingQuery,
  type SuccessFactorFieldsFragment,
} from '../../api/generated/graphql.js';

export type Meeting = MeetingQuery['meeting'];
export type MeetingGroup = Meeting['groups'][number];
export type SuccessFactor = SuccessFactorFieldsFragment;

/** The answer to a write: done (with the id written), or the error to show. */
export type MeetingOutcome = { ok: true; id: string } | { ok: false; error: AppError };

/** A municipality's meetings, the focus groups per term, and whether the viewer organises. */
export function useMeetingBoard(municipalityCode: MaybeRefOrGetter<string | null | undefined>) {
  const response = useQuery({
    query: MeetingBoardDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: () => !toValue(municipalityCode),
  });
  return pageData(response, (d) => d.meetingBoard);
}

/** One meeting with its groups and their factors. */
export function useMeeting(id: MaybeRefOrGetter<string>) {
  const response = useQuery({ query: MeetingDocument, variables: () => ({ id: toValue(id) }) });
  return pageData(response, (d) => d.meeting);
}

/** A dialogue meeting's factors by theme across its groups. */
export function useMeetingSynthesis(id: MaybeRefOrGetter<string>) {
  const response = useQuery({ query: MeetingSynthesisDocument, variables: () => ({ id: toValue(id) }) });
  return pageData(response, (d) => d.meetingSynthesis);
}

const fail = (error: unknown) => ({ ok: false as const, error: toAppError(error) });

/** Creating, changing and cancelling meetings, signing up and waiting, groups and success factors. */
export function useMeetingWrites() {
  const edit = useMutation(EditMeetingDocument);
  const cancelMeeting = useMutation(CancelMeetingDocument);
  const wait = useMutation(JoinMeetingWaitingListDocument);
  const leave = useMutation(LeaveMeetingGroupDocument);
  const create = useMutation(CreateMeetingDocument);
  const signUp = useMutation(SignUpForMeetingDocument);
  const cancel = useMutation(CancelMeetingSignUpDocument);
  const addGroup = useMutation(AddMeetingGroupDocument);
  const join = useMutation(JoinMeetingGroupDocument);
  const addFactor = useMutation(AddSuccessFactorDocument);
  const editFactor = useMutation(EditSuccessFactorDocument);
  const withdraw = useMutation(WithdrawSuccessFactorDocument);
  const theme = useMutation(SetSuccessFactorThemeDocument);
  const all: Array<{ fetching: { value: boolean } }> = [
    create,
    signUp,
    cancel,
    addGroup,
    join,
    addFactor,
    editFactor,
    withdraw,
    theme,
    edit,
    cancelMeeting,
    wait,
    leave,
  ];
  return {
    async edit(input: EditMeetingInput): Promise<SaveOutcome> {
      const r = await edit.executeMutation({ input });
      return r.data ? { ok: true } : fail(r.error);
    },
    async cancelMeeting(input: { id: string; expectedVersion: number; reason: string }): Promise<SaveOutcome> {
      const r = await cancelMeeting.executeMutation({ input });
      return r.data ? { ok: true } : fail(r.error);
    },
    /** Joins the waiting list of a full meeting (a free place is taken at once). */
    async wait(id: string): Promise<MeetingOutcome> {
      const r = await wait.executeMutation({ id });
      return r.data ? { ok: true, id } : fail(r.error);
    },
    async leave(id: string): Promise<MeetingOutcome> {
      const r = await leave.executeMutation({ id });
      return r.data ? { ok: true, id } : fail(r.error);
    },
    async create(input: CreateMeetingInput): Promise<MeetingOutcome> {
      const r = await create.executeMutation({ input });
      return r.data ? { ok: true, id: r.data.createMeeting.id } : fail(r.error);
    },
    async signUp(id: string, on: boolean): Promise<MeetingOutcome> {
      const r = on ? await signUp.executeMutation({ id }) : await cancel.executeMutation({ id });
      return r.data ? { ok: true, id } : fail(r.error);
    },
    async addGroup(input: { meetingId: string; kind: MeetingGroupKind; name: string }): Promise<MeetingOutcome> {
      const r = await addGroup.executeMutation({ input });
      return r.data ? { ok: true, id: r.data.addMeetingGroup.id } : fail(r.error);
    },
    async join(id: string): Promise<MeetingOutcome> {
      const r = await join.executeMutation({ id });
      return r.data ? { ok: true, id } : fail(r.error);
    },
    async addFactor(input: { groupId: string; text: string }): Promise<MeetingOutcome> {
      const r = await addFactor.executeMutation({ input });
      return r.data ? { ok: true, id: r.data.addSuccessFactor.id } : fail(r.error);
    },
    async editFactor(input: { id: string; expectedVersion: number; text: string }): Promise<SaveOutcome> {
      const r = await editFactor.executeMutation({ input });
      return r.data ? { ok: true } : fail(r.error);
    },
    async withdraw(id: string, expectedVersion: number): Promise<MeetingOutcome> {
      const r = await withdraw.executeMutation({ id, expectedVersion });
      return r.data ? { ok: true, id } : fail(r.error);
    },
    async setTheme(input: { id: string; theme: string }): Promise<MeetingOutcome> {
      const r = await theme.executeMutation({ input });
      return r.data ? { ok: true, id: input.id } : fail(r.error);
    },
    busy: () => all.some((m) => m.fetching.value),
  };
}
