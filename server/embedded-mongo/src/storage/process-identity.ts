import { promises as fsp } from 'node:fs';

/**
 * A process as a lock file names it. A pid alone is ambiguous: after a crash the kernel hands the
 * same number to a later process (pid 1 in every container start, any pid on a busy machine).
 * Where /proc exists, the start time and the boot it counts from tell those processes apart.
 */
export interface ProcessIdentity {
  pid: number;
  /** Clock ticks from boot to the process's start (field 22 of /proc/<pid>/stat). */
  startTime?: string;
  /** /proc/sys/kernel/random/boot_id: start times only compare within one boot. */
  bootId?: string;
}

interface ProcStat {
  /** R, S, D, T, Z (zombie), X (dead), …: field 3 of /proc/<pid>/stat. */
  state: string;
  startTime: string;
}

/** The fields after the command name: state is field 3, start time field 22. */
const STATE_INDEX = 0;
const START_TIME_INDEX = 22 - 3;

let bootIdRead: Promise<string | undefined> | undefined;
let ownRead: Promise<ProcessIdentity> | undefined;

/** This process's identity (pid only where /proc is missing). */
export function ownIdentity(): Promise<ProcessIdentity> {
  ownRead ??= (async () => {
    const [stat, bootId] = await Promise.all([readProcStat('self'), currentBootId()]);
    return { pid: process.pid, startTime: stat?.startTime, bootId };
  })();
  return ownRead;
}

/**
 * Whether the process an identity names still runs. A zombie has exited (its files are closed,
 * only its exit status waits for a parent that may never collect it), so it does not count; nor
 * does a process that merely has the same pid but another start time or boot.
 */
export async function isRunning(identity: ProcessIdentity): Promise<boolean> {
  const stat = await readProcStat(String(identity.pid));
  // No /proc (macOS, BSD) or a hidden process: existence is all that can be asked.
  if (!stat) return signalReaches(identity.pid);
  if (stat.state === 'Z' || stat.state === 'X' || stat.state === 'x') return false;
  if (identity.startTime !== undefined && identity.startTime !== stat.startTime) return false;
  if (identity.bootId !== undefined) {
    const bootId = await currentBootId();
    if (bootId !== undefined && bootId !== identity.bootId) return false;
  }
  return true;
}

function currentBootId(): Promise<string | undefined> {
  bootIdRead ??= fsp.readFile('/proc/sys/kernel/random/boot_id', 'utf8').then(
    (text) => text.trim() || undefined,
    () => undefined,
  );
  return bootIdRead;
}

async function readProcStat(pid: string): Promise<ProcStat | undefined> {
  let text: string;
  try {
    text = await fsp.readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may itself contain spaces and ')'.
  const fields = text
    .slice(text.lastIndexOf(')') + 1)
    .trim()
    .split(/\s+/);
  const state = fields[STATE_INDEX];
  const startTime = fields[START_TIME_INDEX];
  if (!state || !startTime || !/^\d+$/.test(startTime)) return undefined;
  return { state, startTime };
}

/** Signal 0 checks for existence only; EPERM means the process exists but belongs to someone else. */
function signalReaches(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
