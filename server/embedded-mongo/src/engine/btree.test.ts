import { describe, expect, it } from 'vitest';
import { BTree } from './btree.js';

/** Repeatable pseudo-random numbers. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

const cmp = (a: number, b: number): number => a - b;

/** Checks content, order both ways and seeks against a sorted array. */
function expectSameAs(tree: BTree<number>, model: number[]): void {
  expect(tree.size).toBe(model.length);
  expect([...tree.forward(tree.start())]).toEqual(model);
  expect([...tree.backward(tree.end())]).toEqual([...model].reverse());
  for (const probe of [-1, 0, model[0] ?? 0, model[model.length >> 1] ?? 0, 1e9]) {
    const at = model.findIndex((x) => x >= probe);
    const from = at < 0 ? model.length : at;
    expect([...take(tree.forward(tree.seek((x) => x < probe)), 3)]).toEqual(model.slice(from, from + 3));
    expect([...take(tree.backward(tree.seek((x) => x < probe)), 3)]).toEqual(
      model.slice(Math.max(0, from - 3), from).reverse(),
    );
  }
}

function* take<T>(it: Iterable<T>, n: number): Generator<T> {
  if (n <= 0) return;
  for (const x of it) {
    yield x;
    if (--n === 0) return;
  }
}

describe('BTree', () => {
  it('keeps order through random inserts and deletes, down to empty', () => {
    const random = lcg(7);
    const tree = new BTree<number>(cmp);
    const present = new Set<number>();
    for (let i = 0; i < 40_000; i++) {
      const x = Math.floor(random() * 60_000);
      if (present.has(x)) {
        expect(tree.delete(x)).toBe(true);
        present.delete(x);
      } else {
        tree.insert(x);
        present.add(x);
      }
      if (i % 10_000 === 9_999) expectSameAs(tree, [...present].sort(cmp));
    }
    expect(tree.delete(-5)).toBe(false);
    for (const x of [...present].sort(() => random() - 0.5)) expect(tree.delete(x)).toBe(true);
    expectSameAs(tree, []);
    tree.insert(3);
    expectSameAs(tree, [3]);
  });

  it('appends ascending keys and removes them from either end', () => {
    const tree = new BTree<number>(cmp);
    const model = Array.from({ length: 20_000 }, (_, i) => i);
    for (const x of model) tree.insert(x);
    expectSameAs(tree, model);
    for (let i = 0; i < 8_000; i++) {
      expect(tree.delete(i)).toBe(true);
      expect(tree.delete(19_999 - i)).toBe(true);
    }
    expectSameAs(tree, model.slice(8_000, 12_000));
  });

  it('loads sorted items in bulk and stays updatable', () => {
    const tree = new BTree<number>(cmp);
    const model = Array.from({ length: 30_001 }, (_, i) => i * 2);
    tree.load(model);
    expectSameAs(tree, model);
    for (let i = 0; i < 30_001; i += 3) tree.insert(i * 2 + 1);
    for (let i = 0; i < 30_001; i += 5) tree.delete(i * 2);
    const expected = new Set(model.filter((_, i) => i % 5 !== 0));
    for (let i = 0; i < 30_001; i += 3) expected.add(i * 2 + 1);
    expectSameAs(tree, [...expected].sort(cmp));
  });
});
