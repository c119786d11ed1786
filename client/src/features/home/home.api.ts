import { useClientHandle } from '@urql/vue';
import type { Client } from '@urql/core';
import { computed, ref, toValue, watch, type ComputedRef, type MaybeRefOrGetter, type Ref } from 'vue';
import { PlanDocument as PlanQuery, CommentsDocument as CommentsQuery } from '../../api/generated/graphql.js';
import type { AppError } from '../../api/errors.js';
import { asAppError, runQuery } from '../../api/request.js';
import { toPlan, usePlansList } from '../plans/plans.api.js';
import { toComment, type CommentView } from '../dialogue/dialogue.api.js';
import type { ActionPlan } from '../plans/plans.types.js';
import { newestFirst } from './home.logic.js';

/** A comment with where it was written, for the teacher's start page. */
export interface RecentComment {
  comment: CommentView;
  at: string;
  targetTitle: string;
  planId: string;
}

/** The latest comments on the plans and their items. */
async function recentComments(client: Client, plans: ActionPlan[], limit: number): Promise<RecentComment[]> {
  const targets = plans.flatMap((p) => [
    { id: p.id, title: p.title, planId: p.id },
    ...p.areas.flatMap((a) => a.items.map((i) => ({ id: i.id, title: i.title, planId: p.id }))),
  ]);
  const threads = await Promise.all(
    targets.map(async (target) => ({
      target,
      thread: await runQuery(CommentsQuery, { targetId: target.id }, 'cache-first', client)
        .then((d) => d.comments.nodes.map((c) => toComment(c)))
        .catch(() => [] as CommentView[]),
    })),
  );
  const all = threads.flatMap(({ target, thread }) =>
    thread
      .flatMap((c) => [c, ...c.replies])
      .map((c) => ({ comment: c, at: c.createdAt, targetTitle: target.title, planId: target.planId })),
  );
  return newestFirst(all, limit);
}

/**
 * The start page's plans in full and, when asked for, the latest comments across them. Each plan
 * (and thread) is its own cached request, shared with the plan pages: a list query with the items'
 * owners would nest deeper than the client's operations may (see README, operation limits).
 */
export function useHomePlans(
  municipalityCode: MaybeRefOrGetter<string | null | undefined>,
  options: { enabled: MaybeRefOrGetter<boolean>; withComments: MaybeRefOrGetter<boolean>; commentLimit?: number },
): {
  data: Ref<ActionPlan[] | null>;
  fetching: ComputedRef<boolean>;
  error: ComputedRef<AppError | null>;
  comments: Ref<RecentComment[]>;
} {
  const { client } = useClientHandle();
  const list = usePlansList(() => (toValue(options.enabled) ? toValue(municipalityCode) : null));
  const data = ref<ActionPlan[] | null>(null);
  const comments = ref<RecentComment[]>([]);
  const loading = ref(false);
  const failed = ref<AppError | null>(null);
  watch(
    () => list.data.value?.map((p) => p.id).join(','),
    async (ids) => {
      if (ids === undefined) return;
      loading.value = true;
      failed.value = null;
      try {
        const plans = await Promise.all(
          (list.data.value ?? []).map((p) => runQuery(PlanQuery, { id: p.id }, 'cache-first', client)),
        );
        data.value = plans.flatMap((d) => (d.actionPlan ? [toPlan(d.actionPlan)] : []));
        if (toValue(options.withComments))
          comments.value = await recentComments(client, data.value, options.commentLimit ?? 8);
      } catch (e) {
        failed.value = asAppError(e);
      } finally {
        loading.value = false;
      }
    },
    { immediate: true },
  );
  return {
    data,
    fetching: computed(() => list.fetching.value || loading.value),
    error: computed(() => list.error.value ?? failed.value),
    comments,
  };
}
