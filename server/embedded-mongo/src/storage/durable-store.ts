import { promises as fsp } from 'node:fs';
import { join, resolve } from 'node:path';
import { assertDocument, encodeFrame, scanFrames } from './frames.js';
import { GroupCommitWriter, JournalFile, writeFully, type WriterStats } from './journal-writer.js';
import {
  TMP_SUFFIX,
  fsyncDir,
  journalName,
  journalPath,
  listDataFiles,
  removeIfPresent,
  snapshotPath,
} from './layout.js';
import { acquireDirLock, type DirLock } from './lock.js';
import { decodeSnapshot, snapshotFrames, snapshotHeader } from './snapshot.js';

/** Raw records are BSON-encoded documents as Buffers; the engine chooses their content. */
export interface OpenedStore {
  store: DurableStore;
  /** Records of the newest complete snapshot, in order (empty if none). */
  snapshot: Buffer[];
  /** Records appended after that snapshot, in append order. */
  journal: Buffer[];
  /** What recovery did: bytes cut from a torn or corrupt tail, and why (undefined if clean). */
  recovery: { truncatedBytes: number; reason?: string };
}

/** Options for {@link DurableStore.open}. */
export interface DurableStoreOptions {
  /** fdatasync before acknowledging (default true); false only for throwaway test folders. */
  sync?: boolean;
}

/** Thrown by append() and compact() after close(). */
export class StoreClosedError extends Error {
  constructor(dir: string) {
    super(`The data folder ${dir} has been closed`);
    this.name = 'StoreClosedError';
  }
}

/** The first generation of a new data folder; generation 0 means "no snapshot". */
const FIRST_GENERATION = 1;

/**
 * A data folder: `snapshot.N.bson` holds the full state at the start of generation N and
 * `journal.N.log` the appends made during it. Recovery loads the newest snapshot and every
 * journal of its generation or later. The records returned by open() are views into the file
 * contents read there, not copies.
 */
export class DurableStore {
  private closed = false;
  private closing: Promise<void> | undefined;
  private compactionTail: Promise<void> = Promise.resolve();
  private liveJournalBytes: number;

  private constructor(
    /** The data folder as an absolute path. */
    readonly dir: string,
    private readonly sync: boolean,
    private readonly lock: DirLock,
    private readonly writer: GroupCommitWriter,
    journalBytes: number,
  ) {
    this.liveJournalBytes = journalBytes;
  }

  /** Opens (creating if needed) a data folder and takes its lock. */
  static async open(dir: string, options: DurableStoreOptions = {}): Promise<OpenedStore> {
    const sync = options.sync ?? true;
    await fsp.mkdir(dir, { recursive: true });
    // The real path, so that two spellings of one folder meet the same lock.
    const absDir = await fsp.realpath(resolve(dir));
    const lock = await acquireDirLock(absDir);
    try {
      return await DurableStore.recover(absDir, sync, lock);
    } catch (err) {
      await lock.release();
      throw err;
    }
  }

  private static async recover(dir: string, sync: boolean, lock: DirLock): Promise<OpenedStore> {
    const files = await listDataFiles(dir);
    // A snapshot still named .tmp was never completed; the journals it would replace still exist.
    for (const name of files.temporaries) await removeIfPresent(join(dir, name));

    const snapshotGen = files.snapshots.at(-1) ?? 0;
    const snapshot =
      snapshotGen > 0
        ? decodeSnapshot(await fsp.readFile(snapshotPath(dir, snapshotGen)), snapshotPath(dir, snapshotGen))
        : [];
    // Older files are covered by the newest snapshot; a compaction stopped before removing them.
    for (const gen of files.snapshots) if (gen < snapshotGen) await removeIfPresent(snapshotPath(dir, gen));
    for (const gen of files.journals) if (gen < snapshotGen) await removeIfPresent(journalPath(dir, gen));

    const gens = files.journals.filter((gen) => gen >= snapshotGen);
    const journal: Buffer[] = [];
    const recovery: OpenedStore['recovery'] = { truncatedBytes: 0 };
    let current: { gen: number; size: number } | undefined;
    let journalBytes = 0;
    for (let i = 0; i < gens.length; i++) {
      const gen = gens[i]!;
      const path = journalPath(dir, gen);
      const buf = await fsp.readFile(path);
      const scan = scanFrames(buf, 0, journal);
      journalBytes += scan.validBytes;
      current = { gen, size: scan.validBytes };
      if (scan.problem === undefined) continue;
      await truncateFile(path, scan.validBytes, sync);
      let cut = buf.length - scan.validBytes;
      let reason = `${journalName(gen)}: ${scan.problem}; cut ${buf.length - scan.validBytes} bytes`;
      // Later journals continue from records that are now gone, so they cannot be applied either.
      const later = gens.slice(i + 1);
      for (const laterGen of later) {
        const laterPath = journalPath(dir, laterGen);
        cut += (await fsp.stat(laterPath)).size;
        await fsp.rename(laterPath, `${laterPath}.discarded-${Date.now()}`);
      }
      if (later.length > 0) {
        reason += `; set aside the later journals ${later.map(journalName).join(', ')} as *.discarded-*`;
        if (sync) await fsyncDir(dir);
      }
      recovery.truncatedBytes = cut;
      recovery.reason = reason;
      break;
    }

    if (!current) {
      current = { gen: Math.max(snapshotGen, FIRST_GENERATION), size: 0 };
      await (await fsp.open(journalPath(dir, current.gen), 'w')).close();
      if (sync) await fsyncDir(dir);
    }
    const handle = await fsp.open(journalPath(dir, current.gen), 'r+');
    const writer = new GroupCommitWriter(JournalFile.opened(current.gen, current.size, handle), sync);
    const store = new DurableStore(dir, sync, lock, writer, journalBytes);
    return { store, snapshot, journal, recovery };
  }

