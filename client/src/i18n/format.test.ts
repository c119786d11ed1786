import { describe, expect, it } from 'vitest';
import { formatDateTimeRange, momentOfSwedishLocal, swedishLocal } from './format.js';

// The tests run in whatever time zone the machine has; what they assert holds in every one,
// because a typed time is read as Swedish time, the way the pages show times.
describe('Swedish wall-clock times in forms', () => {
  it('a winter time is UTC+1 and a summer time UTC+2', () => {
    expect(momentOfSwedishLocal('2026-12-10T15:00')).toBe('2026-12-10T14:00:00.000Z');
    expect(momentOfSwedishLocal('2026-06-10T15:00')).toBe('2026-06-10T13:00:00.000Z');
  });

  it('what is typed reads back the same, across the year and at midnight', () => {
    for (const local of ['2026-01-01T00:00', '2026-03-29T03:00', '2026-10-25T01:59', '2026-12-31T23:59']) {
      expect(swedishLocal(new Date(momentOfSwedishLocal(local)!))).toBe(local);
    }
  });

  it('the hour the spring change skips is read as the hour after; the repeated autumn hour as summer time', () => {
    expect(momentOfSwedishLocal('2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(swedishLocal(new Date('2026-03-29T01:30:00.000Z'))).toBe('2026-03-29T03:30');
    expect(momentOfSwedishLocal('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('text that is no time, or an impossible date, is no moment', () => {
    for (const bad of ['', '17 maj', '2026-02-30T10:00', '2026-13-01T10:00', '2026-05-17T24:00', '2026-05-17']) {
      expect(momentOfSwedishLocal(bad)).toBeNull();
    }
  });

  it('a span within one Swedish day names the day once', () => {
    expect(formatDateTimeRange('2026-12-09T12:30:00Z', '2026-12-09T13:30:00Z', 'sv')).toBe('9 dec. 2026 13:30–14:30');
    // 23:30 UTC on the 9th is already the 10th in Sweden.
    expect(formatDateTimeRange('2026-12-09T22:00:00Z', '2026-12-09T23:30:00Z', 'sv')).toBe(
      '9 dec. 2026 23:00–10 dec. 2026 00:30',
    );
    expect(formatDateTimeRange('2026-12-09T12:30:00Z', '2026-12-09T13:30:00Z', 'en')).toBe('9 Dec 2026, 13:30–14:30');
  });
});
