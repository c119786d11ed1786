import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import ItemUpdateForm from './ItemUpdateForm.vue';
import { mountWithApp } from '../../../test/mount.js';
import { makeItem, makePlan } from '../../../test/factories.js';
import { apiItem, fakeGraphql } from '../../../test/graphql.js';

describe('ItemUpdateForm', () => {
  it('asks for the effect and shows what closing as done does to the plan', async () => {
    const item = makeItem({ id: 'i1', progress: 50 });
    const plan = makePlan([item, makeItem({ progress: 50 })]);
    const { wrapper } = mountWithApp(ItemUpdateForm, { props: { item, plan } });
    await wrapper.find('select').setValue('DONE');
    expect(wrapper.find('#update-effect').exists()).toBe(true);
    expect(wrapper.find('#update-progress').attributes('disabled')).toBeDefined();
    expect(wrapper.text()).toContain('planens framsteg går från 50 % till 75 %');
  });

  it('shows field problems beside the fields and does not send', async () => {
    const server = fakeGraphql(() => ({ data: null }));
    const item = makeItem({ id: 'i2' });
    const { wrapper } = mountWithApp(ItemUpdateForm, { props: { item }, client: server.client });
    await wrapper.find('#update-evidence').setValue('inte en länk');
    await wrapper.find('form').trigger('submit');
    expect(wrapper.find('#update-text-error').text()).toBe('Skriv en kort beskrivning av läget.');
    expect(wrapper.find('#update-evidence-error').text()).toContain('https://');
    expect(wrapper.find('#update-evidence').attributes('aria-invalid')).toBe('true');
    expect(server.requests).toHaveLength(0);
  });

  it('refuses progress over 100 on its field instead of saving it as 100, and focuses the field', async () => {
    const server = fakeGraphql(() => ({ data: null }));
    const item = makeItem({ id: 'i3', progress: 20 });
    const { wrapper } = mountWithApp(ItemUpdateForm, {
      props: { item },
      client: server.client,
      attachTo: document.body,
    });
    await wrapper.find('#update-progress').setValue('150');
    await wrapper.find('#update-text').setValue('Mycket framsteg');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#update-progress-error').text()).toBe('Framsteget ska vara ett tal mellan 0 och 100.');
    expect(document.activeElement?.id).toBe('update-progress');
    expect(server.requests).toHaveLength(0);
    wrapper.unmount();
  });

  it('keeps a half-written update across a reload; saving clears it', async () => {
    localStorage.clear();
    const item = makeItem({ id: 'i4', version: 2 });
    const first = mountWithApp(ItemUpdateForm, { props: { item } });
    await first.wrapper.find('#update-text').setValue('Halvskriven rad');
    await flushPromises();
    first.wrapper.unmount();
    const server = fakeGraphql(() => ({
      data: {
        recordStatusUpdate: {
          ...apiItem({ ...item, version: 3 }),
          updates: { __typename: 'StatusUpdateConnection', nodes: [] },
        },
      },
    }));
    const { wrapper } = mountWithApp(ItemUpdateForm, { props: { item }, client: server.client });
    expect((wrapper.find('#update-text').element as HTMLTextAreaElement).value).toBe('Halvskriven rad');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(server.requests[0]?.variables.input).toMatchObject({ text: 'Halvskriven rad', expectedVersion: 2 });
    expect(Object.keys(localStorage).filter((k) => k.startsWith('lyfta.draft.'))).toEqual([]);
  });
});
