import { describe, expect, it } from 'vitest';
import { computeProgress } from './progress.js';

const series = (pairs: Array<[number, number | null]>) => pairs.map(([year, value]) => ({ year, value }));

describe('target progress', () => {
  it('is NO_DATA without measurements', () => {
    const p = computeProgress({ kind: 'value', targetValue: 90, targetYear: 2026 }, false, []);
    expect(p.status).toBe('NO_DATA');
    expect(p.reason.en).toMatch(/no measurements/);
  });

  it('treats a lower rank as better: reached, on track, at risk and off track', () => {
    const rank = { kind: 'rank' as const, targetRank: 25, targetYear: 2025 };
    expect(
      computeProgress(
        rank,
        false,
        series([
          [2023, 30],
          [2024, 20],
        ]),
      ).status,
    ).toBe('ON_TRACK');
    expect(
      computeProgress(
        rank,
        false,
        series([
          [2021, 120],
          [2022, 95],
          [2023, 70],
          [2024, 48],
        ]),
      ).status,
    ).toBe('ON_TRACK');
    expect(
      computeProgress(
        rank,
        false,
        series([
          [2022, 100],
          [2023, 95],
          [2024, 90],
        ]),
      ).status,
    ).toBe('AT_RISK');
    expect(
      computeProgress(
        rank,
        false,
        series([
          [2022, 60],
          [2023, 70],
          [2024, 80],
        ]),
      ).status,
    ).toBe('OFF_TRACK');
  });

  it('respects the indicator direction for values', () => {
    const t = { kind: 'value' as const, targetValue: 10, targetYear: 2030 };
    expect(
      computeProgress(
        t,
        true,
        series([
          [2023, 14],
          [2024, 12],
        ]),
      ).status,
    ).toBe('ON_TRACK');
    expect(
      computeProgress(
        t,
        false,
        series([
          [2023, 14],
          [2024, 12],
        ]),
      ).status,
    ).toBe('ON_TRACK'); // already above 10
    expect(
      computeProgress(
        { ...t, targetValue: 20 },
        false,
        series([
          [2023, 14],
          [2024, 12],
        ]),
      ).status,
    ).toBe('OFF_TRACK');
  });

  it('is OFF_TRACK once the target year has passed unreached', () => {
    const p = computeProgress(
      { kind: 'value', targetValue: 100, targetYear: 2016 },
      false,
      series([
        [2016, 85],
        [2017, 86],
      ]),
    );
    expect(p.status).toBe('OFF_TRACK');
    expect(p.reason.sv).toMatch(/Målåret 2016/);
  });

  it('keeps missing values missing and bases the trend on the known ones', () => {
    const p = computeProgress(
      { kind: 'value', targetValue: 240, targetYear: 2030 },
      false,
      series([
        [2022, 225],
        [2023, null],
        [2024, 227],
      ]),
    );
    expect(p.trend).toEqual(
      series([
        [2022, 225],
        [2023, null],
        [2024, 227],
      ]),
    );
    expect(p.latestValue).toBe(227);
    expect(p.changePerYear).toBeCloseTo(1);
    expect(p.status).toBe('AT_RISK');
  });

  it('is AT_RISK with one measurement only (no trend)', () => {
    expect(
      computeProgress({ kind: 'value', targetValue: 90, targetYear: 2030 }, false, series([[2024, 80]])).status,
    ).toBe('AT_RISK');
  });
});
