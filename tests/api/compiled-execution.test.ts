/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDocument } from '@urql/core';
import { print } from 'graphql';
import { startTestServer, type TestServer } from '../support/server.js';
import { makeMunicipality, makePerson, makePlan, signedIn, type ApiClient } from '../support/api.js';
import { ActionItemModel } from '../../server/src/modules/plans/plan.model.js';
import { PlanDocument } from '../../client/src/api/generated/graphql.js';
import { MAX_COMPILED_FIELDS } from '../../server/src/graphql/compiled-execution.js';
import { cacheUsage } from '../../server/src/shared/cache-budget.js';
import { doublingTypenames } from '../../server/src/test/hostile-queries.js';

// Operations are run compiled (graphql-jit) unless they select more than MAX_COMPILED_FIELDS
// fields; then graphql-js runs them. Each operation here is sent as it is, and again with a
// fragment chain that spreads `__typename` past that bound: the two must answer alike.
function padded(query: string, root: 'Query' | 'Mutation'): string {
  const chain = doublingTypenames(root, Math.ceil(Math.log2(MAX_COMPILED_FIELDS)) + 1);
  // The pad goes at the end of the operation's root selection set, so that no error's location moves.
  let depth = 0;
  let end = -1;
  for (let i = query.indexOf('{'); i < query.length && end < 0; i++) {
    if (query[i] === '{') depth++;
    else if (query[i] === '}' && --depth === 0) end = i;
  }
  return `${query.slice(0, end)} ...Pad0 ${query.slice(end)}\n${chain}`;
}

/** The answer without the pad's `__typename` at the root. */
function withoutPad(body: any): any {
  if (!body.data) return body;
  const data = { ...body.data };
  delete data.__typename;
  return { ...body, data };
}

const compiledCount = () => cacheUsage().find((c) => c.name === 'compiledQueries')!;

describe('compiled execution answers as graphql-js does', () => {
  let server: TestServer;
  let leader: ApiClient;
  let outsider: ApiClient;
  let planId: string;
  let itemId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const boras = await makeMunicipality('1490', 'Borås kommun');
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    const person = await makePerson('skolchef@boras.test', [{ organisation: boras, role: 'administration' }]);
    await makePerson('skolchef@orebro.test', [{ organisation: orebro, role: 'administration' }]);
    const made = await makePlan({
      owner: boras,
      status: 'active',
      areas: 2,
      itemsPerArea: 3,
      responsibleId: person._id,
    });
    planId = made.plan._id.toHexString();
    itemId = made.itemIds[0]!.toHexString();
    await ActionItemModel.updateOne({ _id: made.itemIds[0] }, { $set: { dueDate: new Date('2027-06-30') } });
    [leader, outsider] = await Promise.all([
      signedIn(server.url, 'skolchef@boras.test'),
      signedIn(server.url, 'skolchef@orebro.test'),
    ]);
  });

  afterAll(async () => {
    await server?.stop();
  });

  const planPage = print(formatDocument(PlanDocument));
  const alike = async (client: ApiClient, query: string, root: 'Query' | 'Mutation', variables: object) => {
    const compiled = await client.gql(query, variables as Record<string, unknown>);
    const interpreted = await client.gql(padded(query, root), variables as Record<string, unknown>);
    expect(interpreted.data?.__typename ?? root).toBe(root);
    expect(withoutPad(interpreted)).toEqual(compiled);
    return compiled as any;
  };

  it('the pad takes an operation past the bound, and a page within it is compiled and kept', async () => {
    const before = compiledCount().entries;
    const page = await leader.gql(planPage, { id: planId });
    expect(page.errors).toBeUndefined();
    expect(compiledCount().entries).toBe(before + 1);
    // A kept compiled operation weighs what its fields do, far more than a note that one is not compiled.
    expect(compiledCount().bytes).toBeGreaterThan(20_000);
    const pad = await leader.gql(padded('query { health { ok } }', 'Query'));
    expect(pad).toEqual({ data: { __typename: 'Query', health: { ok: true } } });
  });

  it('the plan page: the same plan, areas, items, people and dates', async () => {
    const body = await alike(leader, planPage, 'Query', { id: planId });
    expect(body.data.actionPlan.areas).toHaveLength(2);
    expect(body.data.actionPlan.areas[0].items.nodes[0]).toMatchObject({
      id: itemId,
      dueDate: '2027-06-30T00:00:00.000Z',
    });
  });

  it('another municipality’s plan and item: the same nulls', async () => {
    const plan = await alike(outsider, planPage, 'Query', { id: planId });
    expect(plan.data).toEqual({ actionPlan: null });
    const item = await alike(outsider, 'query($id: ID!) { actionItem(id: $id) { id text } }', 'Query', { id: itemId });
    expect(item.data).toEqual({ actionItem: null });
  });

  it('a refused mutation: the same error with its code, path and both languages, and nothing written', async () => {
    const record = `mutation($input: RecordStatusUpdateInput!) { recordStatusUpdate(input: $input) { id version } }`;
    const body = await alike(outsider, record, 'Mutation', {
      input: { itemId, status: 'IN_PROGRESS', progress: 40, text: 'Inte min plan.', expectedVersion: 1 },
    });
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(body.errors[0].path).toEqual(['recordStatusUpdate']);
    expect(body.errors[0].extensions.messages.sv).toBeTruthy();
    expect((await ActionItemModel.findById(itemId).lean())!.version).toBe(1);
  });

  it('bad variables: the same BAD_USER_INPUT, for a wrong type, a missing value and an unknown enum value', async () => {
    const query = 'query($id: ID!) { actionPlan(id: $id) { id } }';
    for (const variables of [{ id: { $ne: null } }, {}, { id: null }]) {
      const body = await alike(leader, query, 'Query', variables);
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const record = `mutation($input: RecordStatusUpdateInput!) { recordStatusUpdate(input: $input) { id } }`;
    const body = await alike(leader, record, 'Mutation', {
      input: { itemId, status: 'ALMOST', progress: 40, text: 'x', expectedVersion: 1 },
    });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('a repeated operation is answered by its kept compiled function, not compiled again', async () => {
    await leader.gql(planPage, { id: planId });
    const { entries, bytes } = compiledCount();
    for (let i = 0; i < 5; i++) await leader.gql(planPage, { id: planId });
    expect(compiledCount()).toMatchObject({ entries, bytes });
  });
});
