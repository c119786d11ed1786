/** Values rendered the way mongod prints them in error messages (`{ email: "a@x" }`). */
import { bsonType, isNumeric, isPlainObject, toNumber } from './values.js';

/** Formats a value like mongod's BSON-to-string in error messages. */
export function formatValue(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'boolean') return String(v);
  if (isNumeric(v)) {
    const t = bsonType(v);
    if (t === 'Long') return String(v);
    if (t === 'Decimal128') return `NumberDecimal("${String(v)}")`;
    return String(toNumber(v));
  }
  if (v instanceof Date) return `new Date(${v.getTime()})`;
  if (Array.isArray(v)) return `[ ${v.map(formatValue).join(', ')} ]`;
  if (bsonType(v) === 'ObjectId') return `ObjectId('${(v as { toHexString(): string }).toHexString()}')`;
  if (isPlainObject(v)) return formatDoc(v);
  return String(v);
}

/** Formats a document like mongod: `{ a: 1, b: "x" }`. */
export function formatDoc(doc: Record<string, unknown>): string {
  const entries = Object.entries(doc);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, v]) => `${k}: ${formatValue(v)}`).join(', ')} }`;
}
