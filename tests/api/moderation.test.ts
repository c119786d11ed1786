/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/server.js';
import { ApiClient, errorCode, makePlan } from '../support/api.js';
import { WHO, type Who } from '../support/roles.js';
import { startPlaying } from '../support/dialogue.js';
import { borasStage, QUEUE, REVIEW, reportContent, signInReaders } from '../support/moderation.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import { CommentModel } from '../../server/src/modules/dialogue/comment.model.js';

// Moderation and safety (issue 15 point 6): a reader reports a text with a reason, once; three
// readers' reports hide it until a moderator decides; the moderator hides it with a reason or keeps
// it; nothing is deleted, the author and moderators still read it, and every step is audited.
// Posting is rate-limited per person.

const ADD = 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }';
const THREAD = `query($id: ID!) { comments(targetId: $id) { nodes { id text hidden hiddenReason canReport reportedByViewer } } }`;

let server: TestServer;
let as: Record<Who, ApiClient>;
let readers: ApiClient[];
let itemId: string;
let n = 0;

beforeAll(async () => {
  const played = await startPlaying(WHO, borasStage);
  ({ server, clients: as } = played);
  readers = await signInReaders(server.url, played.unit);
  const { itemIds } = await makePlan({ owner: played.municipality, areas: 1, itemsPerArea: 1 });
  itemId = itemIds[0]!.toHexString();
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

const comment = async (by: ApiClient = as.teacher) =>
  (await by.ok(ADD, { i: { targetId: itemId, text: `Köp billiga klockor här ${++n} 🕰️` } })).addComment.id as string;
const report = (by: ApiClient, id: string, reason = 'SPAM', note?: string) =>
  reportContent(by, 'COMMENT', id, reason, note);
const inThread = async (by: ApiClient, id: string) =>
  (await by.ok(THREAD, { id: itemId })).comments.nodes.find((c: any) => c.id === id);

describe('reports', () => {
  it('takes one report per reader, hides the text after three until a moderator decides, and loses nothing', async () => {
    const id = await comment();
    expect(await inThread(readers[0]!, id)).toMatchObject({ canReport: true, reportedByViewer: false });
    expect(await inThread(as.teacher, id)).toMatchObject({ canReport: false });
    // One report per reader, also when clicked twice at once (the same report sent twice: which of
    // two different reasons sent at once is kept would depend on their order).
    const twice = await Promise.all([report(readers[0]!, id), report(readers[0]!, id)]);
    expect(twice.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(twice[0].data.reportContent.id).toBe(twice[1].data.reportContent.id);
    expect(await inThread(readers[0]!, id)).toMatchObject({ reportedByViewer: true, hidden: false });
    await report(readers[1]!, id, 'OFFENSIVE', 'Reklam, inte om åtgärden.');
    expect((await inThread(as.principal, id)).hidden).toBe(false);
    await report(readers[2]!, id);
    // Three readers: hidden pending review; the text is kept for its author and the moderators.
    const seen = await inThread(as.principal, id);
    expect(seen).toMatchObject({
      hidden: true,
      text: null,
      hiddenReason: 'Dold i väntan på granskning efter 3 anmälningar.',
    });
    expect((await inThread(as.teacher, id)).text).toMatch(/^Köp billiga klockor/);
    const queue = (await as.administration.ok(QUEUE, { m: '1490' })).moderationQueue;
    const item = queue.find((q: any) => q.sourceId === id);
    expect(item).toMatchObject({ reportCount: 3, hiddenByReports: true, notes: ['Reklam, inte om åtgärden.'] });
    expect(item.comment.text).toMatch(/^Köp billiga klockor/);
    expect(item.reasons).toEqual(
      expect.arrayContaining([
        { reason: 'SPAM', count: 2 },
        { reason: 'OFFENSIVE', count: 1 },
      ]),
    );
    // Nobody's name as reporter appears in the queue.
    expect(JSON.stringify(queue)).not.toContain('Läsare');

    // Kept: shown again, the reports closed, off the queue.
    const kept = (await as.administration.ok(REVIEW, { i: { source: 'COMMENT', sourceId: id, decision: 'KEEP' } }))
      .reviewReports;
    expect(kept).toMatchObject({ hidden: false, hiddenReason: null });
    expect((await inThread(as.principal, id)).text).toMatch(/^Köp billiga klockor/);
    expect(
      (await as.administration.ok(QUEUE, { m: '1490' })).moderationQueue.map((q: any) => q.sourceId),
    ).not.toContain(id);
    const actions = (await AuditEventModel.find({ targetId: id }).sort({ _id: 1 }).lean()).map((a) => a.action);
    expect(actions).toEqual(['comment.add', 'comment.hideByReports', 'comment.restore', 'report.review.kept']);
    expect(await CommentModel.countDocuments({ _id: id })).toBe(1);
  });

  it('hides with the moderator’s reason, which readers see; hiding needs a reason', async () => {
    const id = await comment();
    await report(readers[0]!, id, 'OFF_TOPIC');
    const noReason = await as.administration.gql(REVIEW, { i: { source: 'COMMENT', sourceId: id, decision: 'HIDE' } });
    expect(noReason.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'input.reason' })]);
    await as.administration.ok(REVIEW, {
      i: { source: 'COMMENT', sourceId: id, decision: 'HIDE', reason: 'Hör inte till åtgärden.' },
    });
    expect(await inThread(readers[1]!, id)).toMatchObject({
      hidden: true,
      text: null,
      hiddenReason: 'Hör inte till åtgärden.',
    });
    // Already hidden: not reported again.
    expect((await report(readers[1]!, id)).errors![0]!.extensions.fields).toEqual([
      expect.objectContaining({ field: 'input.sourceId' }),
    ]);
  });

  it('refuses one’s own text, an unknown reason, a note just over 500, and another municipality’s text as an unknown one', async () => {
    const id = await comment();
    expect((await report(as.teacher, id)).errors![0]!.extensions.fields).toEqual([
      expect.objectContaining({ field: 'input.sourceId' }),
    ]);
    expect(errorCode(await report(readers[0]!, id, 'BORING'))).toBe('BAD_USER_INPUT');
    expect((await report(readers[0]!, id, 'SPAM', 'x'.repeat(501))).errors![0]!.extensions.fields).toEqual([
      expect.objectContaining({ field: 'input.note' }),
    ]);
    expect((await report(readers[0]!, id, 'SPAM', 'x'.repeat(500))).errors).toBeUndefined();
    const unknown = await report(as.otherAdministration, itemId);
    expect(errorCode(await report(as.otherAdministration, id))).toBe('NOT_FOUND');
    expect(errorCode(unknown)).toBe('NOT_FOUND');
    expect((await report(as.otherAdministration, id)).errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(errorCode(await report(as.anonymous, id))).toBe('UNAUTHENTICATED');
  });

  it('shows the queue and takes decisions from the municipality’s moderators only', async () => {
    const id = await comment();
    await report(readers[0]!, id);
    const queue = (who: Who) => as[who].gql(QUEUE, { m: '1490' });
    const review = (who: Who) => as[who].gql(REVIEW, { i: { source: 'COMMENT', sourceId: id, decision: 'KEEP' } });
    const got = {} as Record<Who, string[]>;
    for (const who of WHO) got[who] = [errorCode(await queue(who)) ?? 'ok', errorCode(await review(who)) ?? 'ok'];
    expect(got).toEqual({
      anonymous: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
      politician: ['FORBIDDEN', 'FORBIDDEN'],
      administration: ['ok', 'ok'],
      principal: ['FORBIDDEN', 'FORBIDDEN'],
      otherPrincipal: ['FORBIDDEN', 'FORBIDDEN'],
      teacher: ['FORBIDDEN', 'FORBIDDEN'],
      coach: ['FORBIDDEN', 'NOT_FOUND'],
      admin: ['ok', 'ok'],
      otherAdministration: ['FORBIDDEN', 'NOT_FOUND'],
    });
    expect(errorCode(await as.administration.gql(QUEUE, { m: '9999' }))).toBe('NOT_FOUND');
  });
});

describe('posting', () => {
  it('takes 20 comments in ten minutes from one person and refuses the 21st on its field, keeping the others', async () => {
    const client = as.politician;
    const before = await CommentModel.countDocuments({ targetId: itemId });
    for (let i = 0; i < 20; i++) await client.ok(ADD, { i: { targetId: itemId, text: `Kommentar ${i}` } });
    const over = await client.gql(ADD, { i: { targetId: itemId, text: 'En till' } });
    expect(over.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'input.text' })]);
    expect(await CommentModel.countDocuments({ targetId: itemId })).toBe(before + 20);
    // Someone else still posts.
    expect((await as.principal.gql(ADD, { i: { targetId: itemId, text: 'Jag också' } })).errors).toBeUndefined();
  });
});
