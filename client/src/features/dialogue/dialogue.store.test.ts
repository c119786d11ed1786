import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { commentProblem, useDialogueStore } from './dialogue.store.js';
import { dialogueApi, type CommentView } from './dialogue.api.js';

const comment = (id: string, overrides: Partial<CommentView> = {}): CommentView => ({
  id,
  parentId: null,
  authorId: 'a1',
  authorName: 'Erik Dahl',
  text: 'Bra initiativ',
  stance: 'FOR',
  hidden: false,
  hiddenReason: null,
  edited: false,
  createdAt: '2026-11-22T10:00:00.000Z',
  replies: [],
  ...overrides,
});

describe('the dialogue store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.restoreAllMocks();
  });

  it('adds comments and replies to the loaded thread', async () => {
    vi.spyOn(dialogueApi, 'thread').mockResolvedValue([comment('c1')]);
    vi.spyOn(dialogueApi, 'add')
      .mockResolvedValueOnce(comment('c2', { stance: null }))
      .mockResolvedValueOnce(comment('r1', { parentId: 'c1' }));
    const store = useDialogueStore();
    await store.load('item-1');
    expect(await store.post('item-1', ' Ny tanke ', null)).toBe(true);
    expect(dialogueApi.add).toHaveBeenCalledWith('item-1', 'Ny tanke', null, null);
    await store.post('item-1', 'Svar', 'AGAINST', 'c1');
    expect(store.threads['item-1']!.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(store.threads['item-1']![0]!.replies.map((r) => r.id)).toEqual(['r1']);
  });

  it('replaces an edited or hidden comment in place, replies included', async () => {
    vi.spyOn(dialogueApi, 'thread').mockResolvedValue([
      comment('c1', { replies: [comment('r1', { parentId: 'c1' })] }),
    ]);
    vi.spyOn(dialogueApi, 'hide').mockResolvedValue(
      comment('r1', { parentId: 'c1', hidden: true, hiddenReason: 'Personuppgifter' }),
    );
    vi.spyOn(dialogueApi, 'edit').mockResolvedValue(comment('c1', { text: 'Ändrad', edited: true }));
    const store = useDialogueStore();
    await store.load('t');
    await store.hide('t', 'r1', 'Personuppgifter');
    await store.edit('t', 'c1', 'Ändrad', 'FOR');
    const top = store.threads.t![0]!;
    expect(top).toMatchObject({ text: 'Ändrad', edited: true });
    expect(top.replies[0]).toMatchObject({ hidden: true, hiddenReason: 'Personuppgifter' });
  });

  it('keeps a failed post as the thread error', async () => {
    vi.spyOn(dialogueApi, 'add').mockRejectedValue({ code: 'FORBIDDEN', message: { sv: 'Nej', en: 'No' }, fields: [] });
    const store = useDialogueStore();
    expect(await store.post('t', 'Hej', null)).toBe(false);
    expect(store.errors.t?.code).toBe('FORBIDDEN');
    expect(store.busy).toBe(false);
  });
});

describe('commentProblem', () => {
  it('refuses empty and overlong comments', () => {
    expect(commentProblem('  ')).toBe('comments.emptyText');
    expect(commentProblem('x'.repeat(5001))).toBe('comments.tooLong');
    expect(commentProblem('Hej')).toBeNull();
  });
});
