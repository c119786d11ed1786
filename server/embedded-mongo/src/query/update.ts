/** Update documents (operators, replacements, pipelines) applied with MongoDB's semantics. */
import { Long, ObjectId, Timestamp } from 'bson';
import { fail } from '../errors.js';
import {
  addNumbers,
  clone,
  compareValues,
  isNumeric,
  isPlainObject,
  multiplyNumbers,
  promote,
  toNumber,
  typeName,
  valuesEqual,
} from '../bson/values.js';
import { compileCondition, compileFilter, positionalIndex } from './match.js';
import { runPipeline } from './pipeline.js';
import { idFirst } from './id-first.js';
import type { Variables } from './variables.js';

/** Context an update needs besides the document. */
export interface UpdateContext {
  query?: unknown;
  arrayFilters?: unknown[];
  isInsert?: boolean;
  /** The command's `let` variables (and the statement's `c` constants), for pipeline updates. */
  variables?: Variables;
}

/** True when an update is a replacement document (no operators). */
export function isReplacement(update: unknown): boolean {
  if (Array.isArray(update)) return false;
  if (!isPlainObject(update)) fail(9, 'Update argument must be either an object or an array');
  const keys = Object.keys(update);
  return keys.length === 0 || !keys[0]!.startsWith('$');
}

/** Applies an update to a copy of `doc`; returns the new document with `_id` first. */
export function applyUpdate(
  doc: Record<string, unknown>,
  update: unknown,
  ctx: UpdateContext = {},
): Record<string, unknown> {
  let out: Record<string, unknown>;
  if (Array.isArray(update)) {
    out = runPipeline([doc], update as Record<string, unknown>[], { variables: ctx.variables })[0] as Record<
      string,
      unknown
    >;
    if (!out) fail(2, 'pipeline update produced no document');
    // As on mongod, a pipeline may drop `_id` (e.g. $replaceRoot) but not change it; the stored
    // value is kept as it was, not as the pipeline's promoted copy of it.
    if (doc._id !== undefined && (out._id === undefined || valuesEqual(out._id, doc._id)))
      out = { ...out, _id: doc._id };
  } else if (isReplacement(update)) {
    for (const k of Object.keys(update as object))
      if (k.startsWith('$'))
        fail(
          52,
          `The dollar ($) prefixed field '${k}' in '${k}' is not allowed in the context of an update's replacement document.`,
        );
    out = clone(update as Record<string, unknown>);
    if (out._id === undefined && doc._id !== undefined) out._id = doc._id;
  } else {
    checkConflicts(update as Record<string, unknown>);
    out = clone(doc);
    for (const [op, spec] of Object.entries(update as Record<string, unknown>)) {
      if (!isPlainObject(spec))
        fail(
          9,
          `Modifiers operate on fields but we found type ${typeName(spec)} instead. For example: {$mod: {<field>: ...}} not {${op}: ${String(spec)}}`,
        );
      applyOperator(out, op, spec, ctx);
    }
  }
  if (doc._id !== undefined && !valuesEqual(out._id, doc._id)) {
    fail(66, `Performing an update on the path '_id' would modify the immutable field '_id'`);
  }
  return idFirst(out);
}

/** Refuses two operators on the same path or on a path and its parent (mongod's code 40). */
function checkConflicts(update: Record<string, unknown>): void {
  const paths: string[] = [];
  for (const [op, spec] of Object.entries(update)) {
    if (!isPlainObject(spec)) continue;
    for (const [path, arg] of Object.entries(spec)) {
      paths.push(path);
      if (op === '$rename' && typeof arg === 'string') paths.push(arg);
    }
  }
  if (paths.length < 2) return;
  const sorted = paths.slice().sort();
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (a === b || b.startsWith(a + '.')) fail(40, `Updating the path '${b}' would create a conflict at '${a}'`);
  }
}

