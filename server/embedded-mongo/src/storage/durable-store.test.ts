import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeFrame } from './frames.js';
import { DurableStore, SnapshotCorruptError, StoreClosedError, type OpenedStore } from './index.js';
import { makeTempDir, rec, seqs } from './test-support.js';

const dirs: string[] = [];
const open: DurableStore[] = [];

async function tempDir(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir);
  return dir;
}

async function openStore(dir: string, sync = true): Promise<OpenedStore> {
  const opened = await DurableStore.open(dir, { sync });
  open.push(opened.store);
  return opened;
}

async function reopen(opened: OpenedStore, dir: string): Promise<OpenedStore> {
  await opened.store.close();
  return openStore(dir);
}

async function names(dir: string): Promise<string[]> {
  return (await fsp.readdir(dir)).sort();
}

afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  for (const dir of dirs.splice(0)) await fsp.rm(dir, { recursive: true, force: true });
});

describe('DurableStore round trip', () => {
  it('creates a missing folder and reports a clean, empty start', async () => {
    const dir = join(await tempDir(), 'nested', 'data');
    const opened = await openStore(dir);
    expect(opened.snapshot).toEqual([]);
    expect(opened.journal).toEqual([]);
    expect(opened.recovery).toEqual({ truncatedBytes: 0 });
    expect(await names(dir)).toEqual(['journal.1.log', 'mongod.lock']);
  });

  it('keeps appended records, in order and byte for byte, across reopen', async () => {
    const dir = await tempDir();
    let opened = await openStore(dir);
    const written = [rec(1), rec(2, { name: 'Åsa' }), rec(3)];
    await opened.store.append([written[0]!]);
    await opened.store.append([written[1]!, written[2]!]);
    await opened.store.append([]);
    opened = await reopen(opened, dir);
    expect(opened.journal).toEqual(written);
    expect(opened.recovery.reason).toBeUndefined();
    await opened.store.append([rec(4)]);
    opened = await reopen(opened, dir);
    expect(seqs(opened.journal)).toEqual([1, 2, 3, 4]);
  });

  it('works without fdatasync for throwaway folders', async () => {
    const dir = await tempDir();
    let opened = await openStore(dir, false);
    await Promise.all([opened.store.append([rec(1)]), opened.store.append([rec(2)])]);
    expect(opened.store.stats.syncs).toBe(0);
    opened = await reopen(opened, dir);
    expect(seqs(opened.journal)).toEqual([1, 2]);
  });

  it('rejects records that are not single BSON documents and stays usable', async () => {
    const dir = await tempDir();
    let opened = await openStore(dir);
    await expect(opened.store.append([Buffer.from('not bson')])).rejects.toThrow(TypeError);
    await expect(opened.store.compact([Buffer.alloc(3)])).rejects.toThrow(TypeError);
    await opened.store.append([rec(1)]);
    opened = await reopen(opened, dir);
    expect(seqs(opened.journal)).toEqual([1]);
  });

  it('refuses work after close, flushes pending appends and removes the lock', async () => {
    const dir = await tempDir();
    let opened = await openStore(dir);
    const pending = opened.store.append([rec(1)]);
    await opened.store.close();
    await pending;
    await expect(opened.store.append([rec(2)])).rejects.toThrow(StoreClosedError);
    await expect(opened.store.compact([])).rejects.toThrow(StoreClosedError);
    expect(await names(dir)).toEqual(['journal.1.log']);
    opened = await openStore(dir);
    expect(seqs(opened.journal)).toEqual([1]);
  });
});

