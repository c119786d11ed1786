/** A value for one year; null is a gap, never zero. */
export interface ChartPoint {
  year: number;
  value: number | null;
  missingReason?: string | null;
  /** Why a value that is drawn is only approximate (Skolverket's ~100 and what is derived from it); absent when exact. */
  approximate?: string | null;
}

/** One line of a chart. */
export interface ChartSeries {
  id: string;
  label: string;
  points: ChartPoint[];
  /** Visual style; every style also differs by dash pattern and marker, not only colour. */
  style: 'primary' | 'secondary' | 'tertiary' | 'quaternary';
  /** The page's own municipality (or unit): drawn on top, heavier, and named so in the legend and table. */
  highlight?: boolean;
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

/**
 * A tick step of 1, 2 or 5 times a power of ten, as d3-array's tickIncrement chooses it: the raw
 * step (max − min) / count is rounded to 10× when its mantissa is ≥ √50, 5× when ≥ √10, 2× when
 * ≥ √2. Kept as mantissa and power so values are computed exactly (i × 5 / 10, never 0.1 + 0.2).
 */
interface Step {
  mantissa: number;
  power: number;
}
function tickStep(min: number, max: number, count: number): Step {
  const raw = (max - min) / Math.max(1, count);
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const mantissa = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return { mantissa, power };
}
function stepValue(i: number, s: Step): number {
  const v = s.power < 0 ? (i * s.mantissa) / 10 ** -s.power : i * s.mantissa * 10 ** s.power;
  // Math.floor(-0.3) × 0 is −0, which would print as "-0".
  return v === 0 ? 0 : v;
}
function stepSize(s: Step): number {
  return stepValue(1, s);
}
function sameStep(a: Step | null, b: Step): boolean {
  return a !== null && stepSize(a) === stepSize(b);
}

function widen(min: number, max: number): [number, number] {
  if (min !== max) return [min, max];
  const pad = Math.abs(min) * 0.1 || 1;
  return [min - pad, max + pad];
}

/**
 * Extends [min, max] outward to round steps, repeating until the step no longer changes (as
 * d3-scale's `scaleLinear().nice(count)` does), so the first and last tick are the domain's ends.
 */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  let [lo, hi] = widen(Math.min(min, max), Math.max(min, max));
  let previous: Step | null = null;
  for (let i = 0; i < 10; i += 1) {
    const step = tickStep(lo, hi, count);
    if (sameStep(previous, step)) break;
    lo = stepValue(Math.floor(lo / stepSize(step)), step);
    hi = stepValue(Math.ceil(hi / stepSize(step)), step);
    previous = step;
  }
  return [lo, hi];
}

/** Round tick values covering [min, max] (the nice domain's ends included), about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  const [lo, hi] = niceDomain(min, max, count);
  const step = tickStep(lo, hi, count);
  const size = stepSize(step);
  const ticks: number[] = [];
  for (let i = Math.ceil(lo / size - 1e-9); i <= Math.floor(hi / size + 1e-9) && ticks.length < 100; i += 1) {
    ticks.push(stepValue(i, step));
  }
  return ticks;
}

/** The axis of a chart: its domain (top and bottom of the drawing area) and its tick values. */
export interface Axis {
  domain: [number, number];
  ticks: number[];
  /** Smaller values drawn higher (ranks: rank 1 at the top). */
  inverted: boolean;
}

/**
 * The one scale rule for every chart. Values: a nice domain around the values (and the target).
 * Ranks: from rank 1 at the top to a nice rank at the bottom, whole ranks only, never rank 0.
 */
