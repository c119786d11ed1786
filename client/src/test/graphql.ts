import { vi } from 'vitest';
import type { Client } from '@urql/core';
import { createGraphqlClient } from '../api/client.js';
import type { ActionItem, ActionPlan } from '../features/plans/plans.types.js';
import type { CommentView } from '../features/dialogue/dialogue.api.js';

/** A request as the client sent it over HTTP. */
export interface SentRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** What the fake server answers: data, GraphQL errors, or both. */
export interface FakeAnswer {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * The app's real GraphQL client (normalised cache, error exchange, fetch exchange) talking to a
 * fake server over a fake fetch: tests see what was sent, and the cache works as in the browser.
 */
export function fakeGraphql(answer: (request: SentRequest) => FakeAnswer): {
  client: Client;
  requests: SentRequest[];
  handlers: { unauthenticated: ReturnType<typeof vi.fn>; notify: ReturnType<typeof vi.fn> };
} {
  const requests: SentRequest[] = [];
  const handlers = { unauthenticated: vi.fn(), notify: vi.fn() };
  const fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as SentRequest;
    requests.push(body);
    return new Response(JSON.stringify(answer(body)), { headers: { 'content-type': 'application/json' } });
  };
  return { client: createGraphqlClient(handlers, fetch as typeof globalThis.fetch), requests, handlers };
}

/** A GraphQL error as the server sends it. */
export function serverError(code: string, extensions: Record<string, unknown> = {}): FakeAnswer['errors'] {
  return [
    { message: code, extensions: { code, messages: { sv: `Fel: ${code}`, en: `Error: ${code}` }, ...extensions } },
  ];
}

/** An item as the API sends it (the fields of ItemFields and the item page). */
export function apiItem(item: ActionItem) {
  return {
    __typename: 'ActionItem',
    id: item.id,
    text: item.title,
    description: item.description,
    status: item.status,
    progress: item.progress,
    version: item.version,
    dueDate: item.dueDate,
    effect: item.effect,
    canUpdate: item.canUpdate,
    updatedAt: item.updatedAt,
    plan: { __typename: 'ActionPlan', id: item.planId, title: 'Planen' },
    area: { __typename: 'Area', id: item.areaId, title: 'Området' },
    responsible: item.owner ? { __typename: 'Person', ...item.owner } : null,
    lastUpdate: item.lastUpdate ? { __typename: 'LastUpdate', ...item.lastUpdate } : null,
    goals: item.goals.map((g) => ({ __typename: 'Goal', ...g })),
    updates: {
      __typename: 'StatusUpdateConnection',
      nodes: item.updates.map((u) => ({ __typename: 'StatusUpdate', ...u })),
    },
  };
}

/** A plan as the API sends it (PlanFields). */
export function apiPlan(plan: ActionPlan) {
  return {
    __typename: 'ActionPlan',
    id: plan.id,
    title: plan.title,
    purpose: plan.purpose,
    startingPoints: plan.startingPoints,
    status: plan.status,
    version: plan.version,
    canEdit: plan.canEdit,
    ownerTitle: plan.ownerTitle,
    responsibleTitle: plan.responsibleTitle,
    schools: plan.schools.map((u) => ({ __typename: 'Organisation', ...u })),
    responsible: plan.responsible ? { __typename: 'Person', ...plan.responsible } : null,
    owner: { __typename: 'Organisation', id: 'org-1', name: plan.organisationName },
    period: { __typename: 'SchoolYearPeriod', from: plan.periodFrom, to: plan.periodTo },
    areas: plan.areas.map((a) => ({
      __typename: 'Area',
      id: a.id,
      title: a.title,
      description: a.description || null,
      position: plan.areas.indexOf(a),
      archived: a.archived,
      version: a.version,
      items: { __typename: 'ActionItemConnection', nodes: a.items.map(apiItem) },
    })),
  };
}

/** A comment as the API sends it (CommentFields, with replies when it has them). */
export function apiComment(c: CommentView): Record<string, unknown> {
  return {
    __typename: 'Comment',
    id: c.id,
    parentId: c.parentId,
    authorName: c.authorName,
    author: c.authorId ? { __typename: 'Person', id: c.authorId } : null,
    text: c.text,
    stance: c.stance,
    hidden: c.hidden,
    hiddenReason: c.hiddenReason,
    edited: c.edited,
    createdAt: c.createdAt,
    updatedAt: c.createdAt,
    replies: c.replies.map(apiComment),
    canLiftAsExample: c.canLift ?? false,
    canReport: c.canReport ?? false,
    reportedByViewer: c.reportedByViewer ?? false,
    goodExample: c.example ? { __typename: 'GoodExample', ...c.example } : null,
  };
}
