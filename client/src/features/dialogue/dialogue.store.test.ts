import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises } from '@vue/test-utils';
import { commentProblem, useDialogueStore } from './dialogue.store.js';
import { useCommentWrites, useThread, type CommentView } from './dialogue.api.js';
import { mountWithApp } from '../../test/mount.js';
import { apiComment, fakeGraphql, serverError, type FakeAnswer, type SentRequest } from '../../test/graphql.js';

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

const thread = (nodes: CommentView[]): FakeAnswer => ({
  data: { comments: { __typename: 'CommentConnection', totalCount: nodes.length, nodes: nodes.map(apiComment) } },
});

/** A thread on one target as CommentThread uses it: the cached thread and the writes. */
async function mountThread(targetId: string, answer: (r: SentRequest) => FakeAnswer) {
  const server = fakeGraphql(answer);
  let exposed!: { thread: () => CommentView[]; writes: ReturnType<typeof useCommentWrites> };
  const Thread = defineComponent({
    setup() {
      const page = useThread(() => targetId);
      exposed = { thread: () => page.data.value ?? [], writes: useCommentWrites(() => targetId) };
      return () => h('div');
    },
  });
  mountWithApp(Thread, { client: server.client });
  await flushPromises();
  return { ...server, ...exposed, store: useDialogueStore() };
}

describe('comment threads in the GraphQL cache', () => {
  it('adds comments and replies to the loaded thread without asking for it again', async () => {
    const added = [comment('c2', { stance: null }), comment('r1', { parentId: 'c1' })];
    const {
      thread: shown,
      writes,
      requests,
    } = await mountThread('item-1', (r) =>
      r.operationName === 'Comments'
        ? thread([comment('c1')])
        : { data: { addComment: { ...apiComment(added.shift()!), replies: undefined } } },
    );
    expect(await writes.post(' Ny tanke ', null)).toBe(true);
    expect(requests.at(-1)?.variables.input).toEqual({
      targetId: 'item-1',
      text: 'Ny tanke',
      stance: null,
      parentId: null,
    });
    await writes.post('Svar', 'AGAINST', 'c1');
    await flushPromises();
    expect(shown().map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(shown()[0]!.replies.map((r) => r.id)).toEqual(['r1']);
    expect(requests.filter((r) => r.operationName === 'Comments')).toHaveLength(1);
  });

  it('replaces an edited or hidden comment in place, replies included', async () => {
    const { thread: shown, writes } = await mountThread('t', (r) => {
      if (r.operationName === 'Comments')
        return thread([comment('c1', { replies: [comment('r1', { parentId: 'c1' })] })]);
      if (r.operationName === 'HideComment')
        return {
          data: {
            hideComment: apiComment(comment('r1', { parentId: 'c1', hidden: true, hiddenReason: 'Personuppgifter' })),
          },
        };
      return { data: { editComment: apiComment(comment('c1', { text: 'Ändrad', edited: true })) } };
    });
    await writes.hide('r1', 'Personuppgifter');
    await writes.edit('c1', 'Ändrad', 'FOR');
    await flushPromises();
    const top = shown()[0]!;
    expect(top).toMatchObject({ text: 'Ändrad', edited: true });
    expect(top.replies[0]).toMatchObject({ hidden: true, hiddenReason: 'Personuppgifter' });
  });

  it('keeps a failed post as the thread error', async () => {
    const { writes, store } = await mountThread('t', (r) =>
      r.operationName === 'Comments' ? thread([]) : { errors: serverError('FORBIDDEN') },
    );
    expect(await writes.post('Hej', null)).toBe(false);
    expect(store.errors.t?.code).toBe('FORBIDDEN');
    expect(writes.busy.value).toBe(false);
  });
});

describe('commentProblem', () => {
  it('refuses empty and overlong comments', () => {
    expect(commentProblem('  ')).toBe('comments.emptyText');
    expect(commentProblem('x'.repeat(5001))).toBe('comments.tooLong');
    expect(commentProblem('Hej')).toBeNull();
  });
});
