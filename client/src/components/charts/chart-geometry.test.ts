import { describe, expect, it } from 'vitest';
import { extent, linearScale, niceTicks, pathFor, segments, years } from './chart-geometry.js';

describe('chart geometry', () => {
  it('breaks a line where a value is missing instead of drawing zero', () => {
    const runs = segments([
      { year: 2021, value: 10 },
      { year: 2022, value: null, missingReason: 'SUPPRESSED' },
      { year: 2023, value: 12 },
      { year: 2024, value: 13 },
    ]);
    expect(runs.map((r) => r.map((p) => p.year))).toEqual([[2021], [2023, 2024]]);
  });

  it('ignores gaps in the extent and includes the target', () => {
    expect(
      extent(
        [
          {
            id: 'a',
            label: 'a',
            style: 'primary',
            points: [
              { year: 1, value: null },
              { year: 2, value: 5 },
            ],
          },
        ],
        [8],
      ),
    ).toEqual([5, 8]);
    expect(extent([{ id: 'a', label: 'a', style: 'primary', points: [{ year: 1, value: null }] }])).toBeNull();
  });

  it('maps values linearly and draws paths through the points', () => {
    const x = linearScale([2020, 2024], [0, 400]);
    const y = linearScale([0, 100], [200, 0]);
    expect(x(2022)).toBe(200);
    expect(
      pathFor(
        [
          { year: 2020, value: 0 },
          { year: 2024, value: 100 },
        ],
        x,
        y,
      ),
    ).toBe('M0.0,200.0 L400.0,0.0');
  });

  it('chooses round ticks that cover the values', () => {
    const ticks = niceTicks(151, 221, 5);
    expect(ticks[0]).toBeLessThanOrEqual(151);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(221);
    expect(ticks.every((t) => t % 10 === 0)).toBe(true);
    expect(niceTicks(5, 5).length).toBeGreaterThan(1);
  });

  it('lists every year once, sorted', () => {
    expect(
      years([
        {
          id: 'a',
          label: 'a',
          style: 'primary',
          points: [
            { year: 2022, value: 1 },
            { year: 2020, value: 1 },
          ],
        },
        {
          id: 'b',
          label: 'b',
          style: 'secondary',
          points: [
            { year: 2021, value: 1 },
            { year: 2022, value: 1 },
          ],
        },
      ]),
    ).toEqual([2020, 2021, 2022]);
  });
});