export function axisFor(range: [number, number] | null, kind: 'value' | 'rank', count = 5): Axis {
  if (kind === 'rank') {
    const worst = Math.max(5, Math.ceil(range?.[1] ?? 5));
    const hi = niceDomain(0, worst, count)[1];
    const ticks = niceTicks(0, hi, count)
      .filter((t) => Number.isInteger(t))
      .map((t) => (t === 0 ? 1 : t));
    return { domain: [1, hi], ticks: [...new Set(ticks)], inverted: true };
  }
  if (!range) return { domain: [0, 1], ticks: [], inverted: false };
  const domain = niceDomain(range[0], range[1], count);
  return { domain, ticks: niceTicks(domain[0], domain[1], count), inverted: false };
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

/** Tick labels' size in CSS pixels: the viewBox is as wide as the chart is drawn, so this is what is seen. */
export const LABEL_FONT_PX = 13;
/** Width of a label of `text` at `fontPx`, on the safe side (digits and signs are about 0.6 em wide). */
export function labelWidth(text: string, fontPx = LABEL_FONT_PX): number {
  return Math.ceil(text.length * fontPx * 0.62);
}

/**
 * The tick labels as the chart's own format writes them, without decimals every tick shares as
 * zeros ("226,0", "228,0" → "226", "228"); "71,5" keeps its decimal, and so does every other tick then.
 */
export function tickLabels(ticks: number[], format: (v: number) => string): string[] {
  const labels = ticks.map(format);
  return labels.length && labels.every((l) => /[.,]0+$/.test(l)) ? labels.map((l) => l.replace(/[.,]0+$/, '')) : labels;
}

export interface ChartLayoutInput {
  series: ChartSeries[];
  target?: number | null;
  kind: 'value' | 'rank';
  /** The chart's width as drawn, in CSS pixels (the viewBox uses the same width). */
  width: number;
  formatValue: (v: number) => string;
  fontPx?: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The drawing area; every line, point and marker is inside it, every label outside it and inside the SVG. */
  plot: { left: number; right: number; top: number; bottom: number };
  axis: Axis;
  yTicks: Array<{ value: number; y: number; label: string; labelX: number }>;
  xTicks: Array<{ year: number; x: number; labelY: number }>;
  x: (year: number) => number;
  y: (value: number) => number;
  fontPx: number;
}

/**
 * Places a chart at the width it is drawn at: the left margin fits the longest y label, the right
 * margin half a year label, and year labels are thinned out until they do not touch.
 */
export function chartLayout(input: ChartLayoutInput): ChartLayout {
  const fontPx = input.fontPx ?? LABEL_FONT_PX;
  const width = Math.max(200, Math.round(input.width));
  const height = Math.round(Math.min(300, Math.max(220, width * 0.5)));
  const axis = axisFor(extent(input.series, [input.target ?? null]), input.kind);
  const labels = tickLabels(axis.ticks, input.formatValue);
  const gap = 6;
  const yearWidth = labelWidth('0000', fontPx);
  const plot = {
    left: 4 + Math.max(0, ...labels.map((l) => labelWidth(l, fontPx))) + gap,
    right: width - Math.max(12, Math.ceil(yearWidth / 2) + 4),
    top: Math.ceil(fontPx * 0.75) + 4,
    bottom: height - (fontPx + 14),
  };
  const ys = years(input.series);
  // Points sit a little inside the left and right edges so their markers stay in the drawing area.
  const inset = 6;
  const x = linearScale([ys[0] ?? 0, ys.at(-1) ?? 1], [plot.left + inset, plot.right - inset]);
  const y = linearScale(axis.domain, axis.inverted ? [plot.top, plot.bottom] : [plot.bottom, plot.top]);
  const slot = yearWidth + 10;
  const step = Math.max(1, Math.ceil((ys.length * slot) / Math.max(1, plot.right - plot.left)));
  // Counted from the latest year, so it is always labelled and the labels are evenly spaced.
  const shownYears = ys.filter((_, i) => (ys.length - 1 - i) % step === 0);
  return {
    width,
    height,
    plot,
    axis,
    yTicks: axis.ticks.map((value, i) => ({ value, y: y(value), label: labels[i]!, labelX: plot.left - gap })),
    xTicks: shownYears.map((year) => ({ year, x: x(year), labelY: height - 8 })),
    x,
    y,
    fontPx,
  };
}
