/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import WebSocket from 'ws';
import type { TestServer } from '../support/server.js';
import { ApiClient, errorCode, makeMunicipality, makePerson, makeSchoolUnit, signedIn } from '../support/api.js';
import type { Outcome } from '../support/roles.js';
import { outcomeOf as outcome } from '../support/role-tables.js';
import { startPlaying } from '../support/dialogue.js';
import {
  ANSWER,
  ASK,
  at,
  CHAT_WHO as WHO,
  chatStage,
  EVENTS,
  HOUR,
  otherMunicipalityChat,
  PICK,
  SCHEDULE,
  scheduleChat,
  seedChatQuestion,
  watchChat,
  type ChatWho as Who,
} from '../support/chats.js';
import { collect, eventually, socketClient } from '../support/subscriptions.js';
import { ChatQuestionModel } from '../../server/src/modules/chats/chat.model.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import type { PersonDoc } from '../../server/src/modules/people/index.js';

// Chats: who may do what (every role, another municipality's chats as unknown ids, over HTTP and
// over the socket), the lifecycle by time, the term's commitment, the limits, the socket's guards.

const CHAT_FIELDS = `id title state hostRole hostName lastSeq canAsk canModerate canAnswer
  questions { id text mine pickedAt answer authorName }`;
const CHAT = `query($id: ID!) { chat(id: $id) { ${CHAT_FIELDS} } }`;
const BOARD = `query($m: String!) { chatBoard(municipalityCode: $m) { canSchedule chats { id state }
  commitment { term required kept commissioner { held planned } directors { held planned } } } }`;

let sthlm: OrganisationDoc;
let unitOf: OrganisationDoc;
let orebro: OrganisationDoc;
let server: TestServer;
let clients: Record<Who, ApiClient>;
let people: Record<Exclude<Who, 'anonymous'>, PersonDoc>;
let liveChat: string;
let endedChat: string;
let otherChat: string;

/** A chat of Stockholm with the politician as its host, live for the coming hour unless `over` says otherwise. */
const schedule = async (by: ApiClient, over: Record<string, unknown> = {}) =>
  (
    await scheduleChat(by, {
      municipalityCode: sthlm.code,
      hostPersonId: people.politician._id.toHexString(),
      startsAt: at(-60_000),
      endsAt: at(HOUR),
      ...over,
    })
  ).id;

/** A question of the cast's teacher written straight to the database, so the tables stay under the posting rate. */
const questionIn = (chatId: string, options: { picked?: boolean } = {}) =>
  seedChatQuestion(chatId, sthlm.code, people.teacher, options);

