/** BSON value classification, MongoDB's cross-type order, numeric normalisation and hashing. */
import { Decimal128, Double, Int32, Long } from 'bson';

type Any = unknown;

/** MongoDB's canonical type ranks; values of different ranks compare by rank. */
export const RANK = {
  minKey: 1,
  null: 5,
  number: 10,
  string: 15,
  object: 20,
  array: 25,
  binData: 30,
  objectId: 35,
  bool: 40,
  date: 45,
  timestamp: 47,
  regex: 50,
  code: 60,
  maxKey: 100,
} as const;

/** The `_bsontype` tag of a bson class instance, if any. */
export function bsonType(v: Any): string | undefined {
  if (v !== null && typeof v === 'object') {
    const t = (v as { _bsontype?: unknown })._bsontype;
    return typeof t === 'string' ? t : undefined;
  }
  return undefined;
}

/** True for every BSON numeric representation (int32, int64, double, decimal). */
export function isNumeric(v: Any): boolean {
  if (typeof v === 'number' || typeof v === 'bigint') return true;
  const t = bsonType(v);
  return t === 'Int32' || t === 'Double' || t === 'Long' || t === 'Decimal128';
}

/** True for plain documents (not arrays, dates or bson values). */
export function isPlainObject(v: Any): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v) || v instanceof Date || v instanceof RegExp || v instanceof Uint8Array) return false;
  return bsonType(v) === undefined;
}

/** The canonical rank of a value in MongoDB's cross-type order. */
export function typeRank(v: Any): number {
  if (v === undefined || v === null) return RANK.null;
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return RANK.number;
    case 'string':
      return RANK.string;
    case 'boolean':
      return RANK.bool;
    case 'object':
      break;
    default:
      return RANK.code;
  }
  if (Array.isArray(v)) return RANK.array;
  if (v instanceof Date) return RANK.date;
  if (v instanceof RegExp) return RANK.regex;
  if (v instanceof Uint8Array) return RANK.binData;
  switch (bsonType(v)) {
    case undefined:
      return RANK.object;
    case 'Int32':
    case 'Double':
    case 'Long':
    case 'Decimal128':
      return RANK.number;
    case 'BSONSymbol':
      return RANK.string;
    case 'Binary':
      return RANK.binData;
    case 'ObjectId':
      return RANK.objectId;
    case 'Timestamp':
      return RANK.timestamp;
    case 'BSONRegExp':
      return RANK.regex;
    case 'MinKey':
      return RANK.minKey;
    case 'MaxKey':
      return RANK.maxKey;
    case 'DBRef':
      return RANK.object;
    default:
      return RANK.code;
  }
}

/** A numeric value as a JS number (approximate for huge int64 and decimals). */
export function toNumber(v: Any): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  switch (bsonType(v)) {
    case 'Int32':
    case 'Double':
      return (v as Int32 | Double).value;
    case 'Long':
      return (v as Long).toNumber();
    case 'Decimal128':
      return decimalToNumber(v as Decimal128);
  }
  return NaN;
}

function decimalToNumber(d: Decimal128): number {
  const s = d.toString();
  if (s === 'NaN' || s === '-NaN') return NaN;
  if (s === 'Infinity') return Infinity;
  if (s === '-Infinity') return -Infinity;
  return Number(s);
}

/** A numeric value as a bigint when it is an exact integer beyond the double range. */
function exactBigInt(v: Any): bigint | undefined {
  if (bsonType(v) === 'Long') {
    const l = v as Long;
    const n = l.toNumber();
    if (!Number.isSafeInteger(n)) return l.toBigInt();
  }
  if (typeof v === 'bigint') return v;
  return undefined;
}

/** Compares two numerics in MongoDB's order (NaN lowest, -0 == 0). */
export function compareNumbers(a: Any, b: Any): number {
  const ba = exactBigInt(a);
  const bb = exactBigInt(b);
  if (ba !== undefined || bb !== undefined) {
    const na = toNumber(a);
    const nb = toNumber(b);
    if (ba !== undefined && bb !== undefined) return ba < bb ? -1 : ba > bb ? 1 : 0;
    if (Number.isNaN(na)) return -1;
    if (Number.isNaN(nb)) return 1;
    if (ba !== undefined && Number.isInteger(nb) && Number.isFinite(nb)) {
      const x = BigInt(nb);
      return ba < x ? -1 : ba > x ? 1 : 0;
    }
    if (bb !== undefined && Number.isInteger(na) && Number.isFinite(na)) {
      const x = BigInt(na);
      return x < bb ? -1 : x > bb ? 1 : 0;
    }
    return na < nb ? -1 : na > nb ? 1 : 0;
  }
  const na = toNumber(a);
  const nb = toNumber(b);
  if (Number.isNaN(na)) return Number.isNaN(nb) ? 0 : -1;
  if (Number.isNaN(nb)) return 1;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
}

