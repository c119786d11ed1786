import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import sv from './sv.js';
import en from './en.js';

const root = join(import.meta.dirname, '..');

/** Every leaf key of a message tree, e.g. plans.title. */
function leaves(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leaves(v as object, `${prefix}${k}.`),
  );
}

/** The client's source files that may use messages (not tests, generated code or the messages). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' || name === 'test' ? [] : sources(path);
    if (!/\.(ts|vue)$/.test(name) || /\.test\.ts$/.test(name)) return [];
    return /i18n[\\/](sv|en)\.ts$/.test(path) ? [] : [path];
  });
}

const keys = leaves(sv);
const files = sources(root).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

describe('message keys', () => {
  it('every t(…) / $t(…) key the client uses is defined in the Swedish messages', () => {
    const defined = new Set(keys);
    const missing: string[] = [];
    for (const { path, text } of files) {
      for (const m of text.matchAll(/(?<![\w.])\$?t\(\s*'([^']+)'/g))
        if (!defined.has(m[1]!)) missing.push(`${path}: ${m[1]}`);
      // A computed key (t(`status.${s}`)) must at least name an existing group.
      for (const m of text.matchAll(/(?<![\w.])\$?t\(\s*`([^`$]*)\$\{/g)) {
        if (!keys.some((k) => k.startsWith(m[1]!))) missing.push(`${path}: ${m[1]}…`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every Swedish message is used somewhere in the client', () => {
    const literals = new Set(files.flatMap(({ text }) => [...text.matchAll(/'([\w.]+)'/g)].map((m) => m[1]!)));
    const prefixes = files.flatMap(({ text }) => [...text.matchAll(/`([\w.]+\.)\$\{/g)].map((m) => m[1]!));
    const unused = keys.filter((k) => !literals.has(k) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });

  it('the English messages have exactly the Swedish keys', () => {
    expect(leaves(en).sort()).toEqual([...keys].sort());
  });
});
