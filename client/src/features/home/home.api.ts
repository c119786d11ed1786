import { useClientHandle, useQuery } from '@urql/vue';
import { computed, ref, toValue, watch, type ComputedRef, type MaybeRefOrGetter, type Ref } from 'vue';
import { PlanDocument as PlanQuery, TeacherStartDocument as TeacherStartQuery } from '../../api/generated/graphql.js';
import { toAppError, type AppError } from '../../api/errors.js';
import { pageData, type PageData } from '../../api/page-data.js';
import { toPlan, useOrganisationId, usePlansList } from '../plans/plans.api.js';
import type { ActionPlan } from '../plans/plans.types.js';

/** A comment with where it was written, for the teacher's start page. */
export interface RecentComment {
  comment: { id: string; authorName: string; text: string | null };
  at: string;
  targetTitle: string;
  planId: string;
}

/** A plan in the teacher's list of the latest ones. */
export interface RecentPlan {
  id: string;
  title: string;
  organisationName: string;
  periodFrom: string;
  periodTo: string;
}

/** What the teacher's start page shows: the latest plans and the newest comments across them. */
export interface TeacherStart {
  plans: RecentPlan[];
  comments: RecentComment[];
}

/**
 * The teacher's start page in one request (TeacherStart): the municipality's id comes with the
 * session, and the server joins each recent comment to its plan or item.
 */
export function useTeacherStart(municipalityCode: MaybeRefOrGetter<string | null | undefined>): PageData<TeacherStart> {
  const organisation = useOrganisationId(municipalityCode);
  const response = useQuery({
    query: TeacherStartQuery,
    variables: () => ({
      organisationId: organisation.data.value ?? '',
      municipalityCode: toValue(municipalityCode) ?? '',
    }),
    pause: () => !organisation.data.value || !toValue(municipalityCode),
  });
  const page = pageData(response, (d) => ({
    plans: d.actionPlans.nodes.map((p) => ({
      id: p.id,
      title: p.title,
      organisationName: p.owner.name,
      periodFrom: p.period.from,
      periodTo: p.period.to,
    })),
    comments: d.recentComments.map((r) => ({
      comment: { id: r.comment.id, authorName: r.comment.authorName, text: r.comment.text ?? null },
      at: r.comment.createdAt,
      targetTitle: r.targetTitle,
      planId: r.planId,
    })),
  }));
  return {
    ...page,
    fetching: computed(() => organisation.fetching.value || page.fetching.value),
    error: computed(() => organisation.error.value ?? page.error.value),
  };
}

/**
 * The leader's and the principal's start page: the municipality's plans in full. Each plan is its
 * own request, answered from the cache when the plan page (or an earlier visit) has read it: a
 * list with every item's owner would nest deeper than the client's operations may (README,
 * operation limits), and the plans module has no list of items across plans yet.
 */
export function useHomePlans(
  municipalityCode: MaybeRefOrGetter<string | null | undefined>,
  options: { enabled: MaybeRefOrGetter<boolean> },
): { data: Ref<ActionPlan[] | null>; fetching: ComputedRef<boolean>; error: ComputedRef<AppError | null> } {
  const { client } = useClientHandle();
  const list = usePlansList(() => (toValue(options.enabled) ? toValue(municipalityCode) : null));
  const data = ref<ActionPlan[] | null>(null);
  const loading = ref(false);
  const failed = ref<AppError | null>(null);
  watch(
    () => list.data.value?.map((p) => p.id).join(','),
    async (ids) => {
      if (ids === undefined) return;
      loading.value = true;
      failed.value = null;
      const answers = await Promise.all(
        (list.data.value ?? []).map((p) =>
          client.query(PlanQuery, { id: p.id }, { requestPolicy: 'cache-first' }).toPromise(),
        ),
      );
      const error = answers.find((a) => a.error)?.error;
      if (error) failed.value = toAppError(error);
      data.value = answers.flatMap((a) => (a.data?.actionPlan ? [toPlan(a.data.actionPlan)] : []));
      loading.value = false;
    },
    { immediate: true },
  );
  return {
    data,
    fetching: computed(() => list.fetching.value || loading.value),
    error: computed(() => list.error.value ?? failed.value),
  };
}
