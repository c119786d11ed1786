import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type ASTNode,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import type { LocalizedText } from '../shared/errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/pagination.js';

/** How big one GraphQL operation may be; the README's Security section explains each number. */
export interface OperationLimits {
  /** Lexical tokens in the whole document (comments not counted, as graphql-js counts). */
  tokens: number;
  /** Open brackets ({, (, [) at once: graphql-js parses recursively, so this keeps its stack safe. */
  nesting: number;
  /** Field levels of an operation, fragments followed. */
  depth: number;
  /** Aliased fields of an operation, counted once per place a fragment is spread. */
  aliases: number;
  /** Directives of an operation, counted once per place a fragment is spread. */
  directives: number;
  /** Fields an operation may ask for, each paginated list's selection weighed by its page size. */
  cost: number;
}

/** The limits Lyfta runs with: ample for its own client's queries, far below what hurts the server. */
export const OPERATION_LIMITS: OperationLimits = {
  tokens: 500,
  nesting: 32,
  depth: 12,
  aliases: 20,
  directives: 20,
  cost: 50_000,
};

type LimitName = keyof OperationLimits;

const limitTexts: Record<LimitName, (max: number) => LocalizedText> = {
  tokens: (max) => ({
    sv: `Frågan är för lång (högst ${max} symboler).`,
    en: `The query is too long (at most ${max} tokens).`,
  }),
  nesting: (max) => ({
    sv: `Frågan har för många nivåer av klamrar (högst ${max}).`,
    en: `The query nests brackets too deeply (at most ${max} levels).`,
  }),
  depth: (max) => ({
    sv: `Frågan är nästlad för djupt (högst ${max} nivåer).`,
    en: `The query is nested too deeply (at most ${max} levels).`,
  }),
  aliases: (max) => ({
    sv: `Frågan har för många alias (högst ${max}).`,
    en: `The query has too many aliases (at most ${max}).`,
  }),
  directives: (max) => ({
    sv: `Frågan har för många direktiv (högst ${max}).`,
    en: `The query has too many directives (at most ${max}).`,
  }),
  cost: (max) => ({
    sv: `Frågan begär för mycket på en gång (högst ${max} fält, listor räknade efter sidstorlek). Dela upp den.`,
    en: `The query asks for too much at once (at most ${max} fields, lists counted by page size). Split it up.`,
  }),
};

/** The error a request over one of the limits gets: a validation failure with text in both languages. */
export function limitError(limit: LimitName, max: number, nodes?: readonly ASTNode[]): GraphQLError {
  const messages = limitTexts[limit](max);
  return new GraphQLError(messages.en, {
    nodes,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit, messages },
  });
}

/**
 * Checks a query's text before it is parsed, in one pass without recursion: too many tokens or
 * brackets nested too deeply are refused here, because the parser would spend the time (or
 * overflow its stack) first. Text the lexer cannot read is left for the parser to report.
 */
export function checkQueryText(query: string, limits: OperationLimits = OPERATION_LIMITS): GraphQLError | undefined {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  let open = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      if (++tokens > limits.tokens) return limitError('tokens', limits.tokens);
      if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.PAREN_L || token.kind === TokenKind.BRACKET_L) {
        if (++open > limits.nesting) return limitError('nesting', limits.nesting);
      } else if (
        token.kind === TokenKind.BRACE_R ||
        token.kind === TokenKind.PAREN_R ||
        token.kind === TokenKind.BRACKET_R
      ) {
        open--;
      }
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** What a selection set adds up to; a fragment's is worked out once and reused at every spread. */
interface Measure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

const ZERO: Measure = { depth: 0, aliases: 0, directives: 0, cost: 0 };

/**
 * One validation rule for depth, aliases, directives and cost. It measures each fragment once
 * (memoised by name), so the work is linear in the document however often fragments spread each
 * other: a spread adds the fragment's measure instead of walking it again. Fragments are measured
 * in dependency order with an explicit stack, so a long chain of fragments cannot overflow the call
 * stack. A fragment spread inside itself counts as nothing here; NoFragmentCyclesRule refuses it.
 */