  /** Appends records; resolves once they are on disk (fdatasync). Concurrent calls share one
   *  write and one fdatasync (group commit). A call's records are all-or-nothing after a crash. */
  append(records: Buffer[]): Promise<void> {
    if (this.closed) return Promise.reject(new StoreClosedError(this.dir));
    let frame: Buffer | null = null;
    if (records.length > 0) {
      try {
        frame = encodeFrame(records);
      } catch (err) {
        return Promise.reject(err);
      }
      this.liveJournalBytes += frame.length;
    }
    return this.writer.enqueue(frame);
  }

  /** Replaces snapshot+journal by a snapshot of the given full state. The records describe the
   *  state as of the moment compact() is called; appends issued after the call are not in it
   *  and must survive (they go to the next journal). Crash-safe at every step.
   *  The iterable is consumed synchronously, during the call. */
  compact(state: Iterable<Buffer>): Promise<void> {
    if (this.closed) return Promise.reject(new StoreClosedError(this.dir));
    let records: Buffer[];
    try {
      records = Array.from(state);
      for (const record of records) assertDocument(record);
    } catch (err) {
      return Promise.reject(err);
    }
    const gen = this.writer.current.gen + 1;
    const dir = this.dir;
    const sync = this.sync;
    const next = new JournalFile(gen, 0, async () => {
      const handle = await fsp.open(journalPath(dir, gen), 'wx');
      // The new journal's name must be durable before any record in it is acknowledged.
      if (sync) await fsyncDir(dir);
      return handle;
    });
    const coveredBytes = this.liveJournalBytes;
    this.liveJournalBytes = 0;
    // Failed old-journal writes have already been reported to their callers.
    const previousFlushed = this.writer.switchTo(next).catch(() => {});
    const job = this.compactionTail.then(() => this.writeSnapshot(gen, records, previousFlushed));
    this.compactionTail = job.catch(() => {
      // Without the snapshot the older journals stay live, unless a later compaction covers them.
      if (this.writer.current === next) this.liveJournalBytes += coveredBytes;
    });
    return job;
  }

  private async writeSnapshot(gen: number, records: Buffer[], previousFlushed: Promise<void>): Promise<void> {
    const finalPath = snapshotPath(this.dir, gen);
    const tmpPath = finalPath + TMP_SUFFIX;
    try {
      const handle = await fsp.open(tmpPath, 'w');
      try {
        let position = 0;
        // Encoding one frame at a time bounds memory and lets appends run between the writes.
        const write = async (part: Buffer): Promise<void> => {
          await writeFully(handle, part, position);
          position += part.length;
        };
        await write(snapshotHeader(records.length));
        for (const frame of snapshotFrames(records)) await write(frame);
        if (this.sync) await handle.sync();
      } finally {
        await handle.close();
      }
      await fsp.rename(tmpPath, finalPath);
    } catch (err) {
      await removeIfPresent(tmpPath).catch(() => {});
      throw err;
    }
    if (this.sync) await fsyncDir(this.dir);
    // Writes still queued for the old journal are covered by the snapshot, but let them finish
    // before removing the file they target.
    await previousFlushed;
    const files = await listDataFiles(this.dir);
    for (const old of files.snapshots) if (old < gen) await removeIfPresent(snapshotPath(this.dir, old));
    for (const old of files.journals) if (old < gen) await removeIfPresent(journalPath(this.dir, old));
  }

  /** Bytes in the journals since the newest snapshot, queued appends included (the engine
   *  compacts when this grows past a threshold). */
  get journalBytes(): number {
    return this.liveJournalBytes;
  }

  /** How many appends, writes and fdatasyncs there have been (group commit makes syncs < appends). */
  get stats(): Readonly<WriterStats> {
    return this.writer.stats;
  }

  /** Flushes, closes files and releases the lock. */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async shutdown(): Promise<void> {
    this.closed = true;
    try {
      await this.compactionTail;
      await this.writer.drain();
      await this.writer.current.close();
    } finally {
      await this.lock.release();
    }
  }
}

async function truncateFile(path: string, length: number, sync: boolean): Promise<void> {
  const handle = await fsp.open(path, 'r+');
  try {
    await handle.truncate(length);
    if (sync) await handle.sync();
  } finally {
    await handle.close();
  }
}
