/** Query filters compiled to predicates with MongoDB's semantics (bracketing, arrays, null). */
import { fail } from '../errors.js';
import { collectValues } from '../bson/paths.js';
import {
  bsonType,
  compareValues,
  isNumeric,
  isPlainObject,
  promote,
  RANK,
  toNumber,
  typeName,
  typeRank,
  valuesEqual,
} from '../bson/values.js';
import { evalExpression, refuseScripts } from './expressions.js';

/** A compiled filter. */
export type Matcher = (doc: unknown) => boolean;
/** A compiled condition over the values a path reaches. */
type ValuesTest = (values: unknown[]) => boolean;

/** Compiles a query filter; throws MongoDB's errors for unknown or refused operators. */
export function compileFilter(filter: unknown, vars?: Record<string, unknown>): Matcher {
  if (filter === undefined || filter === null) return () => true;
  if (!isPlainObject(filter)) fail(2, 'query filter must be an object');
  const parts: Matcher[] = [];
  for (const [key, cond] of Object.entries(filter)) {
    if (cond === undefined) continue;
    if (key.startsWith('$')) parts.push(compileTopLevel(key, cond, vars));
    else {
      const test = compileCondition(cond);
      parts.push((doc) => test(collectValues(doc, key)));
    }
  }
  if (parts.length === 0) return () => true;
  if (parts.length === 1) return parts[0]!;
  return (doc) => {
    for (const p of parts) if (!p(doc)) return false;
    return true;
  };
}

function compileTopLevel(op: string, cond: unknown, vars?: Record<string, unknown>): Matcher {
  switch (op) {
    case '$and':
    case '$or':
    case '$nor': {
      if (!Array.isArray(cond) || cond.length === 0) fail(2, `${op} argument must be a non-empty array`);
      const subs = cond.map((c) => {
        if (!isPlainObject(c)) fail(2, `${op} argument's entries must be objects`);
        return compileFilter(c, vars);
      });
      if (op === '$and') return (doc) => subs.every((m) => m(doc));
      if (op === '$or') return (doc) => subs.some((m) => m(doc));
      return (doc) => !subs.some((m) => m(doc));
    }
    case '$expr':
      refuseScripts(cond);
      return (doc) => truthyExpr(evalExpression(promote(doc), cond, vars));
    case '$comment':
      return () => true;
    case '$where':
      return fail(2, '$where is not allowed: this server does not run JavaScript');
    case '$text':
      return fail(27, 'text index required for $text query');
    case '$jsonSchema':
      return fail(2, 'unknown top level operator: $jsonSchema');
    case '$alwaysTrue':
      return () => true;
    case '$alwaysFalse':
      return () => false;
    default:
      return fail(2, `unknown top level operator: ${op}`);
  }
}

function truthyExpr(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return false;
  if (isNumeric(v)) return toNumber(v) !== 0;
  return true;
}

function isOperatorObject(cond: unknown): cond is Record<string, unknown> {
  if (!isPlainObject(cond)) return false;
  const keys = Object.keys(cond);
  return keys.length > 0 && keys[0]!.startsWith('$');
}

function isRegex(v: unknown): boolean {
  return v instanceof RegExp || bsonType(v) === 'BSONRegExp';
}

/** Compiles the condition on one path: a value (equality) or an operator object. */
export function compileCondition(cond: unknown): ValuesTest {
  if (!isOperatorObject(cond)) {
    if (isRegex(cond)) return regexTest(toRegExp(cond));
    return eqTest(cond);
  }
  const tests: ValuesTest[] = [];
  const ops = cond;
  for (const [op, arg] of Object.entries(ops)) {
    if (!op.startsWith('$')) fail(2, `unknown operator: ${op}`);
    tests.push(compileOperator(op, arg, ops));
  }
  if (tests.length === 1) return tests[0]!;
  return (values) => tests.every((t) => t(values));
}

/** Applies a single-value predicate to each value and to each element of array values. */
function anyValueOrElement(values: unknown[], pred: (v: unknown) => boolean): boolean {
  for (const v of values) {
    if (pred(v)) return true;
    if (Array.isArray(v)) for (const e of v) if (pred(e)) return true;
  }
  return false;
}

function eqTest(x: unknown): ValuesTest {
  if (x === null || x === undefined) {
    return (values) => {
      if (values.length === 0) return true;
      return anyValueOrElement(values, (v) => v === null || v === undefined);
    };
  }
  const rank = typeRank(x);
  return (values) => anyValueOrElement(values, (v) => typeRank(v) === rank && compareValues(v, x) === 0);
}

