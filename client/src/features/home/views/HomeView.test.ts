import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import HomeView from './HomeView.vue';
import { mountWithApp } from '../../../test/mount.js';
import { makeItem, makePlan } from '../../../test/factories.js';
import { apiComment, apiItem, apiPlan, fakeGraphql, type SentRequest } from '../../../test/graphql.js';
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
  municipalityId: 'org-1',
};

// The teacher panel as the start page's one request brings it: one open poll the viewer can answer,
// one they have answered, and a closed one whose results are published.
const poll = (id: string, title: string, state: string, closesOn: string, canAnswer: boolean, answered: boolean) => ({
  __typename: 'Poll',
  id,
  title,
  state,
  closesOn,
  canAnswer,
  viewerHasAnswered: answered,
});
const teacherPanel = {
  __typename: 'TeacherPanel',
  canJoin: true,
  membership: { __typename: 'PanelMembership', id: 'm1', active: true },
  polls: [
    poll('poll-1', 'Studiero i klassrummet', 'OPEN', '2026-12-20', true, false),
    poll('poll-2', 'Fortbildning i läsning', 'OPEN', '2026-12-18', false, true),
    poll('poll-3', 'Tid för planering', 'CLOSED', '2026-10-01', false, true),
  ],
};

const plans = [1, 2].map((n) => makePlan([makeItem({ id: `p${n}-i1` })], { id: `plan-${n}`, title: `Plan ${n}` }));
// The newest comments across the plans and items, as the server sends them (newest first).
const recent = [
  { comment: comment('c2', 'Om åtgärden i plan 2', '2026-11-12T10:00:00.000Z'), title: 'Åtgärd', planId: 'plan-2' },
  { comment: comment('c1', 'Om plan 1', '2026-11-01T10:00:00.000Z'), title: 'Plan 1', planId: 'plan-1' },
];

function answer(r: SentRequest) {
  if (r.operationName === 'TeacherStart')
    return {
      data: {
        actionPlans: {
          __typename: 'ActionPlanConnection',
          nodes: plans.map((p) => {
            const { id, title, period } = apiPlan(p);
            return {
              __typename: 'ActionPlan',
              id,
              title,
              period,
              owner: { __typename: 'Organisation', id: 'org-1', name: 'Borås' },
            };
          }),
        },
        recentComments: recent.map((r) => ({
          __typename: 'RecentComment',
          targetTitle: r.title,
          planId: r.planId,
          comment: apiComment(r.comment),
        })),
        teacherPanel,
        // Two of the teacher's comments lifted as good examples: one waits for the answer.
        myExampleRequests: [
          { __typename: 'GoodExample', id: 'ex-1', consent: 'ASKED' },
          { __typename: 'GoodExample', id: 'ex-2', consent: 'GIVEN' },
        ],
      },
    };
  return { errors: [{ message: `not asked for on this page: ${r.operationName}` }] };
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

  it('shows the panel’s open polls, which of them the teacher can still answer, and the published results', async () => {
    const page = await openAsTeacher(fakeGraphql(answer).client);
    const polls = page.findAll('[data-testid="home-panel"] li').map((li) => li.text());
    expect(polls).toHaveLength(3);
    expect(polls[0]).toContain('Studiero i klassrummet');
    expect(polls[0]).toContain('Du kan svara.');
    expect(polls[1]).toContain('Du har svarat.');
    expect(polls[2]).toContain('Tid för planering');
    expect(polls[2]).toContain('resultatet är publicerat');
    expect(page.find('[data-testid="home-panel"]').text()).not.toContain('Du är inte med i lärarpanelen');
  });

  it('asks for the teacher’s answer when a leader wants to publish their text as a good example', async () => {
    const page = await openAsTeacher(fakeGraphql(answer).client);
    const notice = page.find('[data-testid="examples-waiting"]');
    expect(notice.text()).toContain('(1 väntar på ditt svar)');
    expect(notice.find('a').text()).toBe('Svara');
  });

  it('is one request, and opens from the cache the second time while it refreshes', async () => {
    const server = fakeGraphql(answer);
    (await openAsTeacher(server.client)).unmount();
    expect(server.requests.map((r) => r.operationName)).toEqual(['TeacherStart']);
    expect(server.requests[0]!.variables).toEqual({ organisationId: 'org-1', municipalityCode: '1490' });
    const { wrapper } = mountWithApp(HomeView, { client: server.client });
    useSessionStore().viewer = teacher;
    await wrapper.vm.$nextTick();
    // Shown from the cache before the refresh has answered.
    expect(wrapper.findAll('[aria-labelledby="home-comments"] li')).toHaveLength(2);
    for (let i = 0; i < 5; i++) await flushPromises();
    expect(server.requests.map((r) => r.operationName)).toEqual(['TeacherStart', 'TeacherStart']);
  });
});

describe('the leader’s start page', () => {
  const leader: Viewer = {
    ...teacher,
    id: 'l1',
    name: 'Jonas Ek',
    role: 'ADMINISTRATION',
    organisationId: 'org-1',
    organisationName: 'Borås Stad',
    organisationCode: '1490',
    organisationKind: 'MUNICIPALITY',
  };
  const now = Date.now();
  const overdue = makeItem({ id: 'late', title: 'Försenad åtgärd', dueDate: '2020-01-01', planId: 'plan-1' });
  const fine = makeItem({
    id: 'fine',
    title: 'Åtgärd i fas',
    updatedAt: new Date(now).toISOString(),
    planId: 'plan-2',
  });
  const leaderAnswer = (r: SentRequest) => {
    if (r.operationName === 'HomeItems')
      return {
        data: {
          municipalityItems: [
            { ...apiItem(overdue), plan: { __typename: 'ActionPlan', id: 'plan-1', title: 'Plan 1' } },
            { ...apiItem(fine), plan: { __typename: 'ActionPlan', id: 'plan-2', title: 'Plan 2' } },
          ],
          overdueCycleSteps: [],
          qualityReportsToAttend: [],
          teacherPanel: { ...teacherPanel, canJoin: false, membership: null },
          questionsToAnswer: [],
          myExampleRequests: [],
        },
      };
    // The new-comments panel asks for its own data; this test is about the items.
    return { errors: [{ message: `not asked for here: ${r.operationName}` }] };
  };

  it('lists what needs an update from one request for the items of every plan, not one per plan', async () => {
    const server = fakeGraphql(leaderAnswer);
    const { wrapper } = mountWithApp(HomeView, { client: server.client });
    useSessionStore().viewer = leader;
    for (let i = 0; i < 5; i++) await flushPromises();
    const planRequests = server.requests.filter((r) => r.operationName !== 'Notifications');
    expect(planRequests.map((r) => r.operationName)).toEqual(['HomeItems']);
    expect(planRequests[0]!.variables).toEqual({ municipalityCode: '1490' });
    const attention = wrapper.find('[aria-labelledby="home-attention"]');
    expect(attention.text()).toContain('Försenad åtgärd');
    expect(attention.text()).toContain('Plan 1');
    expect(attention.text()).not.toContain('Åtgärd i fas');
  });
});
