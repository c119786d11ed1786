import { beforeEach, describe, expect, it } from 'vitest';
import { flushPromises } from '@vue/test-utils';
import CommentThread from './CommentThread.vue';
import { mountWithApp } from '../../../test/mount.js';
import { apiComment, fakeGraphql, type SentRequest } from '../../../test/graphql.js';
import type { CommentView } from '../dialogue.api.js';

const comment: CommentView = {
  id: 'c1',
  parentId: null,
  authorId: 'someone-else',
  authorName: 'Sara Holm',
  text: 'Hur följer vi upp läsningen?',
  stance: null,
  hidden: false,
  hiddenReason: null,
  edited: false,
  createdAt: '2026-11-22T10:00:00.000Z',
  replies: [],
};

function mountThread(answer: (r: SentRequest) => unknown = () => null) {
  const server = fakeGraphql((r) =>
    r.operationName === 'Comments'
      ? { data: { comments: { __typename: 'CommentConnection', totalCount: 1, nodes: [apiComment(comment)] } } }
      : (answer(r) as { data: unknown }),
  );
  const { wrapper } = mountWithApp(CommentThread, {
    props: { targetType: 'ACTION_ITEM', targetId: 'item-1' },
    client: server.client,
  });
  return { wrapper, requests: server.requests };
}

const replyBox = (w: ReturnType<typeof mountThread>['wrapper']) =>
  w.findAll('form.comment-form').find((f) => f.find('label').text() === 'Svar till Sara Holm');

describe('a half-written reply', () => {
  beforeEach(() => localStorage.clear());

  it('survives a reload: the reply form opens again with the text, and is forgotten once posted', async () => {
    const first = mountThread();
    await flushPromises();
    await first.wrapper.find('button.link-button').trigger('click');
    await replyBox(first.wrapper)!.find('textarea').setValue('Vi läser tillsammans varje vecka 📖');
    await flushPromises();
    first.wrapper.unmount();

    const again = mountThread((r) =>
      r.operationName === 'AddComment'
        ? {
            data: {
              addComment: {
                ...apiComment({ ...comment, id: 'r1', parentId: 'c1', text: 'Vi läser tillsammans varje vecka 📖' }),
                replies: undefined,
              },
            },
          }
        : null,
    );
    await flushPromises();
    const box = replyBox(again.wrapper);
    expect(box, 'the reply form is open again').toBeDefined();
    expect((box!.find('textarea').element as HTMLTextAreaElement).value).toBe('Vi läser tillsammans varje vecka 📖');
    await box!.trigger('submit');
    await flushPromises();
    expect(again.requests.map((r) => r.operationName)).toContain('AddComment');
    expect(replyBox(again.wrapper)).toBeUndefined();
    expect(Object.keys(localStorage).filter((k) => k.startsWith('lyfta.draft.'))).toEqual([]);
    again.wrapper.unmount();
  });
});
