// Which figures of a table of counts may be shown, so that no one counted can be singled out.
// Pure arithmetic, no database. Used by the teacher panel (a poll's answers) and by coaching's
// statistics (engagements); the words below say "items" for what is counted.
//
// A table is one set of counts for the whole (the total row) and for each group of one breakdown
// (the group rows). Column 0 is the number of items (n), columns 1… are the categories. The groups
// partition the items (every item is in exactly one group; items without a value form their own
// group), so a column of the group rows adds up to the total row's cell.
//
// The rules, for a threshold k:
// 1. A row is shown only when its n is at least k; a group known to be empty (its members are 0,
//    known from outside the counts: nobody in the audience, no engagement at all) is "no data".
// 2. A cell is shown only when its count c is at least k and its complement n − c is too (no "all
//    but fewer than k").
// 3. No hidden cell may be worked out by subtraction: in a row whose cells add up to n (one
//    category per item) and in every column across the groups, the hidden cells are never one
//    alone, and what they add up to (which the shown figures give away) must itself pass rule 2.
//    When it does not, the smallest shown cell is hidden too (secondary suppression), until it does.
// 4. Two breakdowns overlap (a school form and a unit share teachers): `crossExposure` works out
//    which intersections the shown figures of both determine and hides a group whose intersection
//    would be given away.

/** How a figure is shown: its value, too few ("för få"), or no data (the group is known to be empty). */
export type CellState = 'shown' | 'tooFew' | 'noData';

/** One figure as it may be shown: the value only when shown. */
export interface Cell {
  state: CellState;
  value: number | null;
}

/** One group's true counts. */
export interface GroupCounts {
  key: string;
  /** Members of the group as known without the counts (0: no data; Infinity when unknown). */
  members: number;
  n: number;
  counts: number[];
}

/** One table's true counts in one breakdown (or none: no groups). */
export interface TableCounts {
  /** Whether a row's counts add up to its n (one category per item). */
  additive: boolean;
  total: { n: number; counts: number[] };
  groups: GroupCounts[];
}

/** What may be shown of a table. */
export interface ShownTable {
  total: { n: Cell; counts: Cell[] };
  groups: Array<{ key: string; n: Cell; counts: Cell[] }>;
}

/** The hidden flags of a table: row 0 the total, rows 1… the groups; column 0 is n. */
export interface Mask {
  hidden: boolean[][];
  noData: boolean[];
}

interface Grid {
  /** values[r][c]: r 0 total, 1… groups; c 0 n, 1… options. */
  values: number[][];
  members: number[];
  additive: boolean;
}

function gridOf(t: TableCounts): Grid {
  return {
    values: [[t.total.n, ...t.total.counts], ...t.groups.map((g) => [g.n, ...g.counts])],
    members: [Infinity, ...t.groups.map((g) => g.members)],
    additive: t.additive,
  };
}

const hideRow = (m: Mask, r: number) => m.hidden[r]!.fill(true);

/**
 * The hidden cells of one table for threshold k. `forcedRows` are group indexes (0-based among the
 * groups) to hide whole whatever their counts: rows hidden in another table of the same set, so
 * that every table hides the same groups' numbers of items.
 */
