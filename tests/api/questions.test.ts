/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type { TestServer } from '../support/server.js';
import { ApiClient, errorCode, makePerson, makeSchoolUnit, signedIn } from '../support/api.js';
import type { Outcome } from '../support/roles.js';
import { expectAnsweredAsUnknown, itAsEachMember, type RoleCase } from '../support/role-tables.js';
import { DIALOGUE_WHO as WHO, dialogueTables, signInTeachers, startPlaying } from '../support/dialogue.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import { seedQuestions, type TeacherQuestionDoc } from '../../server/src/modules/questions/index.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import type { PersonDoc } from '../../server/src/modules/people/index.js';

// Questions to leaders and politicians: the lifecycle (raised, supported, prepared, answered, the
// answer edited), who may do what (every role; another municipality's question as an unknown id),
// supports counted once per person under concurrent clicks, the limits, and the notices of the answer.

type Who = (typeof WHO)[number];

const FIELDS = `id municipalityCode addressee title text askerName askedAt editedAt state version supportCount
  viewerSupports viewerIsAsker canSupport canEdit canAnswer answer { text answererName answeredAt editedAt }`;
const QUESTION = `query($id: ID!) { question(id: $id) { ${FIELDS} } }`;
const BOARD = `query($m: String!) { questionBoard(municipalityCode: $m) { id canRaise answersFor questions { id state } } }`;
const TO_ANSWER = `{ questionsToAnswer { id title addressee state askedAt } }`;
const RAISE = `mutation($i: RaiseQuestionInput!) { raiseQuestion(input: $i) { ${FIELDS} } }`;
const EDIT = `mutation($i: EditQuestionInput!) { editQuestion(input: $i) { ${FIELDS} } }`;
const PREPARE = `mutation($id: ID!, $v: Int!) { prepareQuestionAnswer(id: $id, expectedVersion: $v) { id state version } }`;
const ANSWER = `mutation($i: AnswerQuestionInput!) { answerQuestion(input: $i) { ${FIELDS} } }`;
const SUPPORT = `mutation($id: ID!) { supportQuestion(id: $id) { id supportCount viewerSupports } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawQuestionSupport(id: $id) { id supportCount viewerSupports } }`;
const INBOX = `{ notificationInbox { notifications(first: 50) { kind comment { targetTitle }
  question { id title state answer { answererName } } } } }`;

let sthlm: OrganisationDoc;
let server: TestServer;
let clients: Record<Who, ApiClient>;
let people: Record<Exclude<Who, 'anonymous'>, PersonDoc>;
/** A teacher of the municipality who raises the questions the cast acts on. */
let asker: ApiClient;
let askerPerson: PersonDoc;
/** Who the seeded questions are by: nobody who signs in, so no one's daily cap is spent on them. */
const seedAsker = new mongoose.Types.ObjectId();

const raiseInput = (over: Record<string, unknown> = {}) => ({
  i: {
    municipalityCode: '0180',
    addressee: 'ADMINISTRATION',
    title: 'Hur ska vi hinna med den kollegiala planeringen?',
    text: 'Vi har fått fler undervisningstimmar men ingen gemensam planeringstid.',
    ...over,
  },
});

/** A question written straight to the database (the test-only door), so the daily cap is not spent. */
async function seeded(over: Partial<TeacherQuestionDoc> = {}): Promise<{ id: string; version: number }> {
  const _id = new mongoose.Types.ObjectId();
  await seedQuestions({
    questions: [
      {
        _id,
        municipalityCode: '0180',
        addressee: 'administration',
        title: 'Seedad fråga',
        text: 'Text',
        askerId: seedAsker,
        askerName: 'Seedad lärare',
        editedAt: null,
        state: 'notAnswered',
        answer: null,
        version: 1,
        ...over,
      },
    ],
  });
  return { id: _id.toHexString(), version: 1 };
}

