/**
 * Query planning: which index narrows a filter, through which key intervals, and whether its order
 * gives the requested sort. An index only narrows: the filter still decides for every document.
 */
import { formatValue } from '../bson/format.js';
import { compareValues, isPlainObject, RANK, typeRank } from '../bson/values.js';
import type { IndexStore, KeyInterval, RangeBound } from './index-store.js';

/** The chosen access path. */
export interface Plan {
  stage: 'IDHACK' | 'IXSCAN' | 'COLLSCAN';
  /** IDHACK: the `_id` values looked up. */
  ids?: unknown[];
  /** IXSCAN: the index and the intervals scanned (none: nothing can match). */
  index?: IndexStore;
  intervals?: KeyInterval[];
  /** IXSCAN: 1 in the index's order, -1 reversed. */
  direction: 1 | -1;
  /** The scan returns documents in the requested sort order (no sort needed afterwards). */
  sorted: boolean;
}

/** The plan as explain shows it. */
export interface PlanSummary {
  stage: 'IDHACK' | 'IXSCAN' | 'COLLSCAN';
  indexName?: string;
  keyPattern?: Record<string, unknown>;
  isMultiKey?: boolean;
  direction?: 'forward' | 'backward';
  indexBounds?: Record<string, string[]>;
  /** True when the index order answers the sort (no SORT stage). */
  sortedByIndex?: boolean;
}

/** $in lists on several fields multiply; beyond this many intervals the index uses a shorter prefix. */
const MAX_INTERVALS = 200;
/** With a limit, a scan in sort order is preferred to a filter-narrowing one that reaches at least this many keys. */
const SORT_SCAN_CAP = 1_000;
/** An index that reaches more than this share of the documents (and more than a few) is slower than reading them all. */
const COLLSCAN_SHARE = 0.25;
const COLLSCAN_MIN = 1_000;

/** What a filter's conditions fix on one index. */
interface Bounds {
  intervals: KeyInterval[];
  /** Leading fields with equality (one value or $in). */
  eqFields: number;
  /** Leading fields with exactly one equality value. */
  fixed: number;
  hasRange: boolean;
}

interface Option {
  index: IndexStore;
  bounds: Bounds;
  score: number;
  sortDir?: 1 | -1;
}

/** Chooses the access path for a filter over `docCount` documents and, if given, a sort and limit (0: none). */
export function planQuery(
  indexes: Iterable<IndexStore>,
  docCount: number,
  filter: unknown,
  sort?: [string, 1 | -1][],
  limit = 0,
): Plan {
  if (!isPlainObject(filter)) filter = {};
  const f = filter as Record<string, unknown>;
  const ids = equalityValues(f._id, true);
  if (ids) return { stage: 'IDHACK', ids, direction: 1, sorted: false };

  let bestFilter: Option | undefined;
  let bestSort: Option | undefined;
  for (const index of indexes) {
    if (index.name === '_id_' || index.isPartial) continue;
    const bounds = boundsFor(index, f);
    const score = bounds.eqFields * 2 + (bounds.hasRange ? 1 : 0);
    // A sparse index lacks documents without the fields: only a condition on them makes it complete.
    if (index.sparse && score === 0) continue;
    const sortDir = sort && sort.length > 0 ? sortDirection(index, bounds, sort) : undefined;
    const option: Option = { index, bounds, score, sortDir };
    if (score > 0 && (!bestFilter || better(option, bestFilter))) bestFilter = option;
    if (sortDir !== undefined && (!bestSort || better(option, bestSort))) bestSort = option;
  }
  const inOrder = (o: Option): Plan => ({
    stage: 'IXSCAN',
    index: o.index,
    intervals: o.bounds.intervals,
    direction: o.sortDir!,
    sorted: true,
  });
  if (bestSort && (!bestFilter || bestSort.score >= bestFilter.score)) return inOrder(bestSort);
  if (bestFilter) {
    const reached = bestFilter.index.count(bestFilter.bounds.intervals);
    if (bestSort && limit > 0 && reached >= SORT_SCAN_CAP) return inOrder(bestSort);
    if (reached <= Math.max(COLLSCAN_MIN, docCount * COLLSCAN_SHARE)) {
      const { index, bounds } = bestFilter;
      return { stage: 'IXSCAN', index, intervals: bounds.intervals, direction: 1, sorted: false };
    }
  }
  if (bestSort) return inOrder(bestSort);
  return { stage: 'COLLSCAN', direction: 1, sorted: false };
}

