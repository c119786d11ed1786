/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  errorCode,
  makeMunicipality,
  makePerson,
  makePlan,
  makeSchoolUnit,
  signedIn,
  type ApiClient,
} from '../support/api.js';
import { CommentModel } from '../../server/src/modules/dialogue/comment.model.js';

const ADD =
  'mutation($i: AddCommentInput!) { addComment(input: $i) { id text stance parentId targetType author { name } } }';
const LIST = `query($id: ID!) { comments(targetId: $id) { totalCount nodes { id text stance hidden hiddenReason edited history { text } replies { text parentId } } } }`;

describe('comments: teachers speak, moderators hide with a reason, nothing is lost', () => {
  let server: TestServer;
  let teacher: ApiClient;
  let otherTeacher: ApiClient;
  let moderator: ApiClient;
  let itemId: string;
  let draftPlanId: string;
  let commentId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const boras = await makeMunicipality('1490');
    const unit = await makeSchoolUnit(boras, '86215855');
    await makePerson('lar@test.se', [{ organisation: unit, role: 'teacher' }], 'Lärare Ett');
    await makePerson('lar2@test.se', [{ organisation: unit, role: 'teacher' }], 'Lärare Två');
    await makePerson('adm@test.se', [{ organisation: boras, role: 'administration' }], 'Skolchef');
    const active = await makePlan({ owner: boras, status: 'active' });
    const draft = await makePlan({ owner: boras, status: 'draft' });
    itemId = active.itemIds[0]!.toHexString();
    draftPlanId = draft.plan._id.toHexString();
    [teacher, otherTeacher, moderator] = await Promise.all([
      signedIn(server.url, 'lar@test.se'),
      signedIn(server.url, 'lar2@test.se'),
      signedIn(server.url, 'adm@test.se'),
    ]);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('a teacher comments with a stance on a published item, and others reply one level deep', async () => {
    const c = await teacher.ok<any>(ADD, {
      i: { targetId: itemId, text: 'Bra förslag, men tiden räcker inte.', stance: 'AGAINST' },
    });
    expect(c.addComment).toMatchObject({
      stance: 'AGAINST',
      targetType: 'ACTION_ITEM',
      author: { name: 'Lärare Ett' },
      parentId: null,
    });
    commentId = c.addComment.id;
    const reply = await moderator.ok<any>(ADD, {
      i: { targetId: itemId, text: 'Vi ser över tiden.', parentId: commentId },
    });
    expect(reply.addComment.parentId).toBe(commentId);
    const nested = await otherTeacher.gql(ADD, {
      i: { targetId: itemId, text: 'Svar på svar', parentId: reply.addComment.id },
    });
    expect(nested.errors?.[0]?.extensions.fields?.[0]?.field).toBe('input.parentId');
    const list = await otherTeacher.ok<any>(LIST, { id: itemId });
    expect(list.comments.totalCount).toBe(1);
    expect(list.comments.nodes[0].replies).toEqual([{ text: 'Vi ser över tiden.', parentId: commentId }]);
  });

  it('teachers cannot comment on drafts, and text over 5,000 characters is refused', async () => {
    expect(errorCode(await teacher.gql(ADD, { i: { targetId: draftPlanId, text: 'Hej' } }))).toBe('NOT_FOUND');
    const long = await teacher.gql(ADD, { i: { targetId: itemId, text: 'x'.repeat(5001) } });
    expect(long.errors?.[0]?.extensions.fields?.[0]).toEqual({
      field: 'input.text',
      message: { sv: 'får vara högst 5000 tecken', en: 'must be at most 5000 characters' },
    });
  });

  it('editing keeps the earlier text, shown to the author only', async () => {
    const edited = await teacher.ok<any>(
      'mutation($i: EditCommentInput!) { editComment(input: $i) { text edited history { text } } }',
      {
        i: { id: commentId, text: 'Bra förslag, men tiden räcker inte för alla ämnen.' },
      },
    );
    expect(edited.editComment).toEqual({
      text: 'Bra förslag, men tiden räcker inte för alla ämnen.',
      edited: true,
      history: [{ text: 'Bra förslag, men tiden räcker inte.' }],
    });
    const seenByOther = await otherTeacher.ok<any>(LIST, { id: itemId });
    expect(seenByOther.comments.nodes[0]).toMatchObject({ edited: true, history: [] });
    expect(
      errorCode(
        await otherTeacher.gql('mutation($i: EditCommentInput!) { editComment(input: $i) { id } }', {
          i: { id: commentId, text: 'Kapat' },
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('moderation hides with a reason: others see the reason, the author and moderators the text; nothing is deleted', async () => {
    const hidden = await moderator.ok<any>(
      'mutation($i: HideCommentInput!) { hideComment(input: $i) { hidden hiddenReason text } }',
      {
        i: { id: commentId, reason: 'Innehåller personuppgifter' },
      },
    );
    expect(hidden.hideComment).toMatchObject({ hidden: true, hiddenReason: 'Innehåller personuppgifter' });
    const other = (await otherTeacher.ok<any>(LIST, { id: itemId })).comments.nodes[0];
    expect(other).toMatchObject({ hidden: true, hiddenReason: 'Innehåller personuppgifter', text: null, history: [] });
    const author = (await teacher.ok<any>(LIST, { id: itemId })).comments.nodes[0];
    expect(author).toMatchObject({ hidden: true, text: 'Bra förslag, men tiden räcker inte för alla ämnen.' });
    expect(author.history).toHaveLength(1);
    const mod = (await moderator.ok<any>(LIST, { id: itemId })).comments.nodes[0];
    expect(mod.text).toMatch(/Bra förslag/);
    expect(await CommentModel.countDocuments({})).toBe(2);
    // The author cannot quietly rewrite a hidden comment.
    expect(
      errorCode(
        await teacher.gql('mutation($i: EditCommentInput!) { editComment(input: $i) { id } }', {
          i: { id: commentId, text: 'Nytt' },
        }),
      ),
    ).toBe('FORBIDDEN');
    const log = await moderator.ok<any>(
      'query($id: ID!) { auditLog(targetId: $id) { nodes { action actorName after } } }',
      { id: commentId },
    );
    expect(log.auditLog.nodes.map((n: any) => n.action)).toEqual(['comment.hide', 'comment.edit', 'comment.add']);
    expect(JSON.parse(log.auditLog.nodes[0].after).hidden.reason).toBe('Innehåller personuppgifter');
  });

  it('an unknown or malformed target is not found or bad input, never a server error', async () => {
    expect(errorCode(await teacher.gql(LIST, { id: '0123456789abcdef01234567' }))).toBe('NOT_FOUND');
    const bad = await teacher.gql(LIST, { id: '{"$gt":""}' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions.fields?.[0]?.message).toEqual({
      sv: 'är inget giltigt id',
      en: 'is not a valid id',
    });
  });
});
