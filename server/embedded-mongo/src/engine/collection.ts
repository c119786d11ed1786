/** A collection in memory: documents by `_id` (insertion order kept) and its indexes. */
import { UUID } from 'bson';
import { compareValues, hashKey, isPlainObject, RANK, typeRank } from '../bson/values.js';
import { defaultIndexName, IndexStore, type IndexKey, type IndexSpec } from './index-store.js';

type Doc = Record<string, unknown>;

/** The hash of a document's `_id`, the key of the document map. */
export function idKey(id: unknown): string {
  return hashKey(id);
}

/** A collection's documents and indexes. */
export class Collection {
  readonly db: string;
  name: string;
  readonly options: Doc;
  readonly docs = new Map<string, Doc>();
  readonly indexes = new Map<string, IndexStore>();
  readonly uuid: UUID;

  constructor(db: string, name: string, options: Doc = {}, uuid?: UUID) {
    this.uuid = uuid ?? new UUID();
    this.db = db;
    this.name = name;
    this.options = options;
    this.indexes.set('_id_', new IndexStore({ v: 2, key: { _id: 1 }, name: '_id_' }));
  }

  get ns(): string {
    return `${this.db}.${this.name}`;
  }

  /** Throws E11000 if the document would violate a unique index (ids in `ignore` are being replaced). */
  checkUnique(doc: Doc, isNew: boolean, ignore?: Set<string>): void {
    const id = idKey(doc._id);
    if (isNew && this.docs.has(id) && !ignore?.has(id)) this.indexes.get('_id_')!.duplicate(this.ns, [doc._id]);
    for (const ix of this.indexes.values()) if (ix.name !== '_id_') ix.checkUnique(doc, id, this.ns, ignore);
  }

  /** Inserts a document after the unique checks. */
  insert(doc: Doc): void {
    const id = idKey(doc._id);
    if (this.docs.has(id)) this.indexes.get('_id_')!.duplicate(this.ns, [doc._id]);
    const secondary: IndexStore[] = [];
    const keys: IndexKey[][] = [];
    for (const ix of this.indexes.values()) {
      if (ix.name === '_id_') continue;
      const k = ix.keysOf(doc);
      ix.checkKeys(k, id, this.ns);
      secondary.push(ix);
      keys.push(k);
    }
    this.docs.set(id, doc);
    for (let i = 0; i < secondary.length; i++) secondary[i]!.addKeys(keys[i]!, id);
  }

  /** Replaces a stored document by a new version with the same `_id`. */
  replace(oldDoc: Doc, newDoc: Doc): void {
    const id = idKey(oldDoc._id);
    for (const ix of this.indexes.values()) if (ix.name !== '_id_') ix.checkUnique(newDoc, id, this.ns);
    for (const ix of this.indexes.values()) {
      if (ix.name === '_id_') continue;
      ix.remove(oldDoc, id);
      ix.add(newDoc, id);
    }
    this.docs.set(id, newDoc);
  }

  /** Removes a document. */
  remove(doc: Doc): void {
    const id = idKey(doc._id);
    if (!this.docs.delete(id)) return;
    for (const ix of this.indexes.values()) if (ix.name !== '_id_') ix.remove(doc, id);
  }

  /** Puts a document without checks (replay of the journal, where checks already passed). */
  putUnchecked(doc: Doc): void {
    const id = idKey(doc._id);
    const old = this.docs.get(id);
    if (old) for (const ix of this.indexes.values()) if (ix.name !== '_id_') ix.remove(old, id);
    this.docs.set(id, doc);
    for (const ix of this.indexes.values()) if (ix.name !== '_id_') ix.add(doc, id);
  }

  /** Builds and adds an index; throws E11000 if existing documents violate it. */
  addIndex(spec: IndexSpec): void {
    const ix = new IndexStore(spec);
    for (const [id, doc] of this.docs) {
      if (ix.unique) ix.checkUnique(doc, id, this.ns);
      ix.add(doc, id);
    }
    this.indexes.set(spec.name, ix);
  }

  /** Candidate documents for a filter, narrowed by `_id` or an index on an equality prefix. */
  candidates(filter: unknown): Iterable<Doc> {
    if (!isPlainObject(filter)) return this.docs.values();
    const idCond = filter._id;
    const idValues = equalityValues(idCond);
    if (idValues) {
      const out: Doc[] = [];
      for (const v of idValues) {
        const d = this.docs.get(idKey(v));
        if (d) out.push(d);
      }
      return out;
    }
    for (const ix of this.indexes.values()) {
      if (ix.name === '_id_' || !ix.complete) continue;
      const values = equalityValues(filter[ix.fields[0]!]);
      if (!values) continue;
      const ids = ix.lookupFirst(values.map((v) => hashKey(v)));
      const out: Doc[] = [];
      for (const id of ids) {
        const d = this.docs.get(id);
        if (d) out.push(d);
      }
      return out;
    }
    for (const ix of this.indexes.values()) {
      if (ix.name === '_id_' || !ix.orderable) continue;
      const range = rangeBounds(filter[ix.fields[0]!]);
      if (!range) continue;
      const entries = ix.ordered(this.docs);
      const start =
        range.low === undefined
          ? rankBound(entries, range.rank, false)
          : valueBound(entries, range.low, !range.lowInclusive);
      const end =
        range.high === undefined
          ? rankBound(entries, range.rank, true)
          : valueBound(entries, range.high, range.highInclusive);
      const out: Doc[] = [];
      for (let i = start; i < end; i++) {
        const d = this.docs.get(entries[i]!.id);
        if (d) out.push(d);
      }
      return out;
    }
    return this.docs.values();
  }

