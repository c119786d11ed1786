/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
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
  HOUR,
  otherMunicipalityChat,
  PICK,
  SCHEDULE,
  sameSessionOn,
  scheduleChat,
  seedChatQuestion,
  watchChat,
  type ChatWho as Who,
  type ScheduledChat,
} from '../support/chats.js';
import { startSecondProcess, type ApiProcess } from '../support/processes.js';
import { eventually } from '../support/subscriptions.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import { NotificationModel } from '../../server/src/modules/notifications/notification.model.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import type { PersonDoc } from '../../server/src/modules/people/index.js';

// Rescheduling and cancelling chats: who may (every role; another municipality's chat as an
// unknown id), the rules on times, the version seen, what a cancellation stops and what it keeps,
// the term's commitment, the audit log, the notices to those who asked, and the change reaching
// subscribers on another process.

const CHAT = `query($id: ID!) { chat(id: $id) { id title state version hostName hostRole hostPersonId startsAt endsAt
  cancelledAt cancelReason canChange canAsk canModerate canAnswer questions { id text answer } } }`;
const RESCHEDULE = `mutation($i: RescheduleChatInput!) { rescheduleChat(input: $i) {
  id title state version hostName hostRole startsAt endsAt } }`;
const CANCEL = `mutation($i: CancelChatInput!) { cancelChat(input: $i) { id state version cancelledAt cancelReason } }`;
const BOARD = `query($m: String!) { chatBoard(municipalityCode: $m) { chats { id state cancelReason }
  commitment { kept commissioner { held planned cancelled } directors { held planned cancelled } } } }`;

let server: TestServer;
let sthlm: OrganisationDoc;
let orebro: OrganisationDoc;
let clients: Record<Who, ApiClient>;
let people: Record<Exclude<Who, 'anonymous'>, PersonDoc>;
let otherChat: string;

const fieldsOf = (body: any): string[] => (body.errors?.[0]?.extensions?.fields ?? []).map((f: any) => f.field);

/** A chat of Stockholm, scheduled by its administration; coming in an hour unless told otherwise. */
const schedule = (over: Record<string, unknown> = {}): Promise<ScheduledChat> =>
  scheduleChat(clients.administration, {
    municipalityCode: sthlm.code,
    hostPersonId: people.politician._id.toHexString(),
    ...over,
  });

/** The reschedule input for a chat: its current fields with some changed. */
async function changeOf(id: string, over: Record<string, unknown> = {}) {
  const { chat } = await clients.administration.ok(CHAT, { id });
  return {
    i: {
      id,
      expectedVersion: chat.version,
      title: chat.title,
      hostRole: chat.hostRole,
      hostPersonId: chat.hostPersonId,
      startsAt: chat.startsAt,
      endsAt: chat.endsAt,
      ...over,
    },
  };
}

/** A question of the cast's teacher written straight to the database (the test-only door), so no posting rate counts. */
const questionIn = (chatId: string, picked = false) =>
  seedChatQuestion(chatId, sthlm.code, people.teacher, { text: 'Vad händer med lärarnas planeringstid? 🙂', picked });

