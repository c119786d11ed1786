import { toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import { pageData } from '../../api/page-data.js';
import {
  AnswerExampleDocument,
  GoodExamplesDocument,
  LiftAsExampleDocument,
  LiftedExamplesDocument,
  MyExampleRequestsDocument,
  type ConsentState,
  type ExampleSource,
  type GoodExampleFieldsFragment,
} from '../../api/generated/graphql.js';

export type GoodExample = GoodExampleFieldsFragment;

/** The answer to a write: done, or the error to show. */
export type ExampleOutcome = { ok: true; example: GoodExample } | { ok: false; error: AppError };

/** A municipality's published good examples (open to everyone) and its name. */
export function useGoodExamples(municipalityCode: MaybeRefOrGetter<string>) {
  const response = useQuery({
    query: GoodExamplesDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) }),
  });
  return pageData(response, (d) => ({ municipality: d.municipality ?? null, examples: d.goodExamples }));
}

/** Every example lifted in the municipality, with its consent: for its administration only. */
export function useLiftedExamples(municipalityCode: MaybeRefOrGetter<string>, enabled: MaybeRefOrGetter<boolean>) {
  const response = useQuery({
    query: LiftedExamplesDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) }),
    pause: () => !toValue(enabled),
  });
  return pageData(response, (d) => d.liftedExamples);
}

/** The viewer's texts lifted as examples, waiting ones first. */
export function useMyExampleRequests(enabled: MaybeRefOrGetter<boolean>) {
  const response = useQuery({ query: MyExampleRequestsDocument, pause: () => !toValue(enabled) });
  return pageData(response, (d) => d.myExampleRequests);
}

/** Lifting a comment, and the author's answer. */
export function useExampleWrites() {
  const lift = useMutation(LiftAsExampleDocument);
  const answer = useMutation(AnswerExampleDocument);
  return {
    busy: lift.fetching,
    answering: answer.fetching,
    async lift(source: ExampleSource, sourceId: string, note: string): Promise<ExampleOutcome> {
      const r = await lift.executeMutation({ input: { source, sourceId, note: note || null } });
      return r.data ? { ok: true, example: r.data.liftAsExample } : { ok: false, error: toAppError(r.error) };
    },
    async answer(example: GoodExample, consent: ConsentState, named = false): Promise<ExampleOutcome> {
      const r = await answer.executeMutation({
        input: { id: example.id, expectedVersion: example.version, consent, named },
      });
      return r.data ? { ok: true, example: r.data.answerExample } : { ok: false, error: toAppError(r.error) };
    },
  };
}
