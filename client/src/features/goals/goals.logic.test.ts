import { describe, expect, it } from 'vitest';
import { goalStatus, localized, trendDirection, unitSuffix } from './goals.logic.js';

describe('trendDirection', () => {
  it('reads a falling rank as improving', () => {
    expect(trendDirection({ kind: 'RANK', direction: 'HIGHER_IS_BETTER', changePerYear: -6.3, decimals: 0 })).toBe(
      'IMPROVING',
    );
    expect(trendDirection({ kind: 'RANK', direction: 'HIGHER_IS_BETTER', changePerYear: 4, decimals: 0 })).toBe(
      'WORSENING',
    );
  });
  it('follows the indicator direction for values', () => {
    expect(trendDirection({ kind: 'VALUE', direction: 'HIGHER_IS_BETTER', changePerYear: 1.2, decimals: 1 })).toBe(
      'IMPROVING',
    );
    expect(trendDirection({ kind: 'VALUE', direction: 'LOWER_IS_BETTER', changePerYear: 1.2, decimals: 1 })).toBe(
      'WORSENING',
    );
  });
  it('calls changes below the shown precision flat, and says nothing without a trend', () => {
    expect(trendDirection({ kind: 'VALUE', direction: 'HIGHER_IS_BETTER', changePerYear: 0.01, decimals: 1 })).toBe(
      'FLAT',
    );
    expect(
      trendDirection({ kind: 'VALUE', direction: 'HIGHER_IS_BETTER', changePerYear: null, decimals: 1 }),
    ).toBeNull();
  });
});

describe('goalStatus', () => {
  it('is the worst of the targets', () => {
    expect(goalStatus([{ status: 'ON_TRACK' }, { status: 'AT_RISK' }])).toBe('AT_RISK');
    expect(goalStatus([{ status: 'ON_TRACK' }, { status: 'OFF_TRACK' }, { status: 'NO_DATA' }])).toBe('OFF_TRACK');
    expect(goalStatus([{ status: 'NO_DATA' }, { status: 'ON_TRACK' }])).toBe('ON_TRACK');
    expect(goalStatus([])).toBe('NO_DATA');
  });
});

describe('localized', () => {
  it('picks the language', () => {
    expect(localized({ sv: 'Mål', en: 'Goal' }, 'en')).toBe('Goal');
    expect(localized({ sv: 'Mål', en: 'Goal' }, 'sv')).toBe('Mål');
  });
});

describe('unitSuffix', () => {
  it('writes per cent as % and leaves ranks bare', () => {
    expect(unitSuffix('percent')).toBe('%');
    expect(unitSuffix('rank')).toBe('');
    expect(unitSuffix('meritpoäng')).toBe('meritpoäng');
  });
});
