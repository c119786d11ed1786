/** Open cursors: batches over a materialised result, int64 ids, idle timeout. */
import { BSON, Long } from 'bson';

type Doc = Record<string, unknown>;

const BATCH_BYTES = 16 * 1024 * 1024;
/** mongod closes cursors idle for 10 minutes. */
export const CURSOR_IDLE_MS = 10 * 60 * 1000;

interface OpenCursor {
  id: Long;
  ns: string;
  docs: Doc[];
  pos: number;
  lastUsed: number;
}

/** The cursors of one server. */
export class CursorManager {
  private readonly open = new Map<string, OpenCursor>();
  private nextId = BigInt(Date.now()) * 1000n;
  private readonly sweeper: NodeJS.Timeout;

  constructor() {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
    this.sweeper.unref();
  }

  /** Takes the first batch; registers a cursor if documents remain. */
  firstBatch(ns: string, docs: Doc[], batchSize: number | undefined, singleBatch = false): Doc {
    const batch = takeBatch(docs, 0, batchSize ?? 101);
    let id = Long.ZERO;
    if (!singleBatch && batch.length < docs.length) {
      id = Long.fromBigInt(++this.nextId);
      this.open.set(id.toString(), { id, ns, docs, pos: batch.length, lastUsed: Date.now() });
    }
    return { cursor: { firstBatch: batch, id, ns }, ok: 1 };
  }

  /** The next batch of a cursor, or undefined if unknown. */
  getMore(id: Long, ns: string, batchSize: number | undefined): Doc | undefined {
    const c = this.open.get(id.toString());
    if (!c || c.ns !== ns) return undefined;
    const batch = takeBatch(c.docs, c.pos, batchSize && batchSize > 0 ? batchSize : Infinity);
    c.pos += batch.length;
    c.lastUsed = Date.now();
    let replyId = c.id;
    if (c.pos >= c.docs.length) {
      this.open.delete(id.toString());
      replyId = Long.ZERO;
    }
    return { cursor: { nextBatch: batch, id: replyId, ns }, ok: 1 };
  }

  /** Kills cursors; returns mongod's killCursors reply lists. */
  kill(ids: Long[]): { cursorsKilled: Long[]; cursorsNotFound: Long[] } {
    const killed: Long[] = [];
    const notFound: Long[] = [];
    for (const id of ids) {
      if (this.open.delete(id.toString())) killed.push(id);
      else notFound.push(id);
    }
    return { cursorsKilled: killed, cursorsNotFound: notFound };
  }

  /** Number of open cursors (serverStatus). */
  get size(): number {
    return this.open.size;
  }

  private sweep(): void {
    const cutoff = Date.now() - CURSOR_IDLE_MS;
    for (const [k, c] of this.open) if (c.lastUsed < cutoff) this.open.delete(k);
  }

  /** Stops the idle sweeper. */
  close(): void {
    clearInterval(this.sweeper);
    this.open.clear();
  }
}

function takeBatch(docs: Doc[], from: number, limit: number): Doc[] {
  // The first document always goes in, so a batch of one needs no size check.
  if (limit >= 1 && (limit === 1 || docs.length - from <= 1)) return docs.slice(from, from + 1);
  const out: Doc[] = [];
  let bytes = 0;
  for (let i = from; i < docs.length && out.length < limit; i++) {
    const d = docs[i]!;
    const size = BSON.calculateObjectSize(d);
    if (out.length > 0 && bytes + size > BATCH_BYTES) break;
    bytes += size;
    out.push(d);
  }
  return out;
}
