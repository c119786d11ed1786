import { describe, expect, it } from 'vitest';
import { addYears, schoolYearLabel, schoolYearOf, stepStatus, swedishDate } from './cycle.dates.js';

describe('annual cycle dates', () => {
  it('names the school year by the year it ends in', () => {
    expect(schoolYearLabel(2027)).toBe('2026/27');
    expect(schoolYearLabel(2000)).toBe('1999/00');
    expect(schoolYearOf('2026-08-15')).toBe(2027);
    expect(schoolYearOf('2027-06-30')).toBe(2027);
    expect(schoolYearOf('2027-07-01')).toBe(2028);
  });

  it('moves a date a year on, 29 February to 28 February', () => {
    expect(addYears('2026-09-30', 1)).toBe('2027-09-30');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2027-02-28', 1)).toBe('2028-02-28');
  });

  it('is due on the due date itself and overdue the day after', () => {
    const step = { startDate: '2026-11-01', dueDate: '2026-11-30' };
    expect(stepStatus(step, false, '2026-10-31')).toBe('NOT_DUE');
    expect(stepStatus(step, false, '2026-11-01')).toBe('DUE');
    expect(stepStatus(step, false, '2026-11-30')).toBe('DUE');
    expect(stepStatus(step, false, '2026-12-01')).toBe('OVERDUE');
    expect(stepStatus(step, true, '2026-12-01')).toBe('DONE');
  });

  it('reads the day in Sweden, not in UTC', () => {
    // 23:30 UTC on 30 November is already 1 December in Stockholm (UTC+1 in winter).
    expect(swedishDate(new Date('2026-11-30T23:30:00Z'))).toBe('2026-12-01');
    // 21:30 UTC on 30 June is 23:30 the same day in summer (UTC+2).
    expect(swedishDate(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});
