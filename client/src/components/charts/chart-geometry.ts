/** A value for one year; null is a gap, never zero. */
export interface ChartPoint {
  year: number;
  value: number | null;
  missingReason?: string | null;
}

/** One line of a chart. */
export interface ChartSeries {
  id: string;
  label: string;
  points: ChartPoint[];
  /** Visual style; every style also differs by dash pattern and marker, not only colour. */
  style: 'primary' | 'secondary' | 'tertiary' | 'quaternary';
}

/** A linear map from a data interval onto a pixel interval. */
export function linearScale(domain: [number, number], range: [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (v) => r0 + ((v - d0) / span) * (r1 - r0);
}

/**
 * Splits a series into runs of consecutive known values, so the line is broken where a value is
 * missing instead of dropping to zero or bridging the gap.
 */
export function segments(points: ChartPoint[]): ChartPoint[][] {
  const runs: ChartPoint[][] = [];
  let run: ChartPoint[] = [];
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    if (p.value === null || !Number.isFinite(p.value)) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(p);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** Tick values at round steps covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const start = Math.floor(min / step) * step;
  const ticks: number[] = [];
  // Round through the step count, not by adding floats, so 0.1 + 0.2 never shows up as a label.
  for (let i = 0; ; i += 1) {
    const v = Math.round((start + i * step) / step) * step;
    ticks.push(v);
    if (v >= max || i > 50) break;
  }
  return ticks;
}

/** The value extent across series and extra reference values (targets), ignoring gaps. */
export function extent(series: ChartSeries[], extra: Array<number | null> = []): [number, number] | null {
  const values = [...series.flatMap((s) => s.points.map((p) => p.value)), ...extra].filter(
    (v): v is number => v !== null && Number.isFinite(v),
  );
  if (!values.length) return null;
  return [Math.min(...values), Math.max(...values)];
}

/** Every year that appears in any series, sorted. */
export function years(series: ChartSeries[]): number[] {
  return [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
}

/** An SVG path through the points of one run. */
export function pathFor(run: ChartPoint[], x: (y: number) => number, y: (v: number) => number): string {
  return run.map((p, i) => `${i ? 'L' : 'M'}${x(p.year).toFixed(1)},${y(p.value as number).toFixed(1)}`).join(' ');
}
