/**
 * Collations: the embedded server compares strings by a collation when it sorts, never when it
 * matches, groups or looks up. A command that would need a collation to match strings is refused
 * (CommandNotSupported) rather than answered by binary comparison, which would be a wrong answer.
 */
import { fail } from '../errors.js';
import { isPlainObject } from '../bson/values.js';
import { collator } from './sort.js';

type Doc = Record<string, unknown>;

/** Aggregation stages whose result does not depend on comparing strings (beyond $match and $sort). */
const COLLATION_FREE_STAGES = new Set([
  '$match',
  '$sort',
  '$project',
  '$addFields',
  '$set',
  '$unset',
  '$limit',
  '$skip',
  '$count',
]);

function hasStringOperand(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.some(hasStringOperand);
  if (isPlainObject(value)) return Object.values(value).some(hasStringOperand);
  return false;
}

function refuse(command: string): never {
  fail(
    115,
    `${command} with a collation that compares strings is not supported by the embedded server: collations apply to sorting only`,
  );
}

function checkFilter(command: string, collation: unknown, filter: unknown): void {
  if (collator(collation) && hasStringOperand(filter)) refuse(command);
}

/** Throws CommandNotSupported when a command would have to tell these values apart under a collation. */
export function refuseCollatedValues(command: string, collation: unknown, values: unknown[]): void {
  if (collator(collation) && hasStringOperand(values)) refuse(command);
}

const COUNTING_ACCUMULATORS = new Set(['$sum', '$count']);

/** A $group that puts every document in one group and counts (countDocuments): no string is compared. */
function isConstantCount(spec: unknown): boolean {
  if (!isPlainObject(spec)) return false;
  const id = spec._id;
  if (typeof id === 'string' || isPlainObject(id) || Array.isArray(id)) return false;
  return Object.entries(spec).every(([k, acc]) => {
    if (k === '_id') return true;
    if (!isPlainObject(acc) || Object.keys(acc).length !== 1) return false;
    const [op, arg] = Object.entries(acc)[0]!;
    return COUNTING_ACCUMULATORS.has(op) && !hasStringOperand(arg);
  });
}

/** Throws CommandNotSupported when `cmd` asks for string matching under a non-simple collation. */
export function refuseCollatedMatching(name: string, cmd: Doc): void {
  switch (name) {
    case 'find':
      return checkFilter(name, cmd.collation, cmd.filter);
    case 'count':
    case 'distinct':
      return checkFilter(name, cmd.collation, cmd.query);
    case 'findAndModify':
    case 'findandmodify':
      return checkFilter(name, cmd.collation, cmd.query);
    case 'update':
      for (const u of Array.isArray(cmd.updates) ? cmd.updates : [])
        if (isPlainObject(u)) checkFilter(name, u.collation, u.q);
      return;
    case 'delete':
      for (const d of Array.isArray(cmd.deletes) ? cmd.deletes : [])
        if (isPlainObject(d)) checkFilter(name, d.collation, d.q);
      return;
    case 'aggregate':
      if (!collator(cmd.collation) || !Array.isArray(cmd.pipeline)) return;
      for (const stage of cmd.pipeline) {
        const op = isPlainObject(stage) ? Object.keys(stage)[0] : undefined;
        if (op === '$group' && isConstantCount((stage as Doc).$group)) continue;
        if (!op || !COLLATION_FREE_STAGES.has(op)) refuse(name);
        if (op === '$match' && hasStringOperand((stage as Doc).$match)) refuse(name);
      }
      return;
  }
}
