/** explain: the plan the engine would take (queryPlanner), and with executionStats the counts. */
import { fail } from '../errors.js';
import { isPlainObject } from '../bson/values.js';
import { VERSION } from './admin.js';
import type { CommandContext, CommandHandler } from './context.js';
import { existing } from './util.js';
import { parseSortSpec } from '../query/sort.js';

type Doc = Record<string, unknown>;

function innerName(inner: Doc): string {
  const name = Object.keys(inner)[0];
  if (!name) fail(9, 'explain requires a command');
  return name;
}

function winningPlan(ctx: CommandContext, collName: string, filter: unknown, sort: unknown, limit: number): Doc {
  const coll = existing(ctx, collName);
  if (!coll) return { stage: 'EOF' };
  const keys = isPlainObject(sort) && Object.keys(sort).length > 0 ? parseSortSpec(sort) : undefined;
  const plan = coll.plan(filter, keys, limit);
  let stage: Doc = { stage: plan.stage };
  if (plan.stage === 'IXSCAN') {
    stage = {
      stage: 'FETCH',
      inputStage: {
        stage: 'IXSCAN',
        indexName: plan.indexName,
        keyPattern: plan.keyPattern,
        isMultiKey: plan.isMultiKey,
        direction: plan.direction,
        indexBounds: plan.indexBounds,
      },
    };
  }
  // An order the index does not give is sorted in memory, as mongod's SORT stage does.
  if (keys && !plan.sortedByIndex) {
    stage = { stage: 'SORT', sortPattern: sort, ...(limit > 0 ? { limitAmount: limit } : {}), inputStage: stage };
  }
  return stage;
}

/** explain for find, count, distinct, aggregate, update, delete and findAndModify. */
export function makeExplain(run: (cmd: Doc, ctx: CommandContext) => Promise<Doc>): CommandHandler {
  return async (cmd, ctx) => {
    const inner = cmd.explain;
    if (!isPlainObject(inner)) fail(9, 'explain command requires a nested object');
    const name = innerName(inner);
    const collName = String(inner[name]);
    let filter: unknown = inner.filter ?? inner.query ?? {};
    const sort = name === 'find' || name === 'findAndModify' ? inner.sort : undefined;
    const limit = name === 'find' && typeof inner.limit === 'number' ? Math.abs(inner.limit) : 0;
    if (name === 'aggregate' && Array.isArray(inner.pipeline)) {
      const first = inner.pipeline[0] as Doc | undefined;
      filter = isPlainObject(first) && isPlainObject(first.$match) ? first.$match : {};
    }
    if (name === 'update' && Array.isArray(inner.updates)) filter = (inner.updates[0] as Doc | undefined)?.q ?? {};
    if (name === 'delete' && Array.isArray(inner.deletes)) filter = (inner.deletes[0] as Doc | undefined)?.q ?? {};
    const reply: Doc = {
      explainVersion: '1',
      queryPlanner: {
        namespace: `${ctx.db}.${collName}`,
        parsedQuery: filter,
        winningPlan: winningPlan(ctx, collName, filter, sort, limit),
        rejectedPlans: [],
      },
    };
    const verbosity = typeof cmd.verbosity === 'string' ? cmd.verbosity : 'allPlansExecution';
    if (
      verbosity !== 'queryPlanner' &&
      (name === 'find' || name === 'count' || name === 'aggregate' || name === 'distinct')
    ) {
      const started = Date.now();
      const result = name === 'find' ? await run({ ...inner, $db: ctx.db, batchSize: 0x7fffffff }, ctx) : undefined;
      const cursor = result?.cursor as Doc | undefined;
      const returned = Array.isArray(cursor?.firstBatch) ? cursor.firstBatch.length : 0;
      reply.executionStats = { executionSuccess: true, nReturned: returned, executionTimeMillis: Date.now() - started };
    }
    reply.command = inner;
    reply.serverInfo = { host: ctx.server.host, port: ctx.server.port, version: VERSION };
    reply.ok = 1;
    return reply;
  };
}
