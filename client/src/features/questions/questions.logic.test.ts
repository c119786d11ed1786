import { describe, expect, it } from 'vitest';
import { oldestOpenFirst, waitingDays } from './questions.logic.js';

describe('waitingDays', () => {
  it('counts calendar days in Sweden from the day the question was raised', () => {
    const now = new Date('2026-12-02T10:00:00Z');
    expect(waitingDays('2026-12-02T06:00:00Z', now)).toBe(0);
    expect(waitingDays('2026-12-01T22:00:00Z', now)).toBe(1);
    expect(waitingDays('2026-11-02T10:00:00Z', now)).toBe(30);
  });

  it('follows the Swedish day, not the UTC one', () => {
    // 23:30 UTC on 1 December is already 2 December in Sweden (UTC+1): raised "today".
    expect(waitingDays('2026-12-01T23:30:00Z', new Date('2026-12-02T08:00:00Z'))).toBe(0);
    // Across the change to summer time (29 March 2026) a day is still one day.
    expect(waitingDays('2026-03-28T12:00:00Z', new Date('2026-03-30T12:00:00Z'))).toBe(2);
  });

  it('is never negative', () => {
    expect(waitingDays('2026-12-03T10:00:00Z', new Date('2026-12-02T10:00:00Z'))).toBe(0);
  });
});

describe('oldestOpenFirst', () => {
  it('keeps the questions not answered, oldest first', () => {
    const qs = [
      { id: 'b', state: 'NOT_ANSWERED', askedAt: '2026-11-20T10:00:00Z' },
      { id: 'c', state: 'ANSWERED', askedAt: '2026-11-01T10:00:00Z' },
      { id: 'a', state: 'PREPARING', askedAt: '2026-11-10T10:00:00Z' },
    ];
    expect(oldestOpenFirst(qs).map((q) => q.id)).toEqual(['a', 'b']);
  });
});
