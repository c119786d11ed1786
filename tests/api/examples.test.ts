/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { ApiClient, errorCode, makeMunicipality, makePlan, makeSchoolUnit } from '../support/api.js';
import { signInCast, WHO, type Outcome, type Who } from '../support/roles.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';

// Good examples (issue 15 point 5): a leader lifts a teacher's comment; the teacher is asked and
// decides; only a consent given publishes it, on the public list and the Atom feed, with the name
// only when the author agreed; a withdrawn consent unpublishes it and the record stays.

const ADD = 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }';
const HIDE = 'mutation($i: HideCommentInput!) { hideComment(input: $i) { id hidden } }';
const EDIT = 'mutation($i: EditCommentInput!) { editComment(input: $i) { id text } }';
const FIELDS = 'id source sourceId context text authorName note liftedByName consent consentAt named version canAnswer';
const LIFT = `mutation($i: LiftExampleInput!) { liftAsExample(input: $i) { ${FIELDS} } }`;
const ANSWER = `mutation($i: AnswerExampleInput!) { answerExample(input: $i) { ${FIELDS} } }`;
const PUBLIC = `query($m: String!) { goodExamples(municipalityCode: $m) { ${FIELDS} municipality { name } } }`;
const LIFTED = `query($m: String!) { liftedExamples(municipalityCode: $m) { id consent } }`;
const MINE = `query { myExampleRequests { id consent canAnswer } }`;
const ON_COMMENT = `query($id: ID!) { comments(targetId: $id) { nodes { id canLiftAsExample goodExample { id consent authorName } } } }`;

const PUBLIC_URL = 'https://skola.example.se';
let server: TestServer;
let boras: OrganisationDoc;
let as: Record<Who, ApiClient>;
let itemId: string;
let itemText: string;
let n = 0;

