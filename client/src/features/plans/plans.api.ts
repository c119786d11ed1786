import { runMutation, runQuery } from '../../api/request.js';
import type { ActionItemQuery, ItemFieldsFragment, PlanQuery as PlanQueryResult } from '../../api/generated/graphql.js';
import {
  ActionItemDocument as ItemQuery,
  OrganisationByCodeDocument as OrganisationByCodeQuery,
  PlanDocument as PlanQuery,
  PlansListDocument as PlansListQuery,
  RecordStatusUpdateDocument as RecordStatusUpdateMutation,
} from '../../api/generated/graphql.js';
import type { ActionItem, ActionPlan, ItemDraft, ItemStatus, StatusUpdate } from './plans.types.js';

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
  raw: ItemFieldsFragment & { goals?: Array<{ id: string; title: string }>; updates?: { nodes: RawUpdate[] } },
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
    updates: raw.updates?.nodes.map(toUpdate) ?? [],
  };
}

function toPlan(raw: NonNullable<PlanQueryResult['actionPlan']>): ActionPlan {
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
    version: raw.version,
    areas: raw.areas.map((a) => ({ id: a.id, title: a.title, items: a.items.nodes.map((i) => toItem(i)) })),
  };
}

const organisationIds = new Map<string, string>();

/** The plans feature's calls to the server; tests replace its functions with spies. */
export const plansApi = {
  /** The organisation id behind a municipality code (cached: codes never move). */
  async organisationId(code: string): Promise<string | null> {
    const known = organisationIds.get(code);
    if (known) return known;
    const data = await runQuery(OrganisationByCodeQuery, { code });
    if (data.organisation) organisationIds.set(code, data.organisation.id);
    return data.organisation?.id ?? null;
  },
  /** The municipality's plans. */
  async list(municipalityCode: string): Promise<PlanSummary[]> {
    const id = await plansApi.organisationId(municipalityCode);
    if (!id) return [];
    const data = await runQuery(PlansListQuery, { organisationId: id });
    return data.actionPlans.nodes.map((p) => ({
      id: p.id,
      title: p.title,
      purpose: p.purpose,
      organisationName: p.owner.name,
      periodFrom: p.period.from,
      periodTo: p.period.to,
      areas: p.areas.map((a) => ({ id: a.id, items: a.items.nodes })),
    }));
  },
  /** One plan with its areas and items, or null. */
  async plan(id: string): Promise<ActionPlan | null> {
    const data = await runQuery(PlanQuery, { id });
    return data.actionPlan ? toPlan(data.actionPlan) : null;
  },
  /** One item with its history, or null. */
  async item(id: string): Promise<ActionItem | null> {
    const data = await runQuery(ItemQuery, { id });
    return data.actionItem ? toItem(data.actionItem) : null;
  },
  /** Records an update written against `expectedVersion`; throws a CONFLICT AppError when stale. */
  async recordUpdate(itemId: string, expectedVersion: number, draft: ItemDraft): Promise<ActionItem> {
    const data = await runMutation(RecordStatusUpdateMutation, {
      input: {
        itemId,
        expectedVersion,
        status: draft.status,
        progress: draft.progress,
        text: draft.text,
        evidenceUrl: draft.evidenceUrl || null,
        effect: draft.status === 'DONE' ? draft.effect : null,
      },
    });
    return toItem(data.recordStatusUpdate);
  },
};
