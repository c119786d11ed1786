/**
 * User variables of a command's `let` option (and an update statement's `c`), seeded as mongod
 * seeds them: each value is an expression evaluated once, before any document is read, and is
 * then visible as `$$name` to the filter, the projection and the pipeline of that command.
 */
import { fail } from '../errors.js';
import { isPlainObject, typeName } from '../bson/values.js';
import { evalExpression } from './expressions.js';

/** Variables by name, as mingo takes them (promoted values). */
export type Variables = Record<string, unknown>;

const isLowerOrNonAscii = (c: string): boolean => (c >= 'a' && c <= 'z') || c.charCodeAt(0) > 0x7f;
const isNameChar = (c: string): boolean =>
  isLowerOrNonAscii(c) || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';

/** mongod's rule for a user variable name: a lower-case first letter, then letters, digits or '_'. */
function validateName(name: string): void {
  if (name === '') fail(16866, 'empty variable names are not allowed');
  if (!isLowerOrNonAscii(name[0]!)) fail(16867, `'${name}' starts with an invalid character for a user variable name`);
  for (const c of name.slice(1))
    if (!isNameChar(c)) fail(16868, `'${name}' contains an invalid character for a variable name: '${c}'`);
}

/** True when an expression reads a document field (a `$path` outside `$literal`). */
function readsField(expr: unknown): boolean {
  if (typeof expr === 'string') return expr.startsWith('$') && !expr.startsWith('$$');
  if (Array.isArray(expr)) return expr.some(readsField);
  if (isPlainObject(expr)) return Object.entries(expr).some(([k, v]) => k !== '$literal' && readsField(v));
  return false;
}

/**
 * Evaluates a `let` document (`field` names it in errors, e.g. `find.let`) on top of `base`;
 * returns `base` when there is none.
 */
export function userVariables(field: string, spec: unknown, base?: Variables): Variables | undefined {
  if (spec === undefined || spec === null) return base;
  if (!isPlainObject(spec))
    fail(14, `BSON field '${field}' is the wrong type '${typeName(spec)}', expected type 'object'`);
  const vars: Variables = { ...base };
  for (const [name, expr] of Object.entries(spec)) {
    validateName(name);
    if (readsField(expr))
      fail(
        4890500,
        'Command let Expression tried to access a field, but this is not allowed because command let expressions run before the query examines any documents.',
      );
    vars[name] = evalExpression({}, expr);
  }
  return vars;
}