function regexTest(re: RegExp): ValuesTest {
  return (values) =>
    anyValueOrElement(values, (v) => {
      if (typeof v === 'string') return re.test(v);
      if (isRegex(v)) return valuesEqual(v, re);
      return false;
    });
}

function toRegExp(v: unknown, extraOptions?: string): RegExp {
  if (v instanceof RegExp) return extraOptions ? buildRegExp(v.source, extraOptions) : v;
  if (bsonType(v) === 'BSONRegExp') {
    const r = v as { pattern: string; options: string };
    return buildRegExp(r.pattern, extraOptions ?? r.options);
  }
  if (typeof v === 'string') return buildRegExp(v, extraOptions ?? '');
  return fail(2, '$regex has to be a string');
}

/** A JavaScript RegExp for a MongoDB pattern and options; a pattern JavaScript cannot read is refused. */
function buildRegExp(pattern: string, options: string): RegExp {
  const source = options.includes('x') ? withoutExtendedSyntax(pattern) : pattern;
  try {
    return new RegExp(source, mongoFlags(options));
  } catch (err) {
    if (err instanceof SyntaxError) fail(51091, `Regular expression is invalid: ${err.message}`);
    throw err;
  }
}

/** The `x` option: whitespace outside character classes is ignored and `#` starts a comment to the end of the line. */
function withoutExtendedSyntax(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '#') {
      while (i + 1 < pattern.length && pattern[i + 1] !== '\n') i++;
    } else if (!/\s/.test(c)) out += c;
  }
  return out;
}

function mongoFlags(options: string): string {
  let flags = '';
  for (const c of options) {
    if (c === 'i' || c === 'm' || c === 's') flags += c;
    else if (c === 'u') flags += 'u';
    else if (c !== 'x') fail(51108, `invalid flag in regex options: ${c}`);
  }
  return flags;
}

function compareTest(op: string, x: unknown): ValuesTest {
  if (x === null || x === undefined) {
    if (op === '$gte' || op === '$lte') return eqTest(null);
    return () => false;
  }
  if (isRegex(x)) return regexTest(toRegExp(x));
  const rank = typeRank(x);
  const ok =
    op === '$gt'
      ? (c: number) => c > 0
      : op === '$gte'
        ? (c: number) => c >= 0
        : op === '$lt'
          ? (c: number) => c < 0
          : (c: number) => c <= 0;
  const pred = (v: unknown): boolean => {
    const r = typeRank(v);
    if (r !== rank) {
      // MinKey and MaxKey compare against every type.
      if (rank === RANK.minKey || rank === RANK.maxKey) return ok(compareValues(v, x));
      return false;
    }
    return ok(compareValues(v, x));
  };
  return (values) => anyValueOrElement(values, pred);
}

const TYPE_ALIASES: Record<number, string> = {
  1: 'double',
  2: 'string',
  3: 'object',
  4: 'array',
  5: 'binData',
  7: 'objectId',
  8: 'bool',
  9: 'date',
  10: 'null',
  11: 'regex',
  13: 'javascript',
  16: 'int',
  17: 'timestamp',
  18: 'long',
  19: 'decimal',
  [-1]: 'minKey',
  127: 'maxKey',
};

function typeTest(arg: unknown): ValuesTest {
  const wanted = (Array.isArray(arg) ? arg : [arg]).map((t) => {
    if (typeof t === 'string') return t;
    if (isNumeric(t)) {
      const name = TYPE_ALIASES[toNumber(t)];
      if (!name) fail(2, `Invalid numerical type code: ${toNumber(t)}`);
      return name;
    }
    return fail(14, 'type must be represented as a number or a string');
  });
  const matches = (v: unknown): boolean => {
    const name = typeName(v);
    for (const w of wanted) {
      if (w === name) return true;
      if (w === 'number' && isNumeric(v)) return true;
    }
    return false;
  };
  return (values) => {
    for (const v of values) {
      if (matches(v)) return true;
      if (Array.isArray(v)) for (const e of v) if (matches(e)) return true;
    }
    return false;
  };
}

function elemMatchTest(arg: unknown): ValuesTest {
  if (!isPlainObject(arg)) fail(2, '$elemMatch needs an Object');
  const keys = Object.keys(arg);
  const valueOps =
    keys.length > 0 &&
    keys.every((k) => k.startsWith('$') && k !== '$and' && k !== '$or' && k !== '$nor' && k !== '$expr');
  if (valueOps) {
    const cond = compileCondition(arg);
    return (values) => values.some((v) => Array.isArray(v) && v.some((e) => cond(Array.isArray(e) ? [e] : [e])));
  }
  const sub = compileFilter(arg);
  return (values) => values.some((v) => Array.isArray(v) && v.some((e) => isPlainObject(e) && sub(e)));
}

