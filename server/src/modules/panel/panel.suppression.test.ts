import { describe, expect, it } from 'vitest';
import {
  crossExposure,
  shownTable,
  suppressPoll,
  suppressTable,
  type GroupCounts,
  type TableCounts,
} from './panel.suppression.js';

const K = 5;
const states = (t: TableCounts, k = K) => {
  const shown = shownTable(t, suppressTable(t, k));
  return {
    total: [shown.total.n, ...shown.total.counts].map((c) => (c.state === 'shown' ? c.value : c.state)),
    groups: shown.groups.map((g) => [g.n, ...g.counts].map((c) => (c.state === 'shown' ? c.value : c.state))),
  };
};
const group = (key: string, counts: number[], members = 50): GroupCounts => ({
  key,
  members,
  n: counts.reduce((s, c) => s + c, 0),
  counts,
});
const table = (groups: GroupCounts[], additive = true): TableCounts => {
  const width = groups[0]!.counts.length;
  const counts = Array.from({ length: width }, (_, i) => groups.reduce((s, g) => s + g.counts[i]!, 0));
  return { additive, total: { n: groups.reduce((s, g) => s + g.n, 0), counts }, groups };
};

describe('suppressTable', () => {
  it.each([
    [4, 'tooFew'],
    [5, 5],
  ])('shows the number of answers from k on: %i answers → %s', (n, expected) => {
    const t: TableCounts = { additive: true, total: { n, counts: [n, 0] }, groups: [] };
    expect(states(t).total[0]).toBe(expected);
  });

  it('hides a cell under k and a cell whose complement is under k ("all but one")', () => {
    const t: TableCounts = { additive: false, total: { n: 12, counts: [11, 6, 4] }, groups: [] };
    expect(states(t).total).toEqual([12, 'tooFew', 6, 'tooFew']);
  });

  it('hides a second cell when one alone would be the number of answers minus the shown ones', () => {
    // 20 answers: 10, 7, 3. Hiding only the 3 would give it away as 20 − 10 − 7.
    const t: TableCounts = { additive: true, total: { n: 20, counts: [10, 7, 3] }, groups: [] };
    expect(states(t).total).toEqual([20, 10, 'tooFew', 'tooFew']);
  });

  it('never leaves hidden cells whose sum is under k (two zeros would be known to be zeros)', () => {
    const t: TableCounts = { additive: true, total: { n: 30, counts: [12, 10, 8, 0, 0] }, groups: [] };
    const shown = states(t).total;
    const hidden = shown.slice(1).filter((s) => s === 'tooFew').length;
    expect(hidden).toBeGreaterThanOrEqual(3);
    expect(shown[0]).toBe(30);
  });

  it('a multiple-choice row does not add up, so a lone hidden cell there stays alone', () => {
    const t: TableCounts = { additive: false, total: { n: 20, counts: [10, 7, 3] }, groups: [] };
    expect(states(t).total).toEqual([20, 10, 7, 'tooFew']);
  });

  it('a group under k is "för få svar", a group without members "inga data"', () => {
    const t = table([group('a', [6, 6]), group('b', [5, 5]), group('c', [1, 2]), group('d', [0, 0], 0)]);
    const s = states(t);
    expect(s.groups[2]).toEqual(['tooFew', 'tooFew', 'tooFew']);
    expect(s.groups[3]).toEqual(['noData', 'noData', 'noData']);
  });

  it('hides a second group when one hidden group would be the total minus the others', () => {
    const t = table([group('a', [10, 10]), group('b', [6, 6]), group('c', [1, 2])]);
    const s = states(t);
    expect(s.groups[2]![0]).toBe('tooFew');
    // b is smaller than a, so b goes too.
    expect(s.groups[1]![0]).toBe('tooFew');
    expect(s.groups[0]![0]).toBe(20);
  });

  it('no hidden cell of any column is the total minus the shown cells of that column', () => {
    const t = table([group('a', [10, 10, 10]), group('b', [3, 8, 9]), group('c', [9, 9, 9])]);
    const mask = suppressTable(t, K);
    for (let c = 0; c < 4; c++) {
      const hiddenRows = [1, 2, 3].filter((r) => mask.hidden[r]![c]);
      if (!mask.hidden[0]![c]) expect(hiddenRows.length).not.toBe(1);
    }
    for (let r = 0; r < 4; r++) expect(mask.hidden[r]!.slice(1).filter(Boolean).length).not.toBe(1);
  });

  it('a threshold of 3 shows what 5 hides', () => {
    const t: TableCounts = { additive: true, total: { n: 8, counts: [4, 4] }, groups: [] };
    expect(states(t, 3).total).toEqual([8, 4, 4]);
    expect(states(t, 5).total).toEqual([8, 'tooFew', 'tooFew']);
  });
});

describe('crossExposure and suppressPoll', () => {
  // Two breakdowns over the same 30 answers: school form (x, y) and unit (u1, u2, u3). Unit u3 has
  // teachers of both forms; u1 only form x, u2 only form y.
  //   x: u1 10, u3 2  → 12        y: u2 14, u3 4 → 18      u3: 6
  // Shown: x 12, u1 10 → x ∩ u3 = 2 is given away by subtraction.
  const values = [
    [[10], [0], [2]],
    [[0], [14], [4]],
  ];
  const members = [
    [20, 0, 5],
    [0, 20, 5],
  ];
  const q = {
    additive: true,
    total: { n: 30, counts: [] as number[] },
    breakdowns: [
      [group('x', []), group('y', [])].map((g, i) => ({ ...g, n: [12, 18][i]! })),
      [group('u1', []), group('u2', []), group('u3', [])].map((g, i) => ({ ...g, n: [10, 14, 6][i]! })),
    ],
    crosses: new Map([['0:1', { values, members }]]),
  };

  it('finds an intersection that two shown breakdowns give away', () => {
    const a = suppressTable({ additive: true, total: q.total, groups: q.breakdowns[0]! }, K);
    const b = suppressTable({ additive: true, total: q.total, groups: q.breakdowns[1]! }, K);
    expect(crossExposure(a, b, { values, members }, K)).not.toBeNull();
  });

  it('hides groups until no intersection is given away', () => {
    const [shown] = suppressPoll([q], 2, K);
    const hidden = (g: { n: { state: string } }) => g.n.state !== 'shown';
    const [forms, units] = shown!.breakdowns as [(typeof shown.breakdowns)[0], (typeof shown.breakdowns)[0]];
    // Some group of either breakdown is hidden, and never exactly one per breakdown.
    expect(forms.filter(hidden).length + units.filter(hidden).length).toBeGreaterThan(0);
    expect(forms.filter(hidden).length).not.toBe(1);
    expect(units.filter(hidden).length).not.toBe(1);
  });
});
