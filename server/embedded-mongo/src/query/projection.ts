/** find() projections: inclusion, exclusion, $slice, $elemMatch, positional and expressions. */
import { fail } from '../errors.js';
import { isNumeric, isPlainObject, promote, toNumber } from '../bson/values.js';
import { evalExpression } from './expressions.js';
import { compileFilter, positionalIndex } from './match.js';
import { collectValues, setField } from '../bson/paths.js';

/** A compiled projection. */
export type Projector = (doc: Record<string, unknown>) => Record<string, unknown>;

function isFlag(v: unknown): boolean {
  return typeof v === 'boolean' || isNumeric(v);
}

function flagOn(v: unknown): boolean {
  return typeof v === 'boolean' ? v : toNumber(v) !== 0;
}

/** Compiles a projection; `query` resolves the positional `$` operator, `vars` are the command's `let`. */
export function compileProjection(
  spec: unknown,
  query?: unknown,
  vars?: Record<string, unknown>,
): Projector | undefined {
  if (spec === undefined || spec === null) return undefined;
  if (!isPlainObject(spec)) fail(2, 'Expected projection to be an object');
  const entries = Object.entries(spec);
  if (entries.length === 0) return undefined;
  let inclusion: boolean | undefined;
  let idOn = true;
  let hasElemMatch = false;
  for (const [k, v] of entries) {
    if (k === '_id' && isFlag(v)) {
      idOn = flagOn(v);
      continue;
    }
    if (isPlainObject(v) && '$slice' in v) continue;
    if (isPlainObject(v) && '$elemMatch' in v) {
      hasElemMatch = true;
      continue;
    }
    const include = isFlag(v) ? flagOn(v) : true;
    if (inclusion === undefined) inclusion = include;
    else if (inclusion !== include) {
      fail(
        31254,
        include
          ? `Cannot do inclusion on field ${k} in exclusion projection`
          : `Cannot do exclusion on field ${k} in inclusion projection`,
      );
    }
  }
  // $elemMatch alone makes an inclusion projection; $slice alone keeps every field.
  if (inclusion === undefined && hasElemMatch) inclusion = true;
  const mode = inclusion ?? false;
  return (doc) => {
    let out: Record<string, unknown>;
    if (mode) {
      out = {};
      if (idOn && doc._id !== undefined) out._id = doc._id;
      for (const [k, v] of entries) {
        if (k === '_id') continue;
        if (isFlag(v)) {
          if (k.endsWith('.$')) {
            const base = k.slice(0, -2);
            const idx = positionalIndex(doc, query, base);
            const arr = collectValues(doc, base).find(Array.isArray);
            // A dotted path keeps its nesting: {'o.p.$': 1} gives {o: {p: [matched]}}.
            if (arr && idx !== undefined) setField(out, base, [arr[idx]]);
          } else includePath(doc, out, k.split('.'));
        } else if (isPlainObject(v) && '$slice' in v) {
          if (doc[k] !== undefined) out[k] = doc[k];
        } else if (isPlainObject(v) && '$elemMatch' in v) {
          // applied below
        } else {
          out[k] = evalExpression(promote(doc), v, vars);
        }
      }
    } else {
      out = structuredCopy(doc);
      for (const [k, v] of entries) {
        if (k === '_id') continue;
        if (isFlag(v)) excludePath(out, k.split('.'));
      }
      if (!idOn) delete out._id;
    }
    for (const [k, v] of entries) {
      if (!isPlainObject(v)) continue;
      if ('$slice' in v) {
        const arr = doc[k];
        if (!Array.isArray(arr)) continue;
        const s = v.$slice;
        let sliced: unknown[];
        if (Array.isArray(s)) {
          let skip = toNumber(s[0]);
          if (skip < 0) skip = Math.max(0, arr.length + skip);
          sliced = arr.slice(skip, skip + toNumber(s[1]));
        } else {
          const n = toNumber(s);
          sliced = n >= 0 ? arr.slice(0, n) : arr.slice(Math.max(0, arr.length + n));
        }
        out[k] = sliced;
      } else if ('$elemMatch' in v) {
        const arr = doc[k];
        const m = compileFilter(v.$elemMatch);
        if (Array.isArray(arr)) {
          const hit = arr.find((e) => isPlainObject(e) && m(e));
          if (hit !== undefined) out[k] = [hit];
          else delete out[k];
        }
      }
    }
    return out;
  };
}

function structuredCopy(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) out[k] = isPlainObject(v) ? structuredCopy(v) : v;
  return out;
}

function includePath(src: unknown, dst: Record<string, unknown>, parts: string[]): void {
  if (!isPlainObject(src)) return;
  const [head, ...rest] = parts as [string, ...string[]];
  const v = src[head];
  if (v === undefined) return;
  if (rest.length === 0) {
    dst[head] = v;
    return;
  }
  if (Array.isArray(v)) {
    const existing = Array.isArray(dst[head]) ? (dst[head] as unknown[]) : undefined;
    const arr = v
      .map((el, i) => {
        if (!isPlainObject(el)) return undefined;
        const target = existing && isPlainObject(existing[i]) ? (existing[i] as Record<string, unknown>) : {};
        includePath(el, target, rest);
        return target;
      })
      .filter((x) => x !== undefined);
    dst[head] = arr;
    return;
  }
  if (!isPlainObject(v)) return;
  const target = isPlainObject(dst[head]) ? (dst[head] as Record<string, unknown>) : {};
  includePath(v, target, rest);
  dst[head] = target;
}

function excludePath(doc: unknown, parts: string[]): void {
  if (Array.isArray(doc)) {
    for (const el of doc) excludePath(el, parts);
    return;
  }
  if (!isPlainObject(doc)) return;
  const [head, ...rest] = parts as [string, ...string[]];
  if (rest.length === 0) {
    delete doc[head];
    return;
  }
  const v = doc[head];
  if (Array.isArray(v)) {
    doc[head] = v.map((el) => (isPlainObject(el) ? structuredCopy(el) : el));
  } else if (isPlainObject(v)) doc[head] = structuredCopy(v);
  excludePath(doc[head], rest);
}
