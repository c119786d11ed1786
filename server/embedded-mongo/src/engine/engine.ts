/** The database engine: catalog, document changes, journal records, replay and compaction. */
import { Binary, BSON, UUID } from 'bson';
import { fail } from '../errors.js';
import { isPlainObject } from '../bson/values.js';
import { compileFilter } from '../query/match.js';
import { collator, parseSortSpec, sortDocuments } from '../query/sort.js';
import type { Variables } from '../query/variables.js';
import type { DurableStore } from '../storage/index.js';
import { Collection, idKey } from './collection.js';
import { sameKey, type IndexSpec } from './index-store.js';
import { Transaction, txnKey, writeConflict } from './transaction.js';

type Doc = Record<string, unknown>;

/** Journal records produced by one command (or one transaction), appended together. */
export class WriteBatch {
  readonly records: Doc[] = [];
}

/** Journal size after which the state is rewritten as a snapshot. */
export const COMPACT_THRESHOLD = 64 * 1024 * 1024;
const SERIALIZE = { checkKeys: false, ignoreUndefined: true } as const;

/** All databases in memory, persisted through the durable store. */
export class Engine {
  readonly dbs = new Map<string, Map<string, Collection>>();
  readonly activeTxns = new Set<Transaction>();
  private compacting = false;
  log: (msg: string) => void = () => {};

  constructor(
    private readonly store: DurableStore | undefined,
    private readonly compactThreshold = COMPACT_THRESHOLD,
  ) {}

  /** Resolves when a running compaction has finished (tests and shutdown). */
  compaction: Promise<void> = Promise.resolve();

  /** The collection, or undefined. */
  getCollection(db: string, name: string): Collection | undefined {
    return this.dbs.get(db)?.get(name);
  }

  /** The collection, created (and journalled) if missing. */
  ensureCollection(db: string, name: string, batch: WriteBatch, options: Doc = {}): Collection {
    const existing = this.getCollection(db, name);
    if (existing) return existing;
    validateCollectionName(name);
    const coll = this.createCollectionNow(db, name, options);
    batch.records.push({ op: 'cc', db, coll: name, options, uuid: coll.uuid });
    return coll;
  }

  private createCollectionNow(db: string, name: string, options: Doc, uuid?: UUID): Collection {
    let colls = this.dbs.get(db);
    if (!colls) this.dbs.set(db, (colls = new Map()));
    const coll = new Collection(db, name, options, uuid);
    colls.set(name, coll);
    return coll;
  }

  /** Drops a collection (journalled); false if it did not exist. */
  dropCollection(db: string, name: string, batch: WriteBatch): boolean {
    const colls = this.dbs.get(db);
    if (!colls?.has(name)) return false;
    colls.delete(name);
    if (colls.size === 0) this.dbs.delete(db);
    batch.records.push({ op: 'dc', db, coll: name });
    return true;
  }

  /** Drops a database (journalled). */
  dropDatabase(db: string, batch: WriteBatch): void {
    if (!this.dbs.delete(db)) return;
    batch.records.push({ op: 'dd', db });
  }

  /** Renames a collection (journalled). */
  renameCollection(fromDb: string, from: string, toDb: string, to: string, batch: WriteBatch): void {
    const coll = this.getCollection(fromDb, from);
    if (!coll) fail(26, 'source namespace does not exist');
    this.dbs.get(fromDb)!.delete(from);
    const target = this.createCollectionNow(toDb, to, coll.options);
    for (const d of coll.docs.values()) target.putUnchecked(d);
    for (const ix of coll.indexes.values()) if (ix.name !== '_id_') target.addIndex(ix.spec);
    batch.records.push({ op: 'rn', fromDb, from, toDb, to });
  }

  /** Creates an index (journalled). */
  createIndex(coll: Collection, spec: IndexSpec, batch: WriteBatch): void {
    coll.addIndex(spec);
    batch.records.push({ op: 'ci', db: coll.db, coll: coll.name, spec });
  }

  /** Drops an index (journalled). */
  dropIndex(coll: Collection, name: string, batch: WriteBatch): void {
    coll.indexes.delete(name);
    batch.records.push({ op: 'di', db: coll.db, coll: coll.name, name });
  }

