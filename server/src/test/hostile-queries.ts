// Queries built to cost a lot, shared by the unit and HTTP tests of the operation limits.

/**
 * `k` fragments on Query, each spreading the next one twice: small to send, 2^k selections to
 * walk for a rule that follows every spread.
 */
export function doublingFragments(k: number): string {
  let query = 'query { ...F0 }\n';
  for (let i = 0; i < k; i++) {
    query +=
      i < k - 1
        ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} health { ok } }\n`
        : `fragment F${i} on Query { health { ok } }\n`;
  }
  return query;
}

/**
 * `k` fragments on a root type named `Pad0`…, each selecting `__typename` and spreading the next
 * one twice: 2^k − 1 selected fields once spread out, valid on any type.
 */
export function doublingTypenames(root: string, k: number): string {
  return Array.from(
    { length: k },
    (_, i) => `fragment Pad${i} on ${root} { __typename ${i + 1 < k ? `...Pad${i + 1} ...Pad${i + 1}` : ''} }`,
  ).join('\n');
}
