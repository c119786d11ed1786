/** The aggregation pipeline: stages MongoDB semantics depend on are ours, the rest run in mingo. */
import { fail } from '../errors.js';
import { collectValues } from '../bson/paths.js';
import {
  addNumbers,
  bsonType,
  clone,
  compareValues,
  hashKey,
  isNumeric,
  isPlainObject,
  promote,
  toNumber,
} from '../bson/values.js';
import { evalExpression, runMingoStage } from './expressions.js';
import { compileFilter } from './match.js';
import { sortDocuments } from './sort.js';
import { idFirst } from './id-first.js';

type Doc = Record<string, unknown>;

/** What a pipeline may read besides its input (for $lookup and $unionWith). */
export interface PipelineEnv {
  /** Absent where a pipeline may not read other collections (update pipelines). */
  readCollection?(name: string): Doc[];
  /**
   * The documents of a collection that may match a filter, in natural order: a superset of the
   * matches, narrowed by `_id` or an index when one serves the filter (else the whole collection).
   */
  readCandidates?(name: string, filter: Doc): Doc[];
  variables?: Record<string, unknown>;
  /** The command's collation; $sort compares strings by it. */
  collation?: unknown;
}

const MINGO_STAGES = new Set([
  '$project',
  '$addFields',
  '$set',
  '$unset',
  '$replaceRoot',
  '$replaceWith',
  '$bucket',
  '$bucketAuto',
  '$sample',
  '$densify',
  '$fill',
  '$redact',
]);

/** MongoDB stages this server knows but does not run (a clear refusal, not "unrecognized"). */
const UNSUPPORTED_STAGES = new Set(['$setWindowFields']);

const ONE_TO_ONE = new Set(['$project', '$addFields', '$set', '$unset']);

/** Puts back the original (typed) values of fields an expression stage left unchanged. */
export function restoreTypes(original: Doc, out: Doc): Doc {
  for (const [k, v] of Object.entries(out)) {
    const before = original[k];
    if (before === undefined || v === before) continue;
    if (isPlainObject(before) && isPlainObject(v)) out[k] = restoreTypes(before, v);
    else if (hashKey(before) === hashKey(v)) out[k] = before;
  }
  return out;
}

const KNOWN_STAGES = new Set([
  ...MINGO_STAGES,
  '$match',
  '$sort',
  '$limit',
  '$skip',
  '$unwind',
  '$count',
  '$group',
  '$lookup',
  '$facet',
  '$sortByCount',
  '$unionWith',
  '$out',
  '$merge',
]);

/** Throws MongoDB's error for a malformed or unknown stage. */
export function stageName(stage: unknown): string {
  if (!isPlainObject(stage)) fail(40323, 'A pipeline stage specification object must contain exactly one field.');
  const keys = Object.keys(stage);
  if (keys.length !== 1) fail(40323, 'A pipeline stage specification object must contain exactly one field.');
  const name = keys[0]!;
  if (UNSUPPORTED_STAGES.has(name)) fail(115, `${name} is not supported by the embedded server`);
  if (!KNOWN_STAGES.has(name)) fail(40324, `Unrecognized pipeline stage name: '${name}'`);
  return name;
}

/** Runs stages over documents (which are never mutated). */
export function runPipeline(input: Doc[], stages: Doc[], env?: PipelineEnv): Doc[] {
  if (!Array.isArray(stages)) fail(14, "'pipeline' option must be specified as an array");
  let docs = input;
  for (const stage of stages) {
    const name = stageName(stage);
    docs = runStage(docs, name, stage[name], env);
  }
  return docs;
}

