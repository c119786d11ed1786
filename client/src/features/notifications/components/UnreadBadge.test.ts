import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import UnreadBadge from './UnreadBadge.vue';
import { mountWithApp } from '../../../test/mount.js';
import { fakeGraphql, type SentRequest } from '../../../test/graphql.js';
import { MarkNotificationsSeenDocument } from '../../../api/generated/graphql.js';
import { UNREAD_REFRESH_MS } from '../notifications.api.js';

/** A server whose inbox holds `unread.count` unread notices; marking seen sets it to 0. */
function inboxServer(unread: { count: number }) {
  const inbox = () => ({
    __typename: 'NotificationInbox',
    id: 'p1',
    unreadCount: unread.count,
    lastSeenAt: unread.count ? null : '2026-11-12T10:00:00.000Z',
  });
  return fakeGraphql((r: SentRequest) => {
    if (r.operationName === 'UnreadCount') return { data: { notificationInbox: inbox() } };
    if (r.operationName === 'MarkNotificationsSeen') {
      unread.count = 0;
      return { data: { markNotificationsSeen: inbox() } };
    }
    return { errors: [{ message: `not asked for here: ${r.operationName}` }] };
  });
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await flushPromises();
}

let visibility: DocumentVisibilityState = 'visible';
function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the header’s unread count', () => {
  it('links to the notifications with the count, named for screen readers by the number of unread', async () => {
    const server = inboxServer({ count: 3 });
    const { wrapper } = mountWithApp(UnreadBadge, { client: server.client, props: { signedIn: true } });
    await settle();
    const link = wrapper.get('[data-testid="unread-count"]');
    expect(link.attributes('aria-label')).toBe('3 olästa aviseringar');
    expect(link.get('.count').text()).toBe('3');
    // What is seen is hidden from screen readers: the accessible name says it once, in full.
    expect(link.get('.count').attributes('aria-hidden')).toBe('true');
    expect(link.text()).toContain('Aviseringar');
  });

  it('shows no number at 0 and keeps its name', async () => {
    const server = inboxServer({ count: 0 });
    const { wrapper } = mountWithApp(UnreadBadge, { client: server.client, props: { signedIn: true } });
    await settle();
    const link = wrapper.get('[data-testid="unread-count"]');
    expect(link.find('.count').exists()).toBe(false);
    expect(link.attributes('aria-label')).toBe('0 olästa aviseringar');
  });

  it('shows 99+ above 99', async () => {
    const server = inboxServer({ count: 100 });
    const { wrapper } = mountWithApp(UnreadBadge, { client: server.client, props: { signedIn: true } });
    await settle();
    expect(wrapper.get('.count').text()).toBe('99+');
    expect(wrapper.get('[data-testid="unread-count"]').attributes('aria-label')).toBe('100 olästa aviseringar');
  });

  it('is not there and asks nothing before signing in, then asks once', async () => {
    const server = inboxServer({ count: 2 });
    const { wrapper } = mountWithApp(UnreadBadge, { client: server.client, props: { signedIn: false } });
    await settle();
    expect(wrapper.find('[data-testid="unread-count"]').exists()).toBe(false);
    expect(server.requests).toHaveLength(0);
    await wrapper.setProps({ signedIn: true });
    await settle();
    expect(wrapper.get('.count').text()).toBe('2');
    expect(server.requests.map((r) => r.operationName)).toEqual(['UnreadCount']);
  });

  it('goes to 0 from the answer of marking seen, without asking again', async () => {
    const server = inboxServer({ count: 4 });
    const { wrapper } = mountWithApp(UnreadBadge, { client: server.client, props: { signedIn: true } });
    await settle();
    expect(wrapper.get('.count').text()).toBe('4');
    await server.client.mutation(MarkNotificationsSeenDocument, { input: { until: '2026-11-12T10:00:00.000Z' } });
    await settle();
    expect(wrapper.find('.count').exists()).toBe(false);
    expect(wrapper.get('[data-testid="unread-count"]').attributes('aria-label')).toBe('0 olästa aviseringar');
    expect(server.requests.map((r) => r.operationName)).toEqual(['UnreadCount', 'MarkNotificationsSeen']);
  });

  it('asks again on a calm timer while the tab is visible, and when a hidden tab that missed it is shown', async () => {
    const unread = { count: 1 };
    const server = inboxServer(unread);
    const { wrapper } = mountWithApp(UnreadBadge, { client: server.client, props: { signedIn: true } });
    await settle();
    const asked = () => server.requests.filter((r) => r.operationName === 'UnreadCount').length;
    expect(asked()).toBe(1);

    vi.advanceTimersByTime(UNREAD_REFRESH_MS - 1);
    await settle();
    expect(asked()).toBe(1);
    unread.count = 5;
    vi.advanceTimersByTime(1);
    await settle();
    expect(asked()).toBe(2);
    expect(wrapper.get('.count').text()).toBe('5');

    // Hidden: the time passes without asking; shown again, it asks at once, once.
    setVisibility('hidden');
    vi.advanceTimersByTime(UNREAD_REFRESH_MS * 3);
    await settle();
    expect(asked()).toBe(2);
    unread.count = 6;
    setVisibility('visible');
    await settle();
    expect(asked()).toBe(3);
    expect(wrapper.get('.count').text()).toBe('6');
    setVisibility('hidden');
    setVisibility('visible');
    await settle();
    expect(asked()).toBe(3);

    // Gone from the page: no timer left behind.
    wrapper.unmount();
    vi.advanceTimersByTime(UNREAD_REFRESH_MS * 2);
    await settle();
    expect(asked()).toBe(3);
  });
});
