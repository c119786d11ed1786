import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import GoalEditor from './GoalEditor.vue';
import { mountWithApp } from '../../../test/mount.js';
import { fakeGraphql, serverError, type FakeAnswer, type SentRequest } from '../../../test/graphql.js';
import { useSessionStore } from '../../../stores/session.js';
import type { GoalDetail } from '../goals.types.js';

const goal: GoalDetail = {
  id: 'g1',
  title: 'Topp 50',
  description: '',
  organisationName: 'Borås kommun',
  organisationId: 'org-1',
  organisationCode: '1490',
  state: 'ACTIVE',
  version: 3,
  canEdit: true,
  period: { from: 2025, to: 2028 },
  plan: null,
  targets: [],
  items: [],
};

const head = (over: Record<string, unknown> = {}) => ({
  __typename: 'Goal',
  id: 'g1',
  title: 'Topp 50',
  description: null,
  status: 'ACTIVE',
  version: 4,
  canEdit: true,
  period: { __typename: 'GoalPeriod', from: 2025, to: 2028 },
  ...over,
});

function mountEditor(
  props: { goal?: GoalDetail },
  answer: (r: SentRequest) => FakeAnswer = () => ({ data: null }),
  signedIn = true,
) {
  const server = fakeGraphql(answer);
  const { wrapper, pinia } = mountWithApp(GoalEditor, { props, client: server.client, attachTo: document.body });
  // The test's session comes after the mount (the app knows it before): a draft's key is read both ways.
  if (signedIn) useSessionStore(pinia).viewer = { id: 'me', role: 'ADMINISTRATION', municipalityId: 'org-1' } as never;
  return { wrapper, server };
}

describe('GoalEditor', () => {
  beforeEach(() => localStorage.clear());

  it('refuses a missing title and a period ending before it starts on their fields, focused, and sends nothing', async () => {
    const { wrapper, server } = mountEditor({});
    const inputs = wrapper.findAll('input');
    await inputs[1]!.setValue('2028');
    await inputs[2]!.setValue('2025');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.field-error').text()).toBe('Skriv målets rubrik.');
    expect(wrapper.text()).toContain('Slutåret får inte vara före startåret.');
    expect(document.activeElement).toBe(inputs[0]!.element);
    expect(server.requests).toHaveLength(0);
    await wrapper.find('[data-testid="goal-title"]').setValue('Mål');
    await inputs[2]!.setValue('');
    await wrapper.find('form').trigger('submit');
    expect(wrapper.text()).toContain('Skriv både start- och slutår, eller inget av dem.');
    expect(server.requests).toHaveLength(0);
    wrapper.unmount();
  });

  it('creates a draft goal in the viewer’s municipality with its period, and forgets the draft once saved', async () => {
    const { wrapper, server } = mountEditor({}, () => ({ data: { createGoal: head({ id: 'g9', status: 'DRAFT' }) } }));
    await wrapper.find('[data-testid="goal-title"]').setValue('Fler behöriga 🎓');
    const inputs = wrapper.findAll('input');
    await inputs[1]!.setValue('2025');
    await inputs[2]!.setValue(' 2028 ');
    await flushPromises();
    expect(Object.keys(localStorage).some((k) => k.includes('.new-goal.new'))).toBe(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(server.requests[0]?.variables.input).toEqual({
      organisationId: 'org-1',
      title: 'Fler behöriga 🎓',
      description: null,
      status: 'DRAFT',
      period: { from: 2025, to: 2028 },
    });
    expect(wrapper.emitted('done')?.[0]).toEqual([true, 'g9']);
    expect(Object.keys(localStorage).filter((k) => k.startsWith('lyfta.draft.'))).toEqual([]);
    wrapper.unmount();
  });

  it('keeps a half-typed title across a reload', async () => {
    const first = mountEditor({}, undefined, false);
    await first.wrapper.find('[data-testid="goal-title"]').setValue('Halvskriv');
    await flushPromises();
    first.wrapper.unmount();
    const { wrapper } = mountEditor({}, undefined, false);
    expect((wrapper.find('[data-testid="goal-title"]').element as HTMLInputElement).value).toBe('Halvskriv');
    expect(wrapper.find('[role="status"]').text()).toContain('har tagits fram igen');
    wrapper.unmount();
  });

  it('a stale edit shows the server’s version beside what was typed; saving again names the new version', async () => {
    let calls = 0;
    const { wrapper, server } = mountEditor({ goal }, () =>
      ++calls === 1
        ? {
            errors: serverError('CONFLICT', {
              current: {
                id: 'g1',
                version: 5,
                title: 'Topp 40',
                description: 'Deras text',
                status: 'CLOSED',
                period: null,
              },
            }),
          }
        : { data: { updateGoal: head({ title: 'Mitt namn', version: 6 }) } },
    );
    await wrapper.find('[data-testid="goal-title"]').setValue('Mitt namn');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const conflict = wrapper.find('[data-testid="edit-conflict"]');
    expect(conflict.text()).toContain('Topp 40');
    expect(conflict.text()).toContain('Deras text');
    expect(conflict.text()).toContain('Avslutad');
    expect(conflict.text()).toContain('Mitt namn');
    expect(server.requests[0]?.variables.input).toMatchObject({ id: 'g1', expectedVersion: 3 });
    await conflict.findAll('button')[0]!.trigger('click');
    expect((wrapper.find('[data-testid="goal-title"]').element as HTMLInputElement).value).toBe('Mitt namn');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(server.requests[1]?.variables.input).toMatchObject({ title: 'Mitt namn', expectedVersion: 5 });
    expect(wrapper.emitted('done')?.[0]).toEqual([true, 'g1']);
    wrapper.unmount();
  });

  it('puts the server’s field problem on its field, in Swedish', async () => {
    const { wrapper } = mountEditor({ goal }, () => ({
      errors: serverError('BAD_USER_INPUT', {
        fields: [{ field: 'input.period.to', message: { sv: 'får inte vara före startåret', en: 'x' } }],
      }),
    }));
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const to = wrapper.findAll('input')[2]!;
    expect(to.attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('får inte vara före startåret');
    expect(document.activeElement).toBe(to.element);
    wrapper.unmount();
  });
});