function runStage(docs: Doc[], name: string, spec: unknown, env?: PipelineEnv): Doc[] {
  const vars = env?.variables;
  switch (name) {
    case '$match': {
      const m = compileFilter(spec, vars);
      return docs.filter((d) => m(d));
    }
    case '$sort':
      return sortDocuments(docs, spec, env?.collation);
    case '$limit': {
      if (!isNumeric(spec) || toNumber(spec) <= 0) fail(15958, 'the limit must be positive');
      return docs.slice(0, toNumber(spec));
    }
    case '$skip': {
      if (!isNumeric(spec) || toNumber(spec) < 0) fail(15956, 'the skip must be a non-negative number');
      return docs.slice(toNumber(spec));
    }
    case '$count': {
      if (typeof spec !== 'string' || spec === '' || spec.startsWith('$') || spec.includes('.'))
        fail(40156, 'the count field must be a non-empty string');
      return docs.length === 0 ? [] : [{ [spec]: docs.length }];
    }
    case '$unwind':
      return unwind(docs, spec);
    case '$group':
      return group(docs, spec, vars);
    case '$sortByCount': {
      const grouped = group(docs, { _id: spec, count: { $sum: 1 } }, vars);
      return sortDocuments(grouped, { count: -1 });
    }
    case '$lookup':
      return lookup(docs, spec, env);
    case '$facet': {
      if (!isPlainObject(spec)) fail(15947, 'the $facet specification must be an object');
      const out: Doc = {};
      for (const [k, sub] of Object.entries(spec)) out[k] = runPipeline(docs, sub as Doc[], env);
      return [out];
    }
    case '$unionWith': {
      if (!env?.readCollection) fail(2, '$unionWith is not allowed here');
      const collName = typeof spec === 'string' ? spec : (spec as Doc).coll;
      if (typeof collName !== 'string') fail(2, '$unionWith needs a collection name');
      let other = env.readCollection(collName);
      if (isPlainObject(spec) && Array.isArray(spec.pipeline)) other = runPipeline(other, spec.pipeline as Doc[], env);
      return [...docs, ...other];
    }
    case '$out':
    case '$merge':
      return fail(40601, `${name} can only be the final stage in the pipeline`);
    case '$project': {
      const excluded = topLevelExclusions(spec);
      if (excluded) return docs.map((d) => withoutFields(d, excluded));
      return mingoStage(docs, name, spec, vars);
    }
    default:
      return mingoStage(docs, name, spec, vars);
  }
}

function mingoStage(docs: Doc[], name: string, spec: unknown, vars: PipelineEnv['variables']): Doc[] {
  const out = runMingoStage(docs.map(promote), { [name]: spec }, vars) as Doc[];
  // These stages map documents one to one: unchanged fields get their BSON types back.
  // As from mongod, `_id` comes first in every document a stage produces.
  if (ONE_TO_ONE.has(name) && out.length === docs.length) return out.map((o, i) => idFirst(restoreTypes(docs[i]!, o)));
  return out.map(idFirst);
}

/**
 * The fields a `$project` leaves out when it only leaves out top-level fields (`{ a: 0, b: false }`),
 * as a $lookup's pipeline withholding secrets does; undefined for every other projection, which
 * the general path answers (and refuses, where mongod would).
 */
function topLevelExclusions(spec: unknown): Set<string> | undefined {
  if (!isPlainObject(spec)) return undefined;
  const keys = Object.keys(spec);
  if (keys.length === 0) return undefined;
  for (const k of keys) {
    const v = spec[k];
    const zero = v === false || (isNumeric(v) && toNumber(v) === 0);
    if (!zero || k.startsWith('$') || k.includes('.')) return undefined;
  }
  return new Set(keys);
}

/** A copy of a document without the given top-level fields, the others in their order (values shared: documents are never mutated). */
function withoutFields(doc: Doc, excluded: Set<string>): Doc {
  const out: Doc = {};
  for (const k of Object.keys(doc)) if (!excluded.has(k)) out[k] = doc[k];
  return out;
}

function unwind(docs: Doc[], spec: unknown): Doc[] {
  const opts = typeof spec === 'string' ? { path: spec } : (spec as Doc);
  const path = opts.path;
  if (typeof path !== 'string' || !path.startsWith('$')) fail(28818, "$unwind path must be prefixed by a '$'");
  const field = path.slice(1);
  const keep = opts.preserveNullAndEmptyArrays === true;
  const idxField = typeof opts.includeArrayIndex === 'string' ? opts.includeArrayIndex : undefined;
  const out: Doc[] = [];
  for (const d of docs) {
    const v = collectValues(d, field)[0];
    if (Array.isArray(v)) {
      if (v.length === 0) {
        if (keep) out.push(withPath(withoutPath(d, field), idxField, null));
        continue;
      }
      v.forEach((el, i) => out.push(withPath(setIn(d, field, el), idxField, i)));
    } else if (v === undefined || v === null) {
      if (keep) out.push(withPath(d, idxField, null));
    } else out.push(withPath(d, idxField, null));
  }
  return out;
}

function withPath(d: Doc, field: string | undefined, v: unknown): Doc {
  return field ? { ...d, [field]: v } : d;
}

function setIn(d: Doc, path: string, value: unknown): Doc {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...d, [head]: value };
  const child = isPlainObject(d[head]) ? (d[head] as Doc) : {};
  return { ...d, [head]: setIn(child, rest.join('.'), value) };
}

