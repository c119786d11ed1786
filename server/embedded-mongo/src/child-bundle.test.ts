import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceKey } from './child-bundle.js';

describe('the cache key of the bundled child', () => {
  const dirs: string[] = [];
  const folder = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'child-bundle-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('changes with any source file, but not with tests', () => {
    const dir = folder();
    writeFileSync(join(dir, 'child.ts'), "import { run } from './run.js';\nrun();\n");
    writeFileSync(join(dir, 'run.ts'), 'export function run(): void {}\n');
    const key = sourceKey(dir);
    expect(sourceKey(dir)).toBe(key);
    writeFileSync(join(dir, 'run.test.ts'), "it('runs', () => {});\n");
    expect(sourceKey(dir)).toBe(key);
    writeFileSync(join(dir, 'run.ts'), 'export function run(): number { return 1; }\n');
    expect(sourceKey(dir)).not.toBe(key);
  });

  it('changes with the version of an imported package', () => {
    const dir = folder();
    writeFileSync(join(dir, 'child.ts'), "import { thing } from 'some-package/sub';\nthing();\n");
    const missing = sourceKey(dir);
    const pkg = join(dir, 'node_modules', 'some-package');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), '{"name":"some-package","version":"1.0.0"}');
    const v1 = sourceKey(dir);
    writeFileSync(join(pkg, 'package.json'), '{"name":"some-package","version":"1.0.1"}');
    const v2 = sourceKey(dir);
    expect(new Set([missing, v1, v2]).size).toBe(3);
  });
});
