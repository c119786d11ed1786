import { describe, expect, it } from 'vitest';
import { complaintSteps, dayInput, dayOf, isDay, today } from './deficiencies.logic.js';

describe('deficiencies logic', () => {
  it('reads and writes calendar days', () => {
    expect(dayOf('2026-09-10T00:00:00.000Z')).toBe('2026-09-10');
    expect(dayOf(null)).toBe('');
    expect(dayInput('  ')).toBeNull();
    expect(dayInput(' 2026-09-10 ')).toBe('2026-09-10');
    expect(today(new Date('2026-12-01T23:59:00Z'))).toBe('2026-12-01');
  });

  it('knows the days that exist', () => {
    expect(isDay('2026-02-28')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('1/2 2026')).toBe(false);
  });

  it('lists the routine steps with their days', () => {
    expect(
      complaintSteps({ receivedAt: '2026-09-02T00:00:00.000Z', confirmedAt: '2026-09-03T00:00:00.000Z' }).map((s) => [
        s.key,
        s.day,
      ]),
    ).toEqual([
      ['received', '2026-09-02'],
      ['confirmed', '2026-09-03'],
      ['investigated', ''],
      ['answered', ''],
    ]);
  });
});
