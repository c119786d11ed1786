import { describe, expect, it } from 'vitest';
import {
  chatsByState,
  localOf,
  momentOf,
  transcript,
  unpicked,
  type ChatQuestion,
  type ChatSummary,
} from './chats.logic.js';

const q = (id: string, createdAt: string, pickedAt: string | null = null): ChatQuestion => ({
  id,
  chatId: 'c',
  text: id,
  authorName: 'A',
  mine: false,
  pickedAt,
  answer: null,
  answeredAt: null,
  createdAt,
});

describe('chat questions', () => {
  it('the transcript is the picked questions in the order they were posted, whatever the order they were picked', () => {
    const list = [q('b', '2026-01-02', '2026-01-05'), q('c', '2026-01-03'), q('a', '2026-01-01', '2026-01-06')];
    expect(transcript(list).map((x) => x.id)).toEqual(['a', 'b']);
    expect(unpicked(list).map((x) => x.id)).toEqual(['c']);
  });

  it('chats are grouped live, upcoming (soonest first), ended (newest first) and cancelled apart', () => {
    const chat = (id: string, state: ChatSummary['state'], startsAt: string) =>
      ({ id, state, startsAt }) as ChatSummary;
    const grouped = chatsByState([
      chat('e1', 'ENDED', '2026-01-01'),
      chat('u2', 'SCHEDULED', '2026-03-01'),
      chat('l', 'LIVE', '2026-02-01'),
      chat('e2', 'ENDED', '2026-01-10'),
      chat('u1', 'SCHEDULED', '2026-02-10'),
      chat('x1', 'CANCELLED', '2026-02-20'),
      chat('x2', 'CANCELLED', '2026-03-20'),
    ]);
    expect(grouped.live.map((c) => c.id)).toEqual(['l']);
    expect(grouped.upcoming.map((c) => c.id)).toEqual(['u1', 'u2']);
    expect(grouped.ended.map((c) => c.id)).toEqual(['e2', 'e1']);
    expect(grouped.cancelled.map((c) => c.id)).toEqual(['x2', 'x1']);
  });

  it('a datetime-local value round-trips through the API moment', () => {
    // In Swedish time (summer, UTC+2), whatever the browser's own zone.
    const at = new Date('2026-05-17T12:30:00.000Z');
    expect(localOf(at)).toBe('2026-05-17T14:30');
    expect(momentOf(localOf(at))).toBe(at.toISOString());
    expect(momentOf('')).toBeNull();
    expect(momentOf('17 maj')).toBeNull();
  });
});
