// Fails when the generated GraphQL types are older than the schema or the client's documents:
// regenerates into a scratch folder and compares with the committed files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = process.cwd();
const scratch = mkdtempSync(join(tmpdir(), 'lyfta-codegen-'));
const generatedDirs = ['server/src/graphql/generated', 'client/src/api/generated'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

try {
  execFileSync(join(root, 'node_modules/.bin/graphql-codegen'), ['--config', 'codegen.ts', '--silent'], {
    env: { ...process.env, CODEGEN_OUT: scratch },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stale: string[] = [];
  for (const dir of generatedDirs) {
    const fresh = filesUnder(join(scratch, dir)).map((f) => relative(scratch, f));
    const committed = filesUnder(join(root, dir)).map((f) => relative(root, f));
    for (const f of new Set([...fresh, ...committed])) {
      let a = '';
      let b = '';
      try {
        a = readFileSync(join(scratch, f), 'utf8');
        b = readFileSync(join(root, f), 'utf8');
      } catch {
        stale.push(f);
        continue;
      }
      if (a !== b) stale.push(f);
    }
  }
  if (stale.length) {
    process.stderr.write(
      `Generated GraphQL files are out of date (${stale.join(', ')}): run \`npm run codegen\` and commit the result.\n`,
    );
    process.exit(1);
  }
  process.stdout.write('Generated GraphQL files are current.\n');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