  /** Documents matching a filter (`vars`: the command's `let` variables), as the transaction (if any) sees them. */
  find(coll: Collection | undefined, filter: unknown, txn?: Transaction, vars?: Variables): Doc[] {
    if (!coll) return [];
    const match = compileFilter(filter, vars);
    const out: Doc[] = [];
    if (!txn || (txn.preimages.size === 0 && txn.writes.size === 0)) {
      for (const d of coll.candidates(filter)) if (match(d)) out.push(d);
      return out;
    }
    const ns = coll.ns;
    const overlaid = new Set<string>();
    for (const key of [...txn.preimages.keys(), ...txn.writes.keys()])
      if (key.startsWith(ns + '\0')) overlaid.add(key.slice(ns.length + 1));
    for (const d of coll.candidates(filter)) {
      if (overlaid.has(idKey(d._id))) continue;
      if (match(d)) out.push(d);
    }
    for (const id of overlaid) {
      const d = this.visible(coll, id, txn);
      if (d && match(d)) out.push(d);
    }
    return out;
  }

  /**
   * The documents that may match a filter, as the transaction (if any) sees them, in natural order:
   * narrowed by `_id` or an index, not matched (the caller decides), so a superset of `find`.
   */
  candidates(coll: Collection | undefined, filter: unknown, txn?: Transaction): Doc[] {
    if (!coll) return [];
    if (!txn || (txn.preimages.size === 0 && txn.writes.size === 0)) return [...coll.candidates(filter)];
    const ns = coll.ns;
    const overlaid = new Set<string>();
    for (const key of [...txn.preimages.keys(), ...txn.writes.keys()])
      if (key.startsWith(ns + '\0')) overlaid.add(key.slice(ns.length + 1));
    const out: Doc[] = [];
    for (const d of coll.candidates(filter)) if (!overlaid.has(idKey(d._id))) out.push(d);
    for (const id of overlaid) {
      const d = this.visible(coll, id, txn);
      if (d) out.push(d);
    }
    return out;
  }

  /** Matching documents in sort order, at most `limit` of them (0: all); a scan in index order stops at `limit`. */
  findSorted(
    coll: Collection | undefined,
    filter: unknown,
    txn: Transaction | undefined,
    sort: unknown,
    limit = 0,
    collation?: unknown,
    vars?: Variables,
  ): Doc[] {
    if (!coll) return [];
    const keys = sort ? parseSortSpec(sort) : [];
    if (keys.length > 0 && !txn && !collator(collation)) {
      const plan = coll.choosePlan(filter, keys, limit);
      if (plan.sorted) {
        const match = compileFilter(filter, vars);
        const out: Doc[] = [];
        for (const d of coll.ordered(plan)) {
          if (!match(d)) continue;
          out.push(d);
          if (limit > 0 && out.length >= limit) break;
        }
        return out;
      }
    }
    let docs = this.find(coll, filter, txn, vars);
    if (keys.length > 0) docs = sortDocuments(docs, sort, collation);
    return limit > 0 ? docs.slice(0, limit) : docs;
  }

  /** A document as a transaction sees it. */
  private visible(coll: Collection, id: string, txn: Transaction): Doc | undefined {
    const key = txnKey(coll.ns, id);
    const w = txn.writes.get(key);
    if (w) return w.doc ?? undefined;
    if (txn.preimages.has(key)) return txn.preimages.get(key) ?? undefined;
    return coll.docs.get(id);
  }

  /** Records the snapshot version of a document in every other open transaction before it changes. */
  private capture(coll: Collection, id: string, except?: Transaction): void {
    if (this.activeTxns.size === 0) return;
    const key = txnKey(coll.ns, id);
    const before = coll.docs.get(id) ?? null;
    for (const t of this.activeTxns) {
      if (t === except || t.preimages.has(key)) continue;
      t.preimages.set(key, before);
    }
  }

  private checkTxnWrite(coll: Collection, id: string, txn: Transaction): void {
    const key = txnKey(coll.ns, id);
    const changedSinceSnapshot = txn.preimages.has(key) && !txn.writes.has(key);
    if (changedSinceSnapshot) writeConflict();
    for (const t of this.activeTxns) if (t !== txn && t.writes.has(key)) writeConflict();
  }

  /** Inserts a document (storage and unique checks first). */
  insert(coll: Collection, doc: Doc, batch: WriteBatch, txn?: Transaction): void {
    checkIdStorable(doc._id);
    const id = idKey(doc._id);
    if (txn) {
      this.checkTxnWrite(coll, id, txn);
      if (this.visible(coll, id, txn)) coll.indexes.get('_id_')!.duplicate(coll.ns, [doc._id]);
      this.checkTxnUnique(coll, doc, txn);
      txn.writes.set(txnKey(coll.ns, id), { ns: coll.ns, id, doc, existed: false });
      return;
    }
    if (this.activeTxns.size > 0) {
      coll.checkUnique(doc, true);
      this.capture(coll, id);
    }
    coll.insert(doc, id);
    batch.records.push({ op: 'i', db: coll.db, coll: coll.name, doc });
  }

