import { createHash, randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { LOCK_FILE, removeIfPresent } from './layout.js';
import { isRunning, ownIdentity, type ProcessIdentity } from './process-identity.js';

/** Thrown when another live process (or this one) already holds a data folder's lock. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `Datamappen ${dir} används redan av process ${pid} / ` +
        `The data folder ${dir} is already in use by process ${pid}: ` +
        'stop that process or choose another LYFTA_DATA_DIR',
    );
    this.name = 'DataDirLockedError';
  }
}

/** A held data-folder lock. */
export interface DirLock {
  /** Removes the lock file if it is still ours. */
  release(): Promise<void>;
}

/** Folders locked by this process (through this module). */
const heldHere = new Set<string>();

/**
 * Contents of lock (and claim) files this process has written or is writing. Without /proc a
 * lock naming this pid is otherwise indistinguishable from one left by an earlier process that
 * had the same pid.
 */
const writtenHere = new Set<string>();

/** How long to keep retrying while other starters are taking over the same stale lock. */
const CONTENTION_PATIENCE_MS = 5_000;
const CONTENTION_PAUSE_MS = 10;

/** Claims on claims, for a starter that died while taking over; each level needs another such crash. */
const MAX_CLAIM_DEPTH = 3;

/** Takes the lock of an absolute data-folder path, taking over a lock whose holder has exited. */
export async function acquireDirLock(dir: string): Promise<DirLock> {
  if (heldHere.has(dir)) throw new DataDirLockedError(dir, process.pid);
  const lockPath = join(dir, LOCK_FILE);
  const content = await lockContent();
  writtenHere.add(content);
  try {
    const giveUpAt = Date.now() + CONTENTION_PATIENCE_MS;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 0 && Date.now() > giveUpAt) {
        throw new Error(`Could not take the lock ${lockPath}: other processes keep changing it`);
      }
      if (await createExclusively(lockPath, content)) {
        heldHere.add(dir);
        return { release: () => release(dir, lockPath, content) };
      }
      const seen = await readIfPresent(lockPath);
      if (seen === undefined) continue; // released between our attempt and the read
      const holder = parseLock(seen);
      if (holder && (await holds(holder, seen))) throw new DataDirLockedError(dir, holder.pid);
      if (!(await removeStale(lockPath, seen, content, 0))) {
        await new Promise((resolve) => setTimeout(resolve, CONTENTION_PAUSE_MS));
      }
    }
  } catch (err) {
    writtenHere.delete(content);
    throw err;
  }
}

/**
 * The lock file: the holder's pid on the first line (as in mongod.lock), then what tells that
 * process from a later one with the same pid, and a random token that makes every lock's content
 * unique, so a stale content seen once can never come back and be mistaken for a live lock.
 */
async function lockContent(): Promise<string> {
  const self = await ownIdentity();
  const lines = [String(self.pid)];
  if (self.startTime !== undefined) lines.push(`start=${self.startTime}`);
  if (self.bootId !== undefined) lines.push(`boot=${self.bootId}`);
  lines.push(`token=${randomBytes(8).toString('hex')}`);
  return `${lines.join('\n')}\n`;
}

function parseLock(content: string): ProcessIdentity | undefined {
  const [first = '', ...rest] = content.split('\n');
  const pid = Number.parseInt(first.trim(), 10);
  if (!Number.isSafeInteger(pid) || pid <= 0) return undefined;
  const identity: ProcessIdentity = { pid };
  for (const line of rest) {
    const eq = line.indexOf('=');
    const key = line.slice(0, eq);
    const value = line.slice(eq + 1).trim();
    if (eq <= 0 || !value) continue;
    if (key === 'start') identity.startTime = value;
    else if (key === 'boot') identity.bootId = value;
  }
  return identity;
}

/** Whether the process a lock (or claim) names still holds it. */
async function holds(holder: ProcessIdentity, content: string): Promise<boolean> {
  if (holder.pid === process.pid) {
    if (writtenHere.has(content)) return true;
    // This pid, but not written by us: an earlier process with the same pid, unless /proc shows
    // it is this very process (another copy of this module, as test runners load them).
    if (holder.startTime === undefined) return false;
  }
  return isRunning(holder);
}

/**
 * Removes the stale lock content `stale` from `path` unless another process does so first.
 * Removing is safe only under a claim: whoever creates `<path>.<digest of stale>.claim` is the
 * only one who may delete `path` while it still holds `stale` (its holder has exited, and no
 * one can create a file over it), so reading `stale` there under the claim and then deleting
 * it never deletes a fresh lock. Returns false when a live process holds the claim: it is
 * taking over right now and the caller should look again shortly.
 */
async function removeStale(path: string, stale: string, content: string, depth: number): Promise<boolean> {
  const claimPath = `${path}.${createHash('sha256').update(stale).digest('hex').slice(0, 16)}.claim`;
  if (await createExclusively(claimPath, content)) {
    try {
      if ((await readIfPresent(path)) === stale) await removeIfPresent(path);
    } finally {
      await removeIfPresent(claimPath);
    }
    return true;
  }
  const claim = await readIfPresent(claimPath);
  if (claim === undefined) return true; // that takeover has just finished
  const claimant = parseLock(claim);
  if (claimant && (await holds(claimant, claim))) return false;
  // The claimant died during its takeover and left the claim behind.
  if (depth >= MAX_CLAIM_DEPTH) throw new Error(`Could not take over ${path}: stale claims keep piling up`);
  await removeStale(claimPath, claim, content, depth + 1);
  return true;
}

/**
 * Creates a file with its content in one step: written to a private name first and then
 * hard-linked, so no other process ever sees an empty lock file (which would look stale).
 */
async function createExclusively(path: string, content: string): Promise<boolean> {
  const privatePath = `${path}.${createHash('sha256').update(content).digest('hex').slice(0, 16)}.new`;
  await fsp.writeFile(privatePath, content);
  try {
    await fsp.link(privatePath, path);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw err;
    // File systems without hard links: exclusive create is the next best thing.
    try {
      await fsp.writeFile(path, content, { flag: 'wx' });
      return true;
    } catch (createErr) {
      if ((createErr as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw createErr;
    }
  } finally {
    await removeIfPresent(privatePath);
  }
}

async function release(dir: string, lockPath: string, content: string): Promise<void> {
  heldHere.delete(dir);
  try {
    if ((await readIfPresent(lockPath)) === content) await removeIfPresent(lockPath);
  } finally {
    writtenHere.delete(content);
  }
}

async function readIfPresent(path: string): Promise<string | undefined> {
  try {
    return await fsp.readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
