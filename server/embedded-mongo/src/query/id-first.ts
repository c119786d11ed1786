// Shared by update.ts and pipeline.ts (which update.ts runs for pipeline updates), so neither imports the other for it.

/** Returns the document with `_id` as its first field, as mongod stores it. */
export function idFirst(doc: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(doc);
  if (keys[0] === '_id' || !('_id' in doc)) return doc;
  const out: Record<string, unknown> = { _id: doc._id };
  for (const k of keys) if (k !== '_id') out[k] = doc[k];
  return out;
}
