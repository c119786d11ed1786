import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import PlanView from './PlanView.vue';
import { mountWithApp } from '../../../test/mount.js';
import { makeItem, makePlan } from '../../../test/factories.js';
import { apiItem, apiPlan, fakeGraphql, serverError, type SentRequest } from '../../../test/graphql.js';
import { useSessionStore } from '../../../stores/session.js';
import type { ActionPlan } from '../plans.types.js';

const sent = (requests: SentRequest[], name: string) => requests.filter((r) => r.operationName === name);

function editablePlan(): ActionPlan {
  return makePlan(
    [
      makeItem({ id: 'i1', areaId: 'a1', title: 'Första åtgärden', version: 2 }),
      makeItem({ id: 'i2', areaId: 'a1', title: 'Andra åtgärden' }),
      makeItem({ id: 'i3', areaId: 'a2', title: 'Tredje åtgärden', status: 'CANCELLED' }),
    ],
    { canEdit: true, status: 'DRAFT' },
  );
}

function mountPlan(plan: ActionPlan | null, other: (r: SentRequest) => unknown = () => ({ data: null })) {
  const server = fakeGraphql((r) => {
    if (r.operationName === 'Plan') return { data: { actionPlan: plan ? apiPlan(plan) : null } };
    if (r.operationName === 'AssignablePeople')
      return { data: { assignablePeople: [{ __typename: 'Person', id: 'p9', name: 'Rektor Rut' }] } };
    return other(r) as never;
  });
  const { wrapper, pinia } = mountWithApp(PlanView, { props: { planId: 'plan-1' }, client: server.client });
  const session = useSessionStore(pinia);
  session.viewer = {
    id: 'me',
    name: 'Skolchef',
    role: 'ADMINISTRATION',
    municipalityCode: '1490',
    municipalityId: 'org-1',
  } as never;
  return { wrapper, server };
}

describe('the plan page for the administration', () => {
  beforeEach(() => localStorage.clear());

  it('moves an area down with a keyboard-operable button, naming the version it saw', async () => {
    const { wrapper, server } = mountPlan(editablePlan(), () => ({
      data: { moveArea: { __typename: 'ActionPlan', id: 'plan-1', areas: [] } },
    }));
    await flushPromises();
    const down = wrapper.find('button[aria-label="Flytta ned området Område a1"]');
    expect(down.element.tagName).toBe('BUTTON');
    expect(wrapper.find('button[aria-label="Flytta upp området Område a1"]').attributes('disabled')).toBeDefined();
    await down.trigger('click');
    await flushPromises();
    expect(sent(server.requests, 'MoveArea')[0]?.variables.input).toEqual({
      id: 'a1',
      expectedVersion: 1,
      position: 1,
    });
  });

  it('cancels an item only after asking, and never offers to delete', async () => {
    const confirm = vi.fn(() => false);
    Object.assign(window, { confirm });
    const { wrapper, server } = mountPlan(editablePlan(), () => ({
      data: { cancelActionItem: apiItem(makeItem({ id: 'i1', areaId: 'a1', status: 'CANCELLED', version: 3 })) },
    }));
    await flushPromises();
    const cancel = wrapper.find('button[aria-label="Ställ in åtgärden Första åtgärden"]');
    await cancel.trigger('click');
    expect(confirm).toHaveBeenCalledOnce();
    expect(sent(server.requests, 'CancelActionItem')).toHaveLength(0);
    confirm.mockReturnValue(true);
    await cancel.trigger('click');
    await flushPromises();
    expect(sent(server.requests, 'CancelActionItem')[0]?.variables.input).toEqual({ id: 'i1', expectedVersion: 2 });
    expect(wrapper.text()).not.toMatch(/Radera|Ta bort åtgärden/);
  });

  it('explains why an area with open items cannot be archived; one with only cancelled items can', async () => {
    const { wrapper } = mountPlan(editablePlan());
    await flushPromises();
    expect(wrapper.find('button[aria-label="Arkivera området Område a1"]').exists()).toBe(false);
    expect(wrapper.text()).toContain('Ett område tas aldrig bort');
    expect(wrapper.find('button[aria-label="Arkivera området Område a2"]').exists()).toBe(true);
  });

  it('keeps a half-typed new item across a reload, and clears it once saved', async () => {
    const first = mountPlan(editablePlan());
    await flushPromises();
    await first.wrapper.find('button.button.no-print').trigger('click');
    await first.wrapper.find('[data-testid="item-text"]').setValue('Halvskriven åtgärd');
    first.wrapper.unmount();
    const { wrapper, server } = mountPlan(editablePlan(), () => ({
      data: {
        createActionItem: {
          ...apiItem(makeItem({ id: 'i9', areaId: 'a1', title: 'Halvskriven åtgärd' })),
          area: { __typename: 'Area', id: 'a1', items: { __typename: 'ActionItemConnection', nodes: [] } },
        },
      },
    }));
    await flushPromises();
    await wrapper.find('button.button.no-print').trigger('click');
    const text = wrapper.find<HTMLTextAreaElement>('[data-testid="item-text"]');
    expect(text.element.value).toBe('Halvskriven åtgärd');
    expect(wrapper.text()).toContain('har tagits fram igen');
    await wrapper.find('form.editor').trigger('submit');
    await flushPromises();
    expect(sent(server.requests, 'CreateActionItem')[0]?.variables.input).toMatchObject({
      areaId: 'a1',
      text: 'Halvskriven åtgärd',
    });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('lyfta.draft.'))).toEqual([]);
  });

  it('a stale edit shows the conflict view with their version and keeps what was typed', async () => {
    const { wrapper } = mountPlan(editablePlan(), () => ({
      errors: serverError('CONFLICT', { current: { id: 'i1', version: 5, text: 'Deras text' } }),
    }));
    await flushPromises();
    await wrapper.find('button[aria-label="Ändra åtgärden Första åtgärden"]').trigger('click');
    await wrapper.find('[data-testid="item-text"]').setValue('Min text');
    await wrapper.find('form.editor').trigger('submit');
    await flushPromises();
    const conflict = wrapper.find('[data-testid="edit-conflict"]');
    expect(conflict.text()).toContain('Deras text');
    expect(conflict.text()).toContain('Min text');
  });

  it('shows the not-found state for a plan one may not open, without a retry', async () => {
    const { wrapper } = mountPlan(null);
    await flushPromises();
    expect(wrapper.find('h1').text()).toBe('Handlingsplanen finns inte eller så saknar du behörighet.');
    expect(wrapper.text()).not.toContain('Försök igen');
  });
});
