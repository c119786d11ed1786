/** One index of a collection: its entries ordered by key (BSON order) and document, kept in a B+tree. */
import { fail } from '../errors.js';
import { formatDoc } from '../bson/format.js';
import { collectValues } from '../bson/paths.js';
import { compareValues, isNumeric, isPlainObject, toNumber, typeRank } from '../bson/values.js';
import { compileFilter, type Matcher } from '../query/match.js';
import { BTree } from './btree.js';

type Doc = Record<string, unknown>;

/** The key values one document contributes to an index, one per indexed field. */
export type IndexKey = unknown[];

/** One entry: a key, the document's position in the collection's natural order, and its id. */
export interface IndexEntry {
  values: IndexKey;
  seq: number;
  id: string;
}

/** The index specification as listIndexes returns it. */
export type IndexSpec = Record<string, unknown> & { key: Record<string, unknown>; name: string; v?: unknown };

/** A range on one field in BSON order, within the type bracket `rank` where a bound is open. */
export interface RangeBound {
  rank: number;
  low?: unknown;
  lowInclusive: boolean;
  high?: unknown;
  highInclusive: boolean;
}

/** Keys with equal values on the first fields (`prefix`) and, optionally, the next field in `range`. */
export interface KeyInterval {
  prefix: unknown[];
  range?: RangeBound;
}

/** The default index name mongod derives from a key pattern (`email_1`, `a_1_b_-1`). */
export function defaultIndexName(key: Record<string, unknown>): string {
  return Object.entries(key)
    .map(([k, v]) => `${k}_${isNumeric(v) ? toNumber(v) : String(v)}`)
    .join('_');
}

/** compareValues with fast paths for the common key types (strings, doubles, int32, ObjectId). */
export function compareKey(a: unknown, b: unknown): number {
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  const x = plainNumber(a);
  if (x !== undefined) {
    const y = plainNumber(b);
    if (y !== undefined) {
      if (x < y) return -1;
      if (x > y) return 1;
      if (x === y) return 0;
    }
  }
  const ids = compareObjectIds(a, b);
  return ids ?? compareValues(a, b);
}

/** The 12 bytes of an ObjectId as bson keeps them: four big-endian 24-bit parts (i0..i3). */
interface PackedObjectId {
  _bsontype: 'ObjectId';
  i0: number;
  i1: number;
  i2: number;
  i3: number;
}

/** Compares two ObjectIds by their bytes without building hex strings; undefined for other values. */
function compareObjectIds(a: unknown, b: unknown): number | undefined {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return undefined;
  const x = a as PackedObjectId;
  const y = b as PackedObjectId;
  if (x._bsontype !== 'ObjectId' || y._bsontype !== 'ObjectId' || typeof x.i0 !== 'number' || typeof y.i0 !== 'number')
    return undefined;
  const d = x.i0 - y.i0 || x.i1 - y.i1 || x.i2 - y.i2 || x.i3 - y.i3;
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

function plainNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object') {
    const t = (v as { _bsontype?: unknown })._bsontype;
    if (t === 'Int32' || t === 'Double') return (v as { value: number }).value;
  }
  return undefined;
}

/** True when two keys are equal in BSON order. */
export function sameKey(a: IndexKey, b: IndexKey): boolean {
  for (let i = 0; i < a.length; i++) if (compareKey(a[i], b[i]) !== 0) return false;
  return true;
}

/** Where a value lies against a range: -1 below, 0 inside, 1 above. */
function rangePosition(x: unknown, r: RangeBound): number {
  if (r.low !== undefined) {
    const c = compareKey(x, r.low);
    if (c < 0 || (c === 0 && !r.lowInclusive)) return -1;
  } else if (typeRank(x) < r.rank) return -1;
  if (r.high !== undefined) {
    const c = compareKey(x, r.high);
    if (c > 0 || (c === 0 && !r.highInclusive)) return 1;
  } else if (typeRank(x) > r.rank) return 1;
  return 0;
}

/** An index held in memory; rebuilt from the documents on open. */
export class IndexStore {
  readonly spec: IndexSpec;
  readonly name: string;
  readonly fields: string[];
  /** 1 or -1 per field, as in the key pattern. */
  readonly dirs: (1 | -1)[];
  readonly unique: boolean;
  readonly sparse: boolean;
  private readonly partial?: Matcher;
  /** Per field: some document had several values there (an array, or a path through an array). */
  readonly multikeyFields: boolean[];
  private readonly dotted: boolean[];
  private readonly tree: BTree<IndexEntry>;

