import { toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import { pageData } from '../../api/page-data.js';
import type { SaveOutcome } from '../../composables/versioned-save.js';
import {
  AcceptCoachingRequestDocument,
  AddCoachingEntryDocument,
  CloseCoachingEngagementDocument,
  CoachingBoardDocument,
  CoachingEngagementDocument,
  DeclineCoachingRequestDocument,
  ForwardCoachingRequestDocument,
  RequestCoachingDocument,
  SetCoachingAgreementDocument,
  SetCoachingGoalDocument,
  SetCoachProfileDocument,
  UpdateCoachingEntryDocument,
  WithdrawCoachingRequestDocument,
  type AddCoachingEntryInput,
  type CoachingAgreementInput,
  type CoachingBoardQuery,
  type CoachingEngagementQuery,
  type CoachingGoalInput,
  type CoachingSubject,
  type CloseEngagementInput,
  type DecideCoachingRequestInput,
  type ForwardCoachingRequestInput,
  type RequestCoachingInput,
  type UpdateCoachingEntryInput,
} from '../../api/generated/graphql.js';

export type CoachingBoard = CoachingBoardQuery['coachingBoard'];
export type CoachingRequest = CoachingBoard['requests'][number];
export type EngagementFacts = CoachingBoard['engagements'][number];
export type Engagement = CoachingEngagementQuery['coachingEngagement'];
export type EngagementContent = NonNullable<Engagement['content']>;
export type CoachingEntry = EngagementContent['entries'][number];
export type Coach = CoachingBoard['coaches'][number];

/** The answer to a write: done (with the id written), or the error to show. */
export type CoachingOutcome = { ok: true; id: string } | { ok: false; error: AppError };

/** A municipality's coaching page: requests, engagements and what the viewer may do. */
export function useCoachingBoard(municipalityCode: MaybeRefOrGetter<string | null | undefined>) {
  const response = useQuery({
    query: CoachingBoardDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: () => !toValue(municipalityCode),
  });
  return pageData(response, (d) => d.coachingBoard);
}

/** One engagement: its facts, and its content for its teacher(s) and coach. */
export function useEngagement(id: MaybeRefOrGetter<string>) {
  const response = useQuery({ query: CoachingEngagementDocument, variables: () => ({ id: toValue(id) }) });
  return pageData(response, (d) => d.coachingEngagement);
}

const fail = (error: unknown) => ({ ok: false as const, error: toAppError(error) });

/** Requests and their decisions, the coach's subjects, and the writes inside an engagement. */
export function useCoachingWrites() {
  const request = useMutation(RequestCoachingDocument);
  const forward = useMutation(ForwardCoachingRequestDocument);
  const accept = useMutation(AcceptCoachingRequestDocument);
  const decline = useMutation(DeclineCoachingRequestDocument);
  const withdraw = useMutation(WithdrawCoachingRequestDocument);
  const agreement = useMutation(SetCoachingAgreementDocument);
  const goal = useMutation(SetCoachingGoalDocument);
  const add = useMutation(AddCoachingEntryDocument);
  const update = useMutation(UpdateCoachingEntryDocument);
  const close = useMutation(CloseCoachingEngagementDocument);
  const profile = useMutation(SetCoachProfileDocument);
  const all: Array<{ fetching: { value: boolean } }> = [
    request,
    forward,
    accept,
    decline,
    withdraw,
    agreement,
    goal,
    add,
    update,
    close,
    profile,
  ];
  return {
    async request(input: RequestCoachingInput): Promise<CoachingOutcome> {
      const r = await request.executeMutation({ input });
      return r.data ? { ok: true, id: r.data.requestCoaching.id } : fail(r.error);
    },
    async forward(input: ForwardCoachingRequestInput): Promise<SaveOutcome> {
      const r = await forward.executeMutation({ input });
      return r.data ? { ok: true } : fail(r.error);
    },
    /** Accepting answers with the request, which now names the engagement it began. */
    async accept(input: DecideCoachingRequestInput): Promise<CoachingOutcome> {
      const r = await accept.executeMutation({ input });
      return r.data ? { ok: true, id: r.data.acceptCoachingRequest.engagement?.id ?? String(input.id) } : fail(r.error);
    },
    async decline(input: DecideCoachingRequestInput): Promise<SaveOutcome> {
      const r = await decline.executeMutation({ input });
      return r.data ? { ok: true } : fail(r.error);
    },
    async withdraw(id: string, expectedVersion: number): Promise<SaveOutcome> {
      const r = await withdraw.executeMutation({ id, expectedVersion });
      return r.data ? { ok: true } : fail(r.error);
    },
    async setAgreement(input: CoachingAgreementInput): Promise<SaveOutcome> {
      const r = await agreement.executeMutation({ input });
      return r.data ? { ok: true } : fail(r.error);
    },
    async setGoal(input: CoachingGoalInput): Promise<SaveOutcome> {
      const r = await goal.executeMutation({ input });
      return r.data ? { ok: true } : fail(r.error);
    },
    async addEntry(input: AddCoachingEntryInput): Promise<SaveOutcome> {
      const r = await add.executeMutation({ input });
      return r.data ? { ok: true } : fail(r.error);
    },
    async updateEntry(input: UpdateCoachingEntryInput): Promise<SaveOutcome> {
      const r = await update.executeMutation({ input });
      return r.data ? { ok: true } : fail(r.error);
    },
    async close(input: CloseEngagementInput): Promise<SaveOutcome> {
      const r = await close.executeMutation({ input });
      return r.data ? { ok: true } : fail(r.error);
    },
    async setProfile(input: { municipalityCode: string; subjects: CoachingSubject[] }): Promise<CoachingOutcome> {
      const r = await profile.executeMutation({ input });
      return r.data ? { ok: true, id: r.data.setCoachProfile.id } : fail(r.error);
    },
    busy: () => all.some((m) => m.fetching.value),
  };
}
