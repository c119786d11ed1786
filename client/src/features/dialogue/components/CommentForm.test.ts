import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import CommentForm from './CommentForm.vue';
import { mountWithApp } from '../../../test/mount.js';

const props = { label: 'Skriv en kommentar', submitLabel: 'Skicka', busy: false, draftId: 'new.plan-1' };

describe('CommentForm', () => {
  beforeEach(() => localStorage.clear());

  it('keeps a half-written comment across a reload, and forgets it once posted', async () => {
    const first = mountWithApp(CommentForm, { props });
    await first.wrapper.find('textarea').setValue('Halvskriven kommentar 🙂');
    await flushPromises();
    first.wrapper.unmount();
    const { wrapper } = mountWithApp(CommentForm, { props });
    expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('Halvskriven kommentar 🙂');
    await wrapper.find('form').trigger('submit');
    expect(wrapper.emitted('submit')?.[0]?.[0]).toBe('Halvskriven kommentar 🙂');
    (wrapper.vm as unknown as { reset(): void }).reset();
    await flushPromises();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('lyfta.draft.'))).toEqual([]);
  });

  it('drafts are per thread: another plan’s form starts empty', async () => {
    const first = mountWithApp(CommentForm, { props });
    await first.wrapper.find('textarea').setValue('Om plan 1');
    await flushPromises();
    const { wrapper } = mountWithApp(CommentForm, { props: { ...props, draftId: 'new.plan-2' } });
    expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('');
  });
});