  constructor(spec: IndexSpec) {
    this.spec = spec;
    this.name = spec.name;
    this.fields = Object.keys(spec.key);
    this.dirs = this.fields.map((f) => (isNumeric(spec.key[f]) && toNumber(spec.key[f]) < 0 ? -1 : 1));
    this.dotted = this.fields.map((f) => f.includes('.'));
    this.multikeyFields = this.fields.map(() => false);
    this.unique = spec.unique === true || this.name === '_id_';
    this.sparse = spec.sparse === true;
    if (isPlainObject(spec.partialFilterExpression)) this.partial = compileFilter(spec.partialFilterExpression);
    this.compareEntries =
      this.fields.length === 1 && this.dirs[0] === 1
        ? (a, b) => compareKey(a.values[0], b.values[0]) || a.seq - b.seq
        : (a, b) => this.compareKeys(a.values, b.values) || a.seq - b.seq;
    this.tree = new BTree(this.compareEntries);
  }

  /** True once any document had several values for an indexed field. */
  get multikey(): boolean {
    return this.multikeyFields.includes(true);
  }

  /** True for a partial index (it may only answer queries that imply its filter). */
  get isPartial(): boolean {
    return this.partial !== undefined;
  }

  /** Number of entries (one per document, one per element for multikey). */
  get size(): number {
    return this.tree.size;
  }

  /** Compares keys in index order (the key pattern's directions). */
  compareKeys(a: IndexKey, b: IndexKey): number {
    for (let i = 0; i < a.length; i++) {
      const c = compareKey(a[i], b[i]);
      if (c !== 0) return this.dirs[i] === 1 ? c : -c;
    }
    return 0;
  }

  /** Index order of entries: by key, then by natural order. */
  private readonly compareEntries: (a: IndexEntry, b: IndexEntry) => number;

  /** The keys a document contributes (none when sparse/partial exclude it); distinct, one per array element. */
  keysOf(doc: Doc): IndexKey[] {
    if (this.partial && !this.partial(doc)) return [];
    const n = this.fields.length;
    if (n === 1 && !this.dotted[0]) {
      const v = doc[this.fields[0]!];
      if (v === undefined) return this.sparse ? [] : [[null]];
      if (!Array.isArray(v)) return [[v]];
    }
    let perField: unknown[][] | undefined;
    let allMissing = true;
    const single: unknown[] = new Array<unknown>(n);
    for (let i = 0; i < n; i++) {
      const values = this.valuesAt(doc, i);
      if (values.length > 0) allMissing = false;
      if (values.length === 1 && !Array.isArray(values[0])) {
        single[i] = values[0] ?? null;
        perField?.push([single[i]]);
        continue;
      }
      if (values.length === 0) {
        single[i] = null;
        perField?.push([null]);
        continue;
      }
      this.multikeyFields[i] = true;
      perField ??= single.slice(0, i).map((v) => [v]);
      const expanded: unknown[] = [];
      for (const v of values) {
        if (!Array.isArray(v)) expanded.push(v ?? null);
        else if (v.length === 0) expanded.push(null);
        else for (const e of v) expanded.push(e ?? null);
      }
      perField.push(expanded);
    }
    if (this.sparse && allMissing) return [];
    if (!perField) return [single];
    let combos: unknown[][] = [[]];
    for (const vals of perField) {
      const next: unknown[][] = [];
      for (const c of combos) for (const v of vals) next.push([...c, v]);
      combos = next;
    }
    const keys: IndexKey[] = [];
    for (const k of combos) if (!keys.some((seen) => sameKey(seen, k))) keys.push(k);
    return keys;
  }

  /** The values at field i: a top-level field without walking a path, dotted paths as queries read them. */
  private valuesAt(doc: Doc, i: number): unknown[] {
    if (this.dotted[i]) return collectValues(doc, this.fields[i]!);
    const v = doc[this.fields[i]!];
    return v === undefined ? [] : [v];
  }

  /** Throws E11000 if another document (not `selfId`) holds one of `doc`'s keys. */
  checkUnique(doc: Doc, selfId: string, ns: string, ignore?: Set<string>): void {
    if (this.unique) this.checkKeys(this.keysOf(doc), selfId, ns, ignore);
  }

  /** checkUnique for keys already computed. */
  checkKeys(keys: IndexKey[], selfId: string, ns: string, ignore?: Set<string>): void {
    if (!this.unique) return;
    for (const k of keys) {
      const holder = this.holderOf(k, selfId, ignore);
      if (holder !== undefined) this.duplicate(ns, k);
    }
  }

  /** The id of a document other than `selfId` (and not in `ignore`) with this key, if any. */
  private holderOf(key: IndexKey, selfId: string, ignore?: Set<string>): string | undefined {
    let holder: string | undefined;
    const pos = this.tree.seek((e) => this.compareKeys(e.values, key) < 0);
    this.tree.each(pos, (e) => {
      if (this.compareKeys(e.values, key) !== 0) return false;
      if (e.id !== selfId && !ignore?.has(e.id)) holder = e.id;
      return holder === undefined;
    });
    return holder;
  }