beforeAll(async () => {
  server = await startTestServer({ env: { LYFTA_PUBLIC_URL: PUBLIC_URL } });
  boras = await makeMunicipality('1490', 'Borås kommun');
  const orebro = await makeMunicipality('1880', 'Örebro kommun');
  const unit = await makeSchoolUnit(boras, '86215855', 'Engelbrektskolan 7-9');
  const otherUnit = await makeSchoolUnit(boras, '11112222', 'Annan skola');
  as = (await signInCast(server.url, WHO, { municipality: boras, unit, otherUnit, otherMunicipality: orebro })).clients;
  const { itemIds } = await makePlan({ owner: boras, areas: 1, itemsPerArea: 1 });
  itemId = itemIds[0]!.toHexString();
  const { ActionItemModel } = await import('../../server/src/modules/plans/plan.model.js');
  itemText = (await ActionItemModel.findById(itemIds[0]).lean())!.text;
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

/** A new comment by the teacher on the plan's item. */
async function teacherComment(
  text = `Vi testar exit tickets i åk 8 – eleverna säger mer 📚 (${++n})`,
): Promise<string> {
  return (await as.teacher.ok(ADD, { i: { targetId: itemId, text } })).addComment.id;
}

describe('lifting and consent', () => {
  it('publishes only with the author’s consent, named only if they agree, and unpublishes on withdrawal', async () => {
    const commentId = await teacherComment();
    const { liftAsExample: lifted } = await as.administration.ok(LIFT, {
      i: { source: 'COMMENT', sourceId: commentId, note: 'Ett konkret sätt att höra eleverna.' },
    });
    expect(lifted).toMatchObject({
      consent: 'ASKED',
      context: itemText,
      authorName: 'Person teacher',
      liftedByName: 'Person administration',
      canAnswer: false,
      consentAt: null,
    });
    // Asked is not published: not on the public list, and the comment's other readers do not see it.
    expect((await as.anonymous.ok(PUBLIC, { m: '1490' })).goodExamples.map((e: any) => e.id)).not.toContain(lifted.id);
    const onComment = async (who: Who) =>
      (await as[who].ok(ON_COMMENT, { id: itemId })).comments.nodes.find((c: any) => c.id === commentId);
    expect((await onComment('principal')).goodExample).toBeNull();
    expect((await onComment('principal')).canLiftAsExample).toBe(false);
    expect((await onComment('administration')).canLiftAsExample).toBe(true);
    expect((await onComment('teacher')).goodExample).toMatchObject({ id: lifted.id, consent: 'ASKED' });

    // The author is asked in the product: the request is on their list, first.
    const mine = (await as.teacher.ok(MINE)).myExampleRequests;
    expect(mine[0]).toMatchObject({ id: lifted.id, consent: 'ASKED', canAnswer: true });

    // Someone else cannot answer for the author.
    const answer = (who: Who, consent: string, version: number, named?: boolean) =>
      as[who].gql(ANSWER, { i: { id: lifted.id, expectedVersion: version, consent, named } });
    expect(errorCode(await answer('administration', 'GIVEN', 1))).toBe('FORBIDDEN');
    for (const who of ['principal', 'politician', 'otherAdministration', 'coach'] as const)
      expect([who, errorCode(await answer(who, 'GIVEN', 1))]).toEqual([who, 'NOT_FOUND']);
    expect(errorCode(await answer('anonymous', 'GIVEN', 1))).toBe('UNAUTHENTICATED');

    // Given, not named: published without the name, to everyone signed in or not.
    const given = (await as.teacher.ok(ANSWER, { i: { id: lifted.id, expectedVersion: 1, consent: 'GIVEN' } }))
      .answerExample;
    expect(given).toMatchObject({ consent: 'GIVEN', named: false, version: 2 });
    const published = (await as.anonymous.ok(PUBLIC, { m: '1490' })).goodExamples.find((e: any) => e.id === lifted.id);
    expect(published).toMatchObject({
      text: lifted.text,
      note: 'Ett konkret sätt att höra eleverna.',
      authorName: null,
      municipality: { name: 'Borås kommun' },
    });
    expect((await onComment('principal')).goodExample).toMatchObject({ consent: 'GIVEN', authorName: null });
    // A stale version is a CONFLICT with the consent as it is now.
    const stale = await answer('teacher', 'WITHDRAWN', 1);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((stale.errors![0]!.extensions as any).current).toMatchObject({ consent: 'GIVEN', version: 2 });

    // Withdrawn: off the list, the record kept for the administration, every step in the audit.
    await as.teacher.ok(ANSWER, { i: { id: lifted.id, expectedVersion: 2, consent: 'WITHDRAWN' } });
    expect((await as.anonymous.ok(PUBLIC, { m: '1490' })).goodExamples.map((e: any) => e.id)).not.toContain(lifted.id);
    expect((await as.administration.ok(LIFTED, { m: '1490' })).liftedExamples).toContainEqual({
      id: lifted.id,
      consent: 'WITHDRAWN',
    });
    const actions = (await AuditEventModel.find({ targetId: lifted.id }).sort({ _id: 1 }).lean()).map((a) => a.action);
    expect(actions).toEqual(['goodExample.lift', 'goodExample.consent.given', 'goodExample.consent.withdrawn']);

    // Given again, named this time.
    const again = (
      await as.teacher.ok(ANSWER, { i: { id: lifted.id, expectedVersion: 3, consent: 'GIVEN', named: true } })
    ).answerExample;
    expect(again).toMatchObject({ consent: 'GIVEN', named: true });
    const named = (await as.anonymous.ok(PUBLIC, { m: '1490' })).goodExamples.find((e: any) => e.id === lifted.id);
    expect(named.authorName).toBe('Person teacher');
    // A move the states do not allow is refused on its field.
    const wrong = await answer('teacher', 'DECLINED', 4);
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'input.consent' })]);
  });

  it('keeps the words the author consented to when the comment is edited later', async () => {
    const commentId = await teacherComment('Det här är texten som lyfts.');
    const { liftAsExample: e } = await as.administration.ok(LIFT, { i: { source: 'COMMENT', sourceId: commentId } });
    await as.teacher.ok(ANSWER, { i: { id: e.id, expectedVersion: 1, consent: 'GIVEN' } });
    await as.teacher.ok(EDIT, { i: { id: commentId, text: 'En helt annan text.' } });
    const shown = (await as.anonymous.ok(PUBLIC, { m: '1490' })).goodExamples.find((x: any) => x.id === e.id);
    expect(shown.text).toBe('Det här är texten som lyfts.');
  });

  it('declined is never published; a declined example can be given later', async () => {
    const { liftAsExample: e } = await as.administration.ok(LIFT, {
      i: { source: 'COMMENT', sourceId: await teacherComment() },
    });
    await as.teacher.ok(ANSWER, { i: { id: e.id, expectedVersion: 1, consent: 'DECLINED' } });
    expect((await as.anonymous.ok(PUBLIC, { m: '1490' })).goodExamples.map((x: any) => x.id)).not.toContain(e.id);
    await as.teacher.ok(ANSWER, { i: { id: e.id, expectedVersion: 2, consent: 'GIVEN' } });
    expect((await as.anonymous.ok(PUBLIC, { m: '1490' })).goodExamples.map((x: any) => x.id)).toContain(e.id);
  });
});

