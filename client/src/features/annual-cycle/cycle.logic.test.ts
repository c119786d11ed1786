import { describe, expect, it } from 'vitest';
import {
  countByStatus,
  groupByPhase,
  isCalendarDate,
  schoolFormOfSlug,
  schoolFormSlug,
  schoolYearLabel,
  schoolYearOf,
  schoolYearSlug,
  swedishToday,
  yearOfSlug,
} from './cycle.logic.js';

describe('annual cycle logic', () => {
  it('writes and reads the school year and form of the address', () => {
    expect(schoolYearLabel(2027)).toBe('2026/27');
    expect(schoolYearSlug(2027)).toBe('2026-27');
    expect(yearOfSlug('2026-27')).toBe(2027);
    expect(yearOfSlug('1999-00')).toBe(2000);
    expect(yearOfSlug('2026-28')).toBeNull();
    expect(yearOfSlug('2027')).toBeNull();
    expect(yearOfSlug(undefined)).toBeNull();
    expect(schoolFormOfSlug(schoolFormSlug('UPPER_SECONDARY'))).toBe('UPPER_SECONDARY');
    expect(schoolFormOfSlug('hogskola')).toBeNull();
  });

  it('knows the school year of a day in Sweden', () => {
    expect(schoolYearOf('2026-12-01')).toBe(2027);
    expect(schoolYearOf('2027-06-30')).toBe(2027);
    expect(schoolYearOf('2027-07-01')).toBe(2028);
    expect(swedishToday(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
  });

  it('accepts only days that exist', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('1/10/2026')).toBe(false);
  });

  it('groups steps by phase in Skolverket’s order, then by the month they start', () => {
    const s = (title: string, phase: 'FOLLOW_UP' | 'PLANNING', startDate: string) => ({
      title,
      phase,
      startDate,
      dueDate: startDate,
    });
    const groups = groupByPhase([
      s('c', 'PLANNING', '2027-03-01'),
      s('b', 'FOLLOW_UP', '2026-09-20'),
      s('a', 'FOLLOW_UP', '2026-08-17'),
      s('d', 'FOLLOW_UP', '2026-09-01'),
    ]);
    expect(groups.map((g) => g.phase)).toEqual(['FOLLOW_UP', 'ANALYSIS', 'PLANNING', 'IMPLEMENTATION']);
    expect(groups[0]!.months.map((m) => [m.month, m.steps.map((x) => x.title)])).toEqual([
      ['2026-08', ['a']],
      ['2026-09', ['d', 'b']],
    ]);
    expect(groups[1]!.months).toEqual([]);
    expect(countByStatus([{ status: 'DONE' }, { status: 'OVERDUE' }, { status: 'DONE' }])).toEqual({
      NOT_DUE: 0,
      DUE: 0,
      OVERDUE: 1,
      DONE: 2,
    });
  });
});
