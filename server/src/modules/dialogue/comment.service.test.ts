import { describe, expect, it } from 'vitest';
import { CommentModel } from './comment.model.js';
import { addComment, editComment, hideComment, listComments, visibleTarget } from './index.js';
import { createLoaders } from '../../graphql/context.js';
import { makeGoal, makeMunicipality, makePlan, makeViewer, unknownId, useTestDatabase } from '../../test/factories.js';

useTestDatabase();

/** What a refusal tells the client: its code, text and extensions (nothing else reaches the wire). */
async function refusal(work: Promise<unknown>) {
  const e = (await work.then(
    () => null,
    (err: unknown) => err,
  )) as { code: string; text: unknown; extensions: unknown } | null;
  expect(e).not.toBeNull();
  return { code: e!.code, text: e!.text, extensions: e!.extensions };
}

/** Örebro's published plan with a comment on its plan, area, item and goal, and Borås's leader. */
async function commentedInOrebro() {
  const boras = await makeMunicipality('Borås');
  const orebro = await makeMunicipality('Örebro');
  const borasLeader = await makeViewer('administration', boras);
  const orebroTeacher = await makeViewer('teacher', orebro);
  const { plan, area, items } = await makePlan({ owner: orebro, status: 'active' });
  const goal = await makeGoal({ owner: orebro, plan });
  const targets = [plan._id, area._id, items[0]!._id, goal._id].map((id) => id.toHexString());
  const comments = [];
  for (const targetId of targets) comments.push(await addComment(orebroTeacher, { targetId, text: 'Bra' }));
  return { borasLeader, orebroTeacher, targets, comments, orebro };
}

describe("a leader of another municipality reaches no comment of Örebro's", () => {
  it('reads none through the services or the loaders, and a hidden target answers as an unknown one', async () => {
    const { borasLeader, orebroTeacher, targets, comments } = await commentedInOrebro();
    for (const targetId of targets) {
      const hidden = await refusal(listComments(borasLeader, { targetId }));
      expect(hidden.code).toBe('NOT_FOUND');
      expect(hidden).toEqual(await refusal(listComments(borasLeader, { targetId: unknownId() })));
      await expect(visibleTarget(orebroTeacher, targetId)).resolves.toBeTruthy();
    }
    const loaders = createLoaders(borasLeader);
    for (const targetId of targets) expect(await loaders.commentsByTarget.load(targetId)).toEqual([]);
    expect(await loaders.repliesByParent.load(comments[0]!._id.toHexString())).toEqual([]);
    const own = createLoaders(orebroTeacher);
    for (const targetId of targets) expect(await own.commentsByTarget.load(targetId)).toHaveLength(1);
  });

  it('writes none: comment, reply, edit and hide are refused as for unknown ids, and nothing changes', async () => {
    const { borasLeader, targets, comments } = await commentedInOrebro();
    const before = await CommentModel.countDocuments({});
    const writes: Array<[(id: string) => Promise<unknown>, string]> = [
      [(id) => addComment(borasLeader, { targetId: id, text: 'Från Borås' }), targets[2]!],
      [(id) => editComment(borasLeader, { id, text: 'Ändrad' }), comments[2]!._id.toHexString()],
      [(id) => hideComment(borasLeader, { id, reason: 'Olämplig' }), comments[3]!._id.toHexString()],
    ];
    for (const [write, hidden] of writes) {
      const answer = await refusal(write(hidden));
      expect(answer.code).toBe('NOT_FOUND');
      expect(answer).toEqual(await refusal(write(unknownId())));
    }
    expect(await CommentModel.countDocuments({})).toBe(before);
    const untouched = await CommentModel.findById(comments[2]!._id).lean();
    expect(untouched).toMatchObject({ text: 'Bra', history: [], hidden: null });
  });

  it("answers a reply to another target's comment as bad input on input.parentId", async () => {
    const { orebroTeacher, targets, comments } = await commentedInOrebro();
    await expect(
      addComment(orebroTeacher, { targetId: targets[1]!, text: 'Svar', parentId: comments[0]!._id.toHexString() }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.parentId' }] });
  });

  it("lets the author edit and the municipality's administration hide; another teacher is FORBIDDEN", async () => {
    const { orebroTeacher, comments, orebro } = await commentedInOrebro();
    const id = comments[0]!._id.toHexString();
    const colleague = await makeViewer('teacher', orebro);
    await expect(editComment(colleague, { id, text: 'Inte min' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await editComment(orebroTeacher, { id, text: 'Mycket bra' })).toMatchObject({
      text: 'Mycket bra',
      history: [{ text: 'Bra' }],
    });
    const leader = await makeViewer('administration', orebro);
    expect((await hideComment(leader, { id, reason: 'Prövning' })).hidden).toMatchObject({ reason: 'Prövning' });
    await expect(editComment(orebroTeacher, { id, text: 'Igen' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
