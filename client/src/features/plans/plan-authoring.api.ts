import { computed, toValue, type MaybeRefOrGetter, type Ref } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import {
  ArchiveAreaDocument,
  AssignablePeopleDocument,
  CancelActionItemDocument,
  CloseActionPlanDocument,
  CreateActionItemDocument,
  CreateActionPlanDocument,
  CreateAreaDocument,
  MoveActionItemDocument,
  MoveAreaDocument,
  PublishActionPlanDocument,
  SchoolUnitsDocument,
  UpdateActionItemDocument,
  UpdateActionPlanDocument,
  UpdateAreaDocument,
  type CreateActionItemInput,
  type CreateActionPlanInput,
  type CreateAreaInput,
  type UpdateActionItemInput,
  type UpdateActionPlanInput,
  type UpdateAreaInput,
} from '../../api/generated/graphql.js';
import type { PersonRef } from './plans.types.js';

/** The outcome of one authoring write: the answer's id, or the error (already an AppError). */
export type WriteOutcome = { ok: true; id: string } | { ok: false; error: AppError };

function outcome(
  result: { data?: unknown; error?: unknown },
  pick: (data: never) => { id: string } | null | undefined,
) {
  const got = result.data ? pick(result.data as never) : null;
  return got ? ({ ok: true, id: got.id } as const) : ({ ok: false, error: toAppError(result.error) } as const);
}

/**
 * The plan page's and the new-plan page's writes. Each answers with what the normalised cache
 * needs to update every page showing the plan (see plans.queries.ts); none keeps state here.
 */
export function usePlanAuthoring(): {
  busy: Ref<boolean>;
  createPlan(input: CreateActionPlanInput): Promise<WriteOutcome>;
  updatePlan(input: UpdateActionPlanInput): Promise<WriteOutcome>;
  publish(id: string, expectedVersion: number): Promise<WriteOutcome>;
  close(id: string, expectedVersion: number): Promise<WriteOutcome>;
  createArea(input: CreateAreaInput): Promise<WriteOutcome>;
  updateArea(input: UpdateAreaInput): Promise<WriteOutcome>;
  archiveArea(id: string, expectedVersion: number, archived: boolean): Promise<WriteOutcome>;
  moveArea(id: string, expectedVersion: number, position: number): Promise<WriteOutcome>;
  createItem(input: CreateActionItemInput): Promise<WriteOutcome>;
  updateItem(input: UpdateActionItemInput): Promise<WriteOutcome>;
  cancelItem(id: string, expectedVersion: number): Promise<WriteOutcome>;
  moveItem(id: string, expectedVersion: number, position: number, areaId?: string): Promise<WriteOutcome>;
} {
  const m = {
    createPlan: useMutation(CreateActionPlanDocument),
    updatePlan: useMutation(UpdateActionPlanDocument),
    publish: useMutation(PublishActionPlanDocument),
    close: useMutation(CloseActionPlanDocument),
    createArea: useMutation(CreateAreaDocument),
    updateArea: useMutation(UpdateAreaDocument),
    archiveArea: useMutation(ArchiveAreaDocument),
    moveArea: useMutation(MoveAreaDocument),
    createItem: useMutation(CreateActionItemDocument),
    updateItem: useMutation(UpdateActionItemDocument),
    cancelItem: useMutation(CancelActionItemDocument),
    moveItem: useMutation(MoveActionItemDocument),
  };
  const busy = computed(() => Object.values(m).some((x) => x.fetching.value));
  return {
    busy,
    createPlan: async (input) =>
      outcome(
        await m.createPlan.executeMutation({ input }),
        (d: { createActionPlan: { id: string } }) => d.createActionPlan,
      ),
    updatePlan: async (input) =>
      outcome(
        await m.updatePlan.executeMutation({ input }),
        (d: { updateActionPlan: { id: string } }) => d.updateActionPlan,
      ),
    publish: async (id, expectedVersion) =>
      outcome(
        await m.publish.executeMutation({ input: { id, expectedVersion } }),
        (d: { publishActionPlan: { id: string } }) => d.publishActionPlan,
      ),
    close: async (id, expectedVersion) =>
      outcome(
        await m.close.executeMutation({ input: { id, expectedVersion } }),
        (d: { closeActionPlan: { id: string } }) => d.closeActionPlan,
      ),
    createArea: async (input) =>
      outcome(await m.createArea.executeMutation({ input }), (d: { createArea: { id: string } }) => d.createArea),
    updateArea: async (input) =>
      outcome(await m.updateArea.executeMutation({ input }), (d: { updateArea: { id: string } }) => d.updateArea),
    archiveArea: async (id, expectedVersion, archived) =>
      outcome(
        await m.archiveArea.executeMutation({ input: { id, expectedVersion, archived } }),
        (d: { archiveArea: { id: string } }) => d.archiveArea,
      ),
    moveArea: async (id, expectedVersion, position) =>
      outcome(
        await m.moveArea.executeMutation({ input: { id, expectedVersion, position } }),
        (d: { moveArea: { id: string } }) => d.moveArea,
      ),
    createItem: async (input) =>
      outcome(
        await m.createItem.executeMutation({ input }),
        (d: { createActionItem: { id: string } }) => d.createActionItem,
      ),
    updateItem: async (input) =>
      outcome(
        await m.updateItem.executeMutation({ input }),
        (d: { updateActionItem: { id: string } }) => d.updateActionItem,
      ),
    cancelItem: async (id, expectedVersion) =>
      outcome(
        await m.cancelItem.executeMutation({ input: { id, expectedVersion } }),
        (d: { cancelActionItem: { id: string } }) => d.cancelActionItem,
      ),
    moveItem: async (id, expectedVersion, position, areaId) =>
      outcome(
        await m.moveItem.executeMutation({ input: { id, expectedVersion, position, areaId: areaId ?? null } }),
        (d: { moveActionItem: { id: string } }) => d.moveActionItem,
      ),
  };
}

/** The people of the organisation's municipality who may be made responsible (the administration asks). */
export function useAssignablePeople(organisationId: MaybeRefOrGetter<string | null | undefined>): Ref<PersonRef[]> {
  const response = useQuery({
    query: AssignablePeopleDocument,
    variables: () => ({ organisationId: toValue(organisationId) ?? '' }),
    pause: () => !toValue(organisationId),
  });
  return computed(() => response.data.value?.assignablePeople ?? []);
}

/** The municipality's school units matching a name search. */
export function useSchoolUnits(
  municipalityCode: MaybeRefOrGetter<string | null | undefined>,
  search: MaybeRefOrGetter<string>,
): { units: Ref<Array<{ id: string; name: string; code: string }>>; fetching: Ref<boolean> } {
  const response = useQuery({
    query: SchoolUnitsDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '', search: toValue(search).trim() || null }),
    pause: () => !toValue(municipalityCode),
  });
  return { units: computed(() => response.data.value?.organisations.nodes ?? []), fetching: response.fetching };
}