beforeAll(async () => {
  let unit: OrganisationDoc;
  ({ server, municipality: sthlm, unit, clients, people } = await startPlaying(WHO));
  askerPerson = await makePerson('asker@questions.test', [{ organisation: unit, role: 'teacher' }], 'Frida Frågvis');
  asker = await signedIn(server.url, askerPerson.email);
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('the lifecycle of a question', () => {
  it('is raised, reworded, supported, prepared, answered and the answer edited; each change is versioned and audited', async () => {
    const raised = (await asker.ok(RAISE, raiseInput())).raiseQuestion;
    expect(raised).toMatchObject({
      state: 'NOT_ANSWERED',
      addressee: 'ADMINISTRATION',
      askerName: 'Frida Frågvis',
      version: 1,
      supportCount: 0,
      viewerIsAsker: true,
      canEdit: true,
      canSupport: false,
      canAnswer: false,
      answer: null,
    });

    const edited = (
      await asker.ok(EDIT, { i: { id: raised.id, expectedVersion: 1, title: raised.title, text: 'Ny formulering.' } })
    ).editQuestion;
    expect(edited).toMatchObject({ version: 2, text: 'Ny formulering.' });
    expect(edited.editedAt).not.toBeNull();
    const stale = await asker.gql(EDIT, { i: { id: raised.id, expectedVersion: 1, title: 'X', text: 'Y' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((stale.errors![0]!.extensions as any).current.text).toBe('Ny formulering.');
    // The first wording is kept: the edit's audit event holds it.
    const edits = await AuditEventModel.find({
      targetId: new mongoose.Types.ObjectId(raised.id),
      action: 'question.edit',
    }).lean();
    expect((edits[0]!.before as any).text).toBe(raised.text);

    const supported = (await clients.teacher.ok(SUPPORT, { id: raised.id })).supportQuestion;
    expect(supported).toMatchObject({ supportCount: 1, viewerSupports: true });
    const byPrincipal = (await clients.principal.ok(SUPPORT, { id: raised.id })).supportQuestion;
    expect(byPrincipal.supportCount).toBe(2);
    const withdrawn = (await clients.principal.ok(WITHDRAW, { id: raised.id })).withdrawQuestionSupport;
    expect(withdrawn).toMatchObject({ supportCount: 1, viewerSupports: false });

    const waiting = (await clients.administration.ok(TO_ANSWER)).questionsToAnswer.map((q: any) => q.id);
    expect(waiting).toContain(raised.id);

    const prepared = (await clients.administration.ok(PREPARE, { id: raised.id, v: 2 })).prepareQuestionAnswer;
    expect(prepared).toMatchObject({ state: 'PREPARING', version: 3 });
    expect(errorCode(await clients.administration.gql(PREPARE, { id: raised.id, v: 3 }))).toBe('CONFLICT');

    const answered = (
      await clients.administration.ok(ANSWER, { i: { id: raised.id, expectedVersion: 3, text: 'Vi ser över det.' } })
    ).answerQuestion;
    expect(answered).toMatchObject({
      state: 'ANSWERED',
      version: 4,
      answer: { text: 'Vi ser över det.', editedAt: null },
    });
    expect(answered.answer.answererName).toBe(people.administration.name);

    // Answered: the asker can no longer reword it, and it leaves the addressee's start page.
    const late = await asker.gql(EDIT, { i: { id: raised.id, expectedVersion: 4, title: 'X', text: 'Y' } });
    expect(errorCode(late)).toBe('FORBIDDEN');
    expect((await asker.ok(QUESTION, { id: raised.id })).question.canEdit).toBe(false);
    const after = (await clients.administration.ok(TO_ANSWER)).questionsToAnswer.map((q: any) => q.id);
    expect(after).not.toContain(raised.id);

    const staleAnswer = await clients.administration.gql(ANSWER, {
      i: { id: raised.id, expectedVersion: 3, text: 'Z' },
    });
    expect(errorCode(staleAnswer)).toBe('CONFLICT');
    const reworded = (
      await clients.administration.ok(ANSWER, {
        i: { id: raised.id, expectedVersion: 4, text: 'Vi inför planeringstid.' },
      })
    ).answerQuestion;
    expect(reworded.version).toBe(5);
    expect(reworded.answer.text).toBe('Vi inför planeringstid.');
    expect(reworded.answer.editedAt).not.toBeNull();
    expect(reworded.answer.answeredAt).toBe(answered.answer.answeredAt);

    const actions = (await AuditEventModel.find({ targetId: new mongoose.Types.ObjectId(raised.id) }).lean())
      .map((e) => e.action)
      .sort();
    expect(actions).toEqual([
      'question.answer',
      'question.answer.edit',
      'question.edit',
      'question.prepare',
      'question.raise',
    ]);
  });

  it("the addressee's start page lists unanswered questions to them, oldest first", async () => {
    const day = 24 * 60 * 60 * 1000;
    const old = await seeded({ title: 'Äldst', createdAt: new Date(Date.now() - 30 * day) } as any);
    const newer = await seeded({
      title: 'Nyare',
      createdAt: new Date(Date.now() - 2 * day),
      state: 'preparing',
    } as any);
    const toPoliticians = await seeded({ title: 'Till politikerna', addressee: 'politicians' });
    const done = await seeded({ title: 'Klar', state: 'answered' });
    const adm = (await clients.administration.ok(TO_ANSWER)).questionsToAnswer.map((q: any) => q.id);
    expect(adm.indexOf(old.id)).toBeGreaterThanOrEqual(0);
    expect(adm.indexOf(old.id)).toBeLessThan(adm.indexOf(newer.id));
    expect(adm).not.toContain(toPoliticians.id);
    expect(adm).not.toContain(done.id);
    const pol = (await clients.politician.ok(TO_ANSWER)).questionsToAnswer.map((q: any) => q.id);
    expect(pol).toEqual([toPoliticians.id]);
    for (const who of ['teacher', 'principal', 'otherAdministration', 'otherPolitician', 'admin'] as const)
      expect((await clients[who].ok(TO_ANSWER)).questionsToAnswer).toEqual([]);
  });

  it('the board lists the questions and what the viewer may do there', async () => {
    const q = await seeded();
    const teacher = (await clients.teacher.ok(BOARD, { m: '0180' })).questionBoard;
    expect(teacher).toMatchObject({ id: '0180', canRaise: true, answersFor: [] });
    expect(teacher.questions.map((x: any) => x.id)).toContain(q.id);
    expect((await clients.politician.ok(BOARD, { m: '0180' })).questionBoard).toMatchObject({
      canRaise: false,
      answersFor: ['POLITICIANS'],
    });
    for (const who of ['coach', 'municipalityAdmin', 'otherAdministration', 'otherPolitician'] as const)
      expect(errorCode(await clients[who].gql(BOARD, { m: '0180' }))).toBe('NOT_FOUND');
  });
});

describe('permissions, every role', () => {
  const { readers, noWriter: noReader, administration } = dialogueTables;
  const raisers: Record<Who, Outcome> = {
    ...noReader,
    coach: 'FORBIDDEN',
    otherAdministration: 'FORBIDDEN',
    municipalityAdmin: 'FORBIDDEN',
    otherPolitician: 'FORBIDDEN',
    teacher: 'ok',
  };
  const supporters: Record<Who, Outcome> = { ...noReader, teacher: 'ok', principal: 'ok', otherPrincipal: 'ok' };
  const editors: Record<Who, Outcome> = { ...noReader, teacher: 'ok' };
  const politicians: Record<Who, Outcome> = { ...noReader, politician: 'ok' };

  const byCastTeacher = () => seeded({ askerId: people.teacher._id, askerName: people.teacher.name });
  const cases: Array<RoleCase<Who>> = [
    {
      name: 'question',
      setup: async () => ({ query: QUESTION, variables: { id: (await seeded()).id } }),
      expect: readers,
    },
    {
      name: 'question (answered)',
      setup: async () => ({ query: QUESTION, variables: { id: (await seeded({ state: 'answered' })).id } }),
      expect: readers,
    },
    { name: 'raiseQuestion', setup: async () => ({ query: RAISE, variables: raiseInput() }), expect: raisers },
    {
      name: 'supportQuestion',
      setup: async () => ({ query: SUPPORT, variables: { id: (await seeded()).id } }),
      expect: supporters,
    },
    {
      name: 'withdrawQuestionSupport',
      setup: async () => ({ query: WITHDRAW, variables: { id: (await seeded()).id } }),
      expect: supporters,
    },
    {
      name: 'editQuestion (the cast teacher asked it)',
      setup: async () => {
        const q = await byCastTeacher();
        return { query: EDIT, variables: { i: { id: q.id, expectedVersion: 1, title: 'Ny', text: 'Ny text' } } };
      },
      expect: editors,
    },
    {
      name: 'prepareQuestionAnswer (to the administration)',
      setup: async () => ({ query: PREPARE, variables: { id: (await seeded()).id, v: 1 } }),
      expect: administration,
    },
    {
      name: 'answerQuestion (to the administration)',
      setup: async () => ({
        query: ANSWER,
        variables: { i: { id: (await seeded()).id, expectedVersion: 1, text: 'Svar' } },
      }),
      expect: administration,
    },
    {
      name: 'answerQuestion (to the politicians)',
      setup: async () => ({
        query: ANSWER,
        variables: { i: { id: (await seeded({ addressee: 'politicians' })).id, expectedVersion: 1, text: 'Svar' } },
      }),
      expect: politicians,
    },
  ];

  itAsEachMember(cases, WHO, () => clients);

  it("another municipality's question answers exactly as an unknown id", async () => {
    const q = await seeded();
    const unknown = new mongoose.Types.ObjectId().toHexString();
    for (const [query, vars] of [
      [QUESTION, (id: string) => ({ id })],
      [SUPPORT, (id: string) => ({ id })],
      [PREPARE, (id: string) => ({ id, v: 1 })],
      [ANSWER, (id: string) => ({ i: { id, expectedVersion: 1, text: 'Svar' } })],
      [EDIT, (id: string) => ({ i: { id, expectedVersion: 1, title: 'T', text: 'T' } })],
    ] as const) {
      for (const who of ['otherAdministration', 'otherPolitician'] as const)
        await expectAnsweredAsUnknown(clients[who], query, vars, q.id, unknown);
    }
    // Nor does it show in their lists.
    expect((await clients.otherAdministration.ok(TO_ANSWER)).questionsToAnswer).toEqual([]);
  });
});

describe('supports', () => {
  it('20 clicks at once by one teacher count once; 12 teachers at once count 12', async () => {
    const q = await seeded();
    const clicks = await Promise.all(Array.from({ length: 20 }, () => clients.teacher.gql(SUPPORT, { id: q.id })));
    expect(clicks.filter((b) => b.errors).map((b) => b.errors)).toEqual([]);
    expect((await clients.teacher.ok(QUESTION, { id: q.id })).question.supportCount).toBe(1);

    const unit = await makeSchoolUnit(sthlm, '33333333', 'Skola C');
    const teachers = await signInTeachers(server.url, unit, 12, 's', 'questions.test');
    const all = await Promise.all(
      teachers.flatMap((t) => [t.gql(SUPPORT, { id: q.id }), t.gql(SUPPORT, { id: q.id })]),
    );
    expect(all.filter((b) => b.errors)).toEqual([]);
    expect((await clients.teacher.ok(QUESTION, { id: q.id })).question.supportCount).toBe(13);
    // Withdrawing twice at once leaves one support fewer, not two.
    await Promise.all([teachers[0]!.gql(WITHDRAW, { id: q.id }), teachers[0]!.gql(WITHDRAW, { id: q.id })]);
    expect((await clients.teacher.ok(QUESTION, { id: q.id })).question.supportCount).toBe(12);
  }, 60_000);

  it('the asker does not support their own question', async () => {
    const q = await seeded({ askerId: people.teacher._id, askerName: people.teacher.name });
    expect(errorCode(await clients.teacher.gql(SUPPORT, { id: q.id }))).toBe('FORBIDDEN');
  });
});

describe('limits', () => {
  const fieldOf = (body: any) => body.errors?.[0]?.extensions?.fields?.[0];

  it('title and text just under their limits are taken, just over refused on their field in both languages', async () => {
    const writer = await signedIn(
      server.url,
      (await makePerson('limits@questions.test', [{ organisation: sthlm, role: 'teacher' }])).email,
    );
    const ok = (await writer.ok(RAISE, raiseInput({ title: 'å'.repeat(200), text: 'ä'.repeat(4000) }))).raiseQuestion;
    expect(ok.title).toHaveLength(200);
    const longTitle = await writer.gql(RAISE, raiseInput({ title: 'å'.repeat(201) }));
    expect(errorCode(longTitle)).toBe('BAD_USER_INPUT');
    expect(fieldOf(longTitle).field).toBe('input.title');
    expect(fieldOf(longTitle).message.sv).toBeTruthy();
    expect(fieldOf(longTitle).message.en).toBeTruthy();
    const longText = await writer.gql(RAISE, raiseInput({ text: 'ä'.repeat(4001) }));
    expect(fieldOf(longText).field).toBe('input.text');
    const empty = await writer.gql(RAISE, raiseInput({ title: '   ' }));
    expect(fieldOf(empty).field).toBe('input.title');

    const q = await seeded();
    expect(
      (await clients.administration.ok(ANSWER, { i: { id: q.id, expectedVersion: 1, text: 'ö'.repeat(8000) } }))
        .answerQuestion.state,
    ).toBe('ANSWERED');
    const longAnswer = await clients.administration.gql(ANSWER, {
      i: { id: q.id, expectedVersion: 2, text: 'ö'.repeat(8001) },
    });
    expect(fieldOf(longAnswer).field).toBe('input.text');
  });

  it('emoji are fine, and operators are stored as text, never run', async () => {
    const writer = await signedIn(
      server.url,
      (await makePerson('emoji@questions.test', [{ organisation: sthlm, role: 'teacher' }])).email,
    );
    const q = (await writer.ok(RAISE, raiseInput({ title: 'Rastvakter 🙂👩‍🏫', text: '{"$gt": ""}' }))).raiseQuestion;
    expect(q.title).toBe('Rastvakter 🙂👩‍🏫');
    expect(q.text).toBe('{"$gt": ""}');
    expect(errorCode(await writer.gql(QUESTION, { id: '{"$ne": null}' }))).toBe('NOT_FOUND');
    const operatorCode = await writer.gql(RAISE, raiseInput({ municipalityCode: { $ne: null } }));
    expect(errorCode(operatorCode)).toBe('BAD_USER_INPUT');
  });

  it('a person raises at most 5 questions a day; the sixth is refused with a clear reason in both languages', async () => {
    const writer = await signedIn(
      server.url,
      (await makePerson('cap@questions.test', [{ organisation: sthlm, role: 'teacher' }])).email,
    );
    for (let i = 0; i < 5; i++) await writer.ok(RAISE, raiseInput({ title: `Fråga ${i + 1}` }));
    const sixth = await writer.gql(RAISE, raiseInput({ title: 'Fråga 6' }));
    expect(errorCode(sixth)).toBe('BAD_USER_INPUT');
    expect(fieldOf(sixth).field).toBe('input');
    expect(fieldOf(sixth).message.sv).toMatch(/högst 5 frågor per dygn/);
    expect(fieldOf(sixth).message.en).toMatch(/at most 5 questions a day/);
  });
});

describe('notices of the answer', () => {
  it('reach the asker and the supporters, once, and nobody else', async () => {
    const q = (await asker.ok(RAISE, raiseInput({ addressee: 'POLITICIANS', title: 'Till skolborgarrådet' })))
      .raiseQuestion;
    await clients.teacher.ok(SUPPORT, { id: q.id });
    await clients.otherPrincipal.ok(SUPPORT, { id: q.id });
    await clients.principal.ok(SUPPORT, { id: q.id });
    await clients.principal.ok(WITHDRAW, { id: q.id });
    const answered = (await clients.politician.ok(ANSWER, { i: { id: q.id, expectedVersion: 1, text: 'Svar.' } }))
      .answerQuestion;
    await clients.politician.ok(ANSWER, { i: { id: q.id, expectedVersion: answered.version, text: 'Bättre svar.' } });

    const noticesOf = async (c: ApiClient) =>
      (await c.ok(INBOX)).notificationInbox.notifications.filter((n: any) => n.question?.id === q.id);
    for (const c of [asker, clients.teacher, clients.otherPrincipal]) {
      const notices = await noticesOf(c);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({
        kind: 'ANSWER',
        comment: null,
        question: {
          title: 'Till skolborgarrådet',
          state: 'ANSWERED',
          answer: { answererName: people.politician.name },
        },
      });
    }
    for (const c of [clients.principal, clients.politician, clients.administration])
      expect(await noticesOf(c)).toEqual([]);
  });
});
