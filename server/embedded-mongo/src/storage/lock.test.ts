import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, DurableStore } from './index.js';
import { CRASH_WRITER, makeTempDir, rec, seqs, startChild, startProcess, type Child } from './test-support.js';

const CONTENDER = fileURLToPath(new URL('./lock-contender.fixture.ts', import.meta.url));
const onLinux = process.platform === 'linux';

const dirs: string[] = [];
const children: Child[] = [];
/** Holders started behind a parent that never reaps them; killed explicitly. */
const orphans: number[] = [];

afterEach(async () => {
  for (const pid of orphans.splice(0)) killQuietly(pid);
  for (const child of children.splice(0)) {
    child.process.kill('SIGKILL');
    await child.exited;
  }
  for (const dir of dirs.splice(0)) await fsp.rm(dir, { recursive: true, force: true });
});

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

async function tempDir(): Promise<string> {
  const dir = await makeTempDir();
  dirs.push(dir);
  return dir;
}

function track(child: Child): Child {
  children.push(child);
  return child;
}

/** The pid of a process that has certainly exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

function lockedMessage(dir: string, pid: number): string {
  return (
    `Datamappen ${dir} används redan av process ${pid} / The data folder ${dir} is already in use ` +
    `by process ${pid}: stop that process or choose another LYFTA_DATA_DIR`
  );
}

async function lockPid(dir: string): Promise<number> {
  return Number((await fsp.readFile(join(dir, 'mongod.lock'), 'utf8')).split('\n')[0]);
}

/** State (field 3) and start time (field 22) of /proc/<pid>/stat, or undefined once it is gone. */
async function procStat(pid: number): Promise<{ state: string; startTime: string } | undefined> {
  const text = await fsp.readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0]!, startTime: fields[19]! };
}