/** Concrete paths (segment lists) a possibly positional update path expands to. */
function expandPath(doc: Record<string, unknown>, path: string, ctx: UpdateContext): string[][] {
  const parts = path.split('.');
  let results: { parts: string[]; node: unknown }[] = [{ parts: [], node: doc }];
  for (let i = 0; i < parts.length; i++) {
    const seg = parts[i]!;
    const next: { parts: string[]; node: unknown }[] = [];
    for (const r of results) {
      if (seg === '$') {
        const prefix = r.parts.join('.');
        const idx = positionalIndex(doc, ctx.query, prefix);
        if (idx === undefined) fail(2, 'The positional operator did not find the match needed from the query.');
        next.push({ parts: [...r.parts, String(idx)], node: (r.node as unknown[])[idx] });
      } else if (seg === '$[]' || (seg.startsWith('$[') && seg.endsWith(']'))) {
        if (!Array.isArray(r.node)) {
          if (ctx.isInsert) continue;
          fail(2, `The path '${r.parts.join('.')}' must exist in the document in order to apply array updates.`);
        }
        const ident = seg.slice(2, -1);
        const filter = ident ? arrayFilterFor(ident, ctx) : undefined;
        r.node.forEach((el, idx) => {
          if (!filter || filter(el)) next.push({ parts: [...r.parts, String(idx)], node: el });
        });
      } else {
        const node = r.node;
        let child: unknown;
        if (Array.isArray(node)) child = node[Number(seg)];
        else if (isPlainObject(node)) child = node[seg];
        next.push({ parts: [...r.parts, seg], node: child });
      }
    }
    results = next;
  }
  return results.map((r) => r.parts);
}

function arrayFilterFor(ident: string, ctx: UpdateContext): (el: unknown) => boolean {
  const filters = (ctx.arrayFilters ?? []).filter(
    (f) => isPlainObject(f) && Object.keys(f).some((k) => k === ident || k.startsWith(ident + '.')),
  );
  if (filters.length === 0) fail(2, `No array filter found for identifier '${ident}' in path`);
  const tests = filters.map((f) => {
    const entries = Object.entries(f as Record<string, unknown>);
    return (el: unknown) =>
      entries.every(([k, cond]) => {
        if (k === ident) return compileCondition(cond)([el]);
        const rest = k.slice(ident.length + 1);
        return compileFilter({ [rest]: cond })(el);
      });
  });
  return (el) => tests.every((t) => t(el));
}

interface Slot {
  parent: Record<string, unknown> | unknown[];
  key: string;
  exists: boolean;
  value: unknown;
}

/** Finds (and with `create`, makes) the parent of a concrete path. */
function locate(doc: Record<string, unknown>, parts: string[], create: boolean): Slot | undefined {
  let cur: Record<string, unknown> | unknown[] = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const seg = parts[i]!;
    let next: unknown = Array.isArray(cur) ? cur[Number(seg)] : cur[seg];
    if (next === undefined || next === null) {
      if (!create) return undefined;
      if (next === null) fail(28, `Cannot create field '${parts[i + 1]}' in element {${seg}: null}`);
      next = {};
      if (Array.isArray(cur)) setArray(cur, seg, next);
      else cur[seg] = next;
    } else if (typeof next !== 'object' || !(Array.isArray(next) || isPlainObject(next))) {
      if (!create) return undefined;
      fail(28, `Cannot create field '${parts[i + 1]}' in element {${seg}: ${JSON.stringify(promote(next))}}`);
    }
    cur = next as Record<string, unknown> | unknown[];
  }
  const key = parts[parts.length - 1]!;
  if (Array.isArray(cur)) {
    if (!/^\d+$/.test(key)) {
      if (!create) return undefined;
      fail(28, `Cannot create field '${key}' in element {${parts[parts.length - 2] ?? ''}: [...]}`);
    }
    const idx = Number(key);
    return { parent: cur, key, exists: idx < cur.length, value: cur[idx] };
  }
  return { parent: cur, key, exists: key in cur && cur[key] !== undefined, value: cur[key] };
}

function setArray(arr: unknown[], key: string, value: unknown): void {
  const idx = Number(key);
  while (arr.length < idx) arr.push(null);
  arr[idx] = value;
}

function setSlot(slot: Slot, value: unknown): void {
  if (Array.isArray(slot.parent)) setArray(slot.parent, slot.key, value);
  else slot.parent[slot.key] = value;
}

function unsetSlot(slot: Slot): void {
  if (Array.isArray(slot.parent)) slot.parent[Number(slot.key)] = null;
  else delete slot.parent[slot.key];
}

