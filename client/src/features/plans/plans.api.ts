import { computed, toValue, type MaybeRefOrGetter, type Ref } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError } from '../../api/errors.js';
import { pageData, type PageData } from '../../api/page-data.js';
import { usePlansStore } from './plans.store.js';
import { useSessionStore } from '../../stores/session.js';
import type { ActionItemQuery, ItemFieldsFragment, PlanFieldsFragment } from '../../api/generated/graphql.js';
import {
  ActionItemDocument as ItemQuery,
  OrganisationByCodeDocument as OrganisationByCodeQuery,
  PlanDocument as PlanQuery,
  PlansListDocument as PlansListQuery,
  RecordStatusUpdateDocument as RecordStatusUpdateMutation,
} from '../../api/generated/graphql.js';
import type { ActionItem, ActionPlan, ItemStatus, StatusUpdate } from './plans.types.js';

/** A plan in the list: enough to show its title, period and overall progress. */
export interface PlanSummary {
  id: string;
  title: string;
  purpose: string;
  organisationName: string;
  periodFrom: string;
  periodTo: string;
  areas: Array<{ id: string; items: Array<{ status: ItemStatus; progress: number }> }>;
}

type RawUpdate = NonNullable<ActionItemQuery['actionItem']>['updates']['nodes'][number];

function toUpdate(u: RawUpdate): StatusUpdate {
  return {
    id: u.id,
    status: u.status,
    progress: u.progress,
    text: u.text,
    evidenceUrl: u.evidenceUrl ?? null,
    effect: u.effect ?? null,
    authorName: u.authorName,
    at: u.at,
  };
}

/** Maps the API's item onto the client's (history and goals when the query asked for them). */
export function toItem(
  raw: ItemFieldsFragment & {
    goals?: Array<{ id: string; title: string }>;
    qualityMeasures?: Array<{
      report: { id: string; schoolYear: string; organisation: { name: string } };
      measure: { text: string };
    }>;
    updates?: { nodes: RawUpdate[] };
  },
): ActionItem {
  return {
    id: raw.id,
    planId: raw.plan.id,
    areaId: raw.area.id,
    title: raw.text,
    description: raw.description ?? '',
    owner: raw.responsible ? { id: raw.responsible.id, name: raw.responsible.name } : null,
    dueDate: raw.dueDate ?? null,
    status: raw.status,
    progress: raw.progress,
    version: raw.version,
    updatedAt: raw.updatedAt,
    effect: raw.effect ?? null,
    lastUpdate: raw.lastUpdate ?? null,
    canUpdate: raw.canUpdate,
    goals: raw.goals ?? [],
    fromQuality: (raw.qualityMeasures ?? []).map((q) => ({
      reportId: q.report.id,
      unit: q.report.organisation.name,
      schoolYear: q.report.schoolYear,
      measure: q.measure.text,
    })),
    updates: raw.updates?.nodes.map(toUpdate) ?? [],
  };
}

/** Maps the API's plan onto the client's. */
export function toPlan(raw: PlanFieldsFragment): ActionPlan {
  return {
    id: raw.id,
    title: raw.title,
    purpose: raw.purpose,
    startingPoints: raw.startingPoints,
    organisationName: raw.owner.name,
    periodFrom: raw.period.from,
    periodTo: raw.period.to,
    responsible: raw.responsible ? { id: raw.responsible.id, name: raw.responsible.name } : null,
    responsibleTitle: raw.responsibleTitle ?? null,
    ownerTitle: raw.ownerTitle ?? null,
    schools: raw.schools.map((s) => ({ id: s.id, name: s.name })),
    status: raw.status,
    canEdit: raw.canEdit,
    version: raw.version,
    areas: raw.areas.map((a) => ({
      id: a.id,
      title: a.title,
      description: a.description ?? '',
      archived: a.archived,
      version: a.version,
      items: a.items.nodes.map((i) => toItem(i)),
    })),
  };
}

/**
 * The organisation id behind a municipality code: the signed-in person's own municipality is known
 * from the session; any other is asked for once (cached by id in the normalised cache).
 */
export function useOrganisationId(code: MaybeRefOrGetter<string | null | undefined>): PageData<string> {
  const session = useSessionStore();
  const known = computed(() => {
    const v = session.viewer;
    return v && v.municipalityCode === toValue(code) ? (v.municipalityId ?? null) : null;
  });
  const response = useQuery({
    query: OrganisationByCodeQuery,
    variables: () => ({ code: toValue(code) ?? '' }),
    pause: () => !toValue(code) || known.value !== null,
  });
  const asked = pageData(response, (d) => d.organisation?.id ?? null);
  return {
    ...asked,
    data: computed(() => known.value ?? asked.data.value),
    fetching: computed(() => known.value === null && response.fetching.value),
    error: computed(() => (known.value === null ? asked.error.value : null)),
  };
}

/** The municipality's plans in short, for the list. */
export function usePlansList(municipalityCode: MaybeRefOrGetter<string | null | undefined>): PageData<PlanSummary[]> {
  const organisation = useOrganisationId(municipalityCode);
  const response = useQuery({
    query: PlansListQuery,
    variables: () => ({ organisationId: organisation.data.value ?? '' }),
    pause: () => !organisation.data.value,
  });
  const list = pageData(response, (data) =>
    data.actionPlans.nodes.map((p) => ({
      id: p.id,
      title: p.title,
      purpose: p.purpose,
      organisationName: p.owner.name,
      periodFrom: p.period.from,
      periodTo: p.period.to,
      areas: p.areas.map((a) => ({ id: a.id, items: a.items.nodes })),
    })),
  );
  return {
    ...list,
    fetching: computed(() => organisation.fetching.value || list.fetching.value),
    error: computed(() => organisation.error.value ?? list.error.value),
  };
}

/** One plan with its areas and items (null when missing or not visible). */
export function usePlan(id: MaybeRefOrGetter<string | null | undefined>): PageData<ActionPlan> {
  const response = useQuery({
    query: PlanQuery,
    variables: () => ({ id: toValue(id) ?? '' }),
    pause: () => !toValue(id),
  });
  return pageData(response, (d) => (d.actionPlan ? toPlan(d.actionPlan) : null));
}

/** One item with its history and goals (null when missing or not visible). */
export function useItem(id: MaybeRefOrGetter<string>): PageData<ActionItem> {
  const response = useQuery({ query: ItemQuery, variables: () => ({ id: toValue(id) }) });
  return pageData(response, (d) => (d.actionItem ? toItem(d.actionItem) : null));
}

/**
 * Sends an item's draft through the plans store: the store validates it and keeps the outcome (a
 * conflict, field problems, the confirmation); the cache updates every page showing the item.
 */
export function useRecordUpdate(): { saving: Ref<boolean>; submit(item: ActionItem): Promise<boolean> } {
  const plans = usePlansStore();
  const mutation = useMutation(RecordStatusUpdateMutation);
  async function submit(item: ActionItem): Promise<boolean> {
    const clean = plans.prepareSubmit(item.id);
    if (!clean) return false;
    const result = await mutation.executeMutation({
      input: {
        itemId: item.id,
        expectedVersion: plans.draftBase[item.id] ?? item.version,
        status: clean.status,
        progress: clean.progress,
        text: clean.text,
        evidenceUrl: clean.evidenceUrl || null,
        effect: clean.status === 'DONE' ? clean.effect : null,
      },
    });
    if (result.data?.recordStatusUpdate) {
      plans.saved(toItem(result.data.recordStatusUpdate));
      return true;
    }
    plans.failed(item, toAppError(result.error));
    return false;
  }
  return { saving: mutation.fetching, submit };
}
