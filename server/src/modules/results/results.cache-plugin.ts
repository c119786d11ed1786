import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
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

/**
 * An Apollo plugin that answers repeated open-data queries (ranking, municipalityResults…) from
 * memory, keyed by the query, its variables and the results data version, so the API does not
 * re-execute hundreds of fields per request. Signed-in viewers only; errors are never cached.
 * Register it in the Apollo server's `plugins`.
 */
export function resultsResponseCachePlugin(): ApolloServerPlugin<GraphQLContext> {
  const cache = cacheTiedToResults<string, GraphQLResponse['body']>();
  return {
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
        },
      };
    },
  };
}