function applyOperator(
  doc: Record<string, unknown>,
  op: string,
  spec: Record<string, unknown>,
  ctx: UpdateContext,
): void {
  const each = (fn: (parts: string[], arg: unknown, path: string) => void): void => {
    for (const [path, arg] of Object.entries(spec)) {
      if (path === '_id' || path.startsWith('_id.')) {
        if (op !== '$set' && op !== '$setOnInsert')
          fail(66, `Performing an update on the path '_id' would modify the immutable field '_id'`);
      }
      if (path === '') fail(56, 'An empty update path is not valid.');
      for (const parts of expandPath(doc, path, ctx)) fn(parts, arg, path);
    }
  };
  switch (op) {
    case '$set':
      return each((parts, arg) => setSlot(locate(doc, parts, true)!, clone(arg)));
    case '$setOnInsert':
      if (ctx.isInsert) each((parts, arg) => setSlot(locate(doc, parts, true)!, clone(arg)));
      return;
    case '$unset':
      return each((parts) => {
        const slot = locate(doc, parts, false);
        if (slot?.exists) unsetSlot(slot);
      });
    case '$inc':
    case '$mul':
      return each((parts, arg, path) => {
        if (!isNumeric(arg))
          fail(
            14,
            `Cannot ${op === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${path}: ${JSON.stringify(promote(arg))}}`,
          );
        const slot = locate(doc, parts, true)!;
        if (!slot.exists) {
          setSlot(slot, op === '$inc' ? arg : multiplyNumbers(arg, 0));
          return;
        }
        if (!isNumeric(slot.value)) {
          fail(
            14,
            `Cannot apply ${op} to a value of non-numeric type. {_id: ${JSON.stringify(promote(doc._id))}} has the field '${parts[parts.length - 1]}' of non-numeric type ${typeName(slot.value)}`,
          );
        }
        setSlot(slot, op === '$inc' ? addNumbers(slot.value, arg) : multiplyNumbers(slot.value, arg));
      });
    case '$min':
    case '$max':
      return each((parts, arg) => {
        const slot = locate(doc, parts, true)!;
        const c = slot.exists ? compareValues(arg, slot.value) : 0;
        if (!slot.exists || (op === '$min' ? c < 0 : c > 0)) setSlot(slot, clone(arg));
      });
    case '$rename':
      for (const [from, to] of Object.entries(spec)) {
        if (typeof to !== 'string') fail(2, `The 'to' field for $rename must be a string: ${from}: ${String(to)}`);
        const src = locate(doc, from.split('.'), false);
        if (!src?.exists) continue;
        const value = src.value;
        unsetSlot(src);
        setSlot(locate(doc, to.split('.'), true)!, value);
      }
      return;
    case '$currentDate':
      return each((parts, arg) => {
        const wantsTs = isPlainObject(arg) && arg.$type === 'timestamp';
        setSlot(
          locate(doc, parts, true)!,
          wantsTs ? new Timestamp({ t: Math.floor(Date.now() / 1000), i: 1 }) : new Date(),
        );
      });
    case '$push':
    case '$addToSet':
      return each((parts, arg, path) => {
        const slot = locate(doc, parts, true)!;
        if (slot.exists && !Array.isArray(slot.value)) {
          fail(
            2,
            `The field '${path}' must be an array but is of type ${typeName(slot.value)} in document {_id: ${JSON.stringify(promote(doc._id))}}`,
          );
        }
        const arr = slot.exists ? (slot.value as unknown[]).slice() : [];
        const hasEach = isPlainObject(arg) && '$each' in arg;
        const items = hasEach ? (arg as { $each: unknown }).$each : [arg];
        if (!Array.isArray(items)) fail(2, `The argument to $each in ${op} must be an array`);
        if (op === '$addToSet') {
          for (const it of items) if (!arr.some((x) => valuesEqual(x, it))) arr.push(clone(it));
          setSlot(slot, arr);
          return;
        }
        const mods = hasEach ? (arg as Record<string, unknown>) : {};
        let result = arr;
        if (mods.$position !== undefined) {
          let pos = toNumber(mods.$position);
          if (pos < 0) pos = Math.max(0, arr.length + pos);
          result = [...arr.slice(0, pos), ...items.map(clone), ...arr.slice(pos)];
        } else result = [...arr, ...items.map(clone)];
        if (mods.$sort !== undefined) result = sortArray(result, mods.$sort);
        if (mods.$slice !== undefined) {
          const n = toNumber(mods.$slice);
          result = n >= 0 ? result.slice(0, n) : result.slice(Math.max(0, result.length + n));
        }
        setSlot(slot, result);
      });
    case '$pop':
      return each((parts, arg, path) => {
        const slot = locate(doc, parts, false);
        if (!slot?.exists) return;
        if (!Array.isArray(slot.value))
          fail(14, `Path '${path}' contains an element of non-array type '${typeName(slot.value)}'`);
        const arr = slot.value.slice();
        if (toNumber(arg) < 0) arr.shift();
        else arr.pop();
        setSlot(slot, arr);
      });
    case '$pull':
    case '$pullAll':
      return each((parts, arg, path) => {
        const slot = locate(doc, parts, false);
        if (!slot?.exists) return;
        if (!Array.isArray(slot.value)) fail(2, `Cannot apply ${op} to a non-array value`);
        let remove: (el: unknown) => boolean;
        if (op === '$pullAll') {
          if (!Array.isArray(arg)) fail(2, `$pullAll requires an array argument but was given a ${typeName(arg)}`);
          remove = (el) => arg.some((x) => valuesEqual(el, x));
        } else if (isPlainObject(arg)) {
          const keys = Object.keys(arg);
          if (keys.length > 0 && keys.every((k) => k.startsWith('$') && !['$and', '$or', '$nor'].includes(k))) {
            const cond = compileCondition(arg);
            remove = (el) => cond([el]);
          } else {
            const m = compileFilter(arg);
            remove = (el) => isPlainObject(el) && m(el);
          }
        } else remove = (el) => valuesEqual(el, arg);
        void path;
        setSlot(
          slot,
          slot.value.filter((el) => !remove(el)),
        );
      });
    case '$bit':
      return each((parts, arg) => {
        const slot = locate(doc, parts, true)!;
        let v = slot.exists ? BigInt(Math.trunc(toNumber(slot.value))) : 0n;
        for (const [k, x] of Object.entries(arg as object)) {
          const b = BigInt(Math.trunc(toNumber(x)));
          v =
            k === 'and'
              ? v & b
              : k === 'or'
                ? v | b
                : k === 'xor'
                  ? v ^ b
                  : fail(2, `The $bit modifier only supports 'and', 'or', and 'xor', not '${k}'`);
        }
        setSlot(slot, Long.fromBigInt(v));
      });
    default:
      return fail(
        9,
        `Unknown modifier: ${op}. Expected a valid update modifier or pipeline-style update specified as an array`,
      );
  }
}