beforeAll(async () => {
  ({ server, municipality: sthlm, otherMunicipality: orebro, clients, people } = await startPlaying(WHO, chatStage));
  otherChat = (await otherMunicipalityChat({ otherMunicipality: orebro, clients, people })).id;
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('who may reschedule and cancel', () => {
  const expected: Record<Who, Outcome> = {
    anonymous: 'UNAUTHENTICATED',
    politician: 'FORBIDDEN',
    administration: 'ok',
    principal: 'FORBIDDEN',
    teacher: 'FORBIDDEN',
    coach: 'NOT_FOUND',
    admin: 'FORBIDDEN',
    municipalityAdmin: 'NOT_FOUND',
    otherAdministration: 'NOT_FOUND',
  };

  it.each(WHO)('%s reschedules a chat as the table says', async (who) => {
    const { id } = await schedule();
    const input = await changeOf(id, { title: `Flyttad av ${who}`, startsAt: at(3 * HOUR), endsAt: at(4 * HOUR) });
    expect(outcome(await clients[who].gql(RESCHEDULE, input))).toBe(expected[who]);
    const { chat } = await clients.administration.ok(CHAT, { id });
    expect(chat.title === `Flyttad av ${who}`).toBe(expected[who] === 'ok');
  });

  it.each(WHO)('%s cancels a chat as the table says', async (who) => {
    const { id, version } = await schedule();
    const body = await clients[who].gql(CANCEL, { i: { id, expectedVersion: version, reason: 'Sjukdom' } });
    expect(outcome(body)).toBe(expected[who]);
    const { chat } = await clients.administration.ok(CHAT, { id });
    expect(chat.state).toBe(expected[who] === 'ok' ? 'CANCELLED' : 'SCHEDULED');
  });

  it('canChange is true for the administration only, and not once the chat is over', async () => {
    const { id } = await schedule();
    for (const who of ['politician', 'principal', 'teacher', 'admin'] as const)
      expect((await clients[who].ok(CHAT, { id })).chat.canChange, who).toBe(false);
    expect((await clients.administration.ok(CHAT, { id })).chat.canChange).toBe(true);
    const ended = await schedule({ startsAt: at(-3 * HOUR), endsAt: at(-2 * HOUR) });
    expect((await clients.administration.ok(CHAT, { id: ended.id })).chat.canChange).toBe(false);
  });

  it('another municipality’s chat answers exactly as an unknown id, for rescheduling and cancelling', async () => {
    const unknown = new mongoose.Types.ObjectId().toHexString();
    const input = (id: string) => ({
      i: {
        id,
        expectedVersion: 1,
        title: 'Kapad',
        hostRole: 'EDUCATION_DIRECTOR',
        hostPersonId: people.administration._id.toHexString(),
        startsAt: at(3 * HOUR),
        endsAt: at(4 * HOUR),
      },
    });
    for (const who of ['administration', 'admin', 'teacher'] as const) {
      const hidden = await clients[who].gql(RESCHEDULE, input(otherChat));
      const absent = await clients[who].gql(RESCHEDULE, input(unknown));
      expect(errorCode(hidden), who).toBe(who === 'admin' ? 'FORBIDDEN' : 'NOT_FOUND');
      if (who !== 'admin') expect(hidden).toEqual(absent);
    }
    const cancelHidden = await clients.administration.gql(CANCEL, {
      i: { id: otherChat, expectedVersion: 1, reason: 'x' },
    });
    const cancelAbsent = await clients.administration.gql(CANCEL, {
      i: { id: unknown, expectedVersion: 1, reason: 'x' },
    });
    expect(errorCode(cancelHidden)).toBe('NOT_FOUND');
    expect(cancelHidden).toEqual(cancelAbsent);
    const { chat } = await clients.otherAdministration.ok(CHAT, { id: otherChat });
    expect([chat.title, chat.state]).toEqual(['Örebros chatt', 'SCHEDULED']);
  });
});

describe('rescheduling', () => {
  it('moves a coming chat, with a new host, and records the change in the audit log', async () => {
    const { id } = await schedule();
    const startsAt = at(24 * HOUR);
    const endsAt = at(26 * HOUR);
    const { rescheduleChat } = await clients.administration.ok(
      RESCHEDULE,
      await changeOf(id, {
        title: 'Chatt med utbildningsdirektören 🙂',
        hostRole: 'EDUCATION_DIRECTOR',
        hostPersonId: people.administration._id.toHexString(),
        startsAt,
        endsAt,
      }),
    );
    expect(rescheduleChat).toMatchObject({
      title: 'Chatt med utbildningsdirektören 🙂',
      hostRole: 'EDUCATION_DIRECTOR',
      hostName: 'Person administration',
      version: 2,
      state: 'SCHEDULED',
      startsAt,
      endsAt,
    });
    const audit = await AuditEventModel.find({ targetId: new mongoose.Types.ObjectId(id) })
      .sort({ at: 1 })
      .lean()
      .exec();
    expect(audit.map((a) => a.action)).toEqual(['chat.schedule', 'chat.reschedule']);
    expect((audit[1]!.before as any).title).toBe('Chatt med skolborgarrådet');
    expect((audit[1]!.after as any).title).toBe('Chatt med utbildningsdirektören 🙂');
  });

  it('refuses, with field problems in Swedish and English, an end before the start, over eight hours, a start passed, a day that does not exist', async () => {
    const { id } = await schedule();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ startsAt: at(3 * HOUR), endsAt: at(2 * HOUR) }, 'input.endsAt'],
      [{ startsAt: at(3 * HOUR), endsAt: at(3 * HOUR) }, 'input.endsAt'],
      [{ startsAt: at(3 * HOUR), endsAt: at(11 * HOUR + 1000) }, 'input.endsAt'],
      [{ startsAt: at(-60_000), endsAt: at(HOUR) }, 'input.startsAt'],
      [{ startsAt: '2030-02-30T10:00:00Z', endsAt: '2030-03-02T11:00:00Z' }, 'input.startsAt'],
      [{ startsAt: '2030-03-01T10:00:00Z', endsAt: '2030-13-01T11:00:00Z' }, 'input.endsAt'],
      [{ title: '' }, 'input.title'],
      [{ title: 'x'.repeat(201) }, 'input.title'],
      [{ hostPersonId: people.otherAdministration._id.toHexString() }, 'input.hostPersonId'],
    ];
    for (const [over, field] of cases) {
      const body = await clients.administration.gql(RESCHEDULE, await changeOf(id, over));
      expect(errorCode(body), JSON.stringify(over)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(body), JSON.stringify(over)).toEqual([field]);
      const message = (body.errors![0]!.extensions as any).fields[0].message;
      expect(message.sv.length).toBeGreaterThan(0);
      expect(message.en.length).toBeGreaterThan(0);
      expect(message.sv).not.toBe(message.en);
    }
    // Just inside: eight hours exactly.
    const start = at(3 * HOUR);
    const end = new Date(Date.parse(start) + 8 * HOUR).toISOString();
    await clients.administration.ok(RESCHEDULE, await changeOf(id, { startsAt: start, endsAt: end }));
    const { chat } = await clients.administration.ok(CHAT, { id });
    expect([chat.startsAt, chat.endsAt, chat.version]).toEqual([start, end, 2]);
  });

  it('a live chat keeps its start; its end may move later within eight hours, not into the past', async () => {
    const startsAt = at(-HOUR);
    const { id } = await schedule({ startsAt, endsAt: at(HOUR) });
    const moved = await clients.administration.gql(RESCHEDULE, await changeOf(id, { startsAt: at(-30 * 60_000) }));
    expect(fieldsOf(moved)).toEqual(['input.startsAt']);
    const past = await clients.administration.gql(RESCHEDULE, await changeOf(id, { endsAt: at(-60_000) }));
    expect(fieldsOf(past)).toEqual(['input.endsAt']);
    const tooLong = await clients.administration.gql(
      RESCHEDULE,
      await changeOf(id, { endsAt: new Date(Date.parse(startsAt) + 8 * HOUR + 1000).toISOString() }),
    );
    expect(fieldsOf(tooLong)).toEqual(['input.endsAt']);
    const longer = new Date(Date.parse(startsAt) + 8 * HOUR).toISOString();
    const { rescheduleChat } = await clients.administration.ok(RESCHEDULE, await changeOf(id, { endsAt: longer }));
    expect([rescheduleChat.state, rescheduleChat.startsAt, rescheduleChat.endsAt]).toEqual(['LIVE', startsAt, longer]);
  });

  it('an ended chat is neither rescheduled nor cancelled', async () => {
    const { id, version } = await schedule({ startsAt: at(-3 * HOUR), endsAt: at(-2 * HOUR) });
    const body = await clients.administration.gql(
      RESCHEDULE,
      await changeOf(id, { startsAt: at(HOUR), endsAt: at(2 * HOUR) }),
    );
    expect(errorCode(body)).toBe('FORBIDDEN');
    const cancel = await clients.administration.gql(CANCEL, { i: { id, expectedVersion: version, reason: 'Sent' } });
    expect(errorCode(cancel)).toBe('FORBIDDEN');
    expect((await clients.administration.ok(CHAT, { id })).chat.state).toBe('ENDED');
  });

  it('against a stale version: CONFLICT with the chat as it is now, nothing changed', async () => {
    const { id } = await schedule();
    const stale = await changeOf(id, { title: 'Min rubrik' });
    await clients.administration.ok(RESCHEDULE, await changeOf(id, { title: 'Deras rubrik' }));
    const body = await clients.administration.gql(RESCHEDULE, stale);
    expect(errorCode(body)).toBe('CONFLICT');
    const current = (body.errors![0]!.extensions as any).current;
    expect(current).toMatchObject({ id, title: 'Deras rubrik', version: 2, hostRole: 'schoolCommissioner' });
    expect((await clients.administration.ok(CHAT, { id })).chat.title).toBe('Deras rubrik');
  });

  it('two edits sent at once on the same version: one wins, the other is a CONFLICT', async () => {
    for (let round = 0; round < 3; round++) {
      const { id } = await schedule();
      const a = await changeOf(id, { title: 'A' });
      const b = await changeOf(id, { title: 'B' });
      const answers = await Promise.all([
        clients.administration.gql(RESCHEDULE, a),
        clients.administration.gql(RESCHEDULE, b),
      ]);
      const codes = answers.map((r) => outcome(r)).sort();
      expect(codes).toEqual(['CONFLICT', 'ok']);
      const winner = answers.find((r) => !r.errors)!.data as any;
      const { chat } = await clients.administration.ok(CHAT, { id });
      expect([chat.title, chat.version]).toEqual([winner.rescheduleChat.title, 2]);
    }
  });

  it('an edit and a cancellation sent at once: one wins, the other is a CONFLICT', async () => {
    const { id, version } = await schedule();
    const edit = await changeOf(id, { title: 'Ändrad' });
    const answers = await Promise.all([
      clients.administration.gql(RESCHEDULE, edit),
      clients.administration.gql(CANCEL, { i: { id, expectedVersion: version, reason: 'Krock' } }),
    ]);
    expect(answers.map((r) => outcome(r)).sort()).toEqual(['CONFLICT', 'ok']);
    expect((await clients.administration.ok(CHAT, { id })).chat.version).toBe(2);
  });
});