function better(a: Option, b: Option): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.index.unique !== b.index.unique) return a.index.unique;
  return a.index.fields.length < b.index.fields.length;
}

/** The intervals a filter allows on an index: equality on a prefix of its fields, then a range. */
function boundsFor(index: IndexStore, filter: Record<string, unknown>): Bounds {
  let prefixes: unknown[][] = [[]];
  let eqFields = 0;
  let fixed = 0;
  const fields = index.fields;
  for (; eqFields < fields.length; eqFields++) {
    const values = equalityValues(filter[fields[eqFields]!]);
    if (!values) break;
    const distinct: unknown[] = [];
    for (const v of values) if (!distinct.some((d) => compareValues(d, v) === 0)) distinct.push(v);
    if (prefixes.length * distinct.length > MAX_INTERVALS) break;
    if (distinct.length === 1 && fixed === eqFields) fixed++;
    const next: unknown[][] = [];
    for (const p of prefixes) for (const v of distinct) next.push([...p, v]);
    prefixes = next;
  }
  const range =
    eqFields < fields.length ? rangeBounds(filter[fields[eqFields]!], index.multikeyFields[eqFields]!) : undefined;
  return {
    intervals: prefixes.map((prefix) => (range ? { prefix, range } : { prefix })),
    eqFields,
    fixed,
    hasRange: range !== undefined,
  };
}

/**
 * The direction in which an index yields the sort order, if it can: the sort names the index's
 * fields after those fixed by equality (fields fixed by equality may appear anywhere), all in the
 * pattern's directions or all reversed. A multikey index cannot sort (a document has several keys),
 * nor can a sparse one without a condition that keeps every matching document in it.
 */
function sortDirection(index: IndexStore, bounds: Bounds, sort: [string, 1 | -1][]): 1 | -1 | undefined {
  if (index.multikey || bounds.intervals.length !== 1) return undefined;
  if (index.sparse && bounds.eqFields === 0 && !bounds.hasRange) return undefined;
  const fixedFields = index.fields.slice(0, bounds.fixed);
  const rest = sort.filter(([f]) => !fixedFields.includes(f));
  if (rest.length === 0 || rest.length !== index.fields.length - bounds.fixed) return undefined;
  let dir: 1 | -1 | undefined;
  for (let j = 0; j < rest.length; j++) {
    const [field, want] = rest[j]!;
    const i = bounds.fixed + j;
    if (index.fields[i] !== field) return undefined;
    const d = want === index.dirs[i] ? 1 : -1;
    if (dir !== undefined && d !== dir) return undefined;
    dir = d;
  }
  return dir;
}

/** The values an equality condition can take ({a: v}, {$eq: v}, {$in: [...]}, with other operators beside), if it is one. */
function equalityValues(cond: unknown, isId = false): unknown[] | undefined {
  // Every document has an `_id`, so equality with null there finds only an `_id` that is null: a
  // key like any other (elsewhere null also matches a missing field, which no index lookup finds).
  const complex = (v: unknown) => (isId && v === null ? false : isComplex(v));
  if (cond === undefined || complex(cond)) return undefined;
  if (!isPlainObject(cond)) return [cond];
  const keys = Object.keys(cond);
  if (keys.length === 0 || !keys[0]!.startsWith('$')) return [cond];
  if ('$eq' in cond && !complex(cond.$eq)) return [cond.$eq];
  if (Array.isArray(cond.$in) && cond.$in.every((v) => !complex(v) && !isOperatorObject(v))) return cond.$in;
  return undefined;
}

