/**
 * Another module's collection that a read may join in the same query, and where the joined
 * documents go: the owning module hands this out (with its request's loader behind `prime`), so
 * the reading module learns a collection's name and never its model or its rules. The plan page
 * reads its owner, school units and the people responsible this way, in the plan's own query.
 */
export interface JoinSource<D> {
  /** The collection's name. */
  from: string;
  /** Fields never handed out: removed in the database, before the reply. */
  hidden: readonly string[];
  /** Hands a joined document to the request's loader, so that resolvers find it there. */
  prime(doc: D): void;
}
