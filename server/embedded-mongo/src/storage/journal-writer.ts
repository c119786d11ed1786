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

/** A group of queued entries on its way to disk. */
interface Flight {
  journal: JournalFile;
  group: Pending[];
  done: boolean;
  error?: Error;
}

/**
 * fdatasyncs allowed to overlap. This disk (like most SSDs and virtual disks) completes
 * concurrent flushes of one file in about the time of one, so a group that forms while another
 * group's fdatasync runs need not wait for it; one thread-pool thread stays free for other I/O.
 */
const MAX_SYNCS_IN_FLIGHT = 2;

/**
 * Serialises journal writes and commits them in groups: while a write+fdatasync is in flight,
 * later callers queue up, and the next round writes all their frames at once and syncs once.
 * Writes are strictly sequential; the next group's write may start while the previous group's
 * fdatasync is still running (up to MAX_SYNCS_IN_FLIGHT of them). Callers are answered in
 * append order, and only once their own fdatasync has succeeded with no failure before it.
 */
export class GroupCommitWriter {
  readonly stats: WriterStats = { appends: 0, writes: 0, syncs: 0 };
  private queue: Pending[] = [];
  /** Groups taken from the queue and not yet answered, oldest first. */
  private flights: Flight[] = [];
  private writing = false;
  private syncing = 0;
  private scheduled = false;
  private settling = false;
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
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private get idle(): boolean {
    return this.queue.length === 0 && this.flights.length === 0;
  }

  private push(journal: JournalFile, frame: Buffer | null, retire: boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ journal, frame, retire, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      // Yield once so that callers issuing appends in the same tick share one write.
      queueMicrotask(() => {
        this.scheduled = false;
        this.pump();
      });
    });
  }

  /** Starts the next group when the file is free for a write and a sync slot is open. */
  private pump(): void {
    while (!this.writing && this.syncing < MAX_SYNCS_IN_FLIGHT && this.queue.length > 0) {
      const journal = this.queue[0]!.journal;
      // A new journal starts only once everything sent to the previous one is answered.
      if (this.flights.length > 0 && this.flights[this.flights.length - 1]!.journal !== journal) return;
      let count = 1;
      while (count < this.queue.length && this.queue[count]!.journal === journal) count++;
      const flight: Flight = { journal, group: this.queue.splice(0, count), done: false };
      this.flights.push(flight);
      void this.fly(flight);
    }
  }

  private async fly(flight: Flight): Promise<void> {
    const frames: Buffer[] = [];
    for (const entry of flight.group) if (entry.frame) frames.push(entry.frame);
    try {
      if (this.failure) throw this.failure;
      if (frames.length > 0) {
        this.writing = true;
        let handle: FileHandle;
        try {
          handle = await this.write(flight.journal, frames.length === 1 ? frames[0]! : Buffer.concat(frames));
        } finally {
          this.writing = false;
        }
        if (this.sync) {
          this.syncing++;
          this.pump();
          try {
            this.stats.syncs++;
            await handle.datasync();
          } catch (err) {
            // After a failed fdatasync the kernel may have dropped dirty pages; nothing written
            // since the last good sync can be trusted, so stop accepting writes.
            this.failure ??= new Error(`The journal could not be flushed to disk: ${String(err)}`);
            throw err;
          } finally {
            this.syncing--;
          }
          // A failure reported to an overlapping sync may concern this group's pages too.
          if (this.failure) throw this.failure;
        }
      }
    } catch (err) {
      flight.error = err instanceof Error ? err : new Error(String(err));
    }
    flight.done = true;
    void this.settle();
    this.pump();
  }

  /** Writes one group's bytes after the journal's known-good end; returns the file handle. */
  private async write(journal: JournalFile, data: Buffer): Promise<FileHandle> {
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
    journal.size += data.length;
    return handle;
  }

  /** Answers finished groups in append order; closes a retired journal before answering its group. */
  private async settle(): Promise<void> {
    if (this.settling) return;
    this.settling = true;
    while (this.flights.length > 0 && this.flights[0]!.done) {
      const flight = this.flights[0]!;
      if (flight.group.some((entry) => entry.retire)) await flight.journal.close();
      this.flights.shift();
      for (const entry of flight.group) {
        if (flight.error) entry.reject(flight.error);
        else entry.resolve();
      }
    }
    this.settling = false;
    this.pump();
    if (this.idle) for (const wake of this.idleWaiters.splice(0)) wake();
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
