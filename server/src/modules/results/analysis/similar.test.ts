import { describe, expect, it } from 'vitest';
import type { MunicipalityYear } from './model.js';
import { nearestByBackground } from './similar.js';

function row(code: string, post: number | null, foreign: number | null, boys: number | null): MunicipalityYear {
  return {
    code,
    pupils: 100,
    measures: {},
    background: { 'ak9.parentsPostSecondary': post, 'ak9.foreignBackground': foreign, 'ak9.shareBoys': boys },
  };
}

describe('similar municipalities by background shares', () => {
  const rows = [
    row('0001', 60, 20, 50),
    row('0002', 62, 22, 51),
    row('0003', 40, 20, 50),
    row('0004', 60, 40, 50),
    row('0005', 30, 50, 55),
    row('0006', 61, null, 50),
  ];

  it('ranks by Euclidean distance on shares standardised by their spread, nearest first', () => {
    const complete = rows.filter((r) => r.code !== '0006');
    // Independent arithmetic: sample standard deviation of each share over the five complete rows.
    const sd = (k: keyof MunicipalityYear['background']) => {
      const v = complete.map((r) => r.background[k] as number);
      const m = v.reduce((a, b) => a + b, 0) / v.length;
      return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1));
    };
    const [sPost, sForeign, sBoys] = [sd('ak9.parentsPostSecondary'), sd('ak9.foreignBackground'), sd('ak9.shareBoys')];
    const dist = (a: number[], b: number[]) =>
      Math.hypot((a[0]! - b[0]!) / sPost, (a[1]! - b[1]!) / sForeign, (a[2]! - b[2]!) / sBoys);
    const near = nearestByBackground(rows, '0001', 10);
    expect(near.map((n) => n.code)).toEqual(['0002', '0003', '0004', '0005']);
    expect(near[0]!.distance).toBeCloseTo(dist([60, 20, 50], [62, 22, 51]), 10);
    expect(near[1]!.distance).toBeCloseTo(dist([60, 20, 50], [40, 20, 50]), 10);
    // Both are 20 points away on one share; the order follows the shares' spread, not the raw points.
    expect(near[2]!.distance).toBeCloseTo(dist([60, 20, 50], [60, 40, 50]), 10);
    expect(dist([60, 20, 50], [40, 20, 50])).toBeLessThan(dist([60, 20, 50], [60, 40, 50]));
  });

  it('leaves out municipalities lacking a share, gives none for one that lacks a share, and keeps to first', () => {
    expect(nearestByBackground(rows, '0001', 10).some((n) => n.code === '0006')).toBe(false);
    expect(nearestByBackground(rows, '0006', 5)).toEqual([]);
    expect(nearestByBackground(rows, '9999', 5)).toEqual([]);
    expect(nearestByBackground(rows, '0001', 2).map((n) => n.code)).toEqual(['0002', '0003']);
  });
});