function withoutPath(d: Doc, path: string): Doc {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy = { ...d };
  if (rest.length === 0) delete copy[head];
  else if (isPlainObject(copy[head])) copy[head] = withoutPath(copy[head] as Doc, rest.join('.'));
  return copy;
}

const OWN_ACCUMULATORS = new Set(['$sum', '$avg', '$min', '$max', '$first', '$last', '$push', '$addToSet', '$count']);

function group(docs: Doc[], spec: unknown, vars?: Record<string, unknown>): Doc[] {
  if (!isPlainObject(spec) || !('_id' in spec)) fail(15955, 'a group specification must include an _id');
  const fields = Object.entries(spec).filter(([k]) => k !== '_id');
  for (const [k, acc] of fields) {
    if (!isPlainObject(acc) || Object.keys(acc).length !== 1)
      fail(40234, `The field '${k}' must be an accumulator object`);
    const op = Object.keys(acc)[0]!;
    if (op === '$accumulator') fail(31264, '$accumulator is not allowed: this server does not run JavaScript');
  }
  const allOwn = fields.every(([, acc]) => OWN_ACCUMULATORS.has(Object.keys(acc as Doc)[0]!));
  if (!allOwn) return (runMingoStage(docs.map(promote), { $group: spec }, vars) as Doc[]).map(idFirst);
  const groups = new Map<string, { id: unknown; state: unknown[]; counts: number[] }>();
  const order: string[] = [];
  for (const d of docs) {
    let promoted: unknown;
    const pd = {
      get value() {
        return (promoted ??= promote(d));
      },
    };
    const id = evaluate(d, pd, spec._id, vars);
    const key = hashKey(id === undefined ? null : id);
    let g = groups.get(key);
    if (!g) {
      g = { id: id === undefined ? null : id, state: fields.map(() => undefined), counts: fields.map(() => 0) };
      groups.set(key, g);
      order.push(key);
    }
    fields.forEach(([, acc], i) => {
      const [op, expr] = Object.entries(acc as Doc)[0]!;
      const v = op === '$count' ? 1 : evaluate(d, pd, expr, vars);
      const s = g.state[i];
      switch (op) {
        case '$sum':
        case '$count':
          if (isNumeric(v)) g.state[i] = s === undefined ? v : addNumbers(s, v);
          else if (s === undefined) g.state[i] = 0;
          break;
        case '$avg':
          if (isNumeric(v)) {
            g.state[i] = (s === undefined ? 0 : (s as number)) + toNumber(v);
            g.counts[i]!++;
          }
          break;
        case '$min':
          if (v !== undefined && v !== null && (s === undefined || compareValues(v, s) < 0)) g.state[i] = v;
          break;
        case '$max':
          if (v !== undefined && v !== null && (s === undefined || compareValues(v, s) > 0)) g.state[i] = v;
          break;
        case '$first':
          if (g.counts[i] === 0) {
            g.state[i] = v === undefined ? null : v;
            g.counts[i] = 1;
          }
          break;
        case '$last':
          g.state[i] = v === undefined ? null : v;
          break;
        case '$push':
          if (v !== undefined) ((g.state[i] ??= []) as unknown[]).push(v);
          else g.state[i] ??= [];
          break;
        case '$addToSet': {
          const arr = (g.state[i] ??= []) as unknown[];
          if (v !== undefined && !arr.some((x) => compareValues(x, v) === 0)) arr.push(v);
          break;
        }
      }
    });
  }
  return order.map((key) => {
    const g = groups.get(key)!;
    const out: Doc = { _id: g.id };
    fields.forEach(([name, acc], i) => {
      const op = Object.keys(acc as Doc)[0]!;
      let v = g.state[i];
      if (op === '$avg') v = g.counts[i] ? (v as number) / g.counts[i]! : null;
      else if (op === '$sum' || op === '$count') v = v ?? 0;
      else if (op === '$push' || op === '$addToSet') v = v ?? [];
      else if (v === undefined) v = null;
      out[name] = v;
    });
    return out;
  });
}

/** Evaluates a field path on the raw document (keeps bson types) or an expression via mingo. */
function evaluate(raw: Doc, promoted: { value: unknown }, expr: unknown, vars?: Record<string, unknown>): unknown {
  if (typeof expr === 'string' && expr.startsWith('$') && !expr.startsWith('$$')) {
    const values = collectValues(raw, expr.slice(1));
    if (values.length === 0) return undefined;
    if (values.length === 1) return values[0];
    return values;
  }
  if (expr === null || typeof expr !== 'object' || isNumeric(expr)) return expr;
  return evalExpression(promoted.value, expr, vars);
}

