import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import HomeView from './HomeView.vue';
import { mountWithApp } from '../../../test/mount.js';
import { makeItem, makePlan } from '../../../test/factories.js';
import { apiComment, apiPlan, fakeGraphql, type SentRequest } from '../../../test/graphql.js';
import { useSessionStore } from '../../../stores/session.js';
import type { CommentView } from '../../dialogue/dialogue.api.js';
import type { Viewer } from '../../auth/auth.api.js';

const comment = (id: string, text: string, createdAt: string): CommentView => ({
  id,
  parentId: null,
  authorId: 'a1',
  authorName: 'Erik Dahl',
  text,
  stance: null,
  hidden: false,
  hiddenReason: null,
  edited: false,
  createdAt,
  replies: [],
});

const teacher: Viewer = {
  id: 't1',
  name: 'Lena Lärare',
  email: 'larare@lyfta.example',
  title: null,
  role: 'TEACHER',
  organisationId: 'u1',
  organisationName: 'Engelbrektskolan',
  organisationCode: '12345678',
  organisationKind: 'SCHOOL_UNIT',
  municipalityCode: '1490',
};

const plans = [1, 2].map((n) => makePlan([makeItem({ id: `p${n}-i1` })], { id: `plan-${n}`, title: `Plan ${n}` }));
const threads: Record<string, CommentView[]> = {
  'plan-1': [comment('c1', 'Om plan 1', '2026-11-01T10:00:00.000Z')],
  'p2-i1': [comment('c2', 'Om åtgärden i plan 2', '2026-11-12T10:00:00.000Z')],
};

function answer(r: SentRequest) {
  if (r.operationName === 'OrganisationByCode')
    return {
      data: {
        organisation: { __typename: 'Organisation', id: 'org-1', code: '1490', name: 'Borås', kind: 'MUNICIPALITY' },
      },
    };
  if (r.operationName === 'PlansList')
    return {
      data: {
        actionPlans: {
          __typename: 'ActionPlanConnection',
          totalCount: plans.length,
          nodes: plans.map((p) => ({ ...apiPlan(p), status: 'PUBLISHED' })),
        },
      },
    };
  if (r.operationName === 'Plan') return { data: { actionPlan: apiPlan(plans.find((p) => p.id === r.variables.id)!) } };
  const nodes = (threads[r.variables.targetId as string] ?? []).map(apiComment);
  return { data: { comments: { __typename: 'CommentConnection', totalCount: nodes.length, nodes } } };
}

async function openAsTeacher(client: ReturnType<typeof fakeGraphql>['client']) {
  const { wrapper } = mountWithApp(HomeView, { client });
  // Signed in (the router's guard has asked the server before the page opens).
  useSessionStore().viewer = teacher;
  for (let i = 0; i < 5; i++) await flushPromises();
  return wrapper;
}

describe('the teacher’s start page', () => {
  it('shows the latest comments across plans and items, newest first', async () => {
    const page = await openAsTeacher(fakeGraphql(answer).client);
    const shown = page.findAll('[aria-labelledby="home-comments"] li').map((li) => li.text());
    expect(shown).toHaveLength(2);
    expect(shown[0]).toContain('Om åtgärden i plan 2');
    expect(shown[1]).toContain('Om plan 1');
  });

  it('opens from the cache the second time: the plans and threads are not asked for again', async () => {
    const server = fakeGraphql(answer);
    (await openAsTeacher(server.client)).unmount();
    const first = server.requests.filter((r) => r.operationName === 'Plan' || r.operationName === 'Comments').length;
    expect(first).toBeGreaterThan(0);
    await openAsTeacher(server.client);
    const again = server.requests.filter((r) => r.operationName === 'Plan' || r.operationName === 'Comments').length;
    expect(again).toBe(first);
  });
});
