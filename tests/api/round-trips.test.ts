/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { formatDocument, stringifyDocument } from '@urql/core';
import { PlanDocument } from '../../client/src/api/generated/graphql.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { makeMunicipality, makePerson, makePlan, signedIn, type ApiClient } from '../support/api.js';
import { GoalModel } from '../../server/src/modules/goals/goal.model.js';
import { ActionItemModel, ActionPlanModel } from '../../server/src/modules/plans/plan.model.js';

const PLAN_QUERY = `query($id: ID!) { actionPlan(id: $id) {
  title owner { name } responsible { name } schools { code } goals { title targets { progress { status } } }
  comments { totalCount nodes { text author { name } replies { text } } }
  areas { title comments { totalCount }
    items(first: 100) { totalCount nodes { text status responsible { name } goals { title } lastUpdate { text }
      updates(first: 10) { totalCount nodes { text author { name } } }
      comments { totalCount nodes { text stance author { name } replies { text author { name } } } } } } } } }`;

describe('a plan with its areas, items, updates and comments loads in a bounded number of database round trips', () => {
  let server: TestServer;
  let client: ApiClient;
  let small: string;
  let large: string;
  let page: string;
  const operations: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const boras = await makeMunicipality('1490');
    const admin = await makePerson('adm@test.se', [{ organisation: boras, role: 'administration' }]);
    const goal = await GoalModel.create({
      title: 'Mål',
      ownerId: boras._id,
      municipalityCode: '1490',
      status: 'active',
      targets: [],
      version: 1,
    });
    const options = {
      owner: boras,
      status: 'active' as const,
      areas: 5,
      updatesPerItem: 3,
      commentsPerItem: 2,
      responsibleId: admin._id,
      authorId: admin._id,
    };
    const s = await makePlan({ ...options, itemsPerArea: 1 });
    const l = await makePlan({ ...options, itemsPerArea: 10 });
    await ActionItemModel.updateMany({}, { $set: { goalIds: [goal._id] } });
    small = s.plan._id.toHexString();
    large = l.plan._id.toHexString();
    // The plan page: its leader responsible for the plan, a principal for its items.
    const principal = await makePerson('rektor@test.se', [{ organisation: boras, role: 'principal' }]);
    const p = await makePlan({ ...options, areas: 3, itemsPerArea: 3, responsibleId: principal._id });
    await ActionPlanModel.updateOne({ _id: p.plan._id }, { $set: { responsibleId: admin._id } });
    page = p.plan._id.toHexString();
    client = await signedIn(server.url, 'adm@test.se');
    mongoose.set('debug', (collection: string, method: string) => {
      // The session lookup belongs to the request, not the plan, and is cached for a few
      // seconds per server, so whether it runs depends on timing: leave it out of the count.
      if (collection !== 'sessions') operations.push(`${collection}.${method}`);
    });
  });
  afterAll(async () => {
    mongoose.set('debug', false);
    await server?.stop();
  });

  const count = async (id: string, query = PLAN_QUERY) => {
    operations.length = 0;
    const data = await client.ok<any>(query, { id });
    return { ops: [...operations], data };
  };

  it('counts the same operations for 5 items as for 50', async () => {
    const a = await count(small);
    const b = await count(large);
    expect(a.data.actionPlan.areas.flatMap((x: any) => x.items.nodes)).toHaveLength(5);
    expect(b.data.actionPlan.areas.flatMap((x: any) => x.items.nodes)).toHaveLength(50);
    expect(b.data.actionPlan.areas[0].items.nodes[0].updates.totalCount).toBe(3);
    expect(b.data.actionPlan.areas[0].items.nodes[0].comments.totalCount).toBe(2);
    expect(a.ops.length).toBeGreaterThan(5);
    expect(a.ops.length).toBe(b.ops.length);
    expect([...a.ops].sort()).toEqual([...b.ops].sort());
    // Plan, areas, items, updates, comments, replies, people, goals, organisation: a small constant.
    expect(a.ops.length).toBeLessThanOrEqual(15);
  });

  it('loads the plan page, as the client asks for it, in one query', async () => {
    // The client's document with the __typename fields urql adds, as the browser sends it.
    const { ops, data } = await count(page, stringifyDocument(formatDocument(PlanDocument)));
    const items = data.actionPlan.areas.flatMap((a: any) => a.items.nodes);
    expect(items).toHaveLength(9);
    expect(data.actionPlan.responsible.name).toBeTruthy();
    expect(items.every((i: any) => i.responsible.name && i.plan.id === page && i.canUpdate === true)).toBe(true);
    expect(data.actionPlan.owner.name).toBeTruthy();
    // The plan with its areas and items, its owner and school units and every responsible person
    // (the plan's and the items', asked for at different depths), all in one aggregate.
    expect(ops).toEqual(['actionplans.aggregate']);
  });

  it('marks the plan page answer as not to be stored by any cache (it is the viewer’s own)', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      body: JSON.stringify({ query: stringifyDocument(formatDocument(PlanDocument)), variables: { id: page } }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
