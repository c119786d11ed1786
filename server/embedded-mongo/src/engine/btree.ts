/**
 * An in-memory B+tree: items kept in the order of a comparator, updated in O(log n), with seeks
 * and scans in either direction. Items must be distinct under the comparator.
 */

/** Most items in a leaf and most children of a branch. */
const MAX = 128;
/** A leaf with fewer items than this is merged into a neighbour when they fit together. */
const MIN = MAX / 4;

interface Leaf<T> {
  leaf: true;
  items: T[];
  prev: Leaf<T> | null;
  next: Leaf<T> | null;
}

/** children[i] holds items < seps[i] ≤ the items of children[i + 1]. */
interface Branch<T> {
  leaf: false;
  children: Node<T>[];
  seps: T[];
}

type Node<T> = Leaf<T> | Branch<T>;

/** A position between items: before `leaf.items[index]` (index may equal the leaf's length at the end). */
export interface Position<T> {
  leaf: Leaf<T>;
  index: number;
}

function newLeaf<T>(items: T[]): Leaf<T> {
  return { leaf: true, items, prev: null, next: null };
}

/** An ordered set of items with O(log n) insert, delete and seek. */
export class BTree<T> {
  private root: Node<T> = newLeaf<T>([]);
  private count = 0;
  /** The branches passed on the way down and the child taken in each (reused by insert and delete). */
  private readonly path: Branch<T>[] = [];
  private readonly slots: number[] = [];

  constructor(private readonly cmp: (a: T, b: T) => number) {}

  get size(): number {
    return this.count;
  }

  /** Replaces the content by items already sorted by the comparator (a bulk build in O(n)). */
  load(sorted: T[]): void {
    this.count = sorted.length;
    if (sorted.length <= MAX) {
      this.root = newLeaf(sorted.slice());
      return;
    }
    // Leaves three-quarters full leave room for later inserts without immediate splits.
    const fill = (MAX * 3) / 4;
    let level: Node<T>[] = [];
    let firsts: T[] = [];
    let prev: Leaf<T> | null = null;
    for (let i = 0; i < sorted.length; i += fill) {
      const leaf = newLeaf(sorted.slice(i, i + fill));
      leaf.prev = prev;
      if (prev) prev.next = leaf;
      prev = leaf;
      level.push(leaf);
      firsts.push(leaf.items[0]!);
    }
    while (level.length > 1) {
      const up: Node<T>[] = [];
      const upFirsts: T[] = [];
      for (let i = 0; i < level.length; i += fill) {
        up.push({ leaf: false, children: level.slice(i, i + fill), seps: firsts.slice(i + 1, i + fill) });
        upFirsts.push(firsts[i]!);
      }
      level = up;
      firsts = upFirsts;
    }
    this.root = level[0]!;
  }

  /** Adds an item. */
  insert(item: T): void {
    const node = this.descend(item);
    const { path, slots } = this;
    const items = node.items;
    const at = upperBound(items, item, this.cmp);
    for (let i = items.length; i > at; i--) items[i] = items[i - 1]!;
    items[at] = item;
    this.count++;
    if (items.length <= MAX) return;

    // Split the leaf; appending at the very end keeps the left leaf full (ascending keys).
    const cut = at === items.length - 1 && node.next === null ? items.length - 1 : items.length >> 1;
    const right = newLeaf(items.splice(cut));
    right.next = node.next;
    right.prev = node;
    if (node.next) node.next.prev = right;
    node.next = right;
    let sep = right.items[0]!;
    let made: Node<T> = right;
    for (let d = path.length - 1; d >= 0; d--) {
      const parent = path[d]!;
      const slot = slots[d]!;
      parent.children.splice(slot + 1, 0, made);
      parent.seps.splice(slot, 0, sep);
      if (parent.children.length <= MAX) return;
      const half = parent.children.length >> 1;
      const sibling: Branch<T> = {
        leaf: false,
        children: parent.children.splice(half),
        seps: parent.seps.splice(half),
      };
      sep = parent.seps.pop()!;
      made = sibling;
    }
    this.root = { leaf: false, children: [this.root, made], seps: [sep] };
  }

  /** Removes the item equal to `item` under the comparator; false if there is none. */
  delete(item: T): boolean {
    const node = this.descend(item);
    const { path, slots } = this;
    const items = node.items;
    const at = lowerBound(items, item, this.cmp);
    if (at >= items.length || this.cmp(items[at]!, item) !== 0) return false;
    items.splice(at, 1);
    this.count--;
    if (items.length >= MIN || path.length === 0) return true;
    this.rebalance(node, path, slots);
    return true;
  }

