import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type FormattedExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import { stringBytes } from '../../../shared/byte-lru.js';
import { cacheTiedToResults, noticeSharedChanges, resultsDataVersion } from '../analysis/data.js';

// Root fields whose answers depend only on the open data and their arguments, never on who asks
// (beyond being signed in), so one answer can serve every signed-in viewer until the data changes.
const cacheableFields = new Set([
  'resultYears',
  'resultPerspectives',
  'ranking',
  'municipalityResults',
  'resultsModel',
  'peerComparison',
  'schoolUnitResults',
]);
// A JSON answer's share of a Map slot, the entry, the Buffer's header: small next to the answer itself.
const ENTRY_OVERHEAD = 256;

type Variables = Record<string, unknown>;

function variablesOf(operation: OperationDefinitionNode, given: Variables | undefined): Variables {
  const vars: Variables = {};
  for (const def of operation.variableDefinitions ?? [])
    if (def.defaultValue) vars[def.variable.name.value] = valueFromASTUntyped(def.defaultValue);
  return { ...vars, ...given };
}

// A ranking with weights of its own is one viewer's experiment: rarely asked twice, as large as the
// default ranking, and computed in a few milliseconds. Kept, it would only push out the answers every
// viewer shares, so only default weights are stored.
function customWeights(field: FieldNode, variables: Variables): boolean {
  if (field.name.value !== 'ranking') return false;
  const arg = field.arguments?.find((a) => a.name.value === 'weights');
  if (!arg) return false;
  const weights = valueFromASTUntyped(arg.value, variables) as Record<string, unknown> | null | undefined;
  if (weights === null || weights === undefined) return false;
  return Object.values(weights).some((w) => w !== null && w !== undefined && w !== 1);
}

function cacheable(operation: OperationDefinitionNode | undefined, given: Variables | undefined): boolean {
  if (!operation || operation.operation !== 'query') return false;
  const variables = variablesOf(operation, given);
  return operation.selectionSet.selections.every(
    (s) =>
      s.kind === Kind.FIELD &&
      (cacheableFields.has(s.name.value) || s.name.value === '__typename') &&
      !s.directives?.length &&
      !customWeights(s, variables),
  );
}

// All the plugin reads of a request's context; graphql/'s context has it, so the plugin fits any server built on it.
type ViewerContext = { viewer: unknown };

/** The results response cache: an Apollo plugin and the matching result serializer. */
export interface ResultsResponseCache {
  plugin: ApolloServerPlugin<ViewerContext>;
  /** Apollo's `stringifyResult`: a cached answer is serialized once, not on every request. */
  stringifyResult(value: FormattedExecutionResult): string;
  /** The UTF-8 bytes of a cached answer's JSON (as `stringifyResult` gave it), else undefined. */
  encoded(json: string): Buffer | undefined;
  /** The bytes the cache holds now (keys, JSON text and encoded bytes), never more than its share of the cache budget. */
  readonly bytes: number;
}

interface Entry {
  json: string;
  bytes: Buffer;
}

/**
 * Encoded answers by their JSON text. Most answers asked about were never cached (every uncached
 * page's answer is), and looking a text of kilobytes up in a Map hashes all of it: texts of a length
 * no cached answer has are turned away before that.
 */
class BytesByJson {
  readonly #bytes = new Map<string, Buffer>();
  readonly #lengths = new Map<number, number>();

  get(json: string): Buffer | undefined {
    return this.#lengths.has(json.length) ? this.#bytes.get(json) : undefined;
  }

  set(json: string, bytes: Buffer): void {
    if (!this.#bytes.has(json)) this.#lengths.set(json.length, (this.#lengths.get(json.length) ?? 0) + 1);
    this.#bytes.set(json, bytes);
  }

  delete(json: string): void {
    if (!this.#bytes.delete(json)) return;
    const left = this.#lengths.get(json.length)! - 1;
    if (left === 0) this.#lengths.delete(json.length);
    else this.#lengths.set(json.length, left);
  }
}

/**
 * Answers repeated open-data queries (ranking, municipalityResults…) from memory, keyed by the
 * query, its variables and the results data version, so the API does not re-execute hundreds of
 * fields and re-serialize kilobytes of JSON per request. Signed-in viewers only; errors and
 * custom-weight rankings are never cached. Only the answer's JSON and its UTF-8 bytes are kept
 * (not the result objects, several times larger), in a byte-bounded LRU: its share of
 * `LYFTA_CACHE_MB`. Register `plugin` in the Apollo server's `plugins` and pass `stringifyResult` to it.
 */
export function resultsResponseCache(): ResultsResponseCache {
  // The bytes by their JSON string: the handler asks with the same string instance stringifyResult gave.
  const byJson = new BytesByJson();
  const cache = cacheTiedToResults<string, Entry>('resultsResponses', {
    sizeOf: (key, entry) => stringBytes(key) + stringBytes(entry.json) + entry.bytes.length + ENTRY_OVERHEAD,
    // Two keys (queries differing only in spacing) can share one JSON text; only its own bytes go with an entry.
    onRemove: (_key, entry) => {
      if (byJson.get(entry.json) === entry.bytes) byJson.delete(entry.json);
    },
  });
  // Executed answers to be stored once serialized, by their data object.
  const toStore = new WeakMap<object, string>();
  // Answers served from the cache carry a stand-in data object that leads stringifyResult to the JSON.
  const served = new WeakMap<object, Entry>();
  const plugin: ApolloServerPlugin<ViewerContext> = {
    async requestDidStart() {
      let key: string | undefined;
      return {
        async responseForOperation(rc) {
          // Only answers that go out over HTTP are serialized by stringifyResult, so only those can be served from JSON.
          if (!rc.request.http || !rc.contextValue.viewer || !cacheable(rc.operation, rc.request.variables))
            return null;
          noticeSharedChanges();
          key = `${resultsDataVersion()}\u0000${rc.queryHash}\u0000${rc.operationName ?? ''}\u0000${JSON.stringify(rc.request.variables ?? {})}`;
          const hit = cache.get(key);
          if (!hit) return null;
          key = undefined;
          const standIn = {};
          served.set(standIn, hit);
          return { body: { kind: 'single', singleResult: { data: standIn } }, http: rc.response.http };
        },
        async willSendResponse(rc) {
          if (!key || rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          if (result.errors?.length || !result.data) return;
          // The key carries the version read before execution; a change during it made the key stale, never wrong.
          toStore.set(result.data, key);
        },
      };
    },
  };
  return {
    plugin,
    stringifyResult(value) {
      const data = value.data;
      const hit = data ? served.get(data) : undefined;
      if (hit) {
        if (value.errors === undefined && value.extensions === undefined) return hit.json;
        return JSON.stringify({ ...value, data: (JSON.parse(hit.json) as FormattedExecutionResult).data }) + '\n';
      }
      // Apollo's own format: the result's fields in order, a newline at the end.
      const json = JSON.stringify(value) + '\n';
      const key = data ? toStore.get(data) : undefined;
      if (key === undefined || value.errors !== undefined || value.extensions !== undefined) return json;
      toStore.delete(data!);
      const bytes = Buffer.from(json, 'utf8');
      if (cache.set(key, { json, bytes })) byJson.set(json, bytes);
      return json;
    },
    encoded(json) {
      return byJson.get(json);
    },
    get bytes() {
      return cache.bytes;
    },
  };
}
