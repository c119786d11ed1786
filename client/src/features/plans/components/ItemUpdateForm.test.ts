import { describe, expect, it } from 'vitest';
import ItemUpdateForm from './ItemUpdateForm.vue';
import { mountWithApp } from '../../../test/mount.js';
import { makeItem, makePlan } from '../../../test/factories.js';
import { fakeGraphql } from '../../../test/graphql.js';

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
});