describe('cancelling', () => {
  it('keeps the questions for their author and the moderators, shows the reason, and refuses posting, picking and answering', async () => {
    const { id, version } = await schedule({ startsAt: at(-60_000), endsAt: at(HOUR) });
    const unpicked = await questionIn(id);
    const picked = await questionIn(id, true);
    const reason = 'Skolborgarrådet är sjuk 🤒 – vi återkommer med en ny tid.';
    const { cancelChat } = await clients.administration.ok(CANCEL, { i: { id, expectedVersion: version, reason } });
    expect(cancelChat).toMatchObject({ state: 'CANCELLED', version: 2, cancelReason: reason });
    expect(cancelChat.cancelledAt).toBeTruthy();

    const teacherSees = (await clients.teacher.ok(CHAT, { id })).chat;
    expect(teacherSees).toMatchObject({ state: 'CANCELLED', cancelReason: reason, canAsk: false });
    expect(teacherSees.questions.map((q: any) => q.id).sort()).toEqual([unpicked, picked].sort());
    const moderatorSees = (await clients.administration.ok(CHAT, { id })).chat;
    expect(moderatorSees).toMatchObject({ canModerate: false, canChange: false });
    expect(moderatorSees.questions).toHaveLength(2);
    const hostSees = (await clients.politician.ok(CHAT, { id })).chat;
    expect(hostSees.canAnswer).toBe(false);
    expect(hostSees.questions.map((q: any) => q.id)).toEqual([picked]);

    const ask = await clients.teacher.gql(ASK, { i: { chatId: id, text: 'Efter' } });
    const pick = await clients.administration.gql(PICK, { id: unpicked });
    const answer = await clients.politician.gql(ANSWER, { i: { questionId: picked, answer: 'Svar' } });
    for (const body of [ask, pick, answer]) {
      expect(errorCode(body)).toBe('FORBIDDEN');
      expect(body.errors![0]!.message).toMatch(/cancelled/);
    }
    const again = await clients.administration.gql(CANCEL, { i: { id, expectedVersion: 2, reason: 'Igen' } });
    expect(errorCode(again)).toBe('FORBIDDEN');
    const edit = await clients.administration.gql(RESCHEDULE, await changeOf(id, { endsAt: at(2 * HOUR) }));
    expect(errorCode(edit)).toBe('FORBIDDEN');

    const board = (await clients.principal.ok(BOARD, { m: sthlm.code })).chatBoard;
    expect(board.chats.find((c: any) => c.id === id)).toEqual({ id, state: 'CANCELLED', cancelReason: reason });
    const audit = await AuditEventModel.find({ targetId: new mongoose.Types.ObjectId(id), action: 'chat.cancel' })
      .lean()
      .exec();
    expect(audit).toHaveLength(1);
    expect((audit[0]!.after as any).cancelReason).toBe(reason);
  });

  it('a reason of 1,000 characters (emoji count as one) is taken, 1,001 and 1 MB refused on input.reason, an empty one too', async () => {
    const emoji = '🙂'.repeat(1000);
    const a = await schedule();
    const { cancelChat } = await clients.administration.ok(CANCEL, {
      i: { id: a.id, expectedVersion: a.version, reason: emoji },
    });
    expect(cancelChat.cancelReason).toBe(emoji);
    const b = await schedule();
    for (const reason of ['x'.repeat(1001), 'x'.repeat(1_000_000), '   ', 'med\u0000styrtecken']) {
      const body = await clients.administration.gql(CANCEL, { i: { id: b.id, expectedVersion: b.version, reason } });
      expect(errorCode(body), reason.slice(0, 20)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(body)).toEqual(['input.reason']);
    }
    expect((await clients.administration.ok(CHAT, { id: b.id })).chat.state).toBe('SCHEDULED');
  });

  it('against a stale version: CONFLICT with the chat as it is now', async () => {
    const { id, version } = await schedule();
    await clients.administration.ok(RESCHEDULE, await changeOf(id, { title: 'Flyttad' }));
    const body = await clients.administration.gql(CANCEL, { i: { id, expectedVersion: version, reason: 'Krock' } });
    expect(errorCode(body)).toBe('CONFLICT');
    expect((body.errors![0]!.extensions as any).current).toMatchObject({ title: 'Flyttad', cancelledAt: null });
  });

  it('a cancelled chat is not counted as held (nor planned) in the term’s commitment; the board says so', async () => {
    // A municipality of its own, so the other tests' chats do not count.
    const gbg = await makeMunicipality('1480', 'Göteborg');
    await makeSchoolUnit(gbg, '1480-01');
    await makePerson(
      'gbg-forvaltning@example.se',
      [{ organisation: gbg, role: 'administration' }],
      'Göteborgs förvaltning',
    );
    const politician = await makePerson(
      'gbg-politiker@example.se',
      [{ organisation: gbg, role: 'politician' }],
      'Göteborgs politiker',
    );
    const adm = await signedIn(server.url, 'gbg-forvaltning@example.se');
    const host = politician._id.toHexString();
    const add = async (startsAt: string, endsAt: string, hostRole = 'SCHOOL_COMMISSIONER') =>
      (
        await adm.ok(SCHEDULE, {
          i: { municipalityCode: gbg.code, title: 'Chatt', hostRole, hostPersonId: host, startsAt, endsAt },
        })
      ).scheduleChat as { id: string; version: number };
    // Held earlier today or this term: the test only counts what it set up, whatever today's date.
    const held = await add(at(-2 * HOUR), at(-HOUR));
    const live = await add(at(-60_000), at(HOUR));
    await add(at(-3 * HOUR), at(-2.5 * HOUR), 'EDUCATION_DIRECTOR');
    const count = async () => (await adm.ok(BOARD, { m: gbg.code })).chatBoard.commitment;
    const before = await count();
    expect(before.commissioner).toMatchObject({ cancelled: 0 });
    // Cancelling the live one: it leaves planned and is counted as cancelled, not as held.
    await adm.ok(CANCEL, { i: { id: live.id, expectedVersion: live.version, reason: 'Strejk' } });
    const after = await count();
    expect(after.commissioner).toEqual({
      held: before.commissioner.held,
      planned: before.commissioner.planned - 1,
      cancelled: 1,
    });
    // A held chat can no longer be cancelled, so it keeps counting.
    expect(errorCode(await adm.gql(CANCEL, { i: { id: held.id, expectedVersion: held.version, reason: 'x' } }))).toBe(
      'FORBIDDEN',
    );
    expect(after.directors).toEqual(before.directors);
  });
});

