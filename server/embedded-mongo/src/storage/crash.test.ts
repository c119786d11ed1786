import { promises as fsp } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DurableStore } from './index.js';
import { makeTempDir, seqs, startChild, type Child } from './test-support.js';

let dir: string | undefined;
let child: Child | undefined;

afterEach(async () => {
  if (child) {
    child.process.kill('SIGKILL');
    await child.exited;
    child = undefined;
  }
  if (dir) await fsp.rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('SIGKILL during appends and compactions', () => {
  it('keeps every acknowledged record, exactly once, across repeated kills', async () => {
    dir = await makeTempDir();
    const acknowledged = new Set<number>();
    // Kill after different amounts of progress; compaction runs every 16 records, so some kills
    // land while a snapshot is being written or old journals removed.
    for (const acksBeforeKill of [25, 140, 333]) {
      child = startChild('append', dir);
      const current = child;
      let fresh = 0;
      await current.waitFor((line) => line.startsWith('ack ') && ++fresh >= acksBeforeKill);
      current.process.kill('SIGKILL');
      await current.exited;
      child = undefined;
      for (const line of current.lines) if (line.startsWith('ack ')) acknowledged.add(Number(line.slice(4)));

      const { store, snapshot, journal } = await DurableStore.open(dir);
      const present = seqs([...snapshot, ...journal]);
      await store.close();
      expect(new Set(present).size).toBe(present.length);
      const missing = [...acknowledged].filter((seq) => !new Set(present).has(seq));
      expect(missing).toEqual([]);
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(25 + 140 + 333);
  });
});