  /** Replaces a document by its new version. */
  replace(coll: Collection, oldDoc: Doc, newDoc: Doc, batch: WriteBatch, txn?: Transaction): void {
    const id = idKey(oldDoc._id);
    if (txn) {
      this.checkTxnWrite(coll, id, txn);
      this.checkTxnUnique(coll, newDoc, txn);
      const key = txnKey(coll.ns, id);
      const prev = txn.writes.get(key);
      txn.writes.set(key, { ns: coll.ns, id, doc: newDoc, existed: prev ? prev.existed : true });
      return;
    }
    this.capture(coll, id);
    coll.replace(oldDoc, newDoc, id);
    batch.records.push({ op: 'u', db: coll.db, coll: coll.name, doc: newDoc });
  }

  /** Deletes a document. */
  remove(coll: Collection, doc: Doc, batch: WriteBatch, txn?: Transaction): void {
    const id = idKey(doc._id);
    if (txn) {
      this.checkTxnWrite(coll, id, txn);
      const key = txnKey(coll.ns, id);
      const prev = txn.writes.get(key);
      txn.writes.set(key, { ns: coll.ns, id, doc: null, existed: prev ? prev.existed : true });
      return;
    }
    this.capture(coll, id);
    coll.remove(doc);
    batch.records.push({ op: 'd', db: coll.db, coll: coll.name, id: doc._id });
  }

  /** Unique checks for a transaction's write against committed data and its own writes. */
  private checkTxnUnique(coll: Collection, doc: Doc, txn: Transaction): void {
    const ignore = new Set<string>();
    const prefix = coll.ns + '\0';
    for (const [key, w] of txn.writes) if (key.startsWith(prefix)) ignore.add(w.id);
    coll.checkUnique(doc, false, ignore);
    const id = idKey(doc._id);
    for (const ix of coll.indexes.values()) {
      if (!ix.unique || ix.name === '_id_') continue;
      const mine = ix.keysOf(doc);
      for (const [key, w] of txn.writes) {
        if (!key.startsWith(prefix) || !w.doc || w.id === id) continue;
        for (const k of ix.keysOf(w.doc)) if (mine.some((m) => sameKey(m, k))) ix.duplicate(coll.ns, k);
      }
    }
  }

  /** Starts tracking a transaction's snapshot. */
  begin(txn: Transaction): void {
    this.activeTxns.add(txn);
  }

  /** Ends a transaction without applying it. */
  abort(txn: Transaction, reason?: string): void {
    if (txn.state === 'active') {
      txn.state = 'aborted';
      txn.abortReason = reason;
    }
    this.activeTxns.delete(txn);
  }

  /** Applies a transaction's writes atomically in memory and returns them as one batch. */
  commit(txn: Transaction): WriteBatch {
    const batch = new WriteBatch();
    const byNs = new Map<string, Set<string>>();
    for (const w of txn.writes.values()) {
      if (txn.preimages.has(txnKey(w.ns, w.id))) {
        this.abort(txn);
        writeConflict();
      }
      let s = byNs.get(w.ns);
      if (!s) byNs.set(w.ns, (s = new Set()));
      s.add(w.id);
    }
    const collOf = (ns: string): Collection => {
      const dot = ns.indexOf('.');
      const db = ns.slice(0, dot);
      const name = ns.slice(dot + 1);
      return this.ensureCollection(db, name, batch);
    };
    try {
      for (const w of txn.writes.values()) {
        if (!w.doc) continue;
        const coll = collOf(w.ns);
        coll.checkUnique(w.doc, !coll.docs.has(w.id), byNs.get(w.ns));
      }
    } catch (err) {
      this.abort(txn);
      throw err;
    }
    this.activeTxns.delete(txn);
    for (const w of txn.writes.values()) {
      const coll = collOf(w.ns);
      const current = coll.docs.get(w.id);
      this.capture(coll, w.id, txn);
      if (current) coll.remove(current);
      if (w.doc) {
        coll.putUnchecked(w.doc);
        batch.records.push({ op: current ? 'u' : 'i', db: coll.db, coll: coll.name, doc: w.doc });
      } else if (current) {
        batch.records.push({ op: 'd', db: coll.db, coll: coll.name, id: current._id });
      }
    }
    txn.state = 'committed';
    return batch;
  }

  /** Makes a batch durable; resolves once it is on disk. */
  async flush(batch: WriteBatch): Promise<void> {
    if (batch.records.length === 0 || !this.store) return;
    const buffers = batch.records.map((r) => Buffer.from(BSON.serialize(r, SERIALIZE)));
    await this.store.append(buffers);
    this.maybeCompact();
  }

