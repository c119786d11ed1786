import { describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import PeerPicker from './PeerPicker.vue';
import { mountWithApp } from '../../../test/mount.js';
import { fakeGraphql } from '../../../test/graphql.js';
import type { Peer } from '../../results/peers.js';

const names = [
  ['0305', 'Håbo'],
  ['0643', 'Habo'],
  ['0680', 'Jönköping'],
  ['1480', 'Göteborg'],
  ['1880', 'Örebro'],
].map(([municipalityCode, name]) => ({ __typename: 'MunicipalityName', municipalityCode, name }));

async function picker(modelValue: Peer[] = [], extra: Record<string, unknown> = {}) {
  const server = fakeGraphql(() => ({ data: { municipalityNames: names } }));
  const { wrapper } = mountWithApp(PeerPicker, {
    props: { modelValue, own: '1880', ...extra },
    client: server.client,
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

async function type(wrapper: Awaited<ReturnType<typeof picker>>, text: string) {
  await wrapper.find('[data-testid="peer-search"]').setValue(text);
  await wrapper.find('form').trigger('submit');
  await flushPromises();
}

describe('PeerPicker', () => {
  it('adds what is typed as people type it and clears the field', async () => {
    const wrapper = await picker();
    await type(wrapper, 'jonkopings kommun');
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([[{ code: '0680', name: 'Jönköping' }]]);
    expect((wrapper.find('[data-testid="peer-search"]').element as HTMLInputElement).value).toBe('');
    expect(wrapper.find('[data-testid="peer-problem"]').exists()).toBe(false);
  });

  it('says at the field what it did not understand, focused and described, and adds nothing', async () => {
    const wrapper = await picker();
    await type(wrapper, 'Gotham');
    const problem = wrapper.find('[data-testid="peer-problem"]');
    expect(problem.text()).toBe('Ingen kommun heter ”Gotham”. Skriv kommunens namn eller fyrsiffriga kod.');
    const input = wrapper.find('[data-testid="peer-search"]');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('aria-describedby')).toContain(problem.attributes('id'));
    expect(document.activeElement).toBe(input.element);
    await type(wrapper, '');
    expect(wrapper.find('[data-testid="peer-problem"]').text()).toBe('Skriv en kommuns namn eller kod.');
    await type(wrapper, 'Örebro');
    expect(wrapper.find('[data-testid="peer-problem"]').text()).toBe('Örebro är kommunen som visas.');
    expect(wrapper.emitted('update:modelValue')).toBeUndefined();
    wrapper.unmount();
  });

  it('offers every candidate of an ambiguous name as a button, and adds the one chosen', async () => {
    const wrapper = await picker();
    await type(wrapper, 'Hab');
    expect(wrapper.find('[data-testid="peer-problem"]').text()).toBe('”Hab” passar flera kommuner. Välj en:');
    const buttons = wrapper.findAll('ul[aria-label="Kommuner som passar"] button');
    expect(buttons.map((b) => b.text())).toEqual(['Håbo (0305)', 'Habo (0643)']);
    await buttons[0]!.trigger('click');
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([[{ code: '0305', name: 'Håbo' }]]);
    wrapper.unmount();
  });

  it('refuses a repeat and a full list with a message, and adds a suggestion with one click', async () => {
    const jkpg = { code: '0680', name: 'Jönköping' };
    const wrapper = await picker([jkpg], { max: 2, suggestions: [jkpg, { code: '1480', name: 'Göteborg' }] });
    await type(wrapper, '0680');
    expect(wrapper.find('[data-testid="peer-problem"]').text()).toBe('Jönköping är redan med i jämförelsen.');
    // A suggestion already chosen is not offered again.
    const suggestions = wrapper.findAll('[data-testid="peer-suggestions"] button');
    expect(suggestions.map((b) => b.attributes('aria-label'))).toEqual(['Lägg till Göteborg']);
    await suggestions[0]!.trigger('click');
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([[jkpg, { code: '1480', name: 'Göteborg' }]]);
    await wrapper.setProps({ modelValue: [jkpg, { code: '1480', name: 'Göteborg' }] });
    await type(wrapper, 'Habo');
    expect(wrapper.find('[data-testid="peer-problem"]').text()).toBe(
      'Högst 2 kommuner kan jämföras. Ta bort en först.',
    );
    wrapper.unmount();
  });
});
