import { spawn, type ChildProcess } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'bson';

/** Absolute path of the child-process script used by the crash and lock tests. */
export const CRASH_WRITER = fileURLToPath(new URL('./crash-writer.fixture.ts', import.meta.url));

/** Creates an empty temporary folder for one test. */
export function makeTempDir(): Promise<string> {
  return fsp.mkdtemp(join(tmpdir(), 'lyfta-storage-'));
}

/** A small BSON record carrying a sequence number. */
export function rec(seq: number, extra: Record<string, unknown> = {}): Buffer {
  return asBuffer(serialize({ seq, ...extra }));
}

/** A Buffer view of bytes that `bson` types as a plain Uint8Array. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The sequence numbers of BSON records made by {@link rec}. */
export function seqs(records: readonly Buffer[]): number[] {
  return records.map((record) => deserialize(record).seq as number);
}

/** A child process (such as the crash-writer fixture) with its stdout split into lines. */
export interface Child {
  process: ChildProcess;
  lines: string[];
  /** Resolves when a line satisfying `test` has arrived (or rejects if the child exits first). */
  waitFor(test: (line: string, lines: string[]) => boolean): Promise<void>;
  /** Resolves when the child has exited. */
  exited: Promise<void>;
  stderr(): string;
}

/** Starts the crash-writer fixture in `mode` on `dir` under tsx. */
export function startChild(mode: 'hold' | 'append', dir: string): Child {
  return startProcess(process.execPath, ['--import', 'tsx', CRASH_WRITER, mode, dir]);
}

/** Starts any command with its stdout split into lines (stdin piped if asked, for commands). */
export function startProcess(command: string, args: string[], options: { stdin?: boolean } = {}): Child {
  const child = spawn(command, args, { stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let partial = '';
  let errText = '';
  let waiters: Array<{ test: (line: string, lines: string[]) => boolean; resolve: () => void }> = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      waiters = waiters.filter((waiter) => {
        if (!waiter.test(line, lines)) return true;
        waiter.resolve();
        return false;
      });
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (errText += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    lines,
    exited,
    stderr: () => errText,
    waitFor: (test) =>
      new Promise<void>((resolve, reject) => {
        if (lines.some((line) => test(line, lines))) return resolve();
        waiters.push({ test, resolve });
        void exited.then(() => reject(new Error(`child exited early: ${errText}`)));
      }),
  };
}