  private maybeCompact(): void {
    const store = this.store;
    if (!store || this.compacting || store.journalBytes < this.compactThreshold) return;
    this.compacting = true;
    // Compaction runs after the reply of the write that crossed the threshold.
    this.compaction = new Promise<void>((resolve) => {
      setImmediate(() => {
        store
          .compact(this.stateRecords())
          .catch((err: unknown) => this.log(`compaction failed: ${String(err)}`))
          .finally(() => {
            this.compacting = false;
            resolve();
          });
      });
    });
  }

  /** The full state as journal records (for a snapshot). */
  *stateRecords(): Generator<Buffer> {
    for (const [db, colls] of this.dbs) {
      for (const coll of colls.values()) {
        yield Buffer.from(
          BSON.serialize({ op: 'cc', db, coll: coll.name, options: coll.options, uuid: coll.uuid }, SERIALIZE),
        );
        // Documents before indexes, so that opening builds each index once from all documents.
        for (const doc of coll.docs.values())
          yield Buffer.from(BSON.serialize({ op: 'i', db, coll: coll.name, doc }, SERIALIZE));
        for (const ix of coll.indexes.values()) {
          if (ix.name !== '_id_')
            yield Buffer.from(BSON.serialize({ op: 'ci', db, coll: coll.name, spec: ix.spec }, SERIALIZE));
        }
      }
    }
  }

  /** Replays one journal or snapshot record. */
  replay(buf: Buffer): void {
    const r = BSON.deserialize(buf, { promoteValues: false }) as Doc;
    const db = r.db as string;
    const name = r.coll as string;
    const coll = (): Collection => this.getCollection(db, name) ?? this.createCollectionNow(db, name, {});
    switch (r.op) {
      case 'cc':
        if (!this.getCollection(db, name))
          this.createCollectionNow(db, name, isPlainObject(r.options) ? r.options : {}, uuidOf(r.uuid));
        break;
      case 'dc':
        this.dbs.get(db)?.delete(name);
        break;
      case 'dd':
        this.dbs.delete(db);
        break;
      case 'rn': {
        const b = new WriteBatch();
        if (this.getCollection(r.fromDb as string, r.from as string))
          this.renameCollection(r.fromDb as string, r.from as string, r.toDb as string, r.to as string, b);
        break;
      }
      case 'ci': {
        const c = coll();
        const spec = r.spec as IndexSpec;
        c.indexes.delete(spec.name);
        try {
          c.addIndex(spec);
        } catch {
          this.log(`index ${spec.name} on ${c.ns} could not be rebuilt`);
        }
        break;
      }
      case 'di':
        coll().indexes.delete(r.name as string);
        break;
      case 'i':
      case 'u':
        coll().putUnchecked(r.doc as Doc);
        break;
      case 'd': {
        const c = coll();
        const d = c.docs.get(idKey(r.id));
        if (d) c.remove(d);
        break;
      }
      default:
        this.log(`unknown journal record ${String(r.op)}`);
    }
  }
}

/** Rejects collection names mongod refuses. */
export function validateCollectionName(name: string): void {
  if (typeof name !== 'string' || name.length === 0) fail(73, `Invalid collection name: ${String(name)}`);
  if (name.includes('$') || name.includes('\0') || name.startsWith('.') || name.startsWith('system.')) {
    if (!name.startsWith('system.')) fail(73, `Invalid collection name: ${name}`);
  }
}

function uuidOf(v: unknown): UUID | undefined {
  if (v instanceof UUID) return v;
  if (v instanceof Binary && v.sub_type === Binary.SUBTYPE_UUID) return new UUID(v.buffer.subarray(0, v.position));
  return undefined;
}

/** True for `{$ref, $id, ...}`, the one shape in which mongod stores '$'-prefixed names inside `_id`. */
function isDbRefShape(keys: string[]): boolean {
  return keys[0] === '$ref' && keys[1] === '$id';
}

/**
 * mongod's storage rule for `_id`: no '$'-prefixed field name at any depth (a filter naming such
 * an `_id` would be read as operators), DBRefs excepted. `_id` never changes afterwards, so
 * inserts (plain, upserts, $out, $merge) are the only place it needs checking.
 */
function checkIdStorable(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(checkIdStorable);
    return;
  }
  if (!isPlainObject(value)) return;
  const keys = Object.keys(value);
  const dbRef = isDbRefShape(keys);
  for (const k of keys) {
    if (k.startsWith('$') && !(dbRef && (k === '$ref' || k === '$id' || k === '$db')))
      fail(52, `_id fields may not contain '$'-prefixed fields: ${k} is not valid for storage.`);
    checkIdStorable(value[k]);
  }
}