describe('group commit', () => {
  it('shares writes and fdatasyncs between concurrent appends', async () => {
    const dir = await tempDir();
    let opened = await openStore(dir);
    const calls = 200;
    await Promise.all(Array.from({ length: calls }, (_, i) => opened.store.append([rec(i)])));
    const { appends, syncs } = opened.store.stats;
    expect(appends).toBe(calls);
    expect(syncs).toBeGreaterThanOrEqual(1);
    expect(syncs).toBeLessThan(calls);
    opened = await reopen(opened, dir);
    expect(seqs(opened.journal)).toEqual(Array.from({ length: calls }, (_, i) => i));
  });

  it('collects callers that arrive while a flush is in flight into the next flush', async () => {
    const dir = await tempDir();
    const opened = await openStore(dir);
    const first = opened.store.append([rec(0)]);
    // Let the first flush start, then pile up callers behind it.
    await new Promise((resolve) => setImmediate(resolve));
    const rest = Array.from({ length: 50 }, (_, i) => opened.store.append([rec(i + 1)]));
    await Promise.all([first, ...rest]);
    expect(opened.store.stats.syncs).toBeLessThanOrEqual(3);
  });

  it('reports journal bytes including queued appends', async () => {
    const dir = await tempDir();
    const opened = await openStore(dir);
    const record = rec(1);
    const pending = opened.store.append([record]);
    expect(opened.store.journalBytes).toBe(8 + record.length);
    await pending;
    await opened.store.append([record, record]);
    expect(opened.store.journalBytes).toBe(2 * 8 + 3 * record.length);
  });
});

describe('recovery of a damaged journal', () => {
  async function journalWithFrames(dir: string, groups: number[][]): Promise<number[]> {
    const opened = await openStore(dir);
    for (const group of groups) await opened.store.append(group.map((seq) => rec(seq)));
    await opened.store.close();
    return groups.map((group) => encodeFrame(group.map((seq) => rec(seq))).length);
  }

  it('cuts a torn tail, loads the prefix, and accepts appends afterwards', async () => {
    const dir = await tempDir();
    const sizes = await journalWithFrames(dir, [[1], [2, 3], [4, 5, 6]]);
    const path = join(dir, 'journal.1.log');
    const full = (await fsp.stat(path)).size;
    // Cut inside the last frame: that whole call must disappear, not just its last record.
    await fsp.truncate(path, full - 20);
    let opened = await openStore(dir);
    expect(seqs(opened.journal)).toEqual([1, 2, 3]);
    expect(opened.recovery.truncatedBytes).toBe(sizes[2]! - 20);
    expect(opened.recovery.reason).toMatch(/journal\.1\.log: .*torn write/);
    expect((await fsp.stat(path)).size).toBe(sizes[0]! + sizes[1]!);
    await opened.store.append([rec(7)]);
    opened = await reopen(opened, dir);
    expect(seqs(opened.journal)).toEqual([1, 2, 3, 7]);
    expect(opened.recovery).toEqual({ truncatedBytes: 0 });
  });

  it('cuts a tail too short to hold a frame header', async () => {
    const dir = await tempDir();
    await journalWithFrames(dir, [[1]]);
    await fsp.appendFile(join(dir, 'journal.1.log'), Buffer.from([9, 0, 0]));
    const opened = await openStore(dir);
    expect(seqs(opened.journal)).toEqual([1]);
    expect(opened.recovery.truncatedBytes).toBe(3);
    expect(opened.recovery.reason).toMatch(/incomplete frame header/);
  });

  it('cuts everything from a frame with a bad checksum in the middle', async () => {
    const dir = await tempDir();
    const sizes = await journalWithFrames(dir, [[1], [2], [3], [4]]);
    const path = join(dir, 'journal.1.log');
    const bytes = await fsp.readFile(path);
    const secondFrame = sizes[0]!;
    bytes[secondFrame + 8 + 10]! ^= 0x55;
    await fsp.writeFile(path, bytes);
    const opened = await openStore(dir);
    expect(seqs(opened.journal)).toEqual([1]);
    expect(opened.recovery.truncatedBytes).toBe(bytes.length - secondFrame);
    expect(opened.recovery.reason).toMatch(new RegExp(`checksum mismatch in the frame at byte ${secondFrame}`));
    expect((await fsp.stat(path)).size).toBe(secondFrame);
  });

  it('sets aside journals that follow a damaged one', async () => {
    const dir = await tempDir();
    await journalWithFrames(dir, [[1], [2]]);
    const second = encodeFrame([rec(3)]);
    await fsp.writeFile(join(dir, 'journal.2.log'), second);
    await fsp.truncate(join(dir, 'journal.1.log'), (await fsp.stat(join(dir, 'journal.1.log'))).size - 1);
    const opened = await openStore(dir);
    expect(seqs(opened.journal)).toEqual([1]);
    expect(opened.recovery.reason).toMatch(/set aside the later journals journal\.2\.log/);
    expect(opened.recovery.truncatedBytes).toBe(encodeFrame([rec(2)]).length - 1 + second.length);
    expect((await names(dir)).filter((name) => name.startsWith('journal.2.log.discarded-'))).toHaveLength(1);
  });
});