function cmpPrimitive<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares any two BSON values in MongoDB's total order (type rank first, then value). */
export function compareValues(a: Any, b: Any): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  switch (ra) {
    case RANK.null:
    case RANK.minKey:
    case RANK.maxKey:
      return 0;
    case RANK.number:
      return compareNumbers(a, b);
    case RANK.string:
      return cmpPrimitive(String(a), String(b));
    case RANK.bool:
      return (a ? 1 : 0) - (b ? 1 : 0);
    case RANK.date:
      return cmpPrimitive((a as Date).getTime(), (b as Date).getTime());
    case RANK.objectId:
      return cmpPrimitive(
        String((a as { toHexString(): string }).toHexString()),
        (b as { toHexString(): string }).toHexString(),
      );
    case RANK.timestamp: {
      const x = a as Long;
      const y = b as Long;
      return x.compare(y);
    }
    case RANK.binData: {
      const ba = binaryBytes(a);
      const bb = binaryBytes(b);
      if (ba.length !== bb.length) return ba.length < bb.length ? -1 : 1;
      const sa = binarySubtype(a);
      const sb = binarySubtype(b);
      if (sa !== sb) return sa < sb ? -1 : 1;
      return compareBytes(ba, bb);
    }
    case RANK.regex: {
      const [pa, fa] = regexParts(a);
      const [pb, fb] = regexParts(b);
      return cmpPrimitive(pa, pb) || cmpPrimitive(fa, fb);
    }
    case RANK.array: {
      const x = a as unknown[];
      const y = b as unknown[];
      const n = Math.min(x.length, y.length);
      for (let i = 0; i < n; i++) {
        const c = compareValues(x[i], y[i]);
        if (c !== 0) return c;
      }
      return x.length - y.length === 0 ? 0 : x.length < y.length ? -1 : 1;
    }
    case RANK.object: {
      const ea = Object.entries(a as object).filter(([, v]) => v !== undefined);
      const eb = Object.entries(b as object).filter(([, v]) => v !== undefined);
      const n = Math.min(ea.length, eb.length);
      for (let i = 0; i < n; i++) {
        const [ka, va] = ea[i]!;
        const [kb, vb] = eb[i]!;
        const tr = typeRank(va) - typeRank(vb);
        if (tr !== 0) return tr < 0 ? -1 : 1;
        const kc = cmpPrimitive(ka, kb);
        if (kc !== 0) return kc;
        const vc = compareValues(va, vb);
        if (vc !== 0) return vc;
      }
      return ea.length === eb.length ? 0 : ea.length < eb.length ? -1 : 1;
    }
    default:
      return cmpPrimitive(String(a), String(b));
  }
}

/** MongoDB equality: numbers across types, null equals missing. */
export function valuesEqual(a: Any, b: Any): boolean {
  return compareValues(a, b) === 0;
}

function binaryBytes(v: Any): Uint8Array {
  if (v instanceof Uint8Array) return v;
  const b = v as { buffer: Uint8Array; position?: number };
  return b.position !== undefined ? b.buffer.subarray(0, b.position) : b.buffer;
}

function binarySubtype(v: Any): number {
  if (v instanceof Uint8Array) return 0;
  return (v as { sub_type: number }).sub_type;
}

function regexParts(v: Any): [string, string] {
  if (v instanceof RegExp) return [v.source, v.flags];
  const r = v as { pattern: string; options: string };
  return [r.pattern, r.options];
}

/** A canonical number key: 1, 1.0, Long(1) and Decimal128("1") share one. */
export function numericKey(v: Any): string {
  const big = exactBigInt(v);
  if (big !== undefined) return big.toString();
  const n = toNumber(v);
  if (Number.isNaN(n)) return 'NaN';
  if (n === 0) return '0';
  return String(n);
}

/** A string that is equal for exactly the values MongoDB considers equal (used for hashing). */
export function hashKey(v: Any): string {
  const r = typeRank(v);
  switch (r) {
    case RANK.null:
      return 'z';
    case RANK.minKey:
      return 'm';
    case RANK.maxKey:
      return 'M';
    case RANK.number:
      return 'n' + numericKey(v);
    case RANK.string: {
      // Length-prefixed, so that keys stay unambiguous inside composite keys.
      const str = String(v);
      return 's' + str.length + ':' + str;
    }
    case RANK.bool:
      return v ? 'T' : 'F';
    case RANK.date:
      return 'd' + (v as Date).getTime();
    case RANK.objectId:
      return 'o' + (v as { toHexString(): string }).toHexString();
    case RANK.array:
      return '[' + (v as unknown[]).map(hashKey).join(',') + ']';
    case RANK.object: {
      let s = '{';
      for (const [k, x] of Object.entries(v as object)) {
        if (x === undefined) continue;
        s += JSON.stringify(k) + ':' + hashKey(x) + ',';
      }
      return s + '}';
    }
    case RANK.binData:
      return 'x' + binarySubtype(v) + ':' + Buffer.from(binaryBytes(v)).toString('base64');
    case RANK.timestamp:
      return 't' + (v as Long).toString();
    case RANK.regex: {
      const [p, f] = regexParts(v);
      return 'r' + JSON.stringify(p) + f;
    }
    default:
      return 'u' + String(v);
  }
}