/**
 * The range of a condition's $gt/$gte/$lt/$lte within one type bracket (other operators are left to
 * the filter). On a multikey field each bound may be met by a different element, so only one is used.
 */
function rangeBounds(cond: unknown, multikey: boolean): RangeBound | undefined {
  if (!isPlainObject(cond)) return undefined;
  let range: RangeBound | undefined;
  for (const [op, v] of Object.entries(cond)) {
    const low = op === '$gt' || op === '$gte';
    if (!low && op !== '$lt' && op !== '$lte') continue;
    const r = typeRank(v);
    if (isComplex(v) || r === RANK.minKey || r === RANK.maxKey || r === RANK.null) continue;
    if (isPlainObject(v) && isOperatorObject(v)) continue;
    if (range && (range.rank !== r || multikey)) continue;
    range ??= { rank: r, lowInclusive: true, highInclusive: true };
    if (low) {
      if (range.low !== undefined) continue;
      range.low = v;
      range.lowInclusive = op === '$gte';
    } else {
      if (range.high !== undefined) continue;
      range.high = v;
      range.highInclusive = op === '$lte';
    }
  }
  return range;
}

function isOperatorObject(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  const first = Object.keys(v)[0];
  return first !== undefined && first.startsWith('$');
}

/** Values an index cannot look up by equality: null/missing, arrays and regular expressions. */
function isComplex(v: unknown): boolean {
  return (
    v === null ||
    v === undefined ||
    Array.isArray(v) ||
    v instanceof RegExp ||
    (typeof v === 'object' && (v as { _bsontype?: string })._bsontype === 'BSONRegExp')
  );
}

/** A plan in explain's terms (index bounds printed the way mongod prints them). */
export function summarize(plan: Plan): PlanSummary {
  if (plan.stage !== 'IXSCAN') return { stage: plan.stage };
  const index = plan.index!;
  const indexBounds: Record<string, string[]> = {};
  index.fields.forEach((field, i) => {
    const shown: string[] = [];
    for (const iv of plan.intervals!) {
      const s = intervalText(iv, i, index.dirs[i]! * plan.direction);
      if (!shown.includes(s)) shown.push(s);
    }
    indexBounds[field] = shown;
  });
  return {
    stage: 'IXSCAN',
    indexName: index.name,
    keyPattern: index.spec.key,
    isMultiKey: index.multikey,
    direction: plan.direction === 1 ? 'forward' : 'backward',
    indexBounds,
    sortedByIndex: plan.sorted,
  };
}

function intervalText(iv: KeyInterval, i: number, order: number): string {
  let lo = 'MinKey';
  let hi = 'MaxKey';
  let loIn = true;
  let hiIn = true;
  if (i < iv.prefix.length) lo = hi = formatValue(iv.prefix[i]);
  else if (i === iv.prefix.length && iv.range) {
    const r = iv.range;
    const [bracketLow, bracketHigh] = bracketEnds(r.rank);
    lo = r.low !== undefined ? formatValue(r.low) : bracketLow;
    hi = r.high !== undefined ? formatValue(r.high) : bracketHigh;
    loIn = r.low !== undefined ? r.lowInclusive : true;
    hiIn = r.high !== undefined ? r.highInclusive : true;
  }
  return order === 1
    ? `${loIn ? '[' : '('}${lo}, ${hi}${hiIn ? ']' : ')'}`
    : `${hiIn ? '[' : '('}${hi}, ${lo}${loIn ? ']' : ')'}`;
}

function bracketEnds(rank: number): [string, string] {
  if (rank === RANK.number) return ['-inf.0', 'inf.0'];
  if (rank === RANK.string) return ['""', '{}'];
  return ['MinKey', 'MaxKey'];
}
