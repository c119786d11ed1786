/** Reading dotted paths the way MongoDB queries do (arrays traversed, numeric segments index). */
import { isPlainObject } from './values.js';

/** Splits a dotted path once; paths are hot in every match, so the split is cached. */
const splitCache = new Map<string, string[]>();
/** The segments of a dotted path. */
export function splitPath(path: string): string[] {
  let parts = splitCache.get(path);
  if (!parts) {
    parts = path.split('.');
    if (splitCache.size > 10_000) splitCache.clear();
    splitCache.set(path, parts);
  }
  return parts;
}

/** The single value at a path without array traversal (undefined when missing). */
export function getField(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const part of splitPath(path)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (Array.isArray(cur)) {
      if (!/^\d+$/.test(part)) return undefined;
      cur = cur[Number(part)];
    } else {
      cur = (cur as Record<string, unknown>)[part];
    }
  }
  return cur;
}

/**
 * All values a query path reaches, traversing arrays of documents on the way, as MongoDB does.
 * An empty result means the path is missing everywhere.
 */
export function collectValues(doc: unknown, path: string): unknown[] {
  const out: unknown[] = [];
  walk(doc, splitPath(path), 0, out);
  return out;
}

function walk(cur: unknown, parts: string[], i: number, out: unknown[]): void {
  if (i === parts.length) {
    out.push(cur);
    return;
  }
  if (Array.isArray(cur)) {
    const part = parts[i]!;
    if (/^\d+$/.test(part)) {
      const idx = Number(part);
      if (idx < cur.length) walk(cur[idx], parts, i + 1, out);
    }
    for (const el of cur) {
      if (isPlainObject(el)) walk(el, parts, i, out);
    }
    return;
  }
  if (!isPlainObject(cur)) return;
  const next = cur[parts[i]!];
  if (next === undefined) return;
  walk(next, parts, i + 1, out);
}

/** Sets a value at a plain dotted path, creating documents on the way (no positional segments). */
export function setField(doc: Record<string, unknown>, path: string, value: unknown): void {
  const parts = splitPath(path);
  let cur: Record<string, unknown> | unknown[] = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i]!;
    const next: unknown = Array.isArray(cur) ? cur[Number(part)] : cur[part];
    if (next === null || typeof next !== 'object') {
      const made = {};
      if (Array.isArray(cur)) cur[Number(part)] = made;
      else cur[part] = made;
      cur = made;
    } else {
      cur = next as Record<string, unknown>;
    }
  }
  const last = parts[parts.length - 1]!;
  if (Array.isArray(cur)) cur[Number(last)] = value;
  else cur[last] = value;
}
