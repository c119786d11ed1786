import { describe, expect, it } from 'vitest';
import { complaintState } from './complaint.service.js';
import { endOfToday, startOfToday } from './deficiency.inputs.js';
import { isOverdue, STATE_CHANGES } from './deficiency.service.js';

describe('deficiency and complaint rules', () => {
  const now = new Date('2026-12-01T10:00:00Z');

  it('a deficiency is overdue the day after its deadline, while open or remaining, never once reported or remedied', () => {
    const deadline = new Date('2026-11-30T00:00:00Z');
    expect(isOverdue({ state: 'open', reportDeadline: deadline }, now)).toBe(true);
    expect(isOverdue({ state: 'remaining', reportDeadline: deadline }, now)).toBe(true);
    expect(isOverdue({ state: 'reported', reportDeadline: deadline }, now)).toBe(false);
    expect(isOverdue({ state: 'remedied', reportDeadline: deadline }, now)).toBe(false);
    expect(isOverdue({ state: 'open', reportDeadline: new Date('2026-12-01T00:00:00Z') }, now)).toBe(false);
    expect(isOverdue({ state: 'open', reportDeadline: null }, now)).toBe(false);
  });

  it('the states move open → reported → remedied or remaining, remaining → reported again; remedied is closed', () => {
    expect(STATE_CHANGES.open).toEqual(['reported', 'remedied']);
    expect(STATE_CHANGES.reported).toEqual(['remedied', 'remaining']);
    expect(STATE_CHANGES.remaining).toEqual(['reported', 'remedied']);
    expect(STATE_CHANGES.remedied).toEqual([]);
  });

  it("a complaint's state follows its dates", () => {
    const d = new Date('2026-11-01');
    expect(complaintState({})).toBe('received');
    expect(complaintState({ confirmedAt: d })).toBe('confirmed');
    expect(complaintState({ confirmedAt: d, investigator: 'Rektor' })).toBe('investigating');
    expect(complaintState({ investigator: 'Rektor', findings: 'x', investigatedAt: d })).toBe('investigated');
    expect(complaintState({ investigatedAt: d, answeredAt: d })).toBe('answered');
  });

  it('today runs from midnight to the last millisecond (UTC)', () => {
    expect(startOfToday(now).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(endOfToday(now).toISOString()).toBe('2026-12-01T23:59:59.999Z');
  });
});
