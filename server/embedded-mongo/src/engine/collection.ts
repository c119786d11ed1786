/** A collection in memory: documents by `_id` (insertion order kept) and its indexes. */
import { UUID } from 'bson';
import { hashKey } from '../bson/values.js';
import {
  defaultIndexName,
  IndexStore,
  sameKey,
  type IndexEntry,
  type IndexKey,
  type IndexSpec,
} from './index-store.js';
import { planQuery, summarize, type Plan, type PlanSummary } from './planner.js';

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
  /**
   * Each document's place in the natural order (the order of `docs`); index entries with equal keys
   * follow it. Kept only while the collection has secondary indexes (numbered when the first is built).
   */
  private readonly seqs = new Map<string, number>();
  private nextSeq = 0;
  private numbered = false;

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

  /** The indexes kept up to date on writes (`_id` is served by the document map). */
  private secondary(): IndexStore[] {
    const out: IndexStore[] = [];
    for (const ix of this.indexes.values()) if (ix.name !== '_id_') out.push(ix);
    return out;
  }

  /** Throws E11000 if the document would violate a unique index (ids in `ignore` are being replaced). */
  checkUnique(doc: Doc, isNew: boolean, ignore?: Set<string>): void {
    const id = idKey(doc._id);
    if (isNew && this.docs.has(id) && !ignore?.has(id)) this.indexes.get('_id_')!.duplicate(this.ns, [doc._id]);
    for (const ix of this.secondary()) ix.checkUnique(doc, id, this.ns, ignore);
  }

  /** Inserts a document after the unique checks (`id`: its idKey, when the caller has it). */
  insert(doc: Doc, id = idKey(doc._id)): void {
    if (this.docs.has(id)) this.indexes.get('_id_')!.duplicate(this.ns, [doc._id]);
    const secondary = this.secondary();
    const keys: IndexKey[][] = [];
    for (const ix of secondary) {
      const k = ix.keysOf(doc);
      ix.checkKeys(k, id, this.ns);
      keys.push(k);
    }
    const seq = this.place(id, doc);
    for (let i = 0; i < secondary.length; i++) secondary[i]!.addKeys(keys[i]!, id, seq);
  }

  /** Replaces a stored document by a new version with the same `_id` (after the unique checks). */
  replace(oldDoc: Doc, newDoc: Doc, id = idKey(oldDoc._id)): void {
    this.rekey(id, oldDoc, newDoc, true);
  }

  /** Stores the new version of a document; only indexes whose keys changed are touched. */
  private rekey(id: string, oldDoc: Doc, newDoc: Doc, check: boolean): void {
    const changed: [IndexStore, IndexKey[], IndexKey[]][] = [];
    for (const ix of this.secondary()) {
      const before = ix.keysOf(oldDoc);
      const after = ix.keysOf(newDoc);
      if (sameKeys(before, after)) continue;
      if (check) ix.checkKeys(after, id, this.ns);
      changed.push([ix, before, after]);
    }
    if (!this.docs.has(id)) this.place(id, newDoc);
    const seq = this.seqs.get(id) ?? -1;
    this.docs.set(id, newDoc);
    for (const [ix, before, after] of changed) {
      ix.removeKeys(before, id, seq);
      ix.addKeys(after, id, seq);
    }
  }

  /** Removes a document. */
  remove(doc: Doc): void {
    const id = idKey(doc._id);
    if (!this.docs.delete(id)) return;
    const seq = this.seqs.get(id);
    if (seq === undefined) return;
    this.seqs.delete(id);
    for (const ix of this.secondary()) ix.removeKeys(ix.keysOf(doc), id, seq);
  }

  /** Puts a document without checks (replay of the journal, where checks already passed). */
  putUnchecked(doc: Doc): void {
    const id = idKey(doc._id);
    const old = this.docs.get(id);
    if (old) {
      this.rekey(id, old, doc, false);
      return;
    }
    const seq = this.place(id, doc);
    for (const ix of this.secondary()) ix.addKeys(ix.keysOf(doc), id, seq);
  }

  /** Stores a new document at the end of the natural order; returns its position (-1 while unnumbered). */
  private place(id: string, doc: Doc): number {
    this.docs.set(id, doc);
    if (!this.numbered) return -1;
    const seq = this.nextSeq++;
    this.seqs.set(id, seq);
    return seq;
  }

  /** Numbers the documents in natural order, once, before the first secondary index is built. */
  private number(): void {
    if (this.numbered) return;
    this.numbered = true;
    for (const id of this.docs.keys()) this.seqs.set(id, this.nextSeq++);
  }

  /** Builds and adds an index from all documents at once; throws E11000 if existing documents violate it. */
  addIndex(spec: IndexSpec): void {
    const ix = new IndexStore(spec);
    this.number();
    const entries: IndexEntry[] = [];
    for (const [id, doc] of this.docs) {
      const seq = this.seqs.get(id)!;
      for (const values of ix.keysOf(doc)) entries.push({ values, seq, id });
    }
    ix.build(entries, this.ns);
    this.indexes.set(spec.name, ix);
  }

  /** The access path for a filter and optional sort (`limit` 0: all). */
  choosePlan(filter: unknown, sort?: [string, 1 | -1][], limit = 0): Plan {
    return planQuery(this.indexes.values(), this.docs.size, filter, sort, limit);
  }

  /** The access path as explain reports it. */
  plan(filter: unknown, sort?: [string, 1 | -1][], limit = 0): PlanSummary {
    return summarize(this.choosePlan(filter, sort, limit));
  }

  /** Candidate documents for a filter in natural order, narrowed by `_id` or an index. */
  candidates(filter: unknown): Iterable<Doc> {
    const plan = this.choosePlan(filter);
    if (plan.stage === 'COLLSCAN') return this.docs.values();
    if (plan.stage === 'IDHACK') {
      const out: Doc[] = [];
      const seen = new Set<string>();
      for (const v of plan.ids!) {
        const id = idKey(v);
        const d = this.docs.get(id);
        if (d && !seen.has(id)) out.push(d);
        seen.add(id);
      }
      return out;
    }
    const entries = plan.index!.collect(plan.intervals!);
    // Natural order, as a collection scan gives it; a document reached by several keys once.
    if (entries.length > 1) entries.sort((a, b) => a.seq - b.seq);
    const out: Doc[] = [];
    let last: string | undefined;
    for (const e of entries) {
      if (e.id === last) continue;
      last = e.id;
      const d = this.docs.get(e.id);
      if (d) out.push(d);
    }
    return out;
  }

  /** Documents in the order of a plan whose index gives the sort (equal keys in natural order). */
  *ordered(plan: Plan): Generator<Doc> {
    const ix = plan.index!;
    for (const iv of plan.intervals!) {
      for (const e of ix.scanOrdered(iv, plan.direction)) {
        const d = this.docs.get(e.id);
        if (d) yield d;
      }
    }
  }
}

function sameKeys(a: IndexKey[], b: IndexKey[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameKey(a[i]!, b[i]!)) return false;
  return true;
}

export { defaultIndexName };