describe('who may lift', () => {
  it('lifts: the municipality’s administration and an admin; others FORBIDDEN if they read the comment, else NOT_FOUND', async () => {
    const expected: Record<Who, Outcome> = {
      anonymous: 'UNAUTHENTICATED',
      politician: 'FORBIDDEN',
      administration: 'ok',
      principal: 'FORBIDDEN',
      otherPrincipal: 'FORBIDDEN',
      teacher: 'FORBIDDEN',
      coach: 'NOT_FOUND',
      admin: 'ok',
      otherAdministration: 'NOT_FOUND',
    };
    const got = {} as Record<Who, string>;
    for (const who of WHO) {
      const res = await as[who].gql(LIFT, { i: { source: 'COMMENT', sourceId: await teacherComment() } });
      got[who] = errorCode(res) ?? 'ok';
    }
    expect(got).toEqual(expected);
  });

  it('finds the first example when the same comment is lifted twice at once', async () => {
    const commentId = await teacherComment();
    const lifts = await Promise.all(
      Array.from({ length: 8 }, () =>
        as.administration.gql<any>(LIFT, { i: { source: 'COMMENT', sourceId: commentId } }),
      ),
    );
    expect(lifts.map((r) => r.errors)).toEqual(lifts.map(() => undefined));
    expect(new Set(lifts.map((r) => r.data!.liftAsExample.id)).size).toBe(1);
  });

  it('refuses a hidden comment, an unknown or malformed id (as NOT_FOUND), and a note just over its limit', async () => {
    const hiddenId = await teacherComment();
    await as.administration.ok(HIDE, { i: { id: hiddenId, reason: 'Hör inte hit.' } });
    const hidden = await as.administration.gql(LIFT, { i: { source: 'COMMENT', sourceId: hiddenId } });
    expect(hidden.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'input.sourceId' })]);
    expect(errorCode(await as.administration.gql(LIFT, { i: { source: 'COMMENT', sourceId: itemId } }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await as.administration.gql(LIFT, { i: { source: 'COMMENT', sourceId: { $ne: null } } }))).toBe(
      'BAD_USER_INPUT',
    );
    const ok = await as.administration.gql(LIFT, {
      i: { source: 'COMMENT', sourceId: await teacherComment(), note: 'é'.repeat(1000) },
    });
    expect(ok.errors).toBeUndefined();
    const over = await as.administration.gql(LIFT, {
      i: { source: 'COMMENT', sourceId: await teacherComment(), note: 'é'.repeat(1001) },
    });
    expect(over.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'input.note' })]);
  });

  it('lists every lifted example for the administration only; the public list for anyone; unknown municipalities as NOT_FOUND', async () => {
    for (const who of ['teacher', 'principal', 'politician'] as const)
      expect([who, errorCode(await as[who].gql(LIFTED, { m: '1490' }))]).toEqual([who, 'FORBIDDEN']);
    expect(errorCode(await as.otherAdministration.gql(LIFTED, { m: '1490' }))).toBe('FORBIDDEN');
    expect(errorCode(await as.anonymous.gql(PUBLIC, { m: '9999' }))).toBe('NOT_FOUND');
    expect(errorCode(await as.anonymous.gql(PUBLIC, { m: '1490; drop' }))).toBe('NOT_FOUND');
    expect((await as.otherAdministration.ok(MINE)).myExampleRequests).toEqual([]);
  });
});

