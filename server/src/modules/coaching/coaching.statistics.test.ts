import { describe, expect, it } from 'vitest';
import type { Cell } from '../../shared/suppression.js';
import type { CoachingSubject } from './coaching.enums.js';
import {
  addMonths,
  durationBand,
  statisticsFigures,
  type FigureTable,
  type StatisticsFacts,
} from './coaching.statistics.js';

const K = 5;
const NOW = new Date('2026-03-01T12:00:00Z');
const at = (iso: string) => new Date(`${iso}T09:00:00Z`);

/** n engagements of a unit and subject, started a month before NOW, still active. */
const many = (unitId: string, subject: CoachingSubject, n: number): StatisticsFacts[] =>
  Array.from({ length: n }, () => ({ unitId, subject, startedAt: at('2026-02-01'), closedAt: null }));
const show = (c: Cell) => (c.state === 'shown' ? c.value : c.state);
// Columns: svenska, svenskaSomAndrasprak, bild, so, matematik, no.
const SO = 3;
const MA = 4;
const NO = 5;
const row = (t: FigureTable, unitId: string) => t.units.find((r) => r.unitId === unitId)!;

/** No line whose total is shown has exactly one hidden figure (it would be the total less the shown ones). */
function expectNoSingleHidden(t: FigureTable) {
  const rows = [t.total, ...t.units];
  for (const r of rows) {
    if (r.engagements.state !== 'shown') continue;
    expect(r.counts.filter((c) => c.state === 'tooFew').length).not.toBe(1);
  }
  const width = t.total.counts.length;
  for (let c = -1; c < width; c++) {
    const total = c < 0 ? t.total.engagements : t.total.counts[c]!;
    if (total.state !== 'shown') continue;
    const hidden = t.units.filter((r) => (c < 0 ? r.engagements : r.counts[c]!).state === 'tooFew');
    expect(hidden.length).not.toBe(1);
  }
}

/** Every shown figure is at least k, and so is its complement in its row. */
function expectShownFromK(t: FigureTable) {
  for (const r of [t.total, ...t.units]) {
    if (r.engagements.state === 'shown') expect(r.engagements.value).toBeGreaterThanOrEqual(K);
    for (const c of r.counts)
      if (c.state === 'shown') {
        expect(c.value).toBeGreaterThanOrEqual(K);
        expect(r.engagements.value! - c.value!).toBeGreaterThanOrEqual(K);
      }
  }
}

describe('durations', () => {
  it('counts calendar months from the start to the close or now', () => {
    expect(addMonths(at('2025-01-31'), 1).toISOString().slice(0, 10)).toBe('2025-02-28');
    expect(addMonths(at('2025-03-15'), -3).toISOString().slice(0, 10)).toBe('2024-12-15');
    expect(durationBand(at('2025-01-10'), at('2025-04-09'))).toBe('under3');
    expect(durationBand(at('2025-01-10'), at('2025-04-10'))).toBe('from3to6');
    expect(durationBand(at('2025-01-10'), at('2025-07-10'))).toBe('from6to12');
    expect(durationBand(at('2025-01-10'), at('2026-01-10'))).toBe('over12');
  });
});

describe('statisticsFigures', () => {
  it('shows a cell of 5 engagements and hides one of 4 ("för få")', () => {
    const five = statisticsFigures(
      [...many('s', 'so', 5), ...many('s', 'matematik', 5), ...many('t', 'so', 5), ...many('t', 'matematik', 5)],
      K,
      NOW,
    );
    expect(show(row(five.bySubject, 's').counts[SO]!)).toBe(5);
    const four = statisticsFigures(
      [
        ...many('s', 'so', 4),
        ...many('s', 'matematik', 5),
        ...many('s', 'no', 5),
        ...many('t', 'so', 5),
        ...many('t', 'matematik', 5),
        ...many('t', 'no', 5),
      ],
      K,
      NOW,
    );
    expect(show(row(four.bySubject, 's').counts[SO]!)).toBe('tooFew');
    expect(show(row(four.bySubject, 's').engagements)).toBe(14);
    expectNoSingleHidden(four.bySubject);
    expectShownFromK(four.bySubject);
  });

  it('hides a cell whose complement is under k (no "all but fewer than k")', () => {
    const f = statisticsFigures(
      [...many('s', 'so', 6), ...many('s', 'matematik', 4), ...many('t', 'so', 5), ...many('t', 'matematik', 5)],
      K,
      NOW,
    );
    expect(show(row(f.bySubject, 's').engagements)).toBe(10);
    expect(show(row(f.bySubject, 's').counts[SO]!)).toBe('tooFew');
    expectNoSingleHidden(f.bySubject);
  });

  it('hides a second unit so that a small one cannot be worked out from the total', () => {
    const f = statisticsFigures([...many('a', 'so', 10), ...many('b', 'so', 10), ...many('c', 'so', 3)], K, NOW);
    expect(show(f.bySubject.total.engagements)).toBe(23);
    expect(show(row(f.bySubject, 'c').engagements)).toBe('tooFew');
    const shownUnits = f.bySubject.units.filter((r) => r.engagements.state === 'shown');
    expect(shownUnits).toHaveLength(1);
    expectNoSingleHidden(f.bySubject);
    // The same units are hidden in the durations' table: both show a unit's number of engagements.
    expect(f.byDuration.units.map((r) => r.engagements.state)).toEqual(
      f.bySubject.units.map((r) => r.engagements.state),
    );
  });

  it('says "inga" for a subject or duration nobody has, and "för få" for a zero among others', () => {
    const f = statisticsFigures([...many('s', 'so', 5), ...many('s', 'matematik', 5), ...many('t', 'no', 5)], K, NOW);
    expect(show(f.bySubject.total.counts[0]!)).toBe('noData');
    expect(show(row(f.bySubject, 's').counts[0]!)).toBe('noData');
    // Sylteskolan has no NO engagement, but a zero in a used column is hidden like any small count.
    expect(show(row(f.bySubject, 's').counts[NO]!)).toBe('tooFew');
    expect(show(row(f.bySubject, 't').counts[MA]!)).toBe('tooFew');
    const none = statisticsFigures([], K, NOW);
    expect(show(none.bySubject.total.engagements)).toBe('noData');
    expect(none.bySubject.units).toEqual([]);
  });

  it('puts an engagement in its duration band from its start to its close, or now', () => {
    const facts: StatisticsFacts[] = [
      ...Array.from({ length: 5 }, () => ({
        unitId: 's',
        subject: 'so' as const,
        startedAt: at('2024-01-01'),
        closedAt: at('2024-02-15'),
      })),
      ...Array.from({ length: 5 }, () => ({
        unitId: 's',
        subject: 'so' as const,
        startedAt: at('2024-01-01'),
        closedAt: null,
      })),
    ];
    const f = statisticsFigures(facts, K, NOW);
    expect(f.byDuration.total.counts.map(show)).toEqual([5, 'noData', 'noData', 5]);
  });

  it('never shows a figure under k or a single hidden one in a line, over many random tables', () => {
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const subjects: CoachingSubject[] = ['svenska', 'so', 'matematik', 'no', 'bild'];
    for (let round = 0; round < 500; round++) {
      const facts: StatisticsFacts[] = [];
      const units = 1 + Math.floor(random() * 5);
      for (let u = 0; u < units; u++)
        for (const s of subjects) facts.push(...many(`u${u}`, s, Math.floor(random() * random() * 12)));
      const f = statisticsFigures(facts, K, NOW);
      for (const t of [f.bySubject, f.byDuration]) {
        expectNoSingleHidden(t);
        expectShownFromK(t);
      }
    }
  });
});
