import { promises as fsp } from 'node:fs';
import { join } from 'node:path';

/** The lock file's name; mongod's, so people who know MongoDB recognise it. */
export const LOCK_FILE = 'mongod.lock';

/** Suffix of a snapshot still being written; such a file is never loaded. */
export const TMP_SUFFIX = '.tmp';

const JOURNAL_PATTERN = /^journal\.(\d+)\.log$/;
const SNAPSHOT_PATTERN = /^snapshot\.(\d+)\.bson$/;
const TMP_PATTERN = /^snapshot\.\d+\.bson\.tmp$/;

/** File name of journal generation `gen`. */
export function journalName(gen: number): string {
  return `journal.${gen}.log`;
}

/** File name of the snapshot that starts generation `gen`. */
export function snapshotName(gen: number): string {
  return `snapshot.${gen}.bson`;
}

/** The storage files found in a data folder, generations sorted ascending. */
export interface DataFiles {
  journals: number[];
  snapshots: number[];
  temporaries: string[];
}

/** Lists journals, snapshots and unfinished snapshot files in a data folder. */
export async function listDataFiles(dir: string): Promise<DataFiles> {
  const files: DataFiles = { journals: [], snapshots: [], temporaries: [] };
  for (const name of await fsp.readdir(dir)) {
    let match = JOURNAL_PATTERN.exec(name);
    if (match) {
      files.journals.push(Number(match[1]));
      continue;
    }
    match = SNAPSHOT_PATTERN.exec(name);
    if (match) {
      files.snapshots.push(Number(match[1]));
      continue;
    }
    if (TMP_PATTERN.test(name)) files.temporaries.push(name);
  }
  files.journals.sort((a, b) => a - b);
  files.snapshots.sort((a, b) => a - b);
  return files;
}

/** Makes created, renamed and removed names in a folder durable; a no-op where folders cannot be synced. */
export async function fsyncDir(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch (err) {
    // Some platforms (Windows, a few network file systems) refuse to sync a folder.
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'ENOTSUP') throw err;
  } finally {
    await handle?.close();
  }
}

/** Removes a file, ignoring that it is already gone. */
export async function removeIfPresent(path: string): Promise<void> {
  try {
    await fsp.unlink(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/** Joins a folder and a generation's journal name. */
export function journalPath(dir: string, gen: number): string {
  return join(dir, journalName(gen));
}

/** Joins a folder and a generation's snapshot name. */
export function snapshotPath(dir: string, gen: number): string {
  return join(dir, snapshotName(gen));
}