describe('the Atom feed', () => {
  it('carries the published examples, escaped, named only with consent, and links to the public address', async () => {
    const commentId = await teacherComment('Elever <b>skriver</b> & läser "mer" 📚');
    const { liftAsExample: e } = await as.administration.ok(LIFT, { i: { source: 'COMMENT', sourceId: commentId } });
    const feed = async () => {
      const res = await fetch(`${server.url}/flode/goda-exempel/1490.atom`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      return res.text();
    };
    expect(await feed()).not.toContain(`urn:lyfta:good-example:${e.id}`);
    await as.teacher.ok(ANSWER, { i: { id: e.id, expectedVersion: 1, consent: 'GIVEN' } });
    const xml = await feed();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const start = xml.indexOf(`urn:lyfta:good-example:${e.id}`);
    const entry = xml.slice(start, xml.indexOf('</entry>', start));
    expect(entry).toContain('Elever &lt;b&gt;skriver&lt;/b&gt; &amp; läser &quot;mer&quot; 📚');
    expect(entry).toContain('<author><name>En medarbetare i Borås kommun</name></author>');
    expect(entry).not.toContain('Person teacher');
    // Links name the configured public address, whatever Host the request came with.
    expect(xml).toContain(
      `<link rel="self" type="application/atom+xml" href="${PUBLIC_URL}/flode/goda-exempel/1490.atom"/>`,
    );
    expect(entry).toContain(`href="${PUBLIC_URL}/goda-exempel/1490#exempel-${e.id}"`);
    for (const bad of ['9999.atom', '1490.rss', '..%2F1490.atom'])
      expect([bad, (await fetch(`${server.url}/flode/goda-exempel/${bad}`)).status]).toEqual([bad, 404]);
  });
});

describe('from answers and success factors', () => {
  const RAISE = 'mutation($i: RaiseQuestionInput!) { raiseQuestion(input: $i) { id version } }';
  const ANSWER_Q = 'mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { id version } }';
  const QUESTION = `query($id: ID!) { question(id: $id) { id canLiftAnswerAsExample answerExample { id consent } } }`;
  const MEETING = 'mutation($i: CreateMeetingInput!) { createMeeting(input: $i) { id } }';
  const GROUP = 'mutation($i: AddMeetingGroupInput!) { addMeetingGroup(input: $i) { id } }';
  const JOIN = 'mutation($id: ID!) { joinMeetingGroup(id: $id) { id } }';
  const FACTOR = 'mutation($i: AddSuccessFactorInput!) { addSuccessFactor(input: $i) { id } }';

  it('lifts an answer once it is given, asking the one who answered', async () => {
    const q = (
      await as.teacher.ok(RAISE, {
        i: { municipalityCode: '1490', addressee: 'ADMINISTRATION', title: 'Tid för sambedömning?', text: 'När?' },
      })
    ).raiseQuestion;
    const early = await as.administration.gql(LIFT, { i: { source: 'ANSWER', sourceId: q.id } });
    expect(early.errors![0]!.extensions.fields).toEqual([expect.objectContaining({ field: 'input.sourceId' })]);
    expect((await as.administration.ok(QUESTION, { id: q.id })).question.canLiftAnswerAsExample).toBe(false);
    await as.administration.ok(ANSWER_Q, {
      i: { id: q.id, expectedVersion: q.version, text: 'Två studiedagar i vår.' },
    });
    expect((await as.administration.ok(QUESTION, { id: q.id })).question.canLiftAnswerAsExample).toBe(true);
    const { liftAsExample: e } = await as.administration.ok(LIFT, { i: { source: 'ANSWER', sourceId: q.id } });
    expect(e).toMatchObject({ text: 'Två studiedagar i vår.', context: 'Tid för sambedömning?', consent: 'ASKED' });
    // The one who answered decides (here the administration itself); the asker cannot.
    expect(errorCode(await as.teacher.gql(ANSWER, { i: { id: e.id, expectedVersion: 1, consent: 'GIVEN' } }))).toBe(
      'NOT_FOUND',
    );
    await as.administration.ok(ANSWER, { i: { id: e.id, expectedVersion: 1, consent: 'GIVEN', named: true } });
    expect((await as.teacher.ok(QUESTION, { id: q.id })).question.answerExample).toEqual({
      id: e.id,
      consent: 'GIVEN',
    });
    expect(errorCode(await as.otherAdministration.gql(LIFT, { i: { source: 'ANSWER', sourceId: q.id } }))).toBe(
      'NOT_FOUND',
    );
  });

  it('lifts a success factor, asking the group member who wrote it; the meeting and group are its context', async () => {
    const meetingId = (
      await as.administration.ok(MEETING, {
        i: {
          municipalityCode: '1490',
          kind: 'DIALOGUE_MEETING',
          title: 'Dialogmöte om läsning',
          description: '',
          date: '2030-03-01',
          place: 'Stadshuset',
          cap: null,
        },
      })
    ).createMeeting.id;
    const group = (await as.administration.ok(GROUP, { i: { meetingId, kind: 'HOME', name: 'Lärare' } }))
      .addMeetingGroup;
    await as.teacher.ok(JOIN, { id: group.id });
    const factor = (await as.teacher.ok(FACTOR, { i: { groupId: group.id, text: 'Läsa varje dag i alla ämnen.' } }))
      .addSuccessFactor;
    const { liftAsExample: e } = await as.administration.ok(LIFT, { i: { source: 'FACTOR', sourceId: factor.id } });
    expect(e).toMatchObject({
      text: 'Läsa varje dag i alla ämnen.',
      context: 'Dialogmöte om läsning – Lärare',
      authorName: 'Person teacher',
    });
    expect((await as.teacher.ok(MINE)).myExampleRequests[0]).toMatchObject({ id: e.id, canAnswer: true });
    expect(errorCode(await as.teacher.gql(LIFT, { i: { source: 'FACTOR', sourceId: factor.id } }))).toBe('FORBIDDEN');
    expect(errorCode(await as.otherAdministration.gql(LIFT, { i: { source: 'FACTOR', sourceId: factor.id } }))).toBe(
      'NOT_FOUND',
    );
  });
});