export function operationLimits(limits: OperationLimits = OPERATION_LIMITS) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    }
    const measured = new Map<string, Measure>();
    const onStack = new Set<string>();

    const fragmentMeasure = (root: string): Measure => {
      const stack: Array<{ name: string; spreads: string[]; next: number }> = [];
      const enter = (name: string) => {
        const fragment = fragments.get(name);
        if (!fragment || measured.has(name) || onStack.has(name)) return;
        onStack.add(name);
        stack.push({ name, spreads: spreadsIn(fragment.selectionSet), next: 0 });
      };
      enter(root);
      while (stack.length > 0) {
        const top = stack[stack.length - 1]!;
        if (top.next < top.spreads.length) {
          enter(top.spreads[top.next++]!);
          continue;
        }
        // Every fragment this one spreads is measured by now (or is on the stack: a cycle).
        stack.pop();
        const fragment = fragments.get(top.name)!;
        const inner = measureSet(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
        measured.set(top.name, { ...inner, directives: inner.directives + (fragment.directives?.length ?? 0) });
        onStack.delete(top.name);
      }
      return measured.get(root) ?? ZERO;
    };

    const measureSet = (set: SelectionSetNode, parentType: GraphQLNamedType | null | undefined): Measure => {
      const total = { ...ZERO };
      for (const selection of set.selections) {
        let part: Measure;
        if (selection.kind === Kind.FIELD) {
          const field = fieldOf(parentType, selection.name.value);
          const child = selection.selectionSet
            ? measureSet(selection.selectionSet, field ? namedTypeOf(field.type) : undefined)
            : ZERO;
          const weight = field ? pageSizeOf(field, selection.arguments ?? []) : 1;
          part = {
            depth: child.depth + 1,
            aliases: child.aliases + (selection.alias ? 1 : 0),
            directives: child.directives,
            cost: 1 + weight * child.cost,
          };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
          part = measureSet(selection.selectionSet, type);
        } else {
          part = fragmentMeasure(selection.name.value);
        }
        total.depth = Math.max(total.depth, part.depth);
        total.aliases += part.aliases;
        total.directives += part.directives + (selection.directives?.length ?? 0);
        total.cost += part.cost;
      }
      return total;
    };

    return {
      OperationDefinition(node) {
        const rootType = schema.getRootType(node.operation);
        const measure = measureSet(node.selectionSet, rootType);
        const directives =
          measure.directives +
          (node.directives?.length ?? 0) +
          (node.variableDefinitions ?? []).reduce((n, v) => n + (v.directives?.length ?? 0), 0);
        const actual: Record<Exclude<LimitName, 'tokens' | 'nesting'>, number> = {
          depth: measure.depth,
          aliases: measure.aliases,
          directives,
          cost: measure.cost,
        };
        for (const limit of ['depth', 'aliases', 'directives', 'cost'] as const) {
          // Written so that a NaN (an absurd page size times nothing) counts as over the limit.
          if (!(actual[limit] <= limits[limit])) context.reportError(limitError(limit, limits[limit], [node]));
        }
      },
    };
  };
}

/** The names of the fragments a selection set spreads, nested ones included. */
function spreadsIn(set: SelectionSetNode, names: string[] = []): string[] {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) names.push(selection.name.value);
    else if (selection.selectionSet) spreadsIn(selection.selectionSet, names);
  }
  return names;
}

// The helpers below look at types by shape, not with graphql-js's instanceof predicates: a test
// runner may load graphql twice (ESM for our code, CommonJS for Apollo's), and those predicates
// throw on a type from the other copy.

/** The field's definition on a type, or undefined when the type or field is unknown (other rules report that). */
function fieldOf(
  parentType: GraphQLNamedType | null | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  // Unions and scalars have no fields of their own; input types never hold a selection.
  const fields = (
    parentType as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> } | null | undefined
  )?.getFields?.();
  const field = fields?.[name];
  return field && Array.isArray(field.args) ? field : undefined;
}

/** The named type inside any list and non-null wrappers. */
function namedTypeOf(type: GraphQLOutputType): GraphQLNamedType {
  let inner: GraphQLOutputType = type;
  while ('ofType' in inner) inner = inner.ofType;
  return inner;
}

/**
 * How many times a field's selection is paid for: the page asked for on a paginated field (its
 * `first`), the `@listSize(max:)` a bounded list declares in the schema, once otherwise. A
 * variable's value is not known while validating, so it counts as the largest page the server
 * would return.
 */
function pageSizeOf(
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[],
): number {
  if (!field.args.some((a) => a.name === 'first')) return declaredListSize(field);
  const given = args.find((a) => a.name.value === 'first')?.value;
  if (!given) return DEFAULT_PAGE_SIZE;
  if (given.kind === Kind.INT) return Math.max(1, Number(given.value));
  if (given.kind === Kind.NULL) return DEFAULT_PAGE_SIZE;
  return MAX_PAGE_SIZE;
}

/** A list field's `@listSize(max:)` from the schema's text, or 1 where it declares none. */
function declaredListSize(field: GraphQLField<unknown, unknown>): number {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'listSize');
  const max = directive?.arguments?.find((a) => a.name.value === 'max')?.value;
  return max?.kind === Kind.INT ? Math.max(1, Number(max.value)) : 1;
}
