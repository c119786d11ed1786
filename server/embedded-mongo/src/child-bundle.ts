/**
 * The child entry as one JavaScript file, for starting the server from source without a
 * TypeScript loader: `--import tsx` transpiles every module on each start, which costs more
 * than opening a data folder. The bundle is built once with esbuild (installed with tsx) and
 * cached under a hash of everything it is made of.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const STALE_AFTER_MS = 60 * 60_000;
const BARE_IMPORT = /\b(?:from|import)\s*\(?\s*'([^'.][^']*)'/g;

/** The folder of the server's TypeScript sources. */
const SRC_DIR = dirname(fileURLToPath(import.meta.url));

/**
 * Path of a bundled child entry for the current sources, building it on first use.
 * Undefined when it cannot be built or stored (no esbuild, a read-only folder); the caller then
 * runs the sources with tsx.
 */
export async function childBundle(srcDir = SRC_DIR): Promise<string | undefined> {
  const key = sourceKey(srcDir);
  const cacheDir = cacheFolder(srcDir);
  const file = join(cacheDir, `child-${key}.mjs`);
  if (existsSync(file)) return file;
  try {
    const code = await build(srcDir);
    // A source edited during the build would make the bundle disagree with its name.
    if (sourceKey(srcDir) !== key) return undefined;
    mkdirSync(cacheDir, { recursive: true });
    // Other processes may build the same bundle at the same time: write aside, then rename.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
  } catch {
    return undefined;
  }
  removeStale(cacheDir, file);
  return file;
}

/** Removes bundles of older sources; recent ones may still be about to start in another process. */
function removeStale(cacheDir: string, keep: string): void {
  const cutoff = Date.now() - STALE_AFTER_MS;
  for (const name of readdirSync(cacheDir)) {
    const path = join(cacheDir, name);
    if (path === keep || !name.startsWith('child-')) continue;
    try {
      if (statSync(path).mtimeMs < cutoff) rmSync(path, { force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}

async function build(srcDir: string): Promise<Uint8Array> {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: [join(srcDir, 'child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    // Bundled CommonJS code may require Node's built-in modules.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  return result.outputFiles[0]!.contents;
}

/** A hash of the sources (tests excluded) and of the package.json of every package they import. */
export function sourceKey(srcDir: string): string {
  const hash = createHash('sha256');
  const packages = new Set<string>();
  for (const path of sourceFiles(srcDir)) {
    const text = readFileSync(path, 'utf8');
    hash.update(`${relative(srcDir, path)}\0${text}\0`);
    for (const m of text.matchAll(BARE_IMPORT)) {
      const spec = m[1]!;
      if (spec.startsWith('node:')) continue;
      const parts = spec.split('/');
      packages.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  for (const name of [...packages].sort()) {
    const manifest = findUp(srcDir, join('node_modules', name, 'package.json'));
    hash.update(`${name}\0${manifest ? readFileSync(manifest, 'utf8') : 'missing'}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...sourceFiles(path));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) out.push(path);
  }
  return out.sort();
}

/** node_modules/.cache of the project, where build tools keep their caches; the temp folder otherwise. */
function cacheFolder(srcDir: string): string {
  const modules = findUp(srcDir, 'node_modules');
  return modules ? join(modules, '.cache', 'embedded-mongo') : join(tmpdir(), 'embedded-mongo-cache');
}

function findUp(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
