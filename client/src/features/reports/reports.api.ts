import { toValue, type MaybeRefOrGetter } from 'vue';
import { useQuery } from '@urql/vue';
import { pageData, type PageData } from '../../api/page-data.js';
import { PlanReportGoalsDocument, type PlanReportGoalsQuery } from '../../api/generated/graphql.js';

export type ReportGoal = NonNullable<PlanReportGoalsQuery['actionPlan']>['goals'][number];
export type ReportTarget = ReportGoal['targets'][number];

/** The plan's goals and their targets' latest values, read through the cache. */
export function usePlanReportGoals(planId: MaybeRefOrGetter<string>): PageData<ReportGoal[]> {
  const response = useQuery({ query: PlanReportGoalsDocument, variables: () => ({ id: toValue(planId) }) });
  return pageData(response, (data) => data.actionPlan?.goals ?? []);
}

/** Where the server makes the plan's report in a format. */
export function reportUrl(planId: string, format: 'pdf' | 'xlsx' | 'csv'): string {
  return `/reports/plans/${encodeURIComponent(planId)}.${format}`;
}
