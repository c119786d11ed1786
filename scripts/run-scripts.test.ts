import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScripts } from './run-scripts.js';

// Each script marks that it started, then waits for its partner's mark: two scripts that run side
// by side both end with 0; run one after the other, the first gives up with code 4.
const waitFor = (mine: string, other: string, ms: number) =>
  `node -e "const fs=require('fs');fs.writeFileSync('${mine}','');const t=Date.now();` +
  `(function w(){if(fs.existsSync('${other}'))return;if(Date.now()-t>${ms})process.exit(4);setTimeout(w,20)})()"`;

describe('run-scripts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lyfta-run-scripts-'));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'run-scripts-test',
      private: true,
      scripts: {
        ok: `node -e "console.log('all fine')"`,
        broken: `node -e "console.error('this failed'); process.exit(3)"`,
        a: waitFor('a.started', 'b.started', 30_000),
        b: waitFor('b.started', 'a.started', 30_000),
        c: waitFor('c.started', 'd.started', 1_000),
        d: waitFor('d.started', 'c.started', 1_000),
      },
    }),
  );
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports each script's exit code and whole output, in the order given, and runs the rest after a failure", async () => {
    const runs = await runScripts(['broken', 'ok'], { cwd: dir, parallel: 1 });
    expect(runs.map((run) => [run.name, run.code])).toEqual([
      ['broken', 3],
      ['ok', 0],
    ]);
    expect(runs[0]!.output).toContain('this failed');
    expect(runs[1]!.output).toContain('all fine');
  });

  it('runs scripts side by side up to the given number', async () => {
    const runs = await runScripts(['a', 'b'], { cwd: dir, parallel: 2 });
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
  });

  it('starts no more than the given number at once: with one, the second starts after the first ended', async () => {
    const runs = await runScripts(['c', 'd'], { cwd: dir, parallel: 1 });
    expect(runs.map((run) => run.code)).toEqual([4, 0]);
  });

  it('counts a script that does not exist as failed', async () => {
    const [run] = await runScripts(['no-such-script'], { cwd: dir });
    expect(run!.code).not.toBe(0);
  });
});
