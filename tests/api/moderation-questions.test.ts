/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/server.js';
import { ApiClient, errorCode } from '../support/api.js';
import { WHO, type Who } from '../support/roles.js';
import { signInMany, startPlaying } from '../support/dialogue.js';
import { borasStage, QUEUE, REVIEW, reportContent, signInReaders } from '../support/moderation.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import { TeacherQuestionModel } from '../../server/src/modules/questions/questions.model.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';

// Moderation of questions to leaders and politicians, and the municipality's own threshold for
// hiding by reports: a question is reported and decided on as a comment is; hidden, it keeps its
// place and reason while its words are the asker's and the moderators' only; the threshold is
// 0 (off) or 2–50, set by the municipality's moderators, and applies to reports from then on.

const RAISE = 'mutation($i: RaiseQuestionInput!) { raiseQuestion(input: $i) { id } }';
const QUESTION = `query($id: ID!) { question(id: $id) { id title text hidden hiddenReason canReport reportedByViewer
  canSupport canEdit } }`;
const BOARD = `query($m: String!) { questionBoard(municipalityCode: $m) { questions { id title hidden } } }`;
const TO_ANSWER = '{ questionsToAnswer { id } }';
const SUPPORT = 'mutation($id: ID!) { supportQuestion(id: $id) { id } }';
const SETTINGS =
  'query($m: String!) { moderationSettings(municipalityCode: $m) { id autoHideAfter autoHideMin autoHideMax } }';
const SET = 'mutation($i: ModerationSettingsInput!) { setModerationSettings(input: $i) { id autoHideAfter } }';

let server: TestServer;
let as: Record<Who, ApiClient>;
let readers: ApiClient[];
let askers: ApiClient[];
let n = 0;