export function suppressTable(t: TableCounts, k: number, forcedRows: ReadonlySet<number> = new Set()): Mask {
  const g = gridOf(t);
  const rows = g.values.length;
  const cols = g.values[0]!.length;
  const mask: Mask = {
    hidden: g.values.map(() => new Array<boolean>(cols).fill(false)),
    noData: g.members.map((m) => m === 0),
  };
  const v = (r: number, c: number) => g.values[r]![c]!;
  // Rule 1 and 2 (primary suppression).
  if (v(0, 0) < k) {
    for (let r = 0; r < rows; r++) if (!mask.noData[r]) hideRow(mask, r);
    return mask;
  }
  for (let r = 0; r < rows; r++) {
    if (mask.noData[r]) continue;
    const n = v(r, 0);
    if (n < k || (r > 0 && forcedRows.has(r - 1))) {
      hideRow(mask, r);
      continue;
    }
    for (let c = 1; c < cols; c++) if (v(r, c) < k || n - v(r, c) < k) mask.hidden[r]![c] = true;
  }
  // Rule 3 (secondary suppression) until nothing changes; every pass hides at least one more cell.
  for (let changed = true; changed;) {
    changed = false;
    for (let r = 0; r < rows && !changed; r++) {
      if (!g.additive || mask.noData[r] || mask.hidden[r]![0]) continue;
      const hiddenCols = range(1, cols).filter((c) => mask.hidden[r]![c]);
      if (!hiddenCols.length) continue;
      const sum = hiddenCols.reduce((s, c) => s + v(r, c), 0);
      const n = v(r, 0);
      const allSmall = hiddenCols.every((c) => v(r, c) < k);
      const exposed =
        hiddenCols.length === 1 ||
        sum < k ||
        (n - sum > 0 && n - sum < k) ||
        (allSmall && sum === hiddenCols.length * (k - 1));
      if (!exposed) continue;
      const shown = range(1, cols).filter((c) => !mask.hidden[r]![c]);
      const next = smallest(shown, (c) => v(r, c));
      if (next !== undefined) {
        mask.hidden[r]![next] = true;
        changed = true;
      }
    }
    for (let c = 0; c < cols && !changed; c++) {
      if (mask.hidden[0]![c]) continue;
      const groups = range(1, rows).filter((r) => !mask.noData[r]);
      const hiddenRows = groups.filter((r) => mask.hidden[r]![c]);
      if (!hiddenRows.length || hiddenRows.length === groups.length) continue;
      const sum = hiddenRows.reduce((s, r) => s + v(r, c), 0);
      const people = hiddenRows.reduce((s, r) => s + v(r, 0), 0);
      const exposed = hiddenRows.length === 1 || sum < k || (c > 0 && people - sum < k);
      if (!exposed) continue;
      const shown = groups.filter((r) => !mask.hidden[r]![c]);
      const next = smallest(shown, (r) => v(r, c === 0 ? 0 : c));
      if (next === undefined) continue;
      if (c === 0) hideRow(mask, next);
      else mask.hidden[next]![c] = true;
      changed = true;
    }
  }
  return mask;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

function smallest(candidates: number[], value: (i: number) => number): number | undefined {
  let best: number | undefined;
  for (const i of candidates) if (best === undefined || value(i) < value(best)) best = i;
  return best;
}

/** The table as shown under its mask. */
export function shownTable(t: TableCounts, mask: Mask): ShownTable {
  const cell = (r: number, c: number, value: number): Cell =>
    mask.noData[r]
      ? { state: 'noData', value: null }
      : mask.hidden[r]![c]
        ? { state: 'tooFew', value: null }
        : { state: 'shown', value };
  return {
    total: { n: cell(0, 0, t.total.n), counts: t.total.counts.map((x, i) => cell(0, i + 1, x)) },
    groups: t.groups.map((gr, gi) => ({
      key: gr.key,
      n: cell(gi + 1, 0, gr.n),
      counts: gr.counts.map((x, i) => cell(gi + 1, i + 1, x)),
    })),
  };
}

/** The true counts of the items in each intersection of two breakdowns' groups, with the members'. */
export interface CrossCounts {
  /** values[a][b][c]: group a of the first breakdown, b of the second; c 0 is n, 1… the options. */
  values: number[][][];
  /** Members of each intersection (0: it is empty, and known to be). */
  members: number[][];
}

/**
 * Which group to hide next so that no intersection of the two breakdowns is given away by the
 * figures both show, or null when none is. An intersection is given away when a shown row or
 * column of groups has it as its only unknown part once the others are worked out, and what is
 * worked out would not pass rule 2 on its own. Answers 'a' or 'b' with the group's index.
 */
export function crossExposure(
  a: Mask,
  b: Mask,
  cross: CrossCounts,
  k: number,
): { side: 'a' | 'b'; group: number } | null {
  const na = cross.values.length;
  const nb = cross.values[0]?.length ?? 0;
  const cols = cross.values[0]?.[0]?.length ?? 0;
  for (let c = 0; c < cols; c++) {
    const known: (number | null)[][] = cross.members.map((row) => row.map((m) => (m === 0 ? 0 : null)));
    const value = (i: number, j: number) => cross.values[i]![j]![c]!;
    const lines: Array<{ side: 'a' | 'b'; group: number; cells: Array<[number, number]> }> = [];
    for (let i = 0; i < na; i++)
      if (!a.noData[i + 1] && !a.hidden[i + 1]![c])
        lines.push({ side: 'a', group: i, cells: range(0, nb).map((j) => [i, j] as [number, number]) });
    for (let j = 0; j < nb; j++)
      if (!b.noData[j + 1] && !b.hidden[j + 1]![c])
        lines.push({ side: 'b', group: j, cells: range(0, na).map((i) => [i, j] as [number, number]) });
    for (let progress = true; progress;) {
      progress = false;
      for (const line of lines) {
        const open = line.cells.filter(([i, j]) => cross.members[i]![j]! > 0);
        const unknown = open.filter(([i, j]) => known[i]![j] === null);
        if (unknown.length !== 1) continue;
        const [i, j] = unknown[0]!;
        known[i]![j] = value(i, j);
        progress = true;
        // The group's own row is the intersection: it passed its table's rules.
        if (open.length === 1) continue;
        const x = value(i, j);
        const people = cross.values[i]![j]![0]!;
        if (x < k || (c > 0 && people - x < k)) {
          const nA = cross.values[i]!.reduce((s, cell) => s + cell[0]!, 0);
          const nB = cross.values.reduce((s, row) => s + row[j]![0]!, 0);
          const aShown = !a.hidden[i + 1]![0];
          const bShown = !b.hidden[j + 1]![0];
          if (aShown && (!bShown || nA <= nB)) return { side: 'a', group: i };
          if (bShown) return { side: 'b', group: j };
          return { side: line.side, group: line.group };
        }
      }
    }
  }
  return null;
}

/** One table of a set: its total and, for each breakdown of the set, its groups. */
export interface TableSetCounts {
  additive: boolean;
  total: { n: number; counts: number[] };
  breakdowns: GroupCounts[][];
  /** For each pair of breakdowns i < j, keyed `${i}:${j}`, the counts of their intersections. */
  crosses: Map<string, CrossCounts>;
}

/** What may be shown of one table of a set: the total row and each breakdown's groups. */
export interface ShownTableSet {
  total: ShownTable['total'];
  breakdowns: ShownTable['groups'][];
}

/**
 * A set of tables over the same items and breakdowns (a poll's questions; coaching's engagements by
 * subject and by duration) as they may be shown. A group whose n is hidden in one table is hidden in
 * every table (n is the same in all of them), and a group whose intersection with another
 * breakdown's group would be given away is hidden, until nothing more needs hiding.
 */
export function suppressTableSet(tables: TableSetCounts[], breakdownCount: number, k: number): ShownTableSet[] {
  const forced = Array.from({ length: breakdownCount }, () => new Set<number>());
  const tableOf = (q: TableSetCounts, b: number): TableCounts => ({
    additive: q.additive,
    total: q.total,
    groups: q.breakdowns[b] ?? [],
  });
  for (;;) {
    const masks = tables.map((q) => range(0, breakdownCount).map((b) => suppressTable(tableOf(q, b), k, forced[b])));
    let grew = false;
    for (const perTable of masks)
      perTable.forEach((mask, b) => {
        mask.hidden.forEach((row, r) => {
          if (r > 0 && row[0] && !mask.noData[r] && !forced[b]!.has(r - 1)) {
            forced[b]!.add(r - 1);
            grew = true;
          }
        });
      });
    if (!grew) {
      outer: for (let qi = 0; qi < tables.length; qi++)
        for (let i = 0; i < breakdownCount; i++)
          for (let j = i + 1; j < breakdownCount; j++) {
            const cross = tables[qi]!.crosses.get(`${i}:${j}`);
            if (!cross) continue;
            const hit = crossExposure(masks[qi]![i]!, masks[qi]![j]!, cross, k);
            if (hit) {
              forced[hit.side === 'a' ? i : j]!.add(hit.group);
              grew = true;
              break outer;
            }
          }
    }
    if (!grew) {
      return tables.map((q, qi) => {
        const shown = range(0, breakdownCount).map((b) => shownTable(tableOf(q, b), masks[qi]![b]!));
        const total = shown[0]?.total ?? shownTable(tableOf(q, 0), suppressTable(tableOf(q, 0), k)).total;
        return { total, breakdowns: shown.map((t) => t.groups) };
      });
    }
  }
}
