import { describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import NotificationRegion from './NotificationRegion.vue';
import { mountWithApp } from '../test/mount.js';
import { useNotificationsStore } from '../stores/notifications.js';
import type { AppError } from '../api/errors.js';

const outage: AppError = {
  code: 'UNAVAILABLE',
  message: { sv: 'Databasen svarar inte.', en: 'The database is not answering.' },
  fields: [],
};

describe('the notifications region', () => {
  it('is a polite live region that is always present, so additions are announced', () => {
    const { wrapper } = mountWithApp(NotificationRegion);
    expect(wrapper.find('[aria-live="polite"]').exists()).toBe(true);
    expect(wrapper.find('[role="region"]').attributes('aria-label')).toBe('Meddelanden');
  });

  it('shows each message once, does not take focus, and can be dismissed', async () => {
    const { wrapper } = mountWithApp(NotificationRegion, { attachTo: document.body });
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    const notifications = useNotificationsStore();
    notifications.notify(outage);
    notifications.notify(outage);
    await nextTick();
    expect(wrapper.findAll('[data-testid="notification"]')).toHaveLength(1);
    expect(wrapper.text()).toContain('Databasen svarar inte.');
    expect(document.activeElement).toBe(button);
    await wrapper.find('[data-testid="notification"] button').trigger('click');
    expect(wrapper.findAll('[data-testid="notification"]')).toHaveLength(0);
    wrapper.unmount();
    button.remove();
  });
});
