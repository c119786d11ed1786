import { describe, expect, it } from 'vitest';
import {
  axisFor,
  chartLayout,
  extent,
  labelWidth,
  linearScale,
  niceDomain,
  niceTicks,
  pathFor,
  tickLabels,
  segments,
  years,
  type ChartSeries,
} from './chart-geometry.js';

function series(values: Array<number | null>, from = 2015): ChartSeries {
  return {
    id: 's',
    label: 's',
    style: 'primary',
    points: values.map((value, i) => ({ year: from + i, value, missingReason: value === null ? 'SUPPRESSED' : null })),
  };
}

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

  it('gives shares round ticks in 1, 2 or 5 steps that begin and end the axis, never past 100 %', () => {
    expect(niceDomain(62.4, 97.1)).toEqual([60, 100]);
    expect(niceTicks(62.4, 97.1)).toEqual([60, 70, 80, 90, 100]);
    expect(niceTicks(71.3, 74.8)).toEqual([71, 72, 73, 74, 75]);
    expect(niceTicks(71.3, 72.8)).toEqual([71, 71.5, 72, 72.5, 73]);
    // Decimal steps are computed, not added up: no 0.30000000000000004 among the labels.
    expect(niceTicks(0.1, 0.9)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0.31, 0.38)).toEqual([0.31, 0.32, 0.33, 0.34, 0.35, 0.36, 0.37, 0.38]);
    expect(niceTicks(88, 100).at(-1)).toBe(100);
  });

  it('gives merit points steps of 10 or 20 around the values, as d3-scale does', () => {
    // d3: scaleLinear().domain([151, 221]).nice(5) is [140, 240] with ticks every 20.
    expect(niceDomain(151, 221)).toEqual([140, 240]);
    expect(niceTicks(151, 221)).toEqual([140, 160, 180, 200, 220, 240]);
    expect(niceTicks(218.4, 236.9)).toEqual([215, 220, 225, 230, 235, 240]);
  });

  it('puts rank 1 at the top of a rank axis, whole ranks only and never rank 0', () => {
    const axis = axisFor([37, 112], 'rank');
    expect(axis.inverted).toBe(true);
    expect(axis.domain).toEqual([1, 120]);
    expect(axis.ticks).toEqual([1, 20, 40, 60, 80, 100, 120]);
    expect(axisFor([1, 3], 'rank').ticks).toEqual([1, 2, 3, 4, 5]);
    const all = axisFor([4, 288], 'rank');
    expect(all.ticks[0]).toBe(1);
    expect(all.ticks.every((t) => Number.isInteger(t) && t >= 1)).toBe(true);
    const layout = chartLayout({ series: [series([40, 12, 3])], kind: 'rank', width: 400, formatValue: String });
    expect(layout.y(1)).toBe(layout.plot.top);
    expect(layout.y(3)).toBeLessThan(layout.y(40));
  });

  it('keeps every line, point and tick inside the drawing area and every label inside the chart', () => {
    for (const [values, kind, width, format] of [
      [[61.2, 64.8, null, 70.1, 71.5, 69.9, 72.4, 74.1, 73.2, 75.8], 'value', 320, (v: number) => v.toFixed(1)],
      [[212.5, 219.1, 225.4, 231.0, 229.8], 'value', 640, (v: number) => v.toFixed(1)],
      [[-12.4, 3.1, 24.7, -0.5], 'value', 300, (v: number) => (v > 0 ? '+' : '') + v.toFixed(1)],
      [[145, 98, 120, 77], 'rank', 360, String],
    ] as const) {
      const s = series([...values]);
      const layout = chartLayout({ series: [s], kind, width, formatValue: format });
      const { plot } = layout;
      expect(layout.width).toBe(width);
      for (const p of s.points) {
        expect(layout.x(p.year)).toBeGreaterThanOrEqual(plot.left);
        expect(layout.x(p.year)).toBeLessThanOrEqual(plot.right);
        if (p.value === null) continue;
        expect(layout.y(p.value)).toBeGreaterThanOrEqual(plot.top - 1e-9);
        expect(layout.y(p.value)).toBeLessThanOrEqual(plot.bottom + 1e-9);
      }
      for (const tick of layout.yTicks) {
        expect(tick.y).toBeGreaterThanOrEqual(plot.top - 1e-9);
        expect(tick.y).toBeLessThanOrEqual(plot.bottom + 1e-9);
        // The label ends left of the axis and starts inside the SVG: never cut off on the left.
        expect(tick.labelX - labelWidth(tick.label)).toBeGreaterThanOrEqual(0);
        expect(tick.labelX).toBeLessThan(plot.left);
      }
      // Year labels fit the width and do not touch one another.
      const xs = layout.xTicks.map((t) => t.x);
      for (let i = 1; i < xs.length; i += 1) expect(xs[i]! - xs[i - 1]!).toBeGreaterThan(labelWidth('2024'));
      expect(xs.at(-1)! + labelWidth('2024') / 2).toBeLessThanOrEqual(layout.width);
      expect(layout.xTicks.at(-1)?.year).toBe(s.points.at(-1)?.year);
    }
  });

  it('labels ticks without decimals they all share as zeros, and the latest year always, evenly spaced', () => {
    const fmt = (v: number) => v.toFixed(1).replace('.', ',');
    expect(tickLabels([216, 218, 220], fmt)).toEqual(['216', '218', '220']);
    expect(tickLabels([71, 71.5, 72], fmt)).toEqual(['71,0', '71,5', '72,0']);
    expect(tickLabels([-6, 0, 4], fmt)).toEqual(['-6', '0', '4']);
    const ten = series([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 2016);
    const narrow = chartLayout({ series: [ten], kind: 'value', width: 300, formatValue: String });
    const shown = narrow.xTicks.map((t) => t.year);
    expect(shown.at(-1)).toBe(2025);
    expect(shown.length).toBeLessThan(10);
    const gaps = shown.slice(1).map((y, i) => y - shown[i]!);
    expect(new Set(gaps).size).toBe(1);
  });

  it('uses a label size of at least 12 px at the width the chart is drawn', () => {
    const layout = chartLayout({ series: [series([1, 2])], kind: 'value', width: 300, formatValue: String });
    expect(layout.fontPx).toBeGreaterThanOrEqual(12);
    expect(layout.width).toBe(300);
  });
});
