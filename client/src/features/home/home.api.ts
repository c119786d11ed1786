import { useQuery } from '@urql/vue';
import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import {
  HomeItemsDocument as HomeItemsQuery,
  TeacherStartDocument as TeacherStartQuery,
} from '../../api/generated/graphql.js';
import { pageData, type PageData } from '../../api/page-data.js';
import { toItem, useOrganisationId } from '../plans/plans.api.js';
import type { PlanItemEntry } from './home.logic.js';
import type { OverdueStep } from '../annual-cycle/components/OverdueSteps.vue';
import type { ReportToAttend } from '../quality/components/ReportsToAttend.vue';
import type { HomePanel } from '../panel/components/PanelOnHome.vue';
import { waitingExamples } from '../examples/examples.logic.js';
import type { WaitingQuestion } from '../questions/questions.api.js';

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
  panel: HomePanel;
  /** How many of the viewer's texts wait for their answer to being published as good examples. */
  examplesWaiting: number;
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
    panel: d.teacherPanel,
    examplesWaiting: waitingExamples(d.myExampleRequests),
  }));
  return {
    ...page,
    fetching: computed(() => organisation.fetching.value || page.fetching.value),
    error: computed(() => organisation.error.value ?? page.error.value),
  };
}

/**
 * The leader's and the principal's start page in one request (HomeItems): the items of the
 * municipality's plans with each one's plan, through the cache.
 */
export function useHomeItems(
  municipalityCode: MaybeRefOrGetter<string | null | undefined>,
  options: { enabled: MaybeRefOrGetter<boolean> },
): PageData<PlanItemEntry[]> & {
  overdueSteps: ComputedRef<OverdueStep[]>;
  reportsToAttend: ComputedRef<ReportToAttend[]>;
  panel: ComputedRef<HomePanel | null>;
  examplesWaiting: ComputedRef<number>;
  questionsToAnswer: ComputedRef<WaitingQuestion[]>;
} {
  const response = useQuery({
    query: HomeItemsQuery,
    variables: () => ({ municipalityCode: toValue(municipalityCode) ?? '' }),
    pause: () => !toValue(options.enabled) || !toValue(municipalityCode),
  });
  return {
    ...pageData(response, (d) => d.municipalityItems.map((raw) => ({ item: toItem(raw), planTitle: raw.plan.title }))),
    // The same answer's overdue steps of the annual cycle (features/annual-cycle).
    overdueSteps: computed(() => response.data.value?.overdueCycleSteps ?? []),
    // And the quality reports waiting for the viewer (features/quality).
    reportsToAttend: computed(() => response.data.value?.qualityReportsToAttend ?? []),
    // And the teacher panel's polls (features/panel).
    panel: computed(() => response.data.value?.teacherPanel ?? null),
    // And the viewer's texts lifted as good examples, waiting for their answer (features/examples).
    examplesWaiting: computed(() => waitingExamples(response.data.value?.myExampleRequests ?? [])),
    // And the teachers' questions waiting for the viewer's answer (features/questions).
    questionsToAnswer: computed(() => response.data.value?.questionsToAnswer ?? []),
  };
}
