// Runs npm scripts side by side, as many at a time as the machine has cores, and fails when any
// of them fails. Each one's output is held back and printed whole when it ends, so two scripts'
// lines do not interleave. `npm test` runs its checks (lint, type checks, codegen, the client build)
// this way: each does most of its work on one thread, and one after another they left a core idle for minutes.
//
//   tsx scripts/run-scripts.ts lint:eslint lint:prettier typecheck:server …
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** How one script ended: its exit code (1 when it could not start or was killed), output and time. */
export interface ScriptRun {
  name: string;
  code: number;
  output: string;
  seconds: number;
}

/** Runs `npm run -s <name>` for each name, at most `parallel` at once, in the order given. */
export async function runScripts(
  names: string[],
  options: { parallel?: number; cwd?: string; onEnd?: (run: ScriptRun) => void } = {},
): Promise<ScriptRun[]> {
  const parallel = Math.max(1, options.parallel ?? availableParallelism());
  const runs: ScriptRun[] = new Array(names.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < names.length) {
      const index = next++;
      runs[index] = await runOne(names[index]!, options.cwd ?? process.cwd());
      options.onEnd?.(runs[index]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, names.length) }, worker));
  return runs;
}

function runOne(name: string, cwd: string): Promise<ScriptRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn('npm', ['run', '-s', name], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const end = (code: number, extra = '') =>
      resolve({
        name,
        code,
        output: Buffer.concat(chunks).toString('utf8') + extra,
        seconds: (Date.now() - started) / 1000,
      });
    child.on('error', (error) => end(1, `${error.message}\n`));
    child.on('close', (code, signal) => end(code ?? 1, signal ? `killed by ${signal}\n` : ''));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2);
  const runs = await runScripts(names, {
    onEnd(run) {
      process.stdout.write(
        `\n> ${run.name} (${run.seconds.toFixed(1)} s${run.code ? `, exit code ${run.code}` : ''})\n`,
      );
      process.stdout.write(run.output);
    },
  });
  const failed = runs.filter((run) => run.code !== 0).map((run) => run.name);
  if (failed.length > 0) {
    process.stderr.write(`\nFailed: ${failed.join(', ')}\n`);
    process.exit(1);
  }
}
