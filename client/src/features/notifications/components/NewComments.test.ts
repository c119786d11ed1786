import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import NewComments from './NewComments.vue';
import { mountWithApp } from '../../../test/mount.js';
import { fakeGraphql, serverError, type FakeAnswer, type SentRequest } from '../../../test/graphql.js';

interface Given {
  id: string;
  kind: 'COMMENT' | 'REPLY';
  createdAt: string;
  authorName: string;
  text: string | null;
  hidden?: boolean;
  targetType: 'ACTION_PLAN' | 'ACTION_ITEM';
  targetId: string;
  targetTitle: string;
}

const onItem: Given = {
  id: 'n2',
  kind: 'COMMENT',
  createdAt: '2026-11-12T10:00:00.000Z',
  authorName: 'Erik Dahl',
  text: 'Vi vill gärna testa strukturen.',
  targetType: 'ACTION_ITEM',
  targetId: 'item-7',
  targetTitle: 'Ta fram en gemensam struktur',
};
const onPlan: Given = {
  id: 'n1',
  kind: 'REPLY',
  createdAt: '2026-11-10T09:00:00.000Z',
  authorName: 'Sara Holm',
  text: null,
  hidden: true,
  targetType: 'ACTION_PLAN',
  targetId: 'plan-1',
  targetTitle: 'Lust att lära',
};

/** The inbox as the server sends it: the notices after lastSeenAt when only the unread are asked. */
function inboxAnswer(notices: Given[], lastSeenAt: string | null) {
  return {
    data: {
      notificationInbox: {
        __typename: 'NotificationInbox',
        id: 'p1',
        unreadCount: notices.filter((n) => !lastSeenAt || n.createdAt > lastSeenAt).length,
        lastSeenAt,
        notifications: notices.map((n) => ({
          __typename: 'Notification',
          id: n.id,
          kind: n.kind,
          createdAt: n.createdAt,
          comment: {
            __typename: 'RecentComment',
            targetTitle: n.targetTitle,
            planId: 'plan-1',
            comment: {
              __typename: 'Comment',
              id: `c-${n.id}`,
              authorName: n.authorName,
              text: n.text,
              hidden: n.hidden ?? false,
              targetType: n.targetType,
              targetId: n.targetId,
            },
          },
          question: null,
          meeting: null,
          chat: null,
          chatStartsAt: null,
          chatEndsAt: null,
          coachingEngagementId: null,
          coachingExportedByName: null,
        })),
        preferences: {
          __typename: 'NotificationPreferences',
          id: 'p1',
          emailComments: 'OFF',
          language: 'SV',
          emailAvailable: false,
        },
      },
    },
  };
}

/** A server keeping when the viewer last looked; marking seen moves it to `until`. */
function inboxServer(notices: Given[], refuse?: (r: SentRequest) => FakeAnswer | null) {
  let lastSeenAt: string | null = null;
  return fakeGraphql((r) => {
    const refused = refuse?.(r);
    if (refused) return refused;
    if (r.operationName === 'Notifications') {
      const shown = r.variables.unreadOnly ? notices.filter((n) => !lastSeenAt || n.createdAt > lastSeenAt) : notices;
      return inboxAnswer(shown, lastSeenAt);
    }
    if (r.operationName === 'MarkNotificationsSeen') {
      lastSeenAt = (r.variables.input as { until: string }).until;
      return {
        data: { markNotificationsSeen: { __typename: 'NotificationInbox', id: 'p1', unreadCount: 0, lastSeenAt } },
      };
    }
    return { errors: [{ message: `not asked for here: ${r.operationName}` }] };
  });
}

// A link stub that shows where it goes.
const RouterLink = { props: ['to'], template: '<a :data-to="JSON.stringify(to)"><slot /></a>' };

async function open(server: ReturnType<typeof fakeGraphql>, props: Record<string, unknown> = {}) {
  const { wrapper } = mountWithApp(NewComments, {
    client: server.client,
    props,
    attachTo: document.body,
    global: { stubs: { RouterLink } },
  });
  for (let i = 0; i < 5; i++) await flushPromises();
  return wrapper;
}

