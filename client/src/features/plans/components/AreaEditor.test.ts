import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import AreaEditor from './AreaEditor.vue';
import { mountWithApp } from '../../../test/mount.js';
import { fakeGraphql, serverError, type SentRequest } from '../../../test/graphql.js';
import type { Area } from '../plans.types.js';

const area: Area = { id: 'a1', title: 'Läsning', description: '', archived: false, version: 3, items: [] };
const saved = (input: Record<string, unknown>, version: number) => ({
  data: { updateArea: { __typename: 'Area', id: 'a1', position: 0, archived: false, version, ...input } },
});
const inputOf = (r: SentRequest) => (r.variables as { input: Record<string, unknown> }).input;

function editor(answer: (r: SentRequest) => ReturnType<typeof saved> | { errors: unknown }) {
  const server = fakeGraphql(answer as Parameters<typeof fakeGraphql>[0]);
  const { wrapper } = mountWithApp(AreaEditor, {
    props: { planId: 'p1', area },
    client: server.client,
    attachTo: document.body,
  });
  return { wrapper, requests: server.requests };
}

describe('editing an area (one save path for every authoring form)', () => {
  beforeEach(() => localStorage.clear());

  it('on a stale save shows their version beside the typed text, and saves the typed text over theirs when asked', async () => {
    let calls = 0;
    const { wrapper, requests } = editor((r) =>
      ++calls === 1
        ? { errors: serverError('CONFLICT', { current: { title: 'Läsning för alla', version: 4 } }) }
        : saved({ title: inputOf(r).title, description: '' }, 5),
    );
    await wrapper.find('input').setValue('Läsning och skrivning 📚');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const conflict = wrapper.find('[data-testid="edit-conflict"]');
    expect(conflict.exists()).toBe(true);
    expect(conflict.text()).toContain('Läsning för alla');
    expect(conflict.text()).toContain('Läsning och skrivning 📚');
    await conflict.findAll('button')[0]!.trigger('click');
    await flushPromises();
    expect((wrapper.find('input').element as HTMLInputElement).value).toBe('Läsning och skrivning 📚');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(requests.map((r) => inputOf(r).expectedVersion)).toEqual([3, 4]);
    expect(wrapper.emitted('done')).toEqual([[true]]);
    wrapper.unmount();
  });

  it("puts the server's refusal on the field it names and moves focus there, keeping the text", async () => {
    const { wrapper } = editor(() => ({
      errors: serverError('BAD_USER_INPUT', {
        fields: [
          { field: 'title', message: { sv: 'får vara högst 300 tecken', en: 'must be at most 300 characters' } },
        ],
      }),
    }));
    await wrapper.find('input').setValue('Ny rubrik');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.field-error').text()).toBe('får vara högst 300 tecken');
    expect(wrapper.find('input').attributes('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(wrapper.find('input').element);
    expect((wrapper.find('input').element as HTMLInputElement).value).toBe('Ny rubrik');
    expect(wrapper.emitted('done')).toBeUndefined();
    wrapper.unmount();
  });

  it('refuses an empty title without asking the server', async () => {
    const { wrapper, requests } = editor(() => saved({}, 4));
    await wrapper.find('input').setValue('   ');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(requests).toHaveLength(0);
    expect(wrapper.find('.field-error').exists()).toBe(true);
    expect(document.activeElement).toBe(wrapper.find('input').element);
    wrapper.unmount();
  });
});
