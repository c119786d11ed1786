import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../support/server.js';
import { startPlaying, type Played } from '../support/dialogue.js';
import {
  ANSWER,
  ASK,
  at,
  chatStage,
  EVENTS,
  HOUR,
  PICK,
  sameSessionOn as on,
  scheduleChat,
  watchChat,
} from '../support/chats.js';
import type { Stage } from '../support/roles.js';
import { startSecondProcess, type ApiProcess } from '../support/processes.js';
import { collect, eventually, socketClient } from '../support/subscriptions.js';

// Live chats across processes: two API processes share one database (the first one's embedded
// database, reached by the second through its socket). A page subscribed on one process sees what
// is posted, picked and answered through the other; a page that reconnects with the last number
// it saw gets what it missed, each change once.

type Event = {
  chatEvents: { seq: number; kind: string; question: { id: string; text: string; answer: string | null } };
};

let first: TestServer;
let second: ApiProcess;
let people: Played<'administration' | 'teacher' | 'politician', Stage>;
let chatId: string;

beforeAll(async () => {
  people = await startPlaying(['administration', 'teacher', 'politician'] as const, chatStage);
  first = people.server;
  const chat = await scheduleChat(people.clients.administration, {
    municipalityCode: '0180',
    hostPersonId: people.people.politician._id.toHexString(),
    startsAt: at(-60_000),
    endsAt: at(HOUR),
  });
  chatId = chat.id;
  expect(chat.state).toBe('LIVE');
  second = await startSecondProcess(first);
}, 120_000);

afterAll(async () => {
  await second?.stop();
  await first?.stop();
});

describe('live chat events across two processes', () => {
  it('a page subscribed on process A sees a question posted, picked and answered through process B', async () => {
    await watchChat<Event>(people.clients.teacher, chatId, 0, async (received) => {
      const teacherOnB = on(second.url, people.clients.teacher);
      const moderatorOnB = on(second.url, people.clients.administration);
      const hostOnB = on(second.url, people.clients.politician);
      const { askInChat } = await teacherOnB.ok(ASK, { i: { chatId, text: 'Hur får vi mer tid för planering? 🙂' } });
      await eventually(() => received.data.length >= 1, 'the question on process A');
      await moderatorOnB.ok(PICK, { id: askInChat.id });
      await hostOnB.ok(ANSWER, { i: { questionId: askInChat.id, answer: 'Vi ser över mötestiden.' } });
      await eventually(() => received.data.length >= 3, 'the pick and the answer on process A');
      const events = received.data.map((d) => d.chatEvents);
      expect(events.map((e) => e.kind)).toEqual(['ASKED', 'PICKED', 'ANSWERED']);
      expect(events.every((e) => e.question.id === askInChat.id)).toBe(true);
      expect(events[0]!.question.text).toBe('Hur får vi mer tid för planering? 🙂');
      expect(events[2]!.question.answer).toBe('Vi ser över mötestiden.');
      const seqs = events.map((e) => e.seq);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(received.errors).toEqual([]);
    });
  }, 60_000);

  it('a page that reconnects with its last number gets the missed changes once each, on either process', async () => {
    const firstSocket = socketClient(on(second.url, people.clients.teacher));
    const before = collect<Event>(firstSocket, EVENTS, { c: chatId, after: 0 });
    await eventually(() => before.data.length >= 3, 'the stored changes replayed');
    const lastSeen = Math.max(...before.data.map((d) => d.chatEvents.seq));
    before.stop();
    await firstSocket.dispose();

    // While the page is away, two questions are posted and one picked, through both processes.
    const { askInChat: one } = await people.clients.teacher.ok(ASK, { i: { chatId, text: 'Fråga ett' } });
    const { askInChat: two } = await on(second.url, people.clients.teacher).ok(ASK, {
      i: { chatId, text: 'Fråga två' },
    });
    await on(second.url, people.clients.administration).ok(PICK, { id: one.id });

    await watchChat<Event>(people.clients.teacher, chatId, lastSeen, async (after) => {
      await eventually(() => after.data.length >= 3, 'the missed changes');
      // A live one after the catch-up arrives too, and nothing comes twice.
      await people.clients.politician.ok(ANSWER, { i: { questionId: one.id, answer: 'Svar ett' } });
      await eventually(() => after.data.length >= 4, 'the live answer');
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const events = after.data.map((d) => d.chatEvents);
      expect(events.map((e) => [e.kind, e.question.id])).toEqual([
        ['ASKED', one.id],
        ['ASKED', two.id],
        ['PICKED', one.id],
        ['ANSWERED', one.id],
      ]);
      expect(events.every((e) => e.seq > lastSeen)).toBe(true);
      const seqs = events.map((e) => e.seq);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    });
  }, 60_000);
});
