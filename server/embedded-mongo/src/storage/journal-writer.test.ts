import type { FileHandle } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { encodeFrame } from './frames.js';
import { GroupCommitWriter, JournalFile } from './journal-writer.js';
import { rec } from './test-support.js';

/** An in-memory stand-in for a journal file whose next writes or syncs can be made to fail. */
class FakeFile {
  bytes = Buffer.alloc(0);
  failWrites = 0;
  /** Bytes a failing write still manages to put on disk before it fails. */
  partialBytes = 0;
  failSyncs = 0;
  closed = false;

  handle(): FileHandle {
    const fake = {
      write: async (data: Buffer, offset: number, length: number, position: number) => {
        const slice = data.subarray(offset, offset + length);
        if (this.failWrites > 0) {
          this.failWrites--;
          this.put(slice.subarray(0, this.partialBytes), position);
          throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        }
        this.put(slice, position);
        return { bytesWritten: length, buffer: data };
      },
      datasync: async () => {
        if (this.failSyncs > 0) {
          this.failSyncs--;
          throw Object.assign(new Error('input/output error'), { code: 'EIO' });
        }
      },
      truncate: async (length: number) => {
        this.bytes = this.bytes.subarray(0, length);
      },
      close: async () => {
        this.closed = true;
      },
    };
    return fake as unknown as FileHandle;
  }

  private put(data: Buffer, position: number): void {
    const end = position + data.length;
    if (end > this.bytes.length) this.bytes = Buffer.concat([this.bytes, Buffer.alloc(end - this.bytes.length)]);
    data.copy(this.bytes, position);
  }
}

function journalOn(file: FakeFile, gen = 1): JournalFile {
  return JournalFile.opened(gen, 0, file.handle());
}

describe('GroupCommitWriter', () => {
  it('rejects the callers of a failed write, cuts its partial bytes, and keeps going', async () => {
    const file = new FakeFile();
    const writer = new GroupCommitWriter(journalOn(file), true);
    const first = encodeFrame([rec(1)]);
    await writer.enqueue(first);
    file.failWrites = 1;
    file.partialBytes = 7;
    await expect(writer.enqueue(encodeFrame([rec(2)]))).rejects.toThrow('no space left');
    expect(file.bytes.equals(first)).toBe(true);
    const third = encodeFrame([rec(3)]);
    await writer.enqueue(third);
    expect(file.bytes.equals(Buffer.concat([first, third]))).toBe(true);
  });

  it('refuses every later append once an fdatasync has failed', async () => {
    const file = new FakeFile();
    const writer = new GroupCommitWriter(journalOn(file), true);
    file.failSyncs = 1;
    await expect(writer.enqueue(encodeFrame([rec(1)]))).rejects.toThrow('input/output error');
    await expect(writer.enqueue(encodeFrame([rec(2)]))).rejects.toThrow(/could not be flushed to disk/);
  });

  it('finishes and closes the old journal before writing to the next one', async () => {
    const oldFile = new FakeFile();
    const newFile = new FakeFile();
    const writer = new GroupCommitWriter(journalOn(oldFile), true);
    const before = writer.enqueue(encodeFrame([rec(1)]));
    const retired = writer.switchTo(journalOn(newFile, 2));
    const after = writer.enqueue(encodeFrame([rec(2)]));
    await Promise.all([before, retired, after]);
    expect(oldFile.closed).toBe(true);
    expect(oldFile.bytes.equals(encodeFrame([rec(1)]))).toBe(true);
    expect(newFile.bytes.equals(encodeFrame([rec(2)]))).toBe(true);
    expect(writer.current.gen).toBe(2);
    await writer.drain();
  });

  it('writes a burst of callers from one tick with one write and one sync', async () => {
    const file = new FakeFile();
    const writer = new GroupCommitWriter(journalOn(file), true);
    await Promise.all(Array.from({ length: 10 }, (_, i) => writer.enqueue(encodeFrame([rec(i)]))));
    expect(writer.stats).toEqual({ appends: 10, writes: 1, syncs: 1 });
  });

  it('writes the next group while an fdatasync runs, and answers in append order', async () => {
    const file = new HeldSyncs();
    const writer = new GroupCommitWriter(JournalFile.opened(1, 0, file.handle()), true);
    const order: number[] = [];
    const first = writer.enqueue(encodeFrame([rec(1)])).then(() => order.push(1));
    await file.syncStarted(1);
    const second = writer.enqueue(encodeFrame([rec(2)])).then(() => order.push(2));
    await file.syncStarted(2);
    // Both groups are written; the second sync finishes first, yet the first caller is answered first.
    expect(file.bytes.equals(Buffer.concat([encodeFrame([rec(1)]), encodeFrame([rec(2)])]))).toBe(true);
    file.finish(1);
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual([]);
    file.finish(0);
    await Promise.all([first, second]);
    expect(order).toEqual([1, 2]);
    expect(writer.stats).toEqual({ appends: 2, writes: 2, syncs: 2 });
  });

  it('fails an overlapping group whose own fdatasync succeeded after an earlier one failed', async () => {
    const file = new HeldSyncs();
    const writer = new GroupCommitWriter(JournalFile.opened(1, 0, file.handle()), true);
    const first = writer.enqueue(encodeFrame([rec(1)]));
    await file.syncStarted(1);
    const second = writer.enqueue(encodeFrame([rec(2)]));
    await file.syncStarted(2);
    file.finish(0, new Error('input/output error'));
    file.finish(1);
    await expect(first).rejects.toThrow('input/output error');
    await expect(second).rejects.toThrow(/could not be flushed to disk/);
    await expect(writer.enqueue(encodeFrame([rec(3)]))).rejects.toThrow(/could not be flushed to disk/);
  });
});

/** A journal file whose fdatasyncs wait until the test finishes them, one by one. */
class HeldSyncs {
  bytes = Buffer.alloc(0);
  private syncs: { finish: (err?: Error) => void }[] = [];
  private waiters: { count: number; resolve: () => void }[] = [];

  handle(): FileHandle {
    const fake = {
      write: async (data: Buffer, offset: number, length: number) => {
        this.bytes = Buffer.concat([this.bytes, data.subarray(offset, offset + length)]);
        return { bytesWritten: length, buffer: data };
      },
      datasync: () =>
        new Promise<void>((resolve, reject) => {
          this.syncs.push({ finish: (err) => (err ? reject(err) : resolve()) });
          for (const w of this.waiters.filter((x) => this.syncs.length >= x.count)) w.resolve();
        }),
      truncate: async () => {},
      close: async () => {},
    };
    return fake as unknown as FileHandle;
  }

  /** Resolves once `count` fdatasyncs have been issued. */
  syncStarted(count: number): Promise<void> {
    if (this.syncs.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  /** Completes the `index`-th fdatasync, with an error if given. */
  finish(index: number, err?: Error): void {
    this.syncs[index]!.finish(err);
  }
}
