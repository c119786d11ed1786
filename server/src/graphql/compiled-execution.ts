import { createRequire } from 'node:module';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { stringBytes } from '../shared/byte-lru.js';
import { budgetedCache } from '../shared/cache-budget.js';
import type { GraphQLContext } from './context.js';

// graphql-js as Apollo, the schema and graphql-jit load it (CommonJS): a test runner may hand this
// file the ES module copy instead, whose execute refuses a schema built by the other one.
const { execute, GraphQLError } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

type Gateway = ApolloServerOptionsWithGateway<GraphQLContext>['gateway'];

/**
 * The most fields (fragments spread out) an operation may select and still be compiled: the
 * client's largest operation selects 159. Compiling costs about 40 µs a field, so no request can
 * make the server spend more than a few milliseconds compiling; a larger operation is run by
 * graphql-js as before.
 */
export const MAX_COMPILED_FIELDS = 400;

// Measured: a compiled operation holds about 1.3 kB of heap per selected field (generated code,
// its closures and the document it was compiled from).
const BYTES_PER_COMPILED_FIELD = 1300;

/** How an operation is run: its compiled function, or graphql-js where it was not compiled. */
type Plan = { compiled: CompiledQuery; fields: number } | { interpreted: true; fields: number };

/**
 * Executes operations with graphql-jit where it can, and with graphql-js where it cannot.
 * graphql-js walks the document for every field of every request; graphql-jit turns an operation
 * into a function once, which skips that walk (the README's speed table has the plan page's runs).
 * Apollo still parses, validates (with the operation limits), formats errors and runs its plugins;
 * only execution is swapped, through Apollo's gateway door (a "gateway" serving this one schema).
 *
 * Compiled operations are kept by query hash and operation name in their share of the cache budget
 * (`compiledQueries`). One that selects more than {@link MAX_COMPILED_FIELDS} fields, or that
 * graphql-jit cannot compile, is run by graphql-js. So is a request whose variables graphql-jit
 * refuses: graphql-js answers it with its own messages, which Apollo recognises as BAD_USER_INPUT,
 * so bad input is answered exactly as before.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const plans = budgetedCache<string, Plan>('compiledQueries', {
    sizeOf: (key, plan) => stringBytes(key) + ('compiled' in plan ? plan.fields * BYTES_PER_COMPILED_FIELD : 64),
  });

  const planOf = (queryHash: string, document: DocumentNode, operationName: string | null): Plan => {
    const key = `${queryHash}\u0000${operationName ?? ''}`;
    let plan = plans.get(key);
    if (!plan) {
      const fields = selectedFields(document, operationName, MAX_COMPILED_FIELDS);
      const compiled = fields <= MAX_COMPILED_FIELDS ? compileOrNot(schema, document, operationName) : undefined;
      plan = compiled ? { compiled, fields } : { interpreted: true, fields };
      // One too large for the cache's share (a small LYFTA_CACHE_MB) is run by graphql-js from now
      // on, rather than compiled again on every request.
      if (!plans.set(key, plan)) plans.set(key, { interpreted: true, fields });
    }
    return plan;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        async executor(rc) {
          const variables = rc.request.variables ?? {};
          const plan = planOf(rc.queryHash, rc.document, rc.operationName);
          if ('compiled' in plan) {
            const result = await plan.compiled.query(undefined, rc.context, variables);
            // Without `data` nothing ran: graphql-jit refused the variables.
            if ('data' in result) return withGraphQLErrors(result as ExecutionResult<Record<string, unknown>>);
          }
          return (await execute({
            schema,
            document: rc.document,
            contextValue: rc.context,
            variableValues: variables,
            operationName: rc.operationName,
          })) as ExecutionResult<Record<string, unknown>>;
        },
      };
    },
    async stop() {},
  };
}

/**
 * The result with its errors as graphql-js makes them. graphql-jit's errors leave `extensions` out
 * where the thrown error had none (a driver's error, say), and Apollo's error formatting, which
 * reads `extensions.code`, then fails and answers without the error's text in both languages.
 */
function withGraphQLErrors<T extends ExecutionResult<Record<string, unknown>>>(result: T): T {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const error = new GraphQLError(e.message, {
      path: e.path,
      originalError: e.originalError ?? undefined,
      extensions: e.extensions,
    });
    (error as { locations?: typeof e.locations }).locations = e.locations;
    return error;
  });
  return { ...result, errors };
}

/** The operation compiled, or undefined where graphql-jit cannot compile it. */
function compileOrNot(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
): CompiledQuery | undefined {
  try {
    const compiled = compileQuery(schema, document, operationName ?? undefined, { customJSONSerializer: false });
    return isCompiledQuery(compiled) ? compiled : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How many fields an operation selects with its fragments spread out, counted up to a little past
 * `cap`. Each fragment is counted once and its count reused at every spread, so this is linear in
 * the document however often fragments spread each other.
 */
export function selectedFields(document: DocumentNode, operationName: string | null, cap: number): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: SelectionSetNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION && (operationName === null || d.name?.value === operationName))
      operation ??= d.selectionSet;
  }
  const counted = new Map<string, number>();
  const onPath = new Set<string>();
  const countSet = (set: SelectionSetNode): number => {
    let n = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) n += 1 + (s.selectionSet ? countSet(s.selectionSet) : 0);
      else if (s.kind === Kind.INLINE_FRAGMENT) n += countSet(s.selectionSet);
      else n += countFragment(s.name.value);
      if (n > cap) return n;
    }
    return n;
  };
  const countFragment = (name: string): number => {
    const known = counted.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // A cycle (refused by validation before anything runs) or an unknown fragment adds nothing.
    if (!fragment || onPath.has(name)) return 0;
    onPath.add(name);
    const n = countSet(fragment.selectionSet);
    onPath.delete(name);
    counted.set(name, n);
    return n;
  };
  return operation ? countSet(operation) : 0;
}
