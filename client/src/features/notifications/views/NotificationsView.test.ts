import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import NotificationsView from './NotificationsView.vue';
import { mountWithApp } from '../../../test/mount.js';
import { fakeGraphql, serverError, type FakeAnswer, type SentRequest } from '../../../test/graphql.js';
import type { EmailFrequency, MailLanguage } from '../notifications.api.js';

interface Saved {
  emailComments: EmailFrequency;
  language: MailLanguage;
  emailAvailable: boolean;
}

const preferences = (p: Saved) => ({ __typename: 'NotificationPreferences', id: 'p1', ...p });

/** A server with one unread comment and the viewer's saved e-mail choices. */
function server(saved: Saved, refuse?: (r: SentRequest) => FakeAnswer | null) {
  let lastSeenAt: string | null = null;
  const createdAt = '2026-11-12T10:00:00.000Z';
  return fakeGraphql((r) => {
    const refused = refuse?.(r);
    if (refused) return refused;
    if (r.operationName === 'Notifications')
      return {
        data: {
          notificationInbox: {
            __typename: 'NotificationInbox',
            id: 'p1',
            unreadCount: lastSeenAt ? 0 : 1,
            lastSeenAt,
            notifications: [
              {
                __typename: 'Notification',
                id: 'n1',
                kind: 'COMMENT',
                createdAt,
                comment: {
                  __typename: 'RecentComment',
                  targetTitle: 'Lust att lära',
                  planId: 'plan-1',
                  comment: {
                    __typename: 'Comment',
                    id: 'c1',
                    authorName: 'Erik Dahl',
                    text: 'En fråga om planen.',
                    hidden: false,
                    targetType: 'ACTION_PLAN',
                    targetId: 'plan-1',
                  },
                },
                question: null,
                meeting: null,
                chat: null,
                chatStartsAt: null,
                chatEndsAt: null,
                coachingEngagementId: null,
                coachingExportedByName: null,
              },
            ],
            preferences: preferences(saved),
          },
        },
      };
    if (r.operationName === 'MarkNotificationsSeen') {
      lastSeenAt = createdAt;
      return {
        data: { markNotificationsSeen: { __typename: 'NotificationInbox', id: 'p1', unreadCount: 0, lastSeenAt } },
      };
    }
    if (r.operationName === 'SetNotificationPreferences') {
      Object.assign(saved, r.variables.input);
      return { data: { setNotificationPreferences: preferences(saved) } };
    }
    return { errors: [{ message: `not asked for here: ${r.operationName}` }] };
  });
}

async function open(s: ReturnType<typeof fakeGraphql>) {
  const { wrapper } = mountWithApp(NotificationsView, { client: s.client, attachTo: document.body });
  for (let i = 0; i < 5; i++) await flushPromises();
  return wrapper;
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await flushPromises();
};

describe('the notifications page’s e-mail choices', () => {
  it('opens on the saved choices, each one labelled, from one request with the notifications', async () => {
    const s = server({ emailComments: 'IMMEDIATELY', language: 'EN', emailAvailable: true });
    const wrapper = await open(s);
    expect(s.requests.map((r) => r.operationName)).toEqual(['Notifications']);
    const radios = wrapper.findAll<HTMLInputElement>('input[type="radio"]');
    expect(radios.map((r) => r.element.closest('label')!.textContent!.trim())).toEqual([
      'Ingen e-post',
      'Direkt',
      'En sammanfattning om dagen',
    ]);
    expect(radios.map((r) => r.element.checked)).toEqual([false, true, false]);
    expect(wrapper.get('fieldset legend').text()).toBe('E-post om kommentarer på mina planer och åtgärder');
    expect(wrapper.get('label[for="mail-language"]').text()).toBe('Språk i e-posten');
    expect(wrapper.get<HTMLSelectElement>('#mail-language').element.value).toBe('EN');
    expect(wrapper.text()).not.toContain('skickar ingen e-post');
    wrapper.unmount();
  });

  it('says when this Lyfta sends no e-mail', async () => {
    const wrapper = await open(server({ emailComments: 'OFF', language: 'SV', emailAvailable: false }));
    expect(wrapper.text()).toContain('Den här installationen av Lyfta skickar ingen e-post just nu.');
    wrapper.unmount();
  });

  it('saves the choices and says so, with the focus on the message', async () => {
    const s = server({ emailComments: 'OFF', language: 'SV', emailAvailable: true });
    const wrapper = await open(s);
    await wrapper.get('input[value="DAILY"]').setValue(true);
    await wrapper.get('#mail-language').setValue('EN');
    await wrapper.get('form').trigger('submit');
    await settle();
    const saved = s.requests.find((r) => r.operationName === 'SetNotificationPreferences');
    expect(saved!.variables).toEqual({ input: { emailComments: 'DAILY', language: 'EN' } });
    const status = wrapper.get('[role="status"]');
    expect(status.text()).toBe('Dina val är sparade.');
    expect(status.element.parentElement!.contains(document.activeElement)).toBe(true);
    expect(wrapper.get<HTMLInputElement>('input[value="DAILY"]').element.checked).toBe(true);
    wrapper.unmount();
  });

  it('keeps a choice not yet saved when the inbox is asked again after marking seen', async () => {
    const s = server({ emailComments: 'OFF', language: 'SV', emailAvailable: true });
    const wrapper = await open(s);
    await wrapper.get('input[value="IMMEDIATELY"]').setValue(true);
    await wrapper.get('button[type="button"]').trigger('click');
    await settle();
    expect(s.requests.map((r) => r.operationName)).toEqual(['Notifications', 'MarkNotificationsSeen', 'Notifications']);
    expect(wrapper.get<HTMLInputElement>('input[value="IMMEDIATELY"]').element.checked).toBe(true);
    wrapper.unmount();
  });

  it('shows a refusal beside the form, with the focus on it, and keeps what was picked', async () => {
    const s = server({ emailComments: 'OFF', language: 'SV', emailAvailable: true }, (r) =>
      r.operationName === 'SetNotificationPreferences' ? { errors: serverError('BAD_USER_INPUT') } : null,
    );
    const wrapper = await open(s);
    await wrapper.get('input[value="DAILY"]').setValue(true);
    await wrapper.get('form').trigger('submit');
    await settle();
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('Fel: BAD_USER_INPUT');
    expect(alert.element.parentElement!.contains(document.activeElement)).toBe(true);
    expect(wrapper.find('[role="status"]').exists()).toBe(false);
    expect(wrapper.get<HTMLInputElement>('input[value="DAILY"]').element.checked).toBe(true);
    wrapper.unmount();
  });
});
