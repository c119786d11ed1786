import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '@urql/vue';
import {
  HomePlansDocument as HomePlansQuery,
  type HomePlansQuery as HomePlansResult,
} from '../../api/generated/graphql.js';
import { pageData, type PageData } from '../../api/page-data.js';
import { toPlan, useOrganisationId } from '../plans/plans.api.js';
import { toComment } from '../dialogue/dialogue.api.js';
import type { ActionPlan } from '../plans/plans.types.js';
import { newestFirst } from './home.logic.js';
import type { RecentComment } from './home.store.js';

type PlanNode = HomePlansResult['actionPlans']['nodes'][number];

/** The latest comments on a plan and its items, with where they were written. */
function commentsOf(plan: PlanNode): RecentComment[] {
  const titles = new Map(plan.areas.flatMap((a) => a.items.nodes.map((i) => [i.id, i.text] as const)));
  const threads = [
    { title: plan.title, nodes: plan.comments?.nodes ?? [] },
    ...plan.areas.flatMap((a) =>
      a.items.nodes.map((i) => ({ title: titles.get(i.id) ?? '', nodes: i.comments?.nodes ?? [] })),
    ),
  ];
  return threads.flatMap(({ title, nodes }) =>
    nodes
      .map((c) => toComment(c))
      .flatMap((c) => [c, ...c.replies])
      .map((c) => ({ comment: c, at: c.createdAt, targetTitle: title, planId: plan.id })),
  );
}

/** The start page's plans in full and, when asked for, the latest comments across them, in one request. */
export function useHomePlans(
  municipalityCode: MaybeRefOrGetter<string | null | undefined>,
  options: { enabled: MaybeRefOrGetter<boolean>; withComments: MaybeRefOrGetter<boolean>; commentLimit?: number },
): PageData<ActionPlan[]> & { comments: ComputedRef<RecentComment[]> } {
  const organisation = useOrganisationId(() => (toValue(options.enabled) ? toValue(municipalityCode) : null));
  const response = useQuery({
    query: HomePlansQuery,
    variables: () => ({ organisationId: organisation.data.value ?? '', withComments: toValue(options.withComments) }),
    pause: () => !organisation.data.value,
  });
  const plans = pageData(response, (d) => d.actionPlans.nodes.map((p) => toPlan(p)));
  return {
    ...plans,
    fetching: computed(() => organisation.fetching.value || plans.fetching.value),
    error: computed(() => organisation.error.value ?? plans.error.value),
    comments: computed(() =>
      newestFirst(response.data.value?.actionPlans.nodes.flatMap(commentsOf) ?? [], options.commentLimit ?? 8),
    ),
  };
}
