import { describe, expect, it } from 'vitest';
import { bandOf, compositeRanking, median, rankValues } from './ranking.js';

describe('rankValues', () => {
  it('gives 1 to the best, shares the best rank on ties and skips after them', () => {
    expect(rankValues([10, 30, 20, 30], 'higherIsBetter').map((r) => r.rank)).toEqual([4, 1, 3, 1]);
    expect(rankValues([10, 30, 20, 10], 'lowerIsBetter').map((r) => r.rank)).toEqual([1, 4, 3, 1]);
  });

  it('places missing values last, sharing one rank, and flags them', () => {
    expect(rankValues([5, null, 7, null], 'higherIsBetter')).toEqual([
      { rank: 2, missing: false },
      { rank: 3, missing: true },
      { rank: 1, missing: false },
      { rank: 3, missing: true },
    ]);
  });
});

describe('compositeRanking', () => {
  const table = {
    codes: ['a', 'b', 'c', 'd'],
    factors: [
      { key: 'x', direction: 'higherIsBetter' as const, values: [4, 3, 2, 1] },
      { key: 'y', direction: 'higherIsBetter' as const, values: [1, 2, 3, null] },
    ],
  };

  it('ranks on the mean of the factor ranks and flags incomplete rows', () => {
    const rows = compositeRanking(table);
    // a: (1+3)/2=2, b: (2+2)/2=2, c: (3+1)/2=2, d: (4+4)/2=4
    expect(rows.map((r) => [r.code, r.score, r.rank, r.incomplete])).toEqual([
      ['a', 2, 1, false],
      ['b', 2, 1, false],
      ['c', 2, 1, false],
      ['d', 4, 4, true],
    ]);
  });

  it('applies weights', () => {
    const rows = compositeRanking(table, [3, 1]);
    // a: (3·1+3)/4=1.5, b: (6+2)/4=2, c: (9+1)/4=2.5, d: (12+4)/4=4
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(() => compositeRanking(table, [0, 0])).toThrow(/positive/);
    expect(() => compositeRanking(table, [1])).toThrow(/weights/);
  });
});

describe('bandOf and median', () => {
  it('splits 290 into a top quarter, a middle half and a bottom quarter', () => {
    expect(bandOf(72, 290)).toBe('top');
    expect(bandOf(73, 290)).toBe('middle');
    expect(bandOf(217, 290)).toBe('middle');
    expect(bandOf(218, 290)).toBe('bottom');
  });

  it('takes the median of present values only', () => {
    expect(median([3, null, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
  });
});
