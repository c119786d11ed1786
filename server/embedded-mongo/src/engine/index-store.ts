/** One index of a collection: hashed keys for unique checks and prefix equality lookups. */
import { fail } from '../errors.js';
import { formatDoc } from '../bson/format.js';
import { collectValues } from '../bson/paths.js';
import { compareValues, hashKey, isNumeric, isPlainObject, toNumber } from '../bson/values.js';
import { compileFilter, type Matcher } from '../query/match.js';

type Doc = Record<string, unknown>;

/** One key of a document in an index: its hash and the values that make it. */
export interface IndexKey {
  hash: string;
  values: unknown[];
}

/** The index specification as listIndexes returns it. */
export type IndexSpec = Record<string, unknown> & { key: Record<string, unknown>; name: string; v?: unknown };

/** The default index name mongod derives from a key pattern (`email_1`, `a_1_b_-1`). */
export function defaultIndexName(key: Record<string, unknown>): string {
  return Object.entries(key)
    .map(([k, v]) => `${k}_${isNumeric(v) ? toNumber(v) : String(v)}`)
    .join('_');
}

/** An index held in memory; rebuilt from the documents on open. */
export class IndexStore {
  readonly spec: IndexSpec;
  readonly name: string;
  readonly fields: string[];
  readonly unique: boolean;
  readonly sparse: boolean;
  private readonly partial?: Matcher;
  /** full key hash → ids of documents with that key */
  private readonly byKey = new Map<string, IdSet>();
  /** first field hash → ids, for equality on the index prefix (the same map for single-field indexes) */
  private readonly byFirst: Map<string, IdSet>;
  multikey = false;
  /** Documents ordered by the first indexed field; rebuilt lazily after writes. */
  private sorted?: { key: unknown; id: string }[];

  constructor(spec: IndexSpec) {
    this.spec = spec;
    this.name = spec.name;
    this.fields = Object.keys(spec.key);
    this.unique = spec.unique === true || this.name === '_id_';
    this.sparse = spec.sparse === true;
    if (isPlainObject(spec.partialFilterExpression)) this.partial = compileFilter(spec.partialFilterExpression);
    this.byFirst = this.fields.length === 1 ? this.byKey : new Map();
  }

  /** The keys a document contributes (none when sparse/partial exclude it). */
  keysOf(doc: Doc): IndexKey[] {
    if (this.partial && !this.partial(doc)) return [];
    if (this.fields.length === 1) {
      // Fast path for the common single-field, non-array case.
      const values = collectValues(doc, this.fields[0]!);
      if (values.length === 1 && !Array.isArray(values[0])) {
        const v = values[0] === undefined ? null : values[0];
        return [{ hash: hashKey(v), values: [v] }];
      }
      if (values.length === 0) return this.sparse ? [] : [{ hash: hashKey(null), values: [null] }];
    }
    const perField: unknown[][] = [];
    let allMissing = true;
    for (const f of this.fields) {
      const values = collectValues(doc, f);
      if (values.length > 0) allMissing = false;
      const expanded: unknown[] = [];
      for (const v of values) {
        if (Array.isArray(v)) {
          this.multikey = true;
          if (v.length === 0) expanded.push(undefined);
          else for (const e of v) expanded.push(e);
        } else expanded.push(v);
      }
      if (expanded.length === 0) expanded.push(null);
      perField.push(expanded);
    }
    if (this.sparse && allMissing) return [];
    let combos: unknown[][] = [[]];
    for (const vals of perField) {
      const next: unknown[][] = [];
      for (const c of combos) for (const v of vals) next.push([...c, v === undefined ? null : v]);
      combos = next;
    }
    const seen = new Set<string>();
    const keys: IndexKey[] = [];
    for (const values of combos) {
      const hash = values.map(hashKey).join('|');
      if (seen.has(hash)) continue;
      seen.add(hash);
      keys.push({ hash, values });
    }
    return keys;
  }

  /** Throws E11000 if another document (not `selfId`) holds one of `doc`'s keys. */
  checkUnique(doc: Doc, selfId: string, ns: string, ignore?: Set<string>): void {
    if (this.unique) this.checkKeys(this.keysOf(doc), selfId, ns, ignore);
  }