describe('compaction', () => {
  it('replaces snapshot and journal, and reopens to the compacted state plus later appends', async () => {
    const dir = await tempDir();
    let opened = await openStore(dir);
    await opened.store.append([rec(1)]);
    await opened.store.append([rec(2)]);
    // The engine's state need not repeat the journal: here record 1 was deleted.
    const state = [rec(2, { compacted: true })];
    await opened.store.compact(state);
    expect(opened.store.journalBytes).toBe(0);
    await opened.store.append([rec(3)]);
    expect(await names(dir)).toEqual(['journal.2.log', 'mongod.lock', 'snapshot.2.bson']);
    opened = await reopen(opened, dir);
    expect(opened.snapshot).toEqual(state);
    expect(seqs(opened.journal)).toEqual([3]);

    await opened.store.compact([...opened.snapshot, ...opened.journal]);
    opened = await reopen(opened, dir);
    expect(seqs(opened.snapshot)).toEqual([2, 3]);
    expect(opened.journal).toEqual([]);
    expect(await names(dir)).toEqual(['journal.3.log', 'mongod.lock', 'snapshot.3.bson']);
  });

  it('compacts an empty state and large states spanning several snapshot frames', async () => {
    const dir = await tempDir();
    let opened = await openStore(dir);
    await opened.store.compact([]);
    opened = await reopen(opened, dir);
    expect(opened.snapshot).toEqual([]);
    const big = Array.from({ length: 3000 }, (_, i) => rec(i, { pad: 'p'.repeat(1000) }));
    await opened.store.compact(big);
    opened = await reopen(opened, dir);
    expect(opened.snapshot).toHaveLength(big.length);
    // Comparing as one buffer: element-wise equality over megabytes of bytes is slow.
    expect(Buffer.concat(opened.snapshot).equals(Buffer.concat(big))).toBe(true);
  });

  it('keeps appends that race a compaction out of the snapshot and in the next journal', async () => {
    const dir = await tempDir();
    let opened = await openStore(dir);
    const { store } = opened;
    const before = [1, 2, 3].map((seq) => store.append([rec(seq)]));
    const compaction = store.compact([rec(1), rec(2), rec(3)]);
    const after = [4, 5, 6].map((seq) => store.append([rec(seq)]));
    // A second compaction issued while the first is still running.
    const second = store.compact([1, 2, 3, 4, 5].map((seq) => rec(seq)));
    const last = store.append([rec(7)]);
    await Promise.all([...before, compaction, ...after, second, last]);
    opened = await reopen(opened, dir);
    expect(seqs(opened.snapshot)).toEqual([1, 2, 3, 4, 5]);
    // Records 4 and 5 went to journal 2, which the second snapshot replaced; 6 raced that one.
    expect(seqs(opened.journal)).toEqual([7]);
  });

  it('keeps racing appends when the process stops before the snapshot is renamed', async () => {
    const dir = await tempDir();
    let opened = await openStore(dir);
    await opened.store.append([rec(1)]);
    await opened.store.close();
    const journal1 = await fsp.readFile(join(dir, 'journal.1.log'));
    opened = await openStore(dir);
    await opened.store.compact([rec(1)]);
    await opened.store.append([rec(2)]);
    await opened.store.close();

    // Crash after switching journals, while the snapshot was still being written.
    await fsp.rename(join(dir, 'snapshot.2.bson'), join(dir, 'snapshot.2.bson.tmp'));
    await fsp.writeFile(join(dir, 'journal.1.log'), journal1);
    opened = await openStore(dir);
    expect(opened.snapshot).toEqual([]);
    expect(seqs(opened.journal)).toEqual([1, 2]);
    expect(opened.recovery).toEqual({ truncatedBytes: 0 });
    expect(await names(dir)).toEqual(['journal.1.log', 'journal.2.log', 'mongod.lock']);

    // Compacting again from here continues with generation 3.
    await opened.store.compact([rec(1), rec(2)]);
    await opened.store.append([rec(3)]);
    opened = await reopen(opened, dir);
    expect(seqs(opened.snapshot)).toEqual([1, 2]);
    expect(seqs(opened.journal)).toEqual([3]);
    expect(await names(dir)).toEqual(['journal.3.log', 'mongod.lock', 'snapshot.3.bson']);
  });

  it('finishes the cleanup when the process stopped after the rename', async () => {
    const dir = await tempDir();
    let opened = await openStore(dir);
    await opened.store.append([rec(1)]);
    await opened.store.close();
    const journal1 = await fsp.readFile(join(dir, 'journal.1.log'));
    opened = await openStore(dir);
    await opened.store.compact([rec(1, { from: 'snapshot' })]);
    await opened.store.append([rec(2)]);
    await opened.store.close();

    await fsp.writeFile(join(dir, 'journal.1.log'), journal1);
    await fsp.writeFile(join(dir, 'snapshot.1.bson'), 'an older snapshot');
    opened = await openStore(dir);
    expect(opened.snapshot).toEqual([rec(1, { from: 'snapshot' })]);
    expect(seqs(opened.journal)).toEqual([2]);
    expect(await names(dir)).toEqual(['journal.2.log', 'mongod.lock', 'snapshot.2.bson']);
  });

  it('leaves the journals live when a snapshot cannot be written', async () => {
    const dir = await tempDir();
    let opened = await openStore(dir);
    await opened.store.append([rec(1)]);
    const bytesBefore = opened.store.journalBytes;
    // A folder in the way of the temporary snapshot makes the write fail.
    await fsp.mkdir(join(dir, 'snapshot.2.bson.tmp'));
    const failed = opened.store.compact([rec(1)]);
    const racing = opened.store.append([rec(2)]);
    await expect(failed).rejects.toThrow(/EISDIR/);
    await racing;
    expect(opened.store.journalBytes).toBe(bytesBefore + encodeFrame([rec(2)]).length);
    await fsp.rmdir(join(dir, 'snapshot.2.bson.tmp'));
    opened = await reopen(opened, dir);
    expect(opened.snapshot).toEqual([]);
    expect(seqs(opened.journal)).toEqual([1, 2]);
    await opened.store.compact([rec(1), rec(2)]);
    opened = await reopen(opened, dir);
    expect(seqs(opened.snapshot)).toEqual([1, 2]);
    expect(await names(dir)).toEqual(['journal.3.log', 'mongod.lock', 'snapshot.3.bson']);
  });

  it('creates the next journal when a snapshot has none', async () => {
    const dir = await tempDir();
    let opened = await openStore(dir);
    await opened.store.compact([rec(1)]);
    await opened.store.close();
    await fsp.rm(join(dir, 'journal.2.log'), { force: true });
    opened = await openStore(dir);
    await opened.store.append([rec(2)]);
    opened = await reopen(opened, dir);
    expect(seqs(opened.snapshot)).toEqual([1]);
    expect(seqs(opened.journal)).toEqual([2]);
  });

  it('refuses a damaged snapshot and releases the lock', async () => {
    const dir = await tempDir();
    const opened = await openStore(dir);
    await opened.store.compact([rec(1), rec(2)]);
    await opened.store.close();
    const path = join(dir, 'snapshot.2.bson');
    const bytes = await fsp.readFile(path);
    bytes[bytes.length - 3]! ^= 1;
    await fsp.writeFile(path, bytes);
    await expect(DurableStore.open(dir)).rejects.toThrow(SnapshotCorruptError);
    await expect(DurableStore.open(dir)).rejects.toThrow(/snapshot\.2\.bson is damaged \(checksum mismatch/);
  });
});