describe('notices to those who asked', () => {
  const INBOX = `query { notificationInbox { notifications(first: 50) { kind chatStartsAt chatEndsAt
    chat { id title cancelReason } } } }`;
  const chatNotices = async (who: Who, id: string) =>
    ((await clients[who].ok(INBOX)).notificationInbox.notifications as any[]).filter((n) => n.chat?.id === id);
  const stored = (who: Exclude<Who, 'anonymous'>) =>
    NotificationModel.countDocuments({ recipientId: people[who]._id, targetType: 'chat' }).exec();
  /** A question by someone other than the cast's teacher, written straight to the database. */
  const questionBy = (chatId: string, who: Exclude<Who, 'anonymous'>, municipalityCode = sthlm.code) =>
    seedChatQuestion(chatId, municipalityCode, people[who]);

  it('a teacher who asked is told the new time and then the reason; the administration who changed it is not, nor anyone of another municipality', async () => {
    const { id } = await schedule({ title: 'Chatt om läsning' });
    await questionIn(id);
    // The administration and a person of Örebro among the authors (straight to the database): the
    // one who changes the chat is never told, and Örebro's person cannot read Stockholm's chat.
    await questionBy(id, 'administration');
    await questionBy(id, 'otherAdministration', orebro.code);
    const storedBefore = await stored('otherAdministration');

    const moved = await changeOf(id, { startsAt: at(5 * HOUR), endsAt: at(6 * HOUR) });
    await clients.administration.ok(RESCHEDULE, moved);
    const told = await chatNotices('teacher', id);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ kind: 'CHAT_RESCHEDULED', chat: { title: 'Chatt om läsning' } });
    expect(new Date(told[0].chatStartsAt).getTime()).toBe(new Date(moved.i.startsAt).getTime());
    expect(new Date(told[0].chatEndsAt).getTime()).toBe(new Date(moved.i.endsAt).getTime());

    // A new title alone is no new time: nobody is told.
    await clients.administration.ok(RESCHEDULE, await changeOf(id, { title: 'Chatt om läsning och bibliotek' }));
    expect(await chatNotices('teacher', id)).toHaveLength(1);

    const reason = 'Värden är sjuk 🤒 – vi återkommer med en ny tid.';
    const { chat } = await clients.administration.ok(CHAT, { id });
    await clients.administration.ok(CANCEL, { i: { id, expectedVersion: chat.version, reason } });
    expect((await chatNotices('teacher', id)).map((n) => [n.kind, n.chatStartsAt, n.chat.cancelReason])).toEqual([
      ['CHAT_CANCELLED', null, reason],
      ['CHAT_RESCHEDULED', expect.any(String), reason],
    ]);

    expect(await chatNotices('administration', id)).toEqual([]);
    expect(await chatNotices('principal', id)).toEqual([]);
    const other = (await clients.otherAdministration.ok(INBOX)).notificationInbox.notifications as any[];
    expect(other.filter((n) => n.kind.startsWith('CHAT_'))).toEqual([]);
    // Not hidden when read: never written.
    expect(await stored('otherAdministration')).toBe(storedBefore);
  });

  it('a notice follows the chat’s visibility: another municipality’s chat never shows in an inbox, as if unknown', async () => {
    // Örebro's chat, with a question of Stockholm's principal (straight to the database): the
    // principal may not read Örebro, so they are not told, and nothing about it shows.
    const { chat } = await clients.otherAdministration.ok(CHAT, { id: otherChat });
    await questionBy(otherChat, 'principal', orebro.code);
    const before = await clients.principal.ok(INBOX);
    await clients.otherAdministration.ok(RESCHEDULE, {
      i: {
        id: otherChat,
        expectedVersion: chat.version,
        title: chat.title,
        hostRole: chat.hostRole,
        hostPersonId: chat.hostPersonId,
        startsAt: at(7 * HOUR),
        endsAt: at(8 * HOUR),
      },
    });
    expect(await clients.principal.ok(INBOX)).toEqual(before);
    expect(await NotificationModel.countDocuments({ targetId: new mongoose.Types.ObjectId(otherChat) }).exec()).toBe(0);
  });
});