beforeAll(async () => {
  ({
    server,
    municipality: sthlm,
    unit: unitOf,
    otherMunicipality: orebro,
    clients,
    people,
  } = await startPlaying(WHO, chatStage));
  liveChat = await schedule(clients.administration);
  endedChat = await schedule(clients.administration, { startsAt: at(-3 * HOUR), endsAt: at(-2 * HOUR) });
  const times = { startsAt: at(-60_000), endsAt: at(HOUR) };
  otherChat = (await otherMunicipalityChat({ otherMunicipality: orebro, clients, people }, times)).id;
  // One stored change on the live chat, for the subscriptions to replay.
  await clients.teacher.ok(ASK, { i: { chatId: liveChat, text: 'Första frågan' } });
  const [first] = (await clients.administration.ok(CHAT, { id: liveChat })).chat.questions;
  await clients.administration.ok(PICK, { id: first.id });
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('who may do what', () => {
  const reads: Record<Who, Outcome> = {
    anonymous: 'NOT_FOUND',
    politician: 'ok',
    administration: 'ok',
    principal: 'ok',
    teacher: 'ok',
    coach: 'NOT_FOUND',
    admin: 'ok',
    municipalityAdmin: 'NOT_FOUND',
    otherAdministration: 'NOT_FOUND',
  };

  it.each(WHO)('%s reads the board and a chat as the table says', async (who) => {
    expect(outcome(await clients[who].gql(BOARD, { m: sthlm.code }))).toBe(reads[who]);
    expect(outcome(await clients[who].gql(CHAT, { id: liveChat }))).toBe(reads[who]);
  });

  it('the administration chooses the host among the municipality’s politicians and administration; nobody else sees the list', async () => {
    const query = `query($m: String!) { chatBoard(municipalityCode: $m) { hostCandidates { id name } } }`;
    const hosts = (await clients.administration.ok(query, { m: sthlm.code })).chatBoard.hostCandidates;
    expect(hosts.map((h: any) => h.id).sort()).toEqual(
      [people.politician._id.toHexString(), people.administration._id.toHexString()].sort(),
    );
    for (const who of ['politician', 'teacher', 'admin'] as const)
      expect((await clients[who].ok(query, { m: sthlm.code })).chatBoard.hostCandidates).toEqual([]);
  });

  it('another municipality’s chat answers exactly as an unknown id', async () => {
    const hidden = await clients.administration.gql(CHAT, { id: otherChat });
    const unknown = await clients.administration.gql(CHAT, { id: new mongoose.Types.ObjectId().toHexString() });
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(hidden).toEqual(unknown);
    const board = await clients.administration.gql(BOARD, { m: orebro.code });
    const noBoard = await clients.administration.gql(BOARD, { m: '9999' });
    expect(errorCode(board)).toBe('NOT_FOUND');
    expect(board.errors![0]!.extensions).toEqual(noBoard.errors![0]!.extensions);
  });

  it.each(WHO)('%s schedules a chat as the table says', async (who) => {
    const expected: Record<Who, Outcome> = {
      anonymous: 'UNAUTHENTICATED',
      politician: 'FORBIDDEN',
      administration: 'ok',
      principal: 'FORBIDDEN',
      teacher: 'FORBIDDEN',
      coach: 'FORBIDDEN',
      admin: 'FORBIDDEN',
      municipalityAdmin: 'FORBIDDEN',
      otherAdministration: 'FORBIDDEN',
    };
    const body = await clients[who].gql(SCHEDULE, {
      i: {
        municipalityCode: sthlm.code,
        title: 'Chatt med utbildningsdirektören',
        hostRole: 'EDUCATION_DIRECTOR',
        hostPersonId: people.administration._id.toHexString(),
        startsAt: at(2 * HOUR),
        endsAt: at(3 * HOUR),
      },
    });
    expect(outcome(body)).toBe(expected[who]);
  });

  it.each(WHO)('%s posts a question in a live chat as the table says', async (who) => {
    const expected: Record<Who, Outcome> = {
      anonymous: 'UNAUTHENTICATED',
      politician: 'FORBIDDEN',
      administration: 'FORBIDDEN',
      principal: 'FORBIDDEN',
      teacher: 'ok',
      coach: 'NOT_FOUND',
      admin: 'FORBIDDEN',
      municipalityAdmin: 'NOT_FOUND',
      otherAdministration: 'NOT_FOUND',
    };
    expect(outcome(await clients[who].gql(ASK, { i: { chatId: liveChat, text: `Fråga från ${who}` } }))).toBe(
      expected[who],
    );
  });

  it.each(WHO)(
    '%s picks a question as the table says (an unpicked one is hidden from all but its author and the moderators)',
    async (who) => {
      const expected: Record<Who, Outcome> = {
        anonymous: 'UNAUTHENTICATED',
        politician: 'NOT_FOUND',
        administration: 'ok',
        principal: 'NOT_FOUND',
        teacher: 'FORBIDDEN',
        coach: 'NOT_FOUND',
        admin: 'ok',
        municipalityAdmin: 'NOT_FOUND',
        otherAdministration: 'NOT_FOUND',
      };
      expect(outcome(await clients[who].gql(PICK, { id: await questionIn(liveChat) }))).toBe(expected[who]);
    },
  );

  it.each(WHO)('%s answers a picked question as the table says (the host only)', async (who) => {
    const expected: Record<Who, Outcome> = {
      anonymous: 'UNAUTHENTICATED',
      politician: 'ok',
      administration: 'FORBIDDEN',
      principal: 'FORBIDDEN',
      teacher: 'FORBIDDEN',
      coach: 'NOT_FOUND',
      admin: 'FORBIDDEN',
      municipalityAdmin: 'NOT_FOUND',
      otherAdministration: 'NOT_FOUND',
    };
    const id = await questionIn(liveChat, { picked: true });
    expect(outcome(await clients[who].gql(ANSWER, { i: { questionId: id, answer: 'Ett svar' } }))).toBe(expected[who]);
  });

  it('an unpicked question is seen by its author and the moderators only; a picked one by every reader', async () => {
    const unpicked = await questionIn(liveChat);
    const picked = await questionIn(liveChat, { picked: true });
    const sees: Record<'politician' | 'administration' | 'principal' | 'teacher' | 'admin', boolean> = {
      politician: false,
      administration: true,
      principal: false,
      teacher: true,
      admin: true,
    };
    for (const [who, seesUnpicked] of Object.entries(sees) as Array<[keyof typeof sees, boolean]>) {
      const ids = (await clients[who].ok(CHAT, { id: liveChat })).chat.questions.map((q: any) => q.id);
      expect(ids.includes(unpicked), who).toBe(seesUnpicked);
      expect(ids.includes(picked), who).toBe(true);
    }
    const mine = (await clients.teacher.ok(CHAT, { id: liveChat })).chat.questions.find((q: any) => q.id === unpicked);
    expect(mine.mine).toBe(true);
  });

  it.each(WHO)('%s subscribes to a chat’s changes as the table says', async (who) => {
    const expected: Record<Who, Outcome> = { ...reads, anonymous: 'UNAUTHENTICATED' };
    await watchChat<any>(clients[who], liveChat, 0, async (received) => {
      await eventually(() => received.data.length > 0 || received.errors.length > 0, 'an answer to the subscription');
      const got: Outcome = received.errors.length ? (received.errors[0]![0]!.extensions.code as Outcome) : 'ok';
      expect(got).toBe(expected[who]);
      if (got === 'ok') expect(received.data[0].chatEvents.kind).toBe('ASKED');
    });
  });

  it('a subscription to another municipality’s chat is refused as one to an unknown id', async () => {
    const answers = [];
    for (const id of [otherChat, new mongoose.Types.ObjectId().toHexString()]) {
      const socket = socketClient(clients.administration);
      const received = collect<any>(socket, EVENTS, { c: id });
      await eventually(() => received.errors.length > 0, 'the refusal');
      answers.push(received.errors[0]!.map((e) => ({ message: e.message, extensions: e.extensions })));
      received.stop();
      await socket.dispose();
    }
    expect(answers[0]![0]!.extensions.code).toBe('NOT_FOUND');
    expect(answers[0]).toEqual(answers[1]);
  });
});

describe('a chat’s life: scheduled, live, ended by its times', () => {
  it('questions are posted and picked before the start, answered while live, and the transcript stays', async () => {
    // A teacher of their own, so the tables' questions do not count towards this one's posting rate.
    await makePerson('chattlivet@example.se', [{ organisation: unitOf, role: 'teacher' }], 'Chatt Livet');
    const teacher = await signedIn(server.url, 'chattlivet@example.se');
    const id = await schedule(clients.administration, { startsAt: at(1_500), endsAt: at(9_500) });
    const state = async () => (await teacher.ok(CHAT, { id })).chat.state as string;
    expect(await state()).toBe('SCHEDULED');
    const { askInChat } = await teacher.ok(ASK, { i: { chatId: id, text: 'Före start 🙂' } });
    await teacher.ok(ASK, { i: { chatId: id, text: 'Aldrig vald' } });
    await clients.administration.ok(PICK, { id: askInChat.id });
    expect(errorCode(await clients.politician.gql(ANSWER, { i: { questionId: askInChat.id, answer: 'Tidigt' } }))).toBe(
      'FORBIDDEN',
    );
    // A question is picked once.
    expect(errorCode(await clients.administration.gql(PICK, { id: askInChat.id }))).toBe('CONFLICT');

    let current = await state();
    for (const until = Date.now() + 20_000; current === 'SCHEDULED' && Date.now() < until; current = await state())
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect(current).toBe('LIVE');
    expect((await clients.politician.ok(CHAT, { id })).chat.canAnswer).toBe(true);
    await clients.politician.ok(ANSWER, { i: { questionId: askInChat.id, answer: 'Under chatten' } });
    expect(errorCode(await clients.politician.gql(ANSWER, { i: { questionId: askInChat.id, answer: 'Igen' } }))).toBe(
      'CONFLICT',
    );

    for (const until = Date.now() + 30_000; current !== 'ENDED' && Date.now() < until; current = await state())
      await new Promise((resolve) => setTimeout(resolve, 200));
    expect(current).toBe('ENDED');
    expect(errorCode(await teacher.gql(ASK, { i: { chatId: id, text: 'För sent' } }))).toBe('FORBIDDEN');
    const transcript = (await clients.principal.ok(CHAT, { id })).chat;
    expect(transcript.canAsk).toBe(false);
    expect(transcript.questions.map((q: any) => [q.text, q.answer])).toEqual([['Före start 🙂', 'Under chatten']]);
    // The unpicked question stays, for its author and the moderators.
    const own = (await teacher.ok(CHAT, { id })).chat.questions.map((q: any) => q.text);
    expect(own).toEqual(['Före start 🙂', 'Aldrig vald']);
  }, 60_000);

  it('an ended chat takes no pick and no answer', async () => {
    const q = await questionIn(endedChat);
    expect(errorCode(await clients.administration.gql(PICK, { id: q }))).toBe('FORBIDDEN');
    const picked = await questionIn(endedChat, { picked: true });
    expect(errorCode(await clients.politician.gql(ANSWER, { i: { questionId: picked, answer: 'Sent' } }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('this term’s commitment', () => {
  it('is kept with two held chats with the commissioner and two with the directors', async () => {
    const code = '0181';
    const municipality = await makeMunicipality(code, 'Sollentuna');
    await makePerson('chattadm@example.se', [{ organisation: municipality, role: 'administration' }], 'Chatt Adm');
    const adm = await signedIn(server.url, 'chattadm@example.se');
    const admId = (await adm.ok('{ me { id } }')).me.id as string;
    const add = (hostRole: string, startsAt: string, endsAt: string) =>
      adm.ok(SCHEDULE, {
        i: { municipalityCode: code, title: 'Chatt', hostRole, hostPersonId: admId, startsAt, endsAt },
      });
    const commitment = async () => (await adm.ok(BOARD, { m: code })).chatBoard.commitment;
    const empty = await commitment();
    expect(empty).toMatchObject({ required: 2, kept: false, commissioner: { held: 0, planned: 0 } });
    expect(empty.term).toMatch(/^(VT|HT) \d{4}$/);
    // Held a few minutes ago, so they fall in this term.
    await add('SCHOOL_COMMISSIONER', at(-20 * 60_000), at(-15 * 60_000));
    await add('SCHOOL_COMMISSIONER', at(-14 * 60_000), at(-10 * 60_000));
    await add('EDUCATION_DIRECTOR', at(-9 * 60_000), at(-8 * 60_000));
    await add('UPPER_SECONDARY_DIRECTOR', at(-60_000), at(HOUR));
    expect(await commitment()).toMatchObject({
      kept: false,
      commissioner: { held: 2, planned: 0 },
      directors: { held: 1, planned: 1 },
    });
    await add('COMPULSORY_DIRECTOR', at(-7 * 60_000), at(-6 * 60_000));
    expect(await commitment()).toMatchObject({ kept: true, directors: { held: 2, planned: 1 } });
  });
});

describe('limits', () => {
  let asker: ApiClient;
  beforeAll(async () => {
    const unit = await makeSchoolUnit(sthlm, '0180-02');
    await makePerson('chatlarare@example.se', [{ organisation: unit, role: 'teacher' }], 'Chatt Lärare');
    asker = await signedIn(server.url, 'chatlarare@example.se');
  });

  it('a question of 1,000 characters is taken (emoji count as one), one of 1,001 is refused on its field', async () => {
    expect(outcome(await asker.gql(ASK, { i: { chatId: liveChat, text: '🙂'.repeat(1000) } }))).toBe('ok');
    const long = await asker.gql(ASK, { i: { chatId: liveChat, text: 'a'.repeat(1001) } });
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0]!.extensions.fields![0]!.field).toBe('input.text');
    expect(errorCode(await asker.gql(ASK, { i: { chatId: liveChat, text: '   ' } }))).toBe('BAD_USER_INPUT');
  });

  it('five questions a minute are taken, the sixth is refused and nothing is written', async () => {
    // One taken above; four more reach the limit.
    for (let i = 2; i <= 5; i++)
      expect(outcome(await asker.gql(ASK, { i: { chatId: liveChat, text: `Fråga ${i}` } }))).toBe('ok');
    const before = await ChatQuestionModel.countDocuments({});
    const sixth = await asker.gql(ASK, { i: { chatId: liveChat, text: 'Fråga 6' } });
    expect(errorCode(sixth)).toBe('FORBIDDEN');
    expect(sixth.errors![0]!.extensions.reason).toBe('RATE_LIMITED');
    expect(await ChatQuestionModel.countDocuments({})).toBe(before);
  });

  it('a title of 200 characters is taken, 201 refused; the end must follow the start within eight hours', async () => {
    const start = Date.now() + HOUR;
    const moment = (ms: number) => new Date(start + ms).toISOString();
    const base = {
      municipalityCode: sthlm.code,
      hostRole: 'SCHOOL_COMMISSIONER',
      hostPersonId: people.politician._id.toHexString(),
      startsAt: moment(0),
      endsAt: moment(HOUR),
    };
    expect(outcome(await clients.administration.gql(SCHEDULE, { i: { ...base, title: 'T'.repeat(200) } }))).toBe('ok');
    const long = await clients.administration.gql(SCHEDULE, { i: { ...base, title: 'T'.repeat(201) } });
    expect(long.errors![0]!.extensions.fields![0]!.field).toBe('input.title');
    const backwards = await clients.administration.gql(SCHEDULE, { i: { ...base, title: 'T', endsAt: moment(-1000) } });
    expect(backwards.errors![0]!.extensions.fields![0]!.field).toBe('input.endsAt');
    const long9h = await clients.administration.gql(SCHEDULE, {
      i: { ...base, title: 'T', endsAt: moment(8 * HOUR + 1000) },
    });
    expect(errorCode(long9h)).toBe('BAD_USER_INPUT');
  });

  it('the host must read the municipality', async () => {
    const body = await clients.administration.gql(SCHEDULE, {
      i: {
        municipalityCode: sthlm.code,
        title: 'Chatt',
        hostRole: 'SCHOOL_COMMISSIONER',
        hostPersonId: people.otherAdministration._id.toHexString(),
        startsAt: at(HOUR),
        endsAt: at(2 * HOUR),
      },
    });
    expect(body.errors![0]!.extensions.fields![0]!.field).toBe('input.hostPersonId');
  });
});

describe('the socket', () => {
  const upgrade = (headers: Record<string, string>) =>
    new Promise<number>((resolve) => {
      const ws = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { headers });
      ws.on('open', () => {
        ws.close();
        resolve(101);
      });
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('error', () => resolve(0));
    });
  const cookieOf = (c: ApiClient) => [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  it('takes an upgrade only from a page of its own origin', async () => {
    const own = new URL(server.url).origin;
    expect(await upgrade({ origin: own, cookie: cookieOf(clients.teacher) })).toBe(101);
    expect(await upgrade({ origin: 'http://evil.example', cookie: cookieOf(clients.teacher) })).toBe(403);
    expect(await upgrade({ origin: own.replace('127.0.0.1', 'localhost'), cookie: cookieOf(clients.teacher) })).toBe(
      403,
    );
    expect(await upgrade({ cookie: cookieOf(clients.teacher) })).toBe(403);
  });

  it('an unauthenticated subscribe is refused with UNAUTHENTICATED', async () => {
    const socket = socketClient(clients.anonymous);
    const received = collect<any>(socket, EVENTS, { c: liveChat });
    await eventually(() => received.errors.length > 0, 'the refusal');
    expect(received.errors[0]![0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(received.data).toEqual([]);
    await socket.dispose();
  });

  it('applies the operation limits to subscription documents and takes only subscriptions', async () => {
    const socket = socketClient(clients.teacher);
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: seq`).join(' ');
    const tooMany = collect<any>(socket, `subscription($c: ID!) { chatEvents(chatId: $c) { ${aliases} } }`, {
      c: liveChat,
    });
    const query = collect<any>(socket, `query { health { ok } }`, {});
    await eventually(() => tooMany.errors.length > 0 && query.errors.length > 0, 'the refusals');
    expect(tooMany.errors[0]![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(tooMany.errors[0]![0]!.extensions.messages!.en).toBe('The query has too many aliases (at most 20).');
    expect(query.errors[0]![0]!.extensions.code).toBe('BAD_REQUEST');
    await socket.dispose();
  });

  it('holds at most ten subscriptions on one connection', async () => {
    const socket = socketClient(clients.teacher);
    const subs = Array.from({ length: 11 }, () => collect<any>(socket, EVENTS, { c: liveChat }));
    await eventually(
      () => subs.filter((s) => s.errors.length > 0).length === 1 && subs.filter((s) => s.data.length > 0).length === 10,
      'one refusal and ten replays',
    );
    const refused = subs.find((s) => s.errors.length > 0)!;
    expect(refused.errors[0]![0]!.extensions.code).toBe('BAD_REQUEST');
    expect(subs.filter((s) => s.data.length > 0).length).toBe(10);
    await socket.dispose();
  });

  it('closes a connection whose message is over 64 KiB', async () => {
    const closed = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
        headers: { origin: new URL(server.url).origin },
      });
      ws.on('open', () => ws.send('x'.repeat(65 * 1024)));
      ws.on('close', (code) => resolve(code));
    });
    expect(closed).toBe(1009);
  });
});
