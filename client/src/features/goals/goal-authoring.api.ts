import { computed, toValue, type MaybeRefOrGetter, type Ref } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError } from '../../api/errors.js';
import {
  AddTargetDocument,
  CreateGoalDocument,
  GoalChoicesDocument,
  GoalIndicatorsDocument,
  GoalItemChoicesDocument,
  LinkGoalToItemDocument,
  RemoveTargetDocument,
  UnlinkGoalFromItemDocument,
  UpdateGoalDocument,
  UpdateTargetDocument,
  type CreateGoalInput,
  type TargetInput,
  type UpdateGoalInput,
} from '../../api/generated/graphql.js';
import type { WriteOutcome } from '../plans/plan-authoring.api.js';
import type { GoalState, Localized } from './goals.types.js';

function outcome(
  result: { data?: unknown; error?: unknown },
  pick: (data: never) => { id: string } | null | undefined,
) {
  const got = result.data ? pick(result.data as never) : null;
  return got ? ({ ok: true, id: got.id } as const) : ({ ok: false, error: toAppError(result.error) } as const);
}

/**
 * The goal writes. Each answers with what the normalised cache needs to update every page showing
 * the goal (goals.queries.ts); a link's other side is asked again (api/cache.ts). None keeps state here.
 */
export function useGoalAuthoring(): {
  busy: Ref<boolean>;
  createGoal(input: CreateGoalInput): Promise<WriteOutcome>;
  updateGoal(input: UpdateGoalInput): Promise<WriteOutcome>;
  addTarget(goalId: string, target: TargetInput): Promise<WriteOutcome>;
  updateTarget(goalId: string, targetId: string, expectedVersion: number, target: TargetInput): Promise<WriteOutcome>;
  removeTarget(goalId: string, targetId: string): Promise<WriteOutcome>;
  link(goalId: string, itemId: string, linked: boolean): Promise<WriteOutcome>;
} {
  const m = {
    createGoal: useMutation(CreateGoalDocument),
    updateGoal: useMutation(UpdateGoalDocument),
    addTarget: useMutation(AddTargetDocument),
    updateTarget: useMutation(UpdateTargetDocument),
    removeTarget: useMutation(RemoveTargetDocument),
    link: useMutation(LinkGoalToItemDocument),
    unlink: useMutation(UnlinkGoalFromItemDocument),
  };
  const busy = computed(() => Object.values(m).some((x) => x.fetching.value));
  return {
    busy,
    createGoal: async (input) =>
      outcome(await m.createGoal.executeMutation({ input }), (d: { createGoal: { id: string } }) => d.createGoal),
    updateGoal: async (input) =>
      outcome(await m.updateGoal.executeMutation({ input }), (d: { updateGoal: { id: string } }) => d.updateGoal),
    addTarget: async (goalId, target) =>
      outcome(
        await m.addTarget.executeMutation({ input: { goalId, target } }),
        (d: { addTarget: { id: string } }) => d.addTarget,
      ),
    updateTarget: async (goalId, targetId, expectedVersion, target) =>
      outcome(
        await m.updateTarget.executeMutation({ input: { goalId, targetId, expectedVersion, target } }),
        (d: { updateTarget: { id: string } }) => d.updateTarget,
      ),
    removeTarget: async (goalId, targetId) =>
      outcome(
        await m.removeTarget.executeMutation({ goalId, targetId }),
        (d: { removeTarget: { id: string } }) => d.removeTarget,
      ),
    link: async (goalId, itemId, linked) =>
      linked
        ? outcome(
            await m.link.executeMutation({ input: { goalId, itemId } }),
            (d: { linkGoalToItem: { id: string } }) => d.linkGoalToItem,
          )
        : outcome(
            await m.unlink.executeMutation({ input: { goalId, itemId } }),
            (d: { unlinkGoalFromItem: { id: string } }) => d.unlinkGoalFromItem,
          ),
  };
}

/** An indicator of the catalogue, as a target's picker shows it. */
export interface IndicatorChoice {
  id: string;
  key: string;
  name: Localized;
  unit: string;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  decimals: number;
}

/** The indicator catalogue (Query.indicators). */
export function useIndicatorCatalogue(): Ref<IndicatorChoice[]> {
  const response = useQuery({ query: GoalIndicatorsDocument });
  return computed(() => response.data.value?.indicators ?? []);
}

/** The items of the municipality's plans that the viewer may read, with their plan's title. */
export function useItemChoices(
  municipalityCode: MaybeRefOrGetter<string | null | undefined>,
): Ref<Array<{ id: string; text: string; planId: string; planTitle: string }>> {
  const response = useQuery({
    query: GoalItemChoicesDocument,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: () => !toValue(municipalityCode),
  });
  return computed(() =>
    (response.data.value?.municipalityItems ?? []).map((i) => ({
      id: i.id,
      text: i.text,
      planId: i.plan.id,
      planTitle: i.plan.title,
    })),
  );
}

/** The goals of an organisation, by title, for linking an item to them. */
export function useGoalChoices(
  organisationId: MaybeRefOrGetter<string | null | undefined>,
): Ref<Array<{ id: string; title: string; state: GoalState }>> {
  const response = useQuery({
    query: GoalChoicesDocument,
    variables: () => ({ organisationId: toValue(organisationId) ?? '' }),
    pause: () => !toValue(organisationId),
  });
  return computed(() =>
    (response.data.value?.goals.nodes ?? []).map((g) => ({ id: g.id, title: g.title, state: g.status })),
  );
}