describe('new comments on the start page', () => {
  it('lists what came since the viewer last looked, each linking to its item or plan', async () => {
    const server = inboxServer([onItem, onPlan]);
    const wrapper = await open(server);
    expect(server.requests.map((r) => [r.operationName, r.variables])).toEqual([
      ['Notifications', { first: 10, unreadOnly: true }],
    ]);
    expect(wrapper.get('h2').text()).toBe('Nytt sedan du tittade senast');
    const [first, second] = wrapper.findAll('li');
    expect(first!.text()).toContain('Erik Dahl');
    expect(first!.text()).toContain('kommenterade');
    expect(first!.text()).toContain('Vi vill gärna testa strukturen.');
    expect(JSON.parse(first!.get('a').attributes('data-to')!)).toEqual({
      name: 'item',
      params: { itemId: 'item-7' },
    });
    expect(first!.get('a').text()).toBe('Ta fram en gemensam struktur');
    expect(first!.get('time').attributes('datetime')).toBe(onItem.createdAt);
    // A reply on the plan, hidden by a moderator since: the link goes to the plan, the text is not shown.
    expect(second!.text()).toContain('svarade på');
    expect(JSON.parse(second!.get('a').attributes('data-to')!)).toEqual({
      name: 'plan',
      params: { planId: 'plan-1' },
    });
    expect(second!.text()).toContain('Kommentaren är dold av en moderator.');
    wrapper.unmount();
  });

  it('marks everything up to the newest shown as seen, then says so with the focus on it', async () => {
    const server = inboxServer([onItem, onPlan]);
    const wrapper = await open(server);
    await wrapper.get('button').trigger('click');
    for (let i = 0; i < 5; i++) await flushPromises();
    const marked = server.requests.find((r) => r.operationName === 'MarkNotificationsSeen');
    expect(marked!.variables).toEqual({ input: { until: onItem.createdAt } });
    expect(wrapper.findAll('li')).toHaveLength(0);
    const done = wrapper.get('p[tabindex="-1"]');
    expect(done.text()).toBe('Allt är markerat som läst.');
    expect(document.activeElement).toBe(done.element);
    expect(wrapper.find('button').exists()).toBe(false);
    wrapper.unmount();
  });

  it('says when nothing is new, with no button to press', async () => {
    const wrapper = await open(inboxServer([]));
    expect(wrapper.text()).toContain('Inga nya kommentarer på dina planer och åtgärder.');
    expect(wrapper.find('button').exists()).toBe(false);
    expect(wrapper.text()).toContain('Alla aviseringar och inställningar');
    wrapper.unmount();
  });

  it('on the notifications page lists the latest, read or not, marking the unread', async () => {
    const server = inboxServer([onItem, onPlan]);
    const wrapper = await open(server, { first: 50, unreadOnly: false });
    expect(server.requests[0]!.variables).toEqual({ first: 50, unreadOnly: false });
    expect(wrapper.get('h2').text()).toBe('Senaste aviseringarna');
    expect(wrapper.findAll('.chip').map((c) => c.text())).toEqual(['Oläst', 'Oläst']);
    await wrapper.get('button').trigger('click');
    for (let i = 0; i < 5; i++) await flushPromises();
    // The list stays, read now; the confirmation takes the place and the focus of the button.
    expect(wrapper.findAll('li')).toHaveLength(2);
    expect(wrapper.findAll('.chip')).toHaveLength(0);
    const done = wrapper.get('[role="status"]');
    expect(done.text()).toBe('Allt är markerat som läst.');
    expect(document.activeElement).toBe(done.element);
    wrapper.unmount();
  });

  it('keeps the list and shows the refusal when marking seen fails', async () => {
    const server = inboxServer([onItem], (r) =>
      r.operationName === 'MarkNotificationsSeen' ? { errors: serverError('BAD_USER_INPUT') } : null,
    );
    const wrapper = await open(server);
    await wrapper.get('button').trigger('click');
    for (let i = 0; i < 5; i++) await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('Fel: BAD_USER_INPUT');
    expect(wrapper.findAll('li')).toHaveLength(1);
    wrapper.unmount();
  });
});
