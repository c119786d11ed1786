/**
 * Child process for the lock race test (run with `node --import tsx`). Prints "ready", then for
 * each stdin line `take <round> <dir>` tries to take that folder's lock and prints
 * `<round> won`, `<round> refused <pid>` or `<round> failed <message>`. Keeps what it won until
 * killed, like a server would.
 */
import { createInterface } from 'node:readline';
import { DataDirLockedError } from './index.js';
import { acquireDirLock } from './lock.js';

process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const [command, round, ...dirParts] = line.split(' ');
  if (command !== 'take' || !round) continue;
  acquireDirLock(dirParts.join(' ')).then(
    () => process.stdout.write(`${round} won\n`),
    (err: unknown) =>
      process.stdout.write(
        err instanceof DataDirLockedError
          ? `${round} refused ${err.pid}\n`
          : `${round} failed ${String(err).replaceAll('\n', ' ')}\n`,
      ),
  );
}
