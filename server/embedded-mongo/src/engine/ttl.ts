/**
 * TTL indexes: like mongod's TTL monitor, every `ttlMonitorSleepSecs` (default 60) seconds each
 * index with `expireAfterSeconds` deletes the documents whose indexed date (the earliest, for an
 * array) lies more than that many seconds in the past. Values that are not dates never expire.
 * The deletes are ordinary journaled writes.
 */
import { isNumeric, isPlainObject, toNumber } from '../bson/values.js';
import type { Collection } from './collection.js';
import { WriteBatch, type Engine } from './engine.js';

type Doc = Record<string, unknown>;

/** The expiry rule of one TTL index, or undefined when the index is not one. */
export function ttlRule(spec: Doc): { field: string; seconds: number; partial?: Doc } | undefined {
  const key = isPlainObject(spec.key) ? Object.keys(spec.key) : [];
  if (!isNumeric(spec.expireAfterSeconds) || key.length !== 1 || key[0] === '_id') return undefined;
  const seconds = toNumber(spec.expireAfterSeconds);
  if (!Number.isFinite(seconds) || seconds < 0) return undefined;
  return {
    field: key[0]!,
    seconds,
    partial: isPlainObject(spec.partialFilterExpression) ? spec.partialFilterExpression : undefined,
  };
}

/** Runs the expiry passes on a timer; `sleepSecs` and `enabled` are the server parameters of the same names. */
export class TtlMonitor {
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private sleep = 60;
  enabled = true;

  constructor(
    private readonly engine: Engine,
    private readonly log: (msg: string) => void = () => {},
  ) {}

  get sleepSecs(): number {
    return this.sleep;
  }

  /** Changes the pause between passes; the next pass is rescheduled from now. */
  set sleepSecs(secs: number) {
    this.sleep = secs;
    if (this.timer) this.start();
  }

  start(): void {
    this.stop();
    this.timer = setInterval(() => void this.pass(), this.sleep * 1000);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One pass over every TTL index; resolves with the number of documents deleted. */
  pass(now = new Date()): Promise<number> {
    if (!this.enabled) return Promise.resolve(0);
    // One pass at a time: a slow flush must not let passes pile up.
    this.running ??= this.expire(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async expire(now: Date): Promise<number> {
    const batch = new WriteBatch();
    let deleted = 0;
    try {
      for (const colls of this.engine.dbs.values())
        for (const coll of colls.values()) deleted += this.expireIn(coll, now, batch);
      await this.engine.flush(batch);
    } catch (err) {
      this.log(`TTL monitor: ${err instanceof Error ? err.message : String(err)}`);
    }
    return deleted;
  }

  private expireIn(coll: Collection, now: Date, batch: WriteBatch): number {
    let deleted = 0;
    for (const ix of coll.indexes.values()) {
      const rule = ttlRule(ix.spec);
      if (!rule) continue;
      const cutoff = new Date(now.getTime() - rule.seconds * 1000);
      // $lt on a date matches dates only (type bracketing), and an array by its earliest date.
      const expired: Doc = { [rule.field]: { $lt: cutoff } };
      const filter = rule.partial ? { $and: [rule.partial, expired] } : expired;
      for (const doc of this.engine.find(coll, filter)) {
        this.engine.remove(coll, doc, batch);
        deleted++;
      }
    }
    return deleted;
  }
}
