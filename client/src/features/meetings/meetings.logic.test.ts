import { describe, expect, it } from 'vitest';
import { parseCap, splitByDay } from './meetings.logic.js';

describe('meetings logic', () => {
  it('puts coming meetings soonest first and past ones latest first', () => {
    const m = ['2026-01-10', '2026-12-24', '2026-12-02', '2025-05-01'].map((date) => ({ date }));
    expect(splitByDay(m, '2026-12-02')).toEqual({
      coming: [{ date: '2026-12-02' }, { date: '2026-12-24' }],
      past: [{ date: '2026-01-10' }, { date: '2025-05-01' }],
    });
  });

  it('reads an empty cap as none and refuses what is not a whole number of at least one', () => {
    expect(parseCap(' ')).toEqual({ cap: null });
    expect(parseCap('12')).toEqual({ cap: 12 });
    expect(parseCap('0')).toBeNull();
    expect(parseCap('2,5')).toBeNull();
  });
});