  /** The leaf where `item` belongs; fills `path` and `slots` with the way there. */
  private descend(item: T): Leaf<T> {
    const { path, slots } = this;
    path.length = 0;
    slots.length = 0;
    let node = this.root;
    while (!node.leaf) {
      const i = upperBound(node.seps, item, this.cmp);
      path.push(node);
      slots.push(i);
      node = node.children[i]!;
    }
    return node;
  }

  /** Merges an underfull leaf into a neighbour under the same parent, or drops it when empty. */
  private rebalance(leaf: Leaf<T>, path: Branch<T>[], slots: number[]): void {
    const parent = path[path.length - 1]!;
    const slot = slots[slots.length - 1]!;
    const rightSibling = parent.children[slot + 1] as Leaf<T> | undefined;
    const leftSibling = parent.children[slot - 1] as Leaf<T> | undefined;
    let removed: number;
    if (rightSibling && leaf.items.length + rightSibling.items.length <= MAX) {
      for (const x of rightSibling.items) leaf.items.push(x);
      unlink(rightSibling);
      removed = slot + 1;
    } else if (leftSibling && leaf.items.length + leftSibling.items.length <= MAX) {
      for (const x of leaf.items) leftSibling.items.push(x);
      unlink(leaf);
      removed = slot;
    } else if (leaf.items.length === 0) {
      unlink(leaf);
      removed = slot;
    } else return;
    this.removeChild(path, slots, path.length - 1, removed);
  }

  /** Removes child `index` of path[depth], dropping branches that become empty and a root with one child. */
  private removeChild(path: Branch<T>[], slots: number[], depth: number, index: number): void {
    const branch = path[depth]!;
    branch.children.splice(index, 1);
    if (branch.seps.length > 0) branch.seps.splice(index === 0 ? 0 : index - 1, 1);
    if (branch.children.length === 0 && depth > 0) {
      this.removeChild(path, slots, depth - 1, slots[depth - 1]!);
      return;
    }
    while (!this.root.leaf && this.root.children.length === 1) this.root = this.root.children[0]!;
    if (!this.root.leaf && this.root.children.length === 0) this.root = newLeaf<T>([]);
  }

  /** The position of the first item for which `before(item)` is false (items where it is true come first). */
  seek(before: (item: T) => boolean): Position<T> {
    let node = this.root;
    while (!node.leaf) {
      const seps = node.seps;
      let lo = 0;
      let hi = seps.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (before(seps[mid]!)) lo = mid + 1;
        else hi = mid;
      }
      node = node.children[lo]!;
    }
    const items = node.items;
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(items[mid]!)) lo = mid + 1;
      else hi = mid;
    }
    return { leaf: node, index: lo };
  }

  /** The position before the first item. */
  start(): Position<T> {
    let node = this.root;
    while (!node.leaf) node = node.children[0]!;
    return { leaf: node, index: 0 };
  }

  /** The position after the last item. */
  end(): Position<T> {
    let node = this.root;
    while (!node.leaf) node = node.children[node.children.length - 1]!;
    return { leaf: node, index: node.items.length };
  }

  /** Calls `visit` on the items from a position onwards, in order, until it returns false. */
  each(from: Position<T>, visit: (item: T) => boolean): void {
    let leaf: Leaf<T> | null = from.leaf;
    let i = from.index;
    while (leaf) {
      const items = leaf.items;
      for (; i < items.length; i++) if (!visit(items[i]!)) return;
      leaf = leaf.next;
      i = 0;
    }
  }

  /** Number of items between two positions (`from` not after `to`). */
  distance(from: Position<T>, to: Position<T>): number {
    let n = -from.index;
    for (let leaf: Leaf<T> | null = from.leaf; leaf && leaf !== to.leaf; leaf = leaf.next) n += leaf.items.length;
    return n + to.index;
  }

  /** Items from a position onwards, in order. */
  *forward(from: Position<T>): Generator<T> {
    let leaf: Leaf<T> | null = from.leaf;
    let i = from.index;
    while (leaf) {
      const items = leaf.items;
      for (; i < items.length; i++) yield items[i]!;
      leaf = leaf.next;
      i = 0;
    }
  }

  /** Items before a position, last first. */
  *backward(from: Position<T>): Generator<T> {
    let leaf: Leaf<T> | null = from.leaf;
    let i = from.index - 1;
    while (leaf) {
      const items = leaf.items;
      for (; i >= 0; i--) yield items[i]!;
      leaf = leaf.prev;
      i = leaf ? leaf.items.length - 1 : -1;
    }
  }
}

function unlink<T>(leaf: Leaf<T>): void {
  if (leaf.prev) leaf.prev.next = leaf.next;
  if (leaf.next) leaf.next.prev = leaf.prev;
  leaf.prev = leaf.next = null;
}

/** First index whose item is > x. */
function upperBound<T>(items: T[], x: T, cmp: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(items[mid]!, x) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose item is >= x. */
function lowerBound<T>(items: T[], x: T, cmp: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(items[mid]!, x) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
