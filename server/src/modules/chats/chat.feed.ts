import type { Types } from 'mongoose';
import type { ChatEventKind } from './chat.enums.js';
import type { ChatDoc, ChatEventDoc, ChatQuestionDoc } from './chat.model.js';
import { chatEventsBetween, eventsAfter, findChats, findQuestions, latestEvents } from './chat.repository.js';

/**
 * One change as the feed hands it on: its number, what happened, the question as it is now (null
 * for a change of the chat itself) and the chat as it is now.
 */
export interface FeedEvent {
  seq: number;
  chatId: string;
  kind: ChatEventKind;
  question: ChatQuestionDoc | null;
  chat: ChatDoc;
}

/** How the feed polls; the README explains the numbers. */
export interface FeedTiming {
  /** Between two polls of the events collection, while anyone here is subscribed. */
  intervalMs: number;
  /** How long a missing number holds back the ones after it (a write between its number and its insert). */
  gapWaitMs: number;
}

export const FEED_TIMING: FeedTiming = { intervalMs: 250, gapWaitMs: 3_000 };

// A subscriber that falls this far behind is ended; its client subscribes again with its last number.
const MAX_QUEUED = 1_000;
const POLL_BATCH = 500;

interface Subscriber {
  chatId: string;
  /** The last number handed to this subscriber (or skipped as another chat's). */
  cursor: number;
  ready: boolean;
  queue: FeedEvent[];
  wake: (() => void) | null;
  closed: boolean;
}

/**
 * The process's view of the events every process writes: it polls the events collection for
 * numbers after the last one it released, only while it has subscribers, and releases them in
 * order. A subscriber first replays its chat's stored events after the number its client saw,
 * then gets the live ones; each number reaches it at most once.
 */
export class ChatFeed {
  private released = 0;
  private started: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private gap: { seq: number; since: number } | null = null;
  private readonly subscribers = new Set<Subscriber>();

  constructor(private readonly timing: FeedTiming = FEED_TIMING) {}

  /** The chat's events after `after`: stored ones first, then live ones, until the iterator is returned. */
  subscribe(chatId: Types.ObjectId, after: number): AsyncIterableIterator<FeedEvent> {
    const sub: Subscriber = {
      chatId: chatId.toHexString(),
      cursor: Math.max(0, after),
      ready: false,
      queue: [],
      wake: null,
      closed: false,
    };
    this.subscribers.add(sub);
    const replayed = this.replay(sub, chatId).catch(() => this.close(sub));
    const close = () => {
      this.close(sub);
      return Promise.resolve({ value: undefined, done: true as const });
    };
    const iterator: AsyncIterableIterator<FeedEvent> = {
      next: async () => {
        await replayed;
        while (!sub.closed && sub.queue.length === 0) await new Promise<void>((resolve) => (sub.wake = resolve));
        const value = sub.queue.shift();
        return value ? { value, done: false } : { value: undefined, done: true };
      },
      return: close,
      throw: close,
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Ends every subscription and stops polling (on shutdown). */
  stop(): void {
    for (const sub of [...this.subscribers]) this.close(sub);
  }

  private async replay(sub: Subscriber, chatId: Types.ObjectId): Promise<void> {
    await this.start();
    // Nothing is awaited between the last check and `ready`, so no release falls between the two.
    while (sub.cursor < this.released && !sub.closed) {
      const upTo = this.released;
      const stored = await chatEventsBetween(chatId, sub.cursor, upTo);
      this.push(sub, await withQuestions(stored));
      sub.cursor = upTo;
    }
    sub.ready = true;
  }

  private close(sub: Subscriber): void {
    sub.closed = true;
    sub.wake?.();
    this.subscribers.delete(sub);
    if (this.subscribers.size === 0) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      // The next first subscriber starts from the stored events again rather than from an old number.
      this.started = null;
    }
  }

  private start(): Promise<void> {
    this.started ??= (async () => {
      this.released = await startingPoint(this.timing.gapWaitMs);
      this.gap = null;
      this.schedule();
    })();
    return this.started;
  }

  private schedule(): void {
    if (this.subscribers.size === 0) return;
    this.timer = setTimeout(() => {
      this.poll().finally(() => this.schedule());
    }, this.timing.intervalMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    let found: ChatEventDoc[];
    try {
      found = await eventsAfter(this.released, POLL_BATCH);
    } catch {
      return; // the database is away: the next poll tries again from the same number
    }
    const inOrder: ChatEventDoc[] = [];
    let next = this.released + 1;
    for (const event of found) {
      if (event.seq !== next) {
        if (this.gap?.seq !== next) this.gap = { seq: next, since: Date.now() };
        // A number taken by a write that never landed: after a while the ones after it go on.
        if (Date.now() - this.gap.since < this.timing.gapWaitMs) break;
      }
      this.gap = null;
      inOrder.push(event);
      next = event.seq + 1;
    }
    if (inOrder.length === 0) return;
    let events: FeedEvent[];
    try {
      events = await withQuestions(inOrder);
    } catch {
      return;
    }
    this.released = inOrder[inOrder.length - 1]!.seq;
    for (const sub of this.subscribers) if (sub.ready) this.push(sub, events);
  }

  private push(sub: Subscriber, events: readonly FeedEvent[]): void {
    for (const event of events) {
      if (event.seq <= sub.cursor) continue;
      sub.cursor = event.seq;
      if (event.chatId === sub.chatId) sub.queue.push(event);
    }
    if (sub.queue.length > MAX_QUEUED) this.close(sub);
    else if (sub.queue.length) {
      const wake = sub.wake;
      sub.wake = null;
      wake?.();
    }
  }
}

/**
 * Where a feed starts: after the newest event older than the gap wait, so that numbers taken just
 * before but written just after are still released in order.
 */
async function startingPoint(gapWaitMs: number): Promise<number> {
  const latest = await latestEvents(200);
  if (latest.length === 0) return 0;
  const settled = latest.find((e) => Date.now() - e.at.getTime() >= gapWaitMs);
  return settled ? settled.seq : latest[latest.length - 1]!.seq - 1;
}

// One query for the questions and one for the chats of a batch; an event whose question or chat
// is not found (never expected: nothing is deleted) is passed over.
async function withQuestions(events: readonly ChatEventDoc[]): Promise<FeedEvent[]> {
  if (events.length === 0) return [];
  const unique = (ids: Array<Types.ObjectId | null>) => [
    ...new Map(ids.flatMap((id) => (id ? [[id.toHexString(), id] as const] : []))).values(),
  ];
  const questionIds = unique(events.map((e) => e.questionId));
  const [questions, chats] = await Promise.all([
    questionIds.length ? findQuestions(questionIds) : Promise.resolve([]),
    findChats(unique(events.map((e) => e.chatId))),
  ]);
  const questionById = new Map(questions.map((q) => [q._id.toHexString(), q]));
  const chatById = new Map(chats.map((c) => [c._id.toHexString(), c]));
  return events.flatMap((e) => {
    const chat = chatById.get(e.chatId.toHexString());
    const question = e.questionId ? questionById.get(e.questionId.toHexString()) : null;
    if (!chat || question === undefined) return [];
    return [{ seq: e.seq, chatId: e.chatId.toHexString(), kind: e.kind, question, chat }];
  });
}

/** The process's one feed. */
export const chatFeed = new ChatFeed();