async function bootId(): Promise<string> {
  return (await fsp.readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim();
}

async function pollUntil(what: string, test: () => Promise<boolean>): Promise<void> {
  const giveUpAt = Date.now() + 20_000;
  while (!(await test())) {
    if (Date.now() > giveUpAt) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function waitForZombie(pid: number): Promise<void> {
  await pollUntil(`process ${pid} to become a zombie`, async () => (await procStat(pid))?.state === 'Z');
}

/**
 * Starts the crash-writer fixture holding `dir` as the child of a `sleep` that never calls
 * wait(): killed, it stays a zombie, as an orphaned server does under a pid 1 that does not
 * reap (a container whose entry point is the app) or under a parent too busy to reap yet.
 */
async function startUnreapedHolder(dir: string): Promise<number> {
  const parent = track(
    startProcess('sh', [
      '-c',
      '"$@" & echo "holder $!"; exec sleep 600',
      'sh',
      process.execPath,
      '--import',
      'tsx',
      CRASH_WRITER,
      'hold',
      dir,
    ]),
  );
  await parent.waitFor((line) => line.startsWith('holder '));
  const pid = Number(parent.lines.find((line) => line.startsWith('holder '))!.slice('holder '.length));
  orphans.push(pid);
  await pollUntil('the holder to take the lock', async () => {
    if (parent.lines.includes('ready')) return true;
    const stat = await procStat(pid);
    if (!stat || stat.state === 'Z') throw new Error(`the holder could not start: ${parent.stderr()}`);
    return false;
  });
  return pid;
}

/** Writes a lock file in the holder format: pid line, then start time, boot id and a token. */
async function writeLock(dir: string, pid: number, startTime: string, boot: string): Promise<void> {
  await fsp.writeFile(join(dir, 'mongod.lock'), `${pid}\nstart=${startTime}\nboot=${boot}\ntoken=0123abcd\n`);
}

describe('data folder lock', () => {
  it('refuses a folder held by a live process, then takes it over once that process is killed', async () => {
    const dir = await tempDir();
    const child = track(startChild('hold', dir));
    await child.waitFor((line) => line === 'ready');
    const pid = child.process.pid!;
    const error = await DurableStore.open(dir).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as DataDirLockedError).message).toBe(lockedMessage(dir, pid));
    expect((error as DataDirLockedError).pid).toBe(pid);

    child.process.kill('SIGKILL');
    await child.exited;
    // The killed holder left its lock file behind; it is stale now.
    expect(await lockPid(dir)).toBe(pid);
    const { store } = await DurableStore.open(dir);
    expect(await lockPid(dir)).toBe(process.pid);
    await store.close();
  });

  it('refuses a second open of the same folder within one process', async () => {
    const dir = await tempDir();
    const { store } = await DurableStore.open(dir);
    await expect(DurableStore.open(join(dir, '.'))).rejects.toThrow(lockedMessage(dir, process.pid));
    await store.close();
    const again = await DurableStore.open(dir);
    await again.store.close();
  });

  it('lets exactly one of two concurrent opens in one process take a stale lock', async () => {
    const dir = await tempDir();
    await fsp.writeFile(join(dir, 'mongod.lock'), `${await deadPid()}\n`);
    const results = await Promise.allSettled([DurableStore.open(dir), DurableStore.open(dir)]);
    const opened = results.filter((result) => result.status === 'fulfilled');
    const refused = results.filter((result) => result.status === 'rejected');
    expect(opened).toHaveLength(1);
    expect(refused.map((result) => (result.reason as Error).message)).toEqual([lockedMessage(dir, process.pid)]);
    await opened[0]!.value.store.close();
  });

  it('takes over stale locks: a dead pid, garbage, or this pid from an earlier process', async () => {
    const dir = await tempDir();
    for (const content of [`${await deadPid()}\n`, '', 'not a pid', `${process.pid}\n`]) {
      await fsp.writeFile(join(dir, 'mongod.lock'), content);
      const { store } = await DurableStore.open(dir);
      await store.append([rec(1)]);
      await store.close();
      await expect(fsp.access(join(dir, 'mongod.lock'))).rejects.toThrow();
    }
    const { store, journal } = await DurableStore.open(dir);
    expect(seqs(journal)).toEqual([1, 1, 1, 1]);
    expect((await fsp.readdir(dir)).sort()).toEqual(['journal.1.log', 'mongod.lock']);
    await store.close();
  });

  it('is not blocked by the claim of a starter that died while taking over a stale lock', async () => {
    const dir = await tempDir();
    const stale = `${await deadPid()}\n`;
    await fsp.writeFile(join(dir, 'mongod.lock'), stale);
    // The claim a takeover of that content creates (see the storage README), left by a dead starter.
    const claim = `mongod.lock.${createHash('sha256').update(stale).digest('hex').slice(0, 16)}.claim`;
    await fsp.writeFile(join(dir, claim), `${await deadPid()}\ntoken=0123abcd\n`);
    const { store } = await DurableStore.open(dir);
    expect(await lockPid(dir)).toBe(process.pid);
    expect((await fsp.readdir(dir)).sort()).toEqual(['journal.1.log', 'mongod.lock']);
    await store.close();
  });

  it('leaves a lock alone on close when another process has since taken it', async () => {
    const dir = await tempDir();
    const { store } = await DurableStore.open(dir);
    await fsp.writeFile(join(dir, 'mongod.lock'), '12345\n');
    await store.close();
    expect(await fsp.readFile(join(dir, 'mongod.lock'), 'utf8')).toBe('12345\n');
  });
});

describe.runIf(onLinux)('data folder lock: telling the holder from a process with its pid', () => {
  it('starts every time across 20 kill -9 / restart rounds while the killed holders stay unreaped', async () => {
    const dir = await tempDir();
    const holders: number[] = [];
    for (let round = 0; round < 20; round++) {
      const pid = await startUnreapedHolder(dir);
      expect(await lockPid(dir)).toBe(pid);
      holders.push(pid);
      process.kill(pid, 'SIGKILL');
      await waitForZombie(pid);
    }
    // Every earlier holder is still a zombie, i.e. its pid still answers kill(pid, 0).
    for (const pid of holders) expect((await procStat(pid))?.state).toBe('Z');
  }, 120_000);

  it('takes over a lock whose holder was killed but not yet reaped (a zombie)', async () => {
    const dir = await tempDir();
    const pid = await startUnreapedHolder(dir);
    process.kill(pid, 'SIGKILL');
    await waitForZombie(pid);
    expect(() => process.kill(pid, 0)).not.toThrow();

    const { store } = await DurableStore.open(dir);
    expect(await lockPid(dir)).toBe(process.pid);
    expect((await procStat(pid))?.state).toBe('Z');
    await store.close();
  });

  it('respects a live holder, but not another process that now has its pid', async () => {
    const dir = await tempDir();
    const sleeper = track(startProcess('sleep', ['600']));
    const pid = sleeper.process.pid!;
    const { startTime } = (await procStat(pid))!;
    const boot = await bootId();

    // The live process the lock names: refused with the clear message.
    await writeLock(dir, pid, startTime, boot);
    await expect(DurableStore.open(dir)).rejects.toThrow(lockedMessage(dir, pid));
    // A lock without a start time (older format) cannot be told apart, so it is respected too.
    await fsp.writeFile(join(dir, 'mongod.lock'), `${pid}\n`);
    await expect(DurableStore.open(dir)).rejects.toThrow(lockedMessage(dir, pid));

    // The holder started at another time, or before the last boot: the pid has been reused.
    for (const [start, lockBoot] of [
      [String(Number(startTime) + 1), boot],
      [startTime, '00000000-0000-4000-8000-000000000000'],
    ] as const) {
      await writeLock(dir, pid, start, lockBoot);
      const { store } = await DurableStore.open(dir);
      expect(await lockPid(dir)).toBe(process.pid);
      await store.close();
    }
  });

  it('lets exactly one of several processes starting at once take a stale lock', async () => {
    const contenders = await Promise.all(
      Array.from({ length: 4 }, async () => {
        const child = track(startProcess(process.execPath, ['--import', 'tsx', CONTENDER], { stdin: true }));
        await child.waitFor((line) => line === 'ready');
        return child;
      }),
    );
    const sleeper = track(startProcess('sleep', ['600']));
    const reused = sleeper.process.pid!;
    const reusedStart = String(Number((await procStat(reused))!.startTime) + 1);
    const boot = await bootId();

    for (let round = 0; round < 12; round++) {
      const dir = await tempDir();
      // Stale in turn: a dead pid in the older format, a reused pid, a dead pid in the current one.
      if (round % 3 === 0) await fsp.writeFile(join(dir, 'mongod.lock'), `${await deadPid()}\n`);
      else await writeLock(dir, round % 3 === 1 ? reused : await deadPid(), reusedStart, boot);
      for (const child of contenders) child.process.stdin!.write(`take ${round} ${dir}\n`);
      const outcomes = await Promise.all(
        contenders.map(async (child) => {
          await child.waitFor((line) => line.startsWith(`${round} `));
          return child.lines.find((line) => line.startsWith(`${round} `))!.slice(`${round} `.length);
        }),
      );
      const winners = contenders.filter((_, i) => outcomes[i] === 'won').map((child) => child.process.pid!);
      expect(winners).toHaveLength(1);
      expect(outcomes.filter((outcome) => outcome !== 'won')).toEqual(Array(3).fill(`refused ${winners[0]}`));
      expect(await lockPid(dir)).toBe(winners[0]);
      // Nothing but the lock is left behind (no claim or private files).
      expect(await fsp.readdir(dir)).toEqual(['mongod.lock']);
    }
  }, 60_000);
});
