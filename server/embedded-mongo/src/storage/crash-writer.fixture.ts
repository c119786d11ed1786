/**
 * Child process for the storage crash tests (run with `node --import tsx`).
 *   hold <dir>    opens the store, prints "ready" and waits to be killed.
 *   append <dir>  appends numbered records from four concurrent writers, printing "ack <seq>"
 *                 after each is acknowledged and compacting every 16 records, until killed.
 */
import { deserialize, serialize } from 'bson';
import { DurableStore } from './index.js';
import { asBuffer } from './test-support.js';

const [mode, dir] = process.argv.slice(2);
if (!dir || (mode !== 'hold' && mode !== 'append')) {
  process.stderr.write('usage: crash-writer.fixture.ts hold|append <dir>\n');
  process.exit(2);
}

const { store, snapshot, journal } = await DurableStore.open(dir);
if (mode === 'hold') {
  process.stdout.write('ready\n');
  setInterval(() => {}, 60_000);
} else {
  const state = [...snapshot, ...journal];
  let next = 0;
  for (const record of state) next = Math.max(next, (deserialize(record).seq as number) + 1);
  const writer = async (): Promise<never> => {
    for (;;) {
      const seq = next++;
      const record = asBuffer(serialize({ seq, payload: 'x'.repeat(seq % 200) }));
      // The state handed to compact() must include every append issued before the call.
      state.push(record);
      const appended = store.append([record]);
      if (seq % 16 === 15) {
        store.compact(state).catch((err: unknown) => {
          process.stderr.write(`compaction failed: ${String(err)}\n`);
          process.exit(1);
        });
      }
      await appended;
      process.stdout.write(`ack ${seq}\n`);
    }
  };
  process.stdout.write('ready\n');
  await Promise.all([writer(), writer(), writer(), writer()]);
}