function sortArray(arr: unknown[], spec: unknown): unknown[] {
  if (isNumeric(spec)) {
    const dir = toNumber(spec) < 0 ? -1 : 1;
    return arr.slice().sort((a, b) => dir * compareValues(a, b));
  }
  if (!isPlainObject(spec)) fail(2, 'The $sort is invalid');
  const keys = Object.entries(spec).map(([k, d]) => [k, toNumber(d) < 0 ? -1 : 1] as const);
  return arr.slice().sort((a, b) => {
    for (const [k, d] of keys) {
      const c = compareValues(isPlainObject(a) ? a[k] : undefined, isPlainObject(b) ? b[k] : undefined);
      if (c !== 0) return d * c;
    }
    return 0;
  });
}

/** The document an upsert starts from: the query's equality fields (and `_id`). */
export function upsertSeed(query: unknown): Record<string, unknown> {
  const seed: Record<string, unknown> = {};
  const visit = (q: unknown): void => {
    if (!isPlainObject(q)) return;
    for (const [k, v] of Object.entries(q)) {
      if (k === '$and' && Array.isArray(v)) v.forEach(visit);
      else if (k.startsWith('$')) continue;
      else if (isPlainObject(v) && Object.keys(v)[0]?.startsWith('$')) {
        if ('$eq' in v) setPath(seed, k, clone(v.$eq));
        else if (Array.isArray(v.$in) && v.$in.length === 1) setPath(seed, k, clone(v.$in[0]));
      } else if (!(v instanceof RegExp)) setPath(seed, k, clone(v));
    }
  };
  visit(query);
  return seed;
}

function setPath(doc: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const next = cur[parts[i]!];
    if (!isPlainObject(next)) cur[parts[i]!] = {};
    cur = cur[parts[i]!] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = value;
}

/** Builds the document an upsert inserts. */
export function buildUpsert(query: unknown, update: unknown, ctx: UpdateContext): Record<string, unknown> {
  const seed = upsertSeed(query);
  let doc: Record<string, unknown>;
  if (!Array.isArray(update) && isReplacement(update)) {
    doc = clone(update as Record<string, unknown>);
    if (doc._id === undefined && seed._id !== undefined) doc._id = seed._id;
  } else {
    doc = applyUpdate(seed, update, { ...ctx, isInsert: true });
  }
  if (doc._id === undefined) doc._id = new ObjectId();
  return idFirst(doc);
}