/** The numeric kinds, in the order MongoDB widens them for arithmetic. */
type NumKind = 0 | 1 | 2 | 3; // int, long, double, decimal

function numKind(v: Any): NumKind {
  if (typeof v === 'number')
    return Number.isInteger(v) && Math.abs(v) <= 0x7fffffff
      ? 0
      : Number.isInteger(v) && Number.isSafeInteger(v)
        ? 1
        : 2;
  if (typeof v === 'bigint') return 1;
  switch (bsonType(v)) {
    case 'Int32':
      return 0;
    case 'Long':
      return 1;
    case 'Decimal128':
      return 3;
    default:
      return 2;
  }
}

function makeNumber(kind: NumKind, n: number, big?: bigint): unknown {
  switch (kind) {
    case 0:
      if (Number.isInteger(n) && n >= -0x80000000 && n <= 0x7fffffff) return new Int32(n);
      return Long.fromNumber(n);
    case 1:
      return big !== undefined ? Long.fromBigInt(big) : Long.fromNumber(n);
    case 2:
      return new Double(n);
    default:
      return Decimal128.fromString(
        Number.isFinite(n) ? String(n) : Number.isNaN(n) ? 'NaN' : n > 0 ? 'Infinity' : '-Infinity',
      );
  }
}

function asBig(v: Any): bigint {
  if (typeof v === 'bigint') return v;
  if (bsonType(v) === 'Long') return (v as Long).toBigInt();
  return BigInt(Math.trunc(toNumber(v)));
}

/** Adds two numerics keeping MongoDB's result type (int widens to long on overflow). */
export function addNumbers(a: Any, b: Any): unknown {
  const kind = Math.max(numKind(a), numKind(b)) as NumKind;
  if (kind === 1) return Long.fromBigInt(asBig(a) + asBig(b));
  return makeNumber(kind, toNumber(a) + toNumber(b));
}

/** Multiplies two numerics keeping MongoDB's result type. */
export function multiplyNumbers(a: Any, b: Any): unknown {
  const kind = Math.max(numKind(a), numKind(b)) as NumKind;
  if (kind === 1) return Long.fromBigInt(asBig(a) * asBig(b));
  return makeNumber(kind, toNumber(a) * toNumber(b));
}

/** Converts bson numeric wrappers to plain JS numbers, deeply (for expression evaluation). */
export function promote(v: Any): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(promote);
  switch (bsonType(v)) {
    case undefined: {
      if (v instanceof Date || v instanceof RegExp || v instanceof Uint8Array) return v;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = promote(x);
      return out;
    }
    case 'Int32':
    case 'Double':
      return (v as Int32).value;
    case 'Long': {
      const n = (v as Long).toNumber();
      return Number.isSafeInteger(n) ? n : v;
    }
    default:
      return v;
  }
}

/** A deep copy that keeps bson classes (documents are mutated only through copies). */
export function clone<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(clone) as T;
  if (v instanceof Date) return new Date(v.getTime()) as T;
  if (bsonType(v) !== undefined || v instanceof RegExp || v instanceof Uint8Array) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as object)) out[k] = clone(x);
  return out as T;
}

/** The MongoDB type name of a value (as `$type` reports it). */
export function typeName(v: Any): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) && Math.abs(v) <= 0x7fffffff ? 'int' : 'double';
    case 'bigint':
      return 'long';
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
  }
  if (Array.isArray(v)) return 'array';
  if (v instanceof Date) return 'date';
  if (v instanceof RegExp) return 'regex';
  if (v instanceof Uint8Array) return 'binData';
  switch (bsonType(v)) {
    case undefined:
      return 'object';
    case 'Int32':
      return 'int';
    case 'Double':
      return 'double';
    case 'Long':
      return 'long';
    case 'Decimal128':
      return 'decimal';
    case 'ObjectId':
      return 'objectId';
    case 'Binary':
      return 'binData';
    case 'Timestamp':
      return 'timestamp';
    case 'BSONRegExp':
      return 'regex';
    case 'MinKey':
      return 'minKey';
    case 'MaxKey':
      return 'maxKey';
    case 'BSONSymbol':
      return 'symbol';
    case 'Code':
      return 'javascript';
    case 'DBRef':
      return 'object';
  }
  return 'unknown';
}

/** Reads a numeric command option (int32/int64/double or plain) as a JS number. */
export function num(v: Any, fallback = 0): number {
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = toNumber(v);
  return Number.isNaN(n) ? fallback : n;
}

/** A truthy test for command flags that may arrive as bool or number. */
export function truthy(v: Any): boolean {
  if (v === undefined || v === null || v === false) return false;
  if (isNumeric(v)) return toNumber(v) !== 0;
  return true;
}
