import { describe, expect, it } from 'vitest';
import { parseDecimal, parseYear, targetForm, targetInputOf } from './goal-form.logic.js';

describe('goal form logic', () => {
  it('reads years 1990–2100; empty is none; anything else is wrong', () => {
    expect(parseYear('')).toBeNull();
    expect(parseYear(' 2028 ')).toBe(2028);
    expect([parseYear('1990'), parseYear('2100')]).toEqual([1990, 2100]);
    for (const s of ['1989', '2101', '20x8', '2028.5', '٢٠٢٨', '99999']) expect(parseYear(s), s).toBeUndefined();
  });

  it('reads decimals with a comma or a point', () => {
    expect(parseDecimal('82,5')).toBe(82.5);
    expect(parseDecimal('1 240')).toBe(1240);
    expect(parseDecimal('−3')).toBe(-3);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('1e9')).toBeUndefined();
  });

  it('a rank is 1–290 for the municipality, larger for a school unit; every missing field is named', () => {
    const m = { id: 'org-1', name: 'Borås' };
    const base = { ...targetForm(null, m), indicatorKey: 'oj.compositeRank', targetYear: '2028' };
    expect(targetInputOf({ ...base, targetRank: '291' }, 'org-1')).toEqual({
      ok: false,
      problems: { targetRank: 'rankRange' },
    });
    expect(targetInputOf({ ...base, targetRank: '291', scopeId: 'u1' }, 'org-1').ok).toBe(true);
    expect(targetInputOf({ ...base, targetRank: '0' }, 'org-1')).toEqual({
      ok: false,
      problems: { targetRank: 'rankRange' },
    });
    expect(targetInputOf({ ...base, targetRank: '2,5' }, 'org-1')).toEqual({
      ok: false,
      problems: { targetRank: 'rankWhole' },
    });
    expect(targetInputOf(targetForm(null, m), 'org-1')).toEqual({
      ok: false,
      problems: { indicatorKey: 'indicatorMissing', targetRank: 'rankWhole', targetYear: 'year' },
    });
  });
});