function compileOperator(op: string, arg: unknown, siblings: Record<string, unknown>): ValuesTest {
  switch (op) {
    case '$eq':
      return isRegex(arg) ? (values) => anyValueOrElement(values, (v) => valuesEqual(v, arg)) : eqTest(arg);
    case '$ne': {
      const t = eqTest(arg);
      return (values) => !t(values);
    }
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      return compareTest(op, arg);
    case '$in': {
      if (!Array.isArray(arg)) fail(2, '$in needs an array');
      const tests = arg.map((x) => (isRegex(x) ? regexTest(toRegExp(x)) : eqTest(x)));
      return (values) => tests.some((t) => t(values));
    }
    case '$nin': {
      if (!Array.isArray(arg)) fail(2, '$nin needs an array');
      const tests = arg.map((x) => (isRegex(x) ? regexTest(toRegExp(x)) : eqTest(x)));
      return (values) => !tests.some((t) => t(values));
    }
    case '$exists': {
      const want = arg !== false && arg !== 0 && !(isNumeric(arg) && toNumber(arg) === 0) && arg !== null;
      return (values) => values.length > 0 === want;
    }
    case '$type':
      return typeTest(arg);
    case '$size': {
      if (!isNumeric(arg)) fail(2, '$size needs a number');
      const n = toNumber(arg);
      return (values) => values.some((v) => Array.isArray(v) && v.length === n);
    }
    case '$all': {
      if (!Array.isArray(arg)) fail(2, '$all needs an array');
      if (arg.length === 0) return () => false;
      const tests = arg.map((x) => {
        if (isPlainObject(x) && '$elemMatch' in x) return elemMatchTest(x.$elemMatch);
        return isRegex(x) ? regexTest(toRegExp(x)) : eqTest(x);
      });
      return (values) => tests.every((t) => t(values));
    }
    case '$elemMatch':
      return elemMatchTest(arg);
    case '$regex':
      return regexTest(toRegExp(arg, typeof siblings.$options === 'string' ? siblings.$options : undefined));
    case '$options':
      if (!('$regex' in siblings)) fail(2, '$options needs a $regex');
      return () => true;
    case '$not': {
      if (isRegex(arg)) {
        const t = regexTest(toRegExp(arg));
        return (values) => !t(values);
      }
      if (!isOperatorObject(arg)) fail(2, '$not needs a regex or a document');
      const t = compileCondition(arg);
      return (values) => !t(values);
    }
    case '$mod': {
      if (!Array.isArray(arg) || arg.length !== 2) fail(2, 'malformed mod, needs to be an array of 2 elements');
      const d = Math.trunc(toNumber(arg[0]));
      const r = Math.trunc(toNumber(arg[1]));
      if (d === 0) fail(2, 'divisor cannot be 0');
      return (values) => anyValueOrElement(values, (v) => isNumeric(v) && Math.trunc(toNumber(v)) % d === r);
    }
    case '$comment':
      return () => true;
    case '$near':
    case '$nearSphere':
    case '$geoWithin':
    case '$geoIntersects':
      return fail(2, `${op} is not supported by this server`);
    default:
      return fail(2, `unknown operator: ${op}`);
  }
}

/** Finds the first array index at `arrayPath` whose element satisfies the filter (for `$` updates). */
export function positionalIndex(doc: unknown, filter: unknown, arrayPath: string): number | undefined {
  if (!isPlainObject(filter)) return undefined;
  const arr = collectValues(doc, arrayPath).find(Array.isArray) as unknown[] | undefined;
  if (!arr) return undefined;
  const conds: [string, unknown][] = [];
  const gather = (f: Record<string, unknown>): void => {
    for (const [k, c] of Object.entries(f)) {
      if (k === '$and' && Array.isArray(c)) c.forEach((x) => isPlainObject(x) && gather(x));
      else if (k === arrayPath) conds.push(['', c]);
      else if (k.startsWith(arrayPath + '.')) conds.push([k.slice(arrayPath.length + 1), c]);
    }
  };
  gather(filter);
  if (conds.length === 0) return undefined;
  for (let i = 0; i < arr.length; i++) {
    const el = arr[i];
    const ok = conds.every(([rest, c]) => {
      if (rest === '') {
        if (isPlainObject(c) && '$elemMatch' in c) {
          const sub = elemMatchTest(c.$elemMatch);
          return sub([[el]]);
        }
        return compileCondition(c)([el]);
      }
      return compileCondition(c)(collectValues(el, rest));
    });
    if (ok) return i;
  }
  return undefined;
}
