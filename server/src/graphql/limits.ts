import { GraphQLError, Kind, type ASTVisitor, type ValidationContext } from 'graphql';

/** A validation rule refusing queries nested deeper than `max` selection levels (fragments followed). */
export function depthLimit(max: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((d) => [d.name.value, d]),
    );
    type Node = { selectionSet?: { selections: readonly unknown[] } };
    const depthOf = (node: Node, depth: number, seen: Set<string>): number => {
      if (!node.selectionSet) return depth;
      let deepest = depth;
      for (const sel of node.selectionSet.selections as Array<{ kind: string; name?: { value: string } } & Node>) {
        if (sel.kind === Kind.FRAGMENT_SPREAD) {
          const name = sel.name!.value;
          const frag = fragments.get(name);
          if (frag && !seen.has(name)) deepest = Math.max(deepest, depthOf(frag, depth, new Set([...seen, name])));
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(sel, depth, seen));
        } else {
          deepest = Math.max(deepest, depthOf(sel, depth + 1, seen));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node, 0, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${max}.`, { nodes: [node] }),
          );
        }
      },
    };
  };
}
