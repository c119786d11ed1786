import { describe, expect, it } from 'vitest';
import { factorValue, FACTORS, rankChange, rankingView, searchKey } from './results.logic.js';
import type { RankingRow } from './results.types.js';

const row = (code: string, name: string, rank: number, previousRank: number | null, score = rank): RankingRow => ({
  code,
  name,
  countyName: null,
  rank,
  previousRank,
  score,
  band: 'MIDDLE_HALF',
  incomplete: false,
  approximate: false,
});
const rows = [row('1880', 'Örebro', 151, 210), row('1490', 'Borås', 90, 80), row('0180', 'Stockholm', 20, null)];

describe('the ranking table', () => {
  it('finds Örebro without the diacritic and by code', () => {
    expect(searchKey('Örebro')).toBe('orebro');
    expect(rankingView(rows, 'orebro', 'rank', true).map((r) => r.code)).toEqual(['1880']);
    expect(rankingView(rows, '149', 'rank', true).map((r) => r.code)).toEqual(['1490']);
  });

  it('sorts by rank, name and change, with unknown changes last either way', () => {
    expect(rankingView(rows, '', 'rank', true).map((r) => r.rank)).toEqual([20, 90, 151]);
    expect(rankingView(rows, '', 'name', true).map((r) => r.name)).toEqual(['Borås', 'Stockholm', 'Örebro']);
    expect(rankingView(rows, '', 'change', false).map((r) => r.code)).toEqual(['1880', '1490', '0180']);
    expect(rankingView(rows, '', 'change', true).map((r) => r.code)).toEqual(['1490', '1880', '0180']);
  });

  it('counts places gained as positive', () => {
    expect(rankChange(rows[0]!)).toBe(59);
    expect(rankChange(rows[1]!)).toBe(-10);
    expect(rankChange(rows[2]!)).toBeNull();
  });
});

describe('factorValue', () => {
  const factors = [{ measure: 'MERIT_VALUE', actual: { value: null, missingReason: 'SUPPRESSED' }, deviation: null }];
  it('keeps the reason a value is missing instead of a zero', () => {
    expect(factorValue(factors, FACTORS[2])).toMatchObject({ value: null, missingReason: 'SUPPRESSED' });
    expect(factorValue(factors, FACTORS[0])).toMatchObject({ value: null, missingReason: 'NO_DATA' });
  });

  it("reads Skolverket's ~100 as an approximate 100, and marks the deviation derived from it", () => {
    const vocational = [
      { measure: 'VOCATIONAL_ELIGIBLE', actual: { value: null, missingReason: 'APPROXIMATE' }, deviation: 24.7 },
    ];
    expect(factorValue(vocational, FACTORS[4])).toEqual({ value: 100, missingReason: null, approximate: true });
    expect(factorValue(vocational, FACTORS[5])).toEqual({ value: 24.7, missingReason: null, approximate: true });
    const exact = [{ measure: 'VOCATIONAL_ELIGIBLE', actual: { value: 91.2, missingReason: null }, deviation: 2.1 }];
    expect(factorValue(exact, FACTORS[4])).toEqual({ value: 91.2, missingReason: null, approximate: false });
    expect(factorValue(exact, FACTORS[5])).toEqual({ value: 2.1, missingReason: null, approximate: false });
  });
});