  /** Throws mongod's E11000 error for this index and key. */
  duplicate(ns: string, values: unknown[]): never {
    const keyPattern: Doc = {};
    const keyValue: Doc = {};
    this.fields.forEach((f, i) => {
      keyPattern[f] = this.spec.key[f];
      keyValue[f] = values[i];
    });
    fail(11000, `E11000 duplicate key error collection: ${ns} index: ${this.name} dup key: ${formatDoc(keyValue)}`, {
      keyPattern,
      keyValue,
    });
  }

  /** Adds keys of the document `id` at natural-order position `seq`. */
  addKeys(keys: IndexKey[], id: string, seq: number): void {
    for (const values of keys) this.tree.insert({ values, seq, id });
  }

  /** Removes keys added with addKeys. */
  removeKeys(keys: IndexKey[], id: string, seq: number): void {
    for (const values of keys) this.tree.delete({ values, seq, id });
  }

  /**
   * Replaces the content by entries built from all documents (sorted once, then loaded in O(n));
   * throws E11000 for a unique index when two documents share a key, before changing anything.
   */
  build(entries: IndexEntry[], ns: string): void {
    entries.sort((a, b) => this.compareEntries(a, b));
    if (this.unique) {
      for (let i = 1; i < entries.length; i++) {
        const a = entries[i - 1]!;
        const b = entries[i]!;
        if (a.id !== b.id && this.compareKeys(a.values, b.values) === 0) this.duplicate(ns, b.values);
      }
    }
    this.tree.load(entries);
  }

  /** Where an entry lies against an interval, in index order: -1 before, 0 inside, 1 after. */
  private position(e: IndexEntry, iv: KeyInterval): number {
    const v = e.values;
    const k = iv.prefix.length;
    for (let i = 0; i < k; i++) {
      const c = compareKey(v[i], iv.prefix[i]);
      if (c !== 0) return this.dirs[i] === 1 ? c : -c;
    }
    if (!iv.range) return 0;
    const c = rangePosition(v[k], iv.range);
    return this.dirs[k] === 1 ? c : -c;
  }

  /** Entries inside an interval, in index order (`dir` 1) or reversed (-1). */
  *scan(iv: KeyInterval, dir: 1 | -1 = 1): Generator<IndexEntry> {
    if (dir === 1) {
      const from =
        iv.prefix.length === 0 && !iv.range ? this.tree.start() : this.tree.seek((e) => this.position(e, iv) < 0);
      for (const e of this.tree.forward(from)) {
        if (this.position(e, iv) > 0) return;
        yield e;
      }
    } else {
      const from =
        iv.prefix.length === 0 && !iv.range ? this.tree.end() : this.tree.seek((e) => this.position(e, iv) <= 0);
      for (const e of this.tree.backward(from)) {
        if (this.position(e, iv) < 0) return;
        yield e;
      }
    }
  }

  /**
   * Entries inside an interval in key order either way, entries with equal keys always in natural
   * order (as a stable sort of the documents would give them).
   */
  *scanOrdered(iv: KeyInterval, dir: 1 | -1): Generator<IndexEntry> {
    if (dir === 1) {
      yield* this.scan(iv, 1);
      return;
    }
    let run: IndexEntry[] = [];
    for (const e of this.scan(iv, -1)) {
      if (run.length > 0 && this.compareKeys(run[0]!.values, e.values) !== 0) {
        for (let i = run.length - 1; i >= 0; i--) yield run[i]!;
        run = [];
      }
      run.push(e);
    }
    for (let i = run.length - 1; i >= 0; i--) yield run[i]!;
  }

  /** Entries inside the intervals, in index order per interval. */
  collect(intervals: KeyInterval[]): IndexEntry[] {
    const out: IndexEntry[] = [];
    for (const iv of intervals) {
      const from = this.tree.seek((e) => this.position(e, iv) < 0);
      this.tree.each(from, (e) => {
        if (this.position(e, iv) > 0) return false;
        out.push(e);
        return true;
      });
    }
    return out;
  }

  /** Number of entries inside the intervals (found from the bounds, without visiting the entries). */
  count(intervals: KeyInterval[]): number {
    let n = 0;
    for (const iv of intervals) {
      const from = this.tree.seek((e) => this.position(e, iv) < 0);
      const to = this.tree.seek((e) => this.position(e, iv) <= 0);
      n += this.tree.distance(from, to);
    }
    return n;
  }
}
