import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { Kind, type FormattedExecutionResult, type OperationDefinitionNode } from 'graphql';
import type { GraphQLContext } from '../../graphql/context.js';
import { cacheTiedToResults, noticeSharedChanges, resultsDataVersion } from './results.data.js';

// Root fields whose answers depend only on the open data and their arguments, never on who asks
// (beyond being signed in), so one answer can serve every signed-in viewer until the data changes.
const cacheableFields = new Set([
  'resultYears',
  'ranking',
  'municipalityResults',
  'resultsModel',
  'peerComparison',
  'schoolUnitResults',
]);
const MAX_ENTRIES = 5000;

function cacheable(operation: OperationDefinitionNode | undefined): boolean {
  if (!operation || operation.operation !== 'query') return false;
  return operation.selectionSet.selections.every(
    (s) =>
      s.kind === Kind.FIELD &&
      (cacheableFields.has(s.name.value) || s.name.value === '__typename') &&
      !s.directives?.length,
  );
}

/** The results response cache: an Apollo plugin and the matching result serializer. */
export interface ResultsResponseCache {
  plugin: ApolloServerPlugin<GraphQLContext>;
  /** Apollo's `stringifyResult`: a cached answer is serialized once, not on every request. */
  stringifyResult(value: FormattedExecutionResult): string;
  /** The UTF-8 bytes of a cached answer's JSON (as `stringifyResult` gave it), else undefined. */
  encoded(json: string): Buffer | undefined;
}

/**
 * Answers repeated open-data queries (ranking, municipalityResults…) from memory, keyed by the
 * query, its variables and the results data version, so the API does not re-execute hundreds of
 * fields and re-serialize kilobytes of JSON per request. Signed-in viewers only; errors are never
 * cached. Register `plugin` in the Apollo server's `plugins` and pass `stringifyResult` to it.
 */
export function resultsResponseCache(): ResultsResponseCache {
  const cache = cacheTiedToResults<string, GraphQLResponse['body']>();
  // The JSON of each cached answer, by its data object: the entry goes when the answer does.
  const serialized = new WeakMap<object, string>();
  // …and its bytes, by that JSON string (the same string instance each time, so its hash is computed once).
  const bytes = cacheTiedToResults<string, Buffer>();
  const plugin: ApolloServerPlugin<GraphQLContext> = {
    async requestDidStart() {
      let key: string | undefined;
      return {
        async responseForOperation(rc) {
          if (!rc.contextValue.viewer || !cacheable(rc.operation)) return null;
          noticeSharedChanges();
          key = `${resultsDataVersion()}\u0000${rc.queryHash}\u0000${rc.operationName ?? ''}\u0000${JSON.stringify(rc.request.variables ?? {})}`;
          const hit = cache.get(key);
          if (!hit) return null;
          key = undefined;
          return { body: hit, http: rc.response.http };
        },
        async willSendResponse(rc) {
          if (!key || rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          if (result.errors?.length || !result.data) return;
          // The key carries the version read before execution; a change during it made the key stale, never wrong.
          if (cache.size >= MAX_ENTRIES) cache.clear();
          cache.set(key, { kind: 'single', singleResult: { data: result.data } });
          serialized.set(result.data, '');
        },
      };
    },
  };
  return {
    plugin,
    stringifyResult(value) {
      const data = value.data;
      if (value.errors !== undefined || value.extensions !== undefined || !data || !serialized.has(data))
        return JSON.stringify(value) + '\n';
      let json = serialized.get(data)!;
      if (json === '') {
        // Apollo's own format: the result's fields in order, a newline at the end.
        json = JSON.stringify(value) + '\n';
        serialized.set(data, json);
        if (bytes.size >= MAX_ENTRIES) bytes.clear();
        bytes.set(json, Buffer.from(json, 'utf8'));
      }
      return json;
    },
    encoded(json) {
      return bytes.get(json);
    },
  };
}