  /** The access path candidates() takes for a filter (for explain). */
  plan(filter: unknown): { stage: 'IDHACK' | 'IXSCAN' | 'COLLSCAN'; indexName?: string; keyPattern?: Doc } {
    if (!isPlainObject(filter)) return { stage: 'COLLSCAN' };
    if (equalityValues(filter._id)) return { stage: 'IDHACK' };
    for (const ix of this.indexes.values()) {
      if (ix.name === '_id_' || !ix.complete) continue;
      if (equalityValues(filter[ix.fields[0]!]))
        return { stage: 'IXSCAN', indexName: ix.name, keyPattern: ix.spec.key };
    }
    for (const ix of this.indexes.values()) {
      if (ix.name === '_id_' || !ix.orderable) continue;
      if (rangeBounds(filter[ix.fields[0]!])) return { stage: 'IXSCAN', indexName: ix.name, keyPattern: ix.spec.key };
    }
    return { stage: 'COLLSCAN' };
  }

  /** Documents in the order of an index on `field`, if one can provide it. */
  orderedBy(field: string, dir: 1 | -1): Iterable<Doc> | undefined {
    for (const ix of this.indexes.values()) {
      if (ix.name === '_id_' || !ix.orderable || ix.fields[0] !== field) continue;
      const entries = ix.ordered(this.docs);
      const docs = this.docs;
      return (function* () {
        if (dir === 1) for (let i = 0; i < entries.length; i++) yield docs.get(entries[i]!.id)!;
        else {
          // Backwards by key, but equal keys keep their natural order (as the unindexed sort does).
          let end = entries.length;
          while (end > 0) {
            let start = end - 1;
            while (start > 0 && compareValues(entries[start - 1]!.key, entries[end - 1]!.key) === 0) start--;
            for (let i = start; i < end; i++) yield docs.get(entries[i]!.id)!;
            end = start;
          }
        }
      })();
    }
    return undefined;
  }
}

interface Range {
  rank: number;
  low?: unknown;
  lowInclusive: boolean;
  high?: unknown;
  highInclusive: boolean;
}

/** Bounds of a pure range condition ({$gt/$gte/$lt/$lte} on one type), if it is one. */
function rangeBounds(cond: unknown): Range | undefined {
  if (!isPlainObject(cond)) return undefined;
  const keys = Object.keys(cond);
  if (keys.length === 0 || !keys.every((k) => k === '$gt' || k === '$gte' || k === '$lt' || k === '$lte'))
    return undefined;
  let rank: number | undefined;
  const range: Range = { rank: 0, lowInclusive: true, highInclusive: true };
  for (const k of keys) {
    const v = cond[k];
    const r = typeRank(v);
    if (isComplex(v) || r === RANK.minKey || r === RANK.maxKey || r === RANK.null) return undefined;
    if (rank !== undefined && rank !== r) return undefined;
    rank = r;
    if (k === '$gt' || k === '$gte') {
      range.low = v;
      range.lowInclusive = k === '$gte';
    } else {
      range.high = v;
      range.highInclusive = k === '$lte';
    }
  }
  range.rank = rank!;
  return range;
}

/** First position whose key's type rank is >= rank (or > rank with `after`). */
function rankBound(entries: { key: unknown }[], rank: number, after: boolean): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const r = typeRank(entries[mid]!.key);
    if (r < rank || (after && r === rank)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First position whose key is >= value (or > value with `after`). */
function valueBound(entries: { key: unknown }[], value: unknown, after: boolean): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareValues(entries[mid]!.key, value);
    if (c < 0 || (after && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The values an equality condition can take ({a: v}, {$eq: v}, {$in: [...]}), if it is one. */
function equalityValues(cond: unknown): unknown[] | undefined {
  if (cond === undefined) return undefined;
  if (cond instanceof RegExp) return undefined;
  if (isPlainObject(cond)) {
    const keys = Object.keys(cond);
    if (keys.length === 0 || !keys[0]!.startsWith('$')) return Array.isArray(cond) ? undefined : [cond];
    if (keys.length === 1 && keys[0] === '$eq' && !isComplex(cond.$eq)) return [cond.$eq];
    if (keys.length === 1 && keys[0] === '$in' && Array.isArray(cond.$in) && cond.$in.every((v) => !isComplex(v)))
      return cond.$in;
    return undefined;
  }
  if (Array.isArray(cond) || cond === null) return undefined;
  if (isComplex(cond)) return undefined;
  return [cond];
}

function isComplex(v: unknown): boolean {
  return (
    v === null ||
    v === undefined ||
    Array.isArray(v) ||
    v instanceof RegExp ||
    (typeof v === 'object' && (v as { _bsontype?: string })._bsontype === 'BSONRegExp')
  );
}

export { defaultIndexName };
