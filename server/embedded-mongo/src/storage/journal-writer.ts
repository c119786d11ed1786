import type { FileHandle } from 'node:fs/promises';

/** One journal file that appends go to; its handle is opened on first use. */
export class JournalFile {
  private handlePromise: Promise<FileHandle> | undefined;

  /**
   * @param size bytes already in the file that are known good; writes continue from there.
   * @param openHandle opens (or creates) the file; called at most once.
   */
  constructor(
    readonly gen: number,
    public size: number,
    private readonly openHandle: () => Promise<FileHandle>,
  ) {}

  /** A journal whose file is already open. */
  static opened(gen: number, size: number, handle: FileHandle): JournalFile {
    const journal = new JournalFile(gen, size, () => Promise.resolve(handle));
    void journal.handle();
    return journal;
  }

  /** The open handle, opening the file the first time. */
  handle(): Promise<FileHandle> {
    this.handlePromise ??= this.openHandle();
    return this.handlePromise;
  }

  /** Closes the handle if it was ever opened. */
  async close(): Promise<void> {
    if (!this.handlePromise) return;
    const pending = this.handlePromise;
    this.handlePromise = Promise.reject(new Error(`journal generation ${this.gen} is closed`));
    this.handlePromise.catch(() => {});
    try {
      await (await pending).close();
    } catch {
      // A handle that never opened has nothing to close.
    }
  }
}

/** Counters that let tests and benchmarks see how well writes were grouped. */
export interface WriterStats {
  /** append() calls that carried records. */
  appends: number;
  /** write batches issued (one write syscall sequence each). */
  writes: number;
  /** fdatasync calls. */
  syncs: number;
}

interface Pending {
  journal: JournalFile;
  frame: Buffer | null;
  /** Close the journal once this entry's group is flushed: it has been replaced by a newer one. */
  retire: boolean;
  resolve: () => void;
  reject: (err: Error) => void;
}

/**
 * Serialises journal writes and commits them in groups: while one write+fdatasync is in flight,
 * later callers queue up, and the next round writes all their frames at once and syncs once.
 */
export class GroupCommitWriter {
  readonly stats: WriterStats = { appends: 0, writes: 0, syncs: 0 };
  private queue: Pending[] = [];
  private running = false;
  private idleWaiters: Array<() => void> = [];
  /** Set after an error that leaves the journal in an unknown state; every later append fails. */
  private failure: Error | undefined;

  constructor(
    private currentJournal: JournalFile,
    private readonly sync: boolean,
  ) {}

  /** The journal that new appends go to. */
  get current(): JournalFile {
    return this.currentJournal;
  }

  /** Queues a frame (or, with null, a barrier) for the current journal; resolves once it is durable. */
  enqueue(frame: Buffer | null): Promise<void> {
    if (frame) this.stats.appends++;
    return this.push(this.currentJournal, frame, false);
  }

  /**
   * Sends every later append to `next`. Resolves when everything queued for the previous journal
   * is durable and its file is closed.
   */
  switchTo(next: JournalFile): Promise<void> {
    const previous = this.currentJournal;
    this.currentJournal = next;
    return this.push(previous, null, true);
  }

  /** Resolves when nothing is queued or in flight. */
  drain(): Promise<void> {
    if (!this.running && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private push(journal: JournalFile, frame: Buffer | null, retire: boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ journal, frame, retire, resolve, reject });
      if (!this.running) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.running = true;
    // Yield once so that callers issuing appends in the same tick share the first write.
    await Promise.resolve();
    while (this.queue.length > 0) {
      const journal = this.queue[0]!.journal;
      let count = 1;
      while (count < this.queue.length && this.queue[count]!.journal === journal) count++;
      const group = this.queue.splice(0, count);
      let error: Error | undefined;
      try {
        await this.flush(journal, group);
      } catch (err) {
        error = err instanceof Error ? err : new Error(String(err));
      }
      if (group.some((entry) => entry.retire)) await journal.close();
      for (const entry of group) {
        if (error) entry.reject(error);
        else entry.resolve();
      }
    }
    this.running = false;
    for (const wake of this.idleWaiters.splice(0)) wake();
  }

  private async flush(journal: JournalFile, group: Pending[]): Promise<void> {
    if (this.failure) throw this.failure;
    const frames: Buffer[] = [];
    for (const entry of group) if (entry.frame) frames.push(entry.frame);
    if (frames.length === 0) return;
    const data = frames.length === 1 ? frames[0]! : Buffer.concat(frames);
    const handle = await journal.handle();
    this.stats.writes++;
    try {
      await writeFully(handle, data, journal.size);
    } catch (err) {
      // A partial frame left at the end would hide every later frame from recovery: cut it off.
      try {
        await handle.truncate(journal.size);
      } catch {
        this.failure = new Error(`The journal could not be repaired after a failed write: ${String(err)}`);
      }
      throw err;
    }
    if (this.sync) {
      this.stats.syncs++;
      try {
        await handle.datasync();
      } catch (err) {
        // After a failed fdatasync the kernel may have dropped dirty pages; nothing written
        // since the last good sync can be trusted, so stop accepting writes.
        this.failure = new Error(`The journal could not be flushed to disk: ${String(err)}`);
        throw err;
      }
    }
    journal.size += data.length;
  }
}

/** Writes all of `data` at `position`, continuing after short writes. */
export async function writeFully(handle: FileHandle, data: Buffer, position: number): Promise<void> {
  let written = 0;
  while (written < data.length) {
    const { bytesWritten } = await handle.write(data, written, data.length - written, position + written);
    if (bytesWritten === 0) throw new Error('The journal write made no progress');
    written += bytesWritten;
  }
}