beforeAll(async () => {
  let unit: OrganisationDoc;
  ({ server, unit, clients: as } = await startPlaying(WHO, borasStage));
  readers = await signInReaders(server.url, unit);
  // Askers of their own, so the daily cap of five questions each is never what a test meets.
  askers = await signInMany(server.url, 4, (i) => ({
    email: `asker${i + 1}@example.se`,
    memberships: [{ organisation: unit, role: 'teacher' }],
    name: `Frågeställare ${i + 1}`,
  }));
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

const raise = async (by: ApiClient = askers[n % askers.length]!) =>
  (
    await by.ok(RAISE, {
      i: {
        municipalityCode: '1490',
        addressee: 'ADMINISTRATION',
        title: `Varför får vi inte ${++n} 🙄`,
        text: 'Rektorn på skolan är helt inkompetent och borde sparkas.',
      },
    })
  ).raiseQuestion.id as string;
const askerOf = () => askers[(n - 1) % askers.length]!;
const report = (by: ApiClient, id: string, reason = 'OFFENSIVE') => reportContent(by, 'QUESTION', id, reason);
const seen = async (by: ApiClient, id: string) => (await by.ok(QUESTION, { id })).question;
const setThreshold = (by: ApiClient, autoHideAfter: unknown) =>
  by.gql<any>(SET, { i: { municipalityCode: '1490', autoHideAfter } });

describe('reporting a question', () => {
  it('hides it after three readers until a moderator decides; its words stay with the asker and moderators', async () => {
    const id = await raise();
    const asker = askerOf();
    expect(await seen(readers[0]!, id)).toMatchObject({ canReport: true, reportedByViewer: false, canSupport: true });
    expect(await seen(asker, id)).toMatchObject({ canReport: false, canEdit: true });
    for (const r of readers.slice(0, 2)) await report(r, id);
    expect(await seen(as.politician, id)).toMatchObject({ hidden: false, reportedByViewer: false });
    expect(await seen(readers[0]!, id)).toMatchObject({ reportedByViewer: true });
    await report(readers[2]!, id, 'SPAM');

    expect(await seen(as.politician, id)).toMatchObject({
      hidden: true,
      title: null,
      text: null,
      hiddenReason: 'Dold i väntan på granskning efter 3 anmälningar.',
      canSupport: false,
      canReport: false,
    });
    const board = (await as.teacher.ok(BOARD, { m: '1490' })).questionBoard.questions;
    expect(board.find((q: any) => q.id === id)).toEqual({ id, title: null, hidden: true });
    expect(await seen(asker, id)).toMatchObject({ title: expect.stringMatching(/^Varför/), canEdit: false });
    expect((await seen(as.administration, id)).text).toMatch(/inkompetent/);
    // Hidden, it waits for no answer, and nobody supports it.
    expect((await as.administration.ok(TO_ANSWER)).questionsToAnswer.map((q: any) => q.id)).not.toContain(id);
    expect(errorCode(await as.principal.gql(SUPPORT, { id }))).toBe('FORBIDDEN');

    const queue = (await as.administration.ok(QUEUE, { m: '1490' })).moderationQueue;
    expect(queue.find((q: any) => q.sourceId === id)).toMatchObject({
      source: 'QUESTION',
      reportCount: 3,
      hiddenByReports: true,
      comment: null,
      content: { __typename: 'Question', id, authorName: expect.stringMatching(/^Frågeställare/), hidden: true },
    });
    expect(JSON.stringify(queue)).not.toContain('Läsare');

    // Kept: shown again, waiting for its answer again.
    const kept = (await as.administration.ok(REVIEW, { i: { source: 'QUESTION', sourceId: id, decision: 'KEEP' } }))
      .reviewReports;
    expect(kept).toMatchObject({ __typename: 'Question', id, hidden: false, hiddenReason: null });
    expect((await seen(as.politician, id)).title).toMatch(/^Varför/);
    expect((await as.administration.ok(TO_ANSWER)).questionsToAnswer.map((q: any) => q.id)).toContain(id);
    const actions = (await AuditEventModel.find({ targetId: id }).sort({ _id: 1 }).lean()).map((a) => a.action);
    expect(actions).toEqual(['question.raise', 'question.hideByReports', 'question.restore', 'report.review.kept']);
  });

  it('hides it with the moderator’s reason, keeps the document, and refuses a second report', async () => {
    const id = await raise();
    await report(readers[0]!, id);
    const hidden = await as.administration.ok(REVIEW, {
      i: { source: 'QUESTION', sourceId: id, decision: 'HIDE', reason: 'Namnger en kollega 🙁' },
    });
    expect(hidden.reviewReports).toMatchObject({ hidden: true, hiddenReason: 'Namnger en kollega 🙁' });
    expect(await seen(readers[1]!, id)).toMatchObject({ title: null, hiddenReason: 'Namnger en kollega 🙁' });
    expect((await report(readers[1]!, id)).errors![0]!.extensions.fields).toEqual([
      expect.objectContaining({ field: 'input.sourceId' }),
    ]);
    expect(await TeacherQuestionModel.countDocuments({ _id: id })).toBe(1);
  });

  it('is hidden once when five readers report it at the same moment', async () => {
    const id = await raise();
    const results = await Promise.all([...readers, as.teacher, as.principal].map((r) => report(r, id)));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect((await seen(as.politician, id)).hidden).toBe(true);
    expect(await AuditEventModel.countDocuments({ targetId: id, action: 'question.hideByReports' })).toBe(1);
  });

  it('refuses the asker’s own question, and answers another municipality’s question as an unknown one', async () => {
    const id = await raise();
    expect((await report(askerOf(), id)).errors![0]!.extensions.fields).toEqual([
      expect.objectContaining({ field: 'input.sourceId' }),
    ]);
    const foreign = await report(as.otherAdministration, id);
    const unknown = await report(as.otherAdministration, '0123456789abcdef01234567');
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    expect(foreign.errors![0]!.message).toBe(unknown.errors![0]!.message);
    expect(errorCode(await report(as.coach, id))).toBe('NOT_FOUND');
    const review = await as.otherAdministration.gql(REVIEW, {
      i: { source: 'QUESTION', sourceId: id, decision: 'KEEP' },
    });
    expect(errorCode(review)).toBe('NOT_FOUND');
    expect(errorCode(await as.teacher.gql(REVIEW, { i: { source: 'QUESTION', sourceId: id, decision: 'KEEP' } }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('the municipality’s threshold', () => {
  it('is read and set by the municipality’s moderators only', async () => {
    const got = {} as Record<Who, string[]>;
    for (const who of WHO) {
      const read = await as[who].gql(SETTINGS, { m: '1490' });
      const write = await setThreshold(as[who], 3);
      got[who] = [errorCode(read) ?? 'ok', errorCode(write) ?? 'ok'];
    }
    expect(got).toEqual({
      anonymous: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
      politician: ['FORBIDDEN', 'FORBIDDEN'],
      administration: ['ok', 'ok'],
      principal: ['FORBIDDEN', 'FORBIDDEN'],
      otherPrincipal: ['FORBIDDEN', 'FORBIDDEN'],
      teacher: ['FORBIDDEN', 'FORBIDDEN'],
      coach: ['FORBIDDEN', 'FORBIDDEN'],
      admin: ['ok', 'ok'],
      otherAdministration: ['FORBIDDEN', 'FORBIDDEN'],
    });
    expect(errorCode(await as.administration.gql(SETTINGS, { m: '9999' }))).toBe('NOT_FOUND');
    expect((await as.administration.ok(SETTINGS, { m: '1490' })).moderationSettings).toEqual({
      id: '1490',
      autoHideAfter: 3,
      autoHideMin: 2,
      autoHideMax: 50,
    });
  });

  it('takes 0, 2 and 50 and refuses 1, 51, a negative number, a huge one and a fraction, naming the field', async () => {
    for (const ok of [0, 2, 50])
      expect((await setThreshold(as.administration, ok)).data?.setModerationSettings.autoHideAfter).toBe(ok);
    for (const bad of [1, 51, -1, 1e9]) {
      const r = await setThreshold(as.administration, bad);
      expect(r.errors![0]!.extensions.fields, String(bad)).toEqual([
        expect.objectContaining({ field: 'input.autoHideAfter' }),
      ]);
    }
    // Not a whole number at all: GraphQL's Int refuses it before the rule, naming the field.
    for (const bad of [2.5, 'drei']) {
      const r = await setThreshold(as.administration, bad);
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0]!.message).toContain('autoHideAfter');
    }
    expect((await as.administration.ok(SETTINGS, { m: '1490' })).moderationSettings.autoHideAfter).toBe(50);
    const audited = await AuditEventModel.countDocuments({ action: 'moderation.settings', municipalityCode: '1490' });
    expect(audited).toBeGreaterThanOrEqual(3);
  });

  it('hides after the number set, and never by reports alone when it is 0', async () => {
    await setThreshold(as.administration, 2);
    const two = await raise();
    await report(readers[0]!, two);
    expect((await seen(as.politician, two)).hidden).toBe(false);
    await report(readers[1]!, two);
    expect(await seen(as.politician, two)).toMatchObject({
      hidden: true,
      hiddenReason: 'Dold i väntan på granskning efter 2 anmälningar.',
    });

    await setThreshold(as.administration, 0);
    const off = await raise();
    for (const r of readers) await report(r, off);
    expect((await seen(as.politician, off)).hidden).toBe(false);
    const queue = (await as.administration.ok(QUEUE, { m: '1490' })).moderationQueue;
    expect(queue.find((q: any) => q.sourceId === off)).toMatchObject({ reportCount: 3, hiddenByReports: false });
    await setThreshold(as.administration, 3);
  });
});