  /** checkUnique for keys already computed. */
  checkKeys(keys: IndexKey[], selfId: string, ns: string, ignore?: Set<string>): void {
    if (!this.unique) return;
    for (const k of keys) {
      const ids = this.byKey.get(k.hash);
      if (ids === undefined) continue;
      for (const id of typeof ids === 'string' ? [ids] : ids) {
        if (id !== selfId && !ignore?.has(id)) this.duplicate(ns, k.values);
      }
    }
  }

  /** Throws mongod's E11000 error for this index and key. */
  duplicate(ns: string, values: unknown[]): never {
    const keyPattern: Doc = {};
    const keyValue: Doc = {};
    this.fields.forEach((f, i) => {
      keyPattern[f] = this.spec.key[f];
      keyValue[f] = values[i];
    });
    const printed: Doc = {};
    this.fields.forEach((f, i) => (printed[f] = values[i]));
    fail(11000, `E11000 duplicate key error collection: ${ns} index: ${this.name} dup key: ${formatDoc(printed)}`, {
      keyPattern,
      keyValue,
    });
  }

  /** Adds a document's keys. */
  add(doc: Doc, id: string): void {
    this.addKeys(this.keysOf(doc), id);
  }

  /** Adds keys already computed. */
  addKeys(keys: IndexKey[], id: string): void {
    this.sorted = undefined;
    const single = this.byFirst === this.byKey;
    for (const k of keys) {
      addTo(this.byKey, k.hash, id);
      if (!single) addTo(this.byFirst, hashKey(k.values[0]), id);
    }
  }

  /** Removes a document's keys. */
  remove(doc: Doc, id: string): void {
    this.sorted = undefined;
    const single = this.byFirst === this.byKey;
    for (const k of this.keysOf(doc)) {
      removeFrom(this.byKey, k.hash, id);
      if (!single) removeFrom(this.byFirst, hashKey(k.values[0]), id);
    }
  }

  /** Ids whose first indexed field equals one of the values (by hash). */
  lookupFirst(valueHashes: string[]): Set<string> {
    const out = new Set<string>();
    for (const h of valueHashes) {
      const ids = this.byFirst.get(h);
      if (ids === undefined) continue;
      if (typeof ids === 'string') out.add(ids);
      else for (const id of ids) out.add(id);
    }
    return out;
  }

  /** True when the index can order and range-scan every document (single-valued, complete). */
  get orderable(): boolean {
    return this.complete && !this.multikey;
  }

  /** Entries ordered by the first field (all documents: the index is complete and not multikey). */
  ordered(docs: Map<string, Doc>): { key: unknown; id: string }[] {
    if (!this.sorted) {
      const first = this.fields[0]!;
      const entries: { key: unknown; id: string }[] = [];
      for (const [id, d] of docs) entries.push({ key: collectValues(d, first)[0] ?? null, id });
      entries.sort((a, b) => compareValues(a.key, b.key));
      this.sorted = entries;
    }
    return this.sorted;
  }

  /** True when the index can answer equality lookups for any document (not sparse or partial). */
  get complete(): boolean {
    return !this.sparse && !this.partial;
  }
}

/** One id held as a string; a Set only once a key is shared (saves memory on unique indexes). */
type IdSet = string | Set<string>;

function addTo(map: Map<string, IdSet>, key: string, id: string): void {
  const cur = map.get(key);
  if (cur === undefined) map.set(key, id);
  else if (typeof cur === 'string') {
    if (cur !== id) map.set(key, new Set([cur, id]));
  } else cur.add(id);
}

function removeFrom(map: Map<string, IdSet>, key: string, id: string): void {
  const cur = map.get(key);
  if (cur === undefined) return;
  if (typeof cur === 'string') {
    if (cur === id) map.delete(key);
    return;
  }
  cur.delete(id);
  if (cur.size === 1) map.set(key, cur.values().next().value!);
  else if (cur.size === 0) map.delete(key);
}