describe('live: a change reaches subscribers on another process', () => {
  let second: ApiProcess;
  beforeAll(async () => {
    second = await startSecondProcess(server);
  }, 120_000);
  afterAll(async () => {
    await second?.stop();
  });

  it('a reschedule and a cancellation made on process B reach a teacher’s page subscribed on process A, in order', async () => {
    const { id } = await schedule();
    await questionIn(id);
    await watchChat<any>(clients.teacher, id, 0, async (received) => {
      const adminOnB = sameSessionOn(second.url, clients.administration);
      const startsAt = at(5 * HOUR);
      const endsAt = at(6 * HOUR);
      const { rescheduleChat } = await adminOnB.ok(RESCHEDULE, await changeOf(id, { startsAt, endsAt }));
      await eventually(() => received.data.length >= 1, 'the reschedule on process A');
      await adminOnB.ok(CANCEL, { i: { id, expectedVersion: rescheduleChat.version, reason: 'Inställd' } });
      await eventually(() => received.data.length >= 2, 'the cancellation on process A');
      const events = received.data.map((d) => d.chatEvents);
      expect(events.map((e: any) => [e.kind, e.question, e.chat.state])).toEqual([
        ['RESCHEDULED', null, 'SCHEDULED'],
        ['CANCELLED', null, 'CANCELLED'],
      ]);
      expect(events[0].chat).toMatchObject({ startsAt, endsAt, version: 2 });
      expect(events[1].chat).toMatchObject({ version: 3, cancelReason: 'Inställd' });
      expect(events[0].seq).toBeLessThan(events[1].seq);
      expect(received.errors).toEqual([]);
    });
  }, 60_000);

  it('an unpicked question’s event still reaches only its author and the moderators beside the chat’s changes', async () => {
    const { id } = await schedule();
    await watchChat<any>(clients.principal, id, 0, async (received) => {
      await clients.teacher.ok(ASK, { i: { chatId: id, text: 'Ingen annan ser denna ännu' } });
      await clients.administration.ok(RESCHEDULE, await changeOf(id, { title: 'Ny rubrik' }));
      await eventually(() => received.data.length >= 1, 'the reschedule');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(received.data.map((d) => d.chatEvents.kind)).toEqual(['RESCHEDULED']);
    });
  }, 60_000);
});
