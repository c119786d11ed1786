/** Sort specifications compiled to comparators in MongoDB's order (arrays by min or max element). */
import { fail } from '../errors.js';
import { collectValues } from '../bson/paths.js';
import { compareValues, isNumeric, isPlainObject, toNumber } from '../bson/values.js';

/** A compiled comparator over documents. */
export type DocComparator = (a: unknown, b: unknown) => number;

/** Parses `{field: 1|-1}` into ordered [path, direction] pairs. */
export function parseSortSpec(spec: unknown): [string, 1 | -1][] {
  if (spec === undefined || spec === null) return [];
  if (!isPlainObject(spec)) fail(2, 'Expected sort to be an object');
  return Object.entries(spec).map(([k, d]) => {
    if (isPlainObject(d) && '$meta' in d) return [k, -1] as [string, -1];
    if (!isNumeric(d) || (toNumber(d) !== 1 && toNumber(d) !== -1))
      fail(15975, '$sort key ordering must be 1 (for ascending) or -1 (for descending)');
    return [k, toNumber(d) < 0 ? -1 : 1] as [string, 1 | -1];
  });
}

/** The value a document sorts by on one path: the min (ascending) or max (descending) element. */
export function sortKey(doc: unknown, path: string, dir: 1 | -1): unknown {
  const values = collectValues(doc, path);
  if (values.length === 0) return undefined;
  let best: unknown;
  let have = false;
  for (const v of values) {
    const candidates = Array.isArray(v) ? (v.length === 0 ? [undefined] : v) : [v];
    for (const c of candidates) {
      if (!have || dir * compareValues(c, best) < 0) {
        best = c;
        have = true;
      }
    }
  }
  return best;
}

/** Compiles a sort specification into a comparator. */
export function compileSort(spec: unknown): DocComparator | undefined {
  const keys = parseSortSpec(spec);
  if (keys.length === 0) return undefined;
  return (a, b) => {
    for (const [path, dir] of keys) {
      const c = compareValues(sortKey(a, path, dir), sortKey(b, path, dir));
      if (c !== 0) return dir * c;
    }
    return 0;
  };
}

/** A string comparer for a collation document (`{locale, strength, numericOrdering, caseFirst}`). */
export function collator(collation: unknown): Intl.Collator | undefined {
  if (!isPlainObject(collation) || typeof collation.locale !== 'string' || collation.locale === 'simple')
    return undefined;
  const strength = collation.strength === undefined ? 3 : toNumber(collation.strength);
  const sensitivity = strength <= 1 ? 'base' : strength === 2 ? 'accent' : 'variant';
  const caseFirst = collation.caseFirst === 'upper' || collation.caseFirst === 'lower' ? collation.caseFirst : 'false';
  const tag = supportedTag(collation.locale);
  if (!tag) fail(2, `Field 'locale' is invalid in: { locale: "${collation.locale}" }`);
  return new Intl.Collator(tag, { sensitivity, numeric: collation.numericOrdering === true, caseFirst });
}

/** ICU collation keywords MongoDB accepts after `@collation=`, by their BCP 47 spelling. */
const COLLATION_KEYWORDS: Record<string, string> = {
  phonebook: 'phonebk',
  traditional: 'trad',
  dictionary: 'dict',
  gb2312han: 'gb2312',
};

/**
 * MongoDB's ICU locale (`en_US`, `de@collation=phonebook`) as the BCP 47 tag Intl takes
 * (`en-US`, `de-u-co-phonebk`); undefined when it is malformed or this runtime has no such locale.
 */
function supportedTag(locale: string): string | undefined {
  const [base, keywords] = locale.split('@', 2) as [string, string | undefined];
  let tag = base.replace(/_/g, '-');
  if (keywords !== undefined) {
    const co = /^collation=([A-Za-z0-9]+)$/.exec(keywords)?.[1];
    if (!co) return undefined;
    tag += `-u-co-${COLLATION_KEYWORDS[co] ?? co}`;
  }
  try {
    return Intl.Collator.supportedLocalesOf(tag).length > 0 ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** Sorts documents by a spec, computing each key once; strings compare by the collation if given. */
export function sortDocuments<T>(docs: T[], spec: unknown, collation?: unknown): T[] {
  const keys = parseSortSpec(spec);
  if (keys.length === 0) return docs;
  const coll = collator(collation);
  const cmp = coll
    ? (a: unknown, b: unknown) =>
        typeof a === 'string' && typeof b === 'string' ? coll.compare(a, b) : compareValues(a, b)
    : compareValues;
  const decorated = docs.map((d, i) => ({ d, i, k: keys.map(([p, dir]) => sortKey(d, p, dir)) }));
  decorated.sort((x, y) => {
    for (let j = 0; j < keys.length; j++) {
      const c = cmp(x.k[j], y.k[j]);
      if (c !== 0) return keys[j]![1] * c;
    }
    return x.i - y.i;
  });
  return decorated.map((x) => x.d);
}
