// Browser tests need Debian's Chromium. Install it when we can (root with apt-get); otherwise stop
// with a one-line hint instead of failing later with a confusing launch error.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function hasCommand(cmd: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !hasCommand('apt-get')) {
    process.stderr.write(
      `Chromium is missing at ${CHROMIUM}: install it with \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH), then run npm test again.\n`,
    );
    process.exit(1);
  }
  process.stdout.write('Installing Chromium for the browser tests (apt-get install chromium)…\n');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(
      `apt-get finished but ${CHROMIUM} is still missing; install Chromium by hand and set CHROMIUM_PATH.\n`,
    );
    process.exit(1);
  }
}
