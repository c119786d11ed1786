/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { errorCode, makeMunicipality, makePerson, makePlan, signedIn, type ApiClient } from '../support/api.js';

const RECORD = `mutation($input: RecordStatusUpdateInput!) { recordStatusUpdate(input: $input) { id version status } }`;
const LINK = 'mutation($i: GoalItemLinkInput!) { linkGoalToItem(input: $i) { id version goals { title } } }';
const UNLINK = 'mutation($i: GoalItemLinkInput!) { unlinkGoalFromItem(input: $i) { id version goals { title } } }';

describe('linking a goal to an action item is not an edit of the item', () => {
  let server: TestServer;
  let admin: ApiClient;
  let principal: ApiClient;
  let itemId: string;
  let goalId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const vaxjo = await makeMunicipality('0780', 'Växjö kommun');
    await makePerson('adm@vaxjo.se', [{ organisation: vaxjo, role: 'administration' }]);
    const rektor = await makePerson('rektor@vaxjo.se', [{ organisation: vaxjo, role: 'principal' }]);
    const plan = await makePlan({ owner: vaxjo, status: 'active', responsibleId: rektor._id });
    itemId = plan.itemIds[0]!.toHexString();
    admin = await signedIn(server.url, 'adm@vaxjo.se');
    principal = await signedIn(server.url, 'rektor@vaxjo.se');
    const goal = await admin.ok<any>('mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }', {
      i: { organisationId: vaxjo._id.toHexString(), title: 'Alla elever behöriga', status: 'ACTIVE' },
    });
    goalId = goal.createGoal.id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("a principal's status update typed before a link and an unlink is saved, not a CONFLICT", async () => {
    const read = await principal.ok<any>('query($id: ID!) { actionItem(id: $id) { version canUpdate } }', {
      id: itemId,
    });
    expect(read.actionItem.canUpdate).toBe(true);
    const seen = read.actionItem.version;

    const linked = await admin.ok<any>(LINK, { i: { goalId, itemId } });
    expect(linked.linkGoalToItem).toEqual({ id: itemId, version: seen, goals: [{ title: 'Alla elever behöriga' }] });
    const unlinked = await admin.ok<any>(UNLINK, { i: { goalId, itemId } });
    expect(unlinked.unlinkGoalFromItem).toEqual({ id: itemId, version: seen, goals: [] });
    await admin.ok<any>(LINK, { i: { goalId, itemId } });

    const saved = await principal.gql(RECORD, {
      input: { itemId, status: 'IN_PROGRESS', progress: 30, text: 'Vi har börjat.', expectedVersion: seen },
    });
    expect(errorCode(saved)).toBeUndefined();
    expect(saved.data?.recordStatusUpdate).toMatchObject({ id: itemId, version: seen + 1, status: 'IN_PROGRESS' });
    const after = await principal.ok<any>('query($id: ID!) { actionItem(id: $id) { goals { title } } }', {
      id: itemId,
    });
    expect(after.actionItem.goals).toEqual([{ title: 'Alla elever behöriga' }]);
  });
});
