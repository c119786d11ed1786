import DataLoader from 'dataloader';

/** A value, or a promise of it: what a resolver may return to graphql-js. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * A DataLoader that also answers at once for what it already holds, primed or loaded before:
 * `value(key)` is the value itself when it is known and a promise of it otherwise. graphql-js
 * completes a field whose resolver returns a plain value in the same tick; every promise costs
 * a round of its execution machinery. On a page whose documents come with their parent (the
 * plan page reads plan, areas, items, owner and people in one query), the fields below it then
 * resolve without one promise each.
 */
export class KnownLoader<V> extends DataLoader<string, V> {
  readonly #known: Map<string, V>;

  constructor(batch: DataLoader.BatchLoadFn<string, V>, options?: DataLoader.Options<string, V>) {
    const known = new Map<string, V>();
    super(async (keys) => {
      const values = await batch(keys);
      for (let i = 0; i < values.length; i++) {
        const v = values[i]!;
        if (!(v instanceof Error)) known.set(keys[i]!, v);
      }
      return values;
    }, options);
    this.#known = known;
  }

  /** The value when it is known, else a promise of it (loaded in the next batch). */
  value(key: string): MaybePromise<V> {
    return this.#known.has(key) ? (this.#known.get(key) as V) : this.load(key);
  }

  override prime(key: string, value: V | PromiseLike<V> | Error): this {
    if (!(value instanceof Error) && !isThenable(value) && !this.#known.has(key)) this.#known.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: string): this {
    this.#known.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.#known.clear();
    return super.clearAll();
  }
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return typeof (v as { then?: unknown } | null)?.then === 'function';
}

/** Applies `f` to a value or to what a promise resolves to, staying synchronous for a plain value. */
export function mapKnown<T, R>(v: MaybePromise<T>, f: (t: T) => R): MaybePromise<R> {
  return v instanceof Promise ? v.then(f) : f(v);
}

/** Many keys at once: the values when all are known, else a promise of them all. */
export function valuesOf<V>(loader: KnownLoader<V>, keys: readonly string[]): MaybePromise<V[]> {
  const values = keys.map((k) => loader.value(k));
  return values.some((v) => v instanceof Promise) ? Promise.all(values) : (values as V[]);
}