// Local values a $lookup may look up through an index: `$in` on them selects every foreign
// document that equality on them matches (and perhaps more, which the matching below drops).
const INDEXABLE_TYPES = new Set(['ObjectId', 'Int32', 'Double', 'Long']);

function indexable(v: unknown): boolean {
  if (v === null || v === undefined) return true;
  const t = typeof v;
  if (t === 'string' || t === 'number' || t === 'boolean') return true;
  if (v instanceof Date) return true;
  const b = bsonType(v);
  return b !== undefined && INDEXABLE_TYPES.has(b);
}

/**
 * The foreign documents an equality $lookup needs: for local values of simple types, only those
 * whose foreignField holds one of them (read through `_id` or an index on it); otherwise the
 * whole collection. Either way in natural order, so what each document matches is unchanged.
 */
function foreignDocs(docs: Doc[], from: string, spec: Doc, hasFields: boolean, env: PipelineEnv): Doc[] {
  const foreignField = spec.foreignField as string;
  if (!hasFields || !env.readCandidates || foreignField.startsWith('$')) return env.readCollection!(from);
  const values: unknown[] = [];
  for (const d of docs) {
    const found = collectValues(d, spec.localField as string);
    if (found.length === 0) values.push(null);
    for (const v of found) {
      if (Array.isArray(v)) {
        if (v.length === 0) values.push(null);
        for (const e of v) {
          if (!indexable(e) || Array.isArray(e)) return env.readCollection!(from);
          values.push(e);
        }
      } else if (!indexable(v)) return env.readCollection!(from);
      else values.push(v);
    }
  }
  return env.readCandidates(from, { [foreignField]: { $in: values } });
}

function lookup(docs: Doc[], spec: unknown, env?: PipelineEnv): Doc[] {
  if (!isPlainObject(spec)) fail(9, 'the $lookup specification must be an Object');
  if (!env?.readCollection) fail(2, '$lookup is not allowed here');
  const as = spec.as;
  if (typeof as !== 'string') fail(40321, "must specify 'as' field for a $lookup");
  const from = typeof spec.from === 'string' ? spec.from : undefined;
  const pipeline = Array.isArray(spec.pipeline) ? (spec.pipeline as Doc[]) : undefined;
  const hasFields = typeof spec.localField === 'string' && typeof spec.foreignField === 'string';
  const foreign = from ? foreignDocs(docs, from, spec, hasFields, env) : [];
  let byKey: Map<string, Doc[]> | undefined;
  if (hasFields) {
    byKey = new Map();
    for (const f of foreign) {
      const values = collectValues(f, spec.foreignField as string);
      const keys = new Set<string>();
      if (values.length === 0) keys.add(hashKey(null));
      for (const v of values) {
        if (Array.isArray(v)) v.forEach((e) => keys.add(hashKey(e)));
        keys.add(hashKey(v));
      }
      for (const k of keys) {
        let list = byKey.get(k);
        if (!list) byKey.set(k, (list = []));
        list.push(f);
      }
    }
  }
  return docs.map((d) => {
    let matched: Doc[] = foreign;
    if (byKey) {
      const values = collectValues(d, spec.localField as string);
      const keys = new Set<string>();
      if (values.length === 0) keys.add(hashKey(null));
      for (const v of values) {
        if (Array.isArray(v)) {
          v.forEach((e) => keys.add(hashKey(e)));
          if (v.length === 0) keys.add(hashKey(null));
        } else keys.add(hashKey(v));
      }
      const seen = new Set<Doc>();
      matched = [];
      for (const k of keys) {
        for (const f of byKey.get(k) ?? []) {
          if (seen.has(f)) continue;
          seen.add(f);
          matched.push(f);
        }
      }
      // Keep the foreign collection's natural order, as mongod does.
      if (keys.size > 1) matched.sort((a, b) => foreign.indexOf(a) - foreign.indexOf(b));
    }
    if (pipeline) {
      const vars: Record<string, unknown> = { ...(env.variables ?? {}) };
      if (isPlainObject(spec.let)) {
        const pd = { value: promote(d) };
        for (const [k, e] of Object.entries(spec.let)) vars[k] = promote(evaluate(d, pd, e, env.variables));
      }
      matched = runPipeline(matched, pipeline, { ...env, variables: vars });
    }
    return { ...d, [as]: matched.map((m) => clone(m)) };
  });
}
