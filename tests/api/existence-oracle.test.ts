/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are compared whole, not typed */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestServer, type TestServer } from '../support/server.js';
import { makeMunicipality, makeSchoolUnit, type ApiClient } from '../support/api.js';
import { signInCast } from '../support/roles.js';
import { ensureDemoIndicators } from '../../server/src/demo/index.js';
import { ActionItemModel, ActionPlanModel, AreaModel } from '../../server/src/modules/plans/plan.model.js';
import { GoalModel } from '../../server/src/modules/goals/goal.model.js';
import { CommentModel } from '../../server/src/modules/dialogue/comment.model.js';

// An id must not tell a viewer whether something exists that they may not see: for every query and
// mutation that takes an id, a hidden thing answers exactly (code, texts, data) as a made-up id.

type Kind = 'plan' | 'area' | 'item' | 'goal' | 'comment' | 'person';
const VIEWERS = ['teacher', 'politician', 'otherAdministration'] as const;
type Viewer = (typeof VIEWERS)[number];

/** What one viewer may see and change, to build the operations around the probed id. */
interface Context {
  visiblePlanId: string;
  visibleItemId: string;
  visibleGoalId: string;
}

interface Op {
  name: string;
  kinds: Kind[];
  build: (probe: string, c: Context) => { query: string; variables: Record<string, unknown> };
}

const target = (scope: string) => ({
  indicatorKey: 'ak9.allSubjects',
  scopeOrganisationId: scope,
  kind: 'VALUE',
  targetValue: 80,
  targetYear: 2028,
});

let borasId = '';

const OPS: Op[] = [
  {
    name: 'actionPlan',
    kinds: ['plan'],
    build: (id) => ({ query: 'query($id: ID!) { actionPlan(id: $id) { id title } }', variables: { id } }),
  },
  {
    name: 'actionItem',
    kinds: ['item'],
    build: (id) => ({ query: 'query($id: ID!) { actionItem(id: $id) { id text } }', variables: { id } }),
  },
  {
    name: 'goal',
    kinds: ['goal'],
    build: (id) => ({ query: 'query($id: ID!) { goal(id: $id) { id title } }', variables: { id } }),
  },
  {
    name: 'comments',
    kinds: ['plan', 'area', 'item', 'goal'],
    build: (id) => ({
      query: 'query($id: ID!) { comments(targetId: $id) { totalCount nodes { id } } }',
      variables: { id },
    }),
  },
  {
    name: 'auditLog',
    kinds: ['plan', 'area', 'item', 'goal', 'comment', 'person'],
    build: (id) => ({
      query: 'query($id: ID!) { auditLog(targetId: $id) { totalCount nodes { id action } } }',
      variables: { id },
    }),
  },
  {
    name: 'updateActionPlan',
    kinds: ['plan'],
    build: (id) => ({
      query: 'mutation($i: UpdateActionPlanInput!) { updateActionPlan(input: $i) { id } }',
      variables: { i: { id, expectedVersion: 1, purpose: 'Avslöjat?' } },
    }),
  },
  {
    name: 'createArea',
    kinds: ['plan'],
    build: (id) => ({
      query: 'mutation($i: CreateAreaInput!) { createArea(input: $i) { id } }',
      variables: { i: { planId: id, title: 'Område' } },
    }),
  },
  {
    name: 'updateArea',
    kinds: ['area'],
    build: (id) => ({
      query: 'mutation($i: UpdateAreaInput!) { updateArea(input: $i) { id } }',
      variables: { i: { id, expectedVersion: 1, title: 'Nytt namn' } },
    }),
  },
  {
    name: 'createActionItem',
    kinds: ['area'],
    build: (id) => ({
      query: 'mutation($i: CreateActionItemInput!) { createActionItem(input: $i) { id } }',
      variables: { i: { areaId: id, text: 'Åtgärd' } },
    }),
  },
  {
    name: 'updateActionItem',
    kinds: ['item'],
    build: (id) => ({
      query: 'mutation($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id } }',
      variables: { i: { id, expectedVersion: 1, text: 'Ändrad' } },
    }),
  },
  {
    name: 'recordStatusUpdate',
    kinds: ['item'],
    build: (id) => ({
      query: 'mutation($i: RecordStatusUpdateInput!) { recordStatusUpdate(input: $i) { id } }',
      variables: { i: { itemId: id, status: 'IN_PROGRESS', progress: 10, text: 'Läge', expectedVersion: 1 } },
    }),
  },
  {
    name: 'updateGoal',
    kinds: ['goal'],
    build: (id) => ({
      query: 'mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id } }',
      variables: { i: { id, expectedVersion: 1, title: 'Ändrat' } },
    }),
  },
  {
    name: 'addTarget',
    kinds: ['goal'],
    build: (id) => ({
      query: 'mutation($i: AddTargetInput!) { addTarget(input: $i) { id } }',
      variables: { i: { goalId: id, target: target(borasId) } },
    }),
  },
  {
    name: 'removeTarget',
    kinds: ['goal'],
    build: (id) => ({
      query: 'mutation($g: ID!, $t: ID!) { removeTarget(goalId: $g, targetId: $t) { id } }',
      variables: { g: id, t: new mongoose.Types.ObjectId().toHexString() },
    }),
  },
  {
    name: 'linkGoalToItem (goal probed)',
    kinds: ['goal'],
    build: (id, c) => ({
      query: 'mutation($i: GoalItemLinkInput!) { linkGoalToItem(input: $i) { id } }',
      variables: { i: { goalId: id, itemId: c.visibleItemId } },
    }),
  },
  {
    name: 'linkGoalToItem (item probed)',
    kinds: ['item'],
    build: (id, c) => ({
      query: 'mutation($i: GoalItemLinkInput!) { linkGoalToItem(input: $i) { id } }',
      variables: { i: { goalId: c.visibleGoalId, itemId: id } },
    }),
  },
  {
    name: 'unlinkGoalFromItem (goal probed)',
    kinds: ['goal'],
    build: (id, c) => ({
      query: 'mutation($i: GoalItemLinkInput!) { unlinkGoalFromItem(input: $i) { id } }',
      variables: { i: { goalId: id, itemId: c.visibleItemId } },
    }),
  },
  {
    name: 'addComment',
    kinds: ['plan', 'area', 'item', 'goal'],
    build: (id) => ({
      query: 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
      variables: { i: { targetId: id, text: 'Finns du?' } },
    }),
  },
  {
    name: 'addComment (reply to the probed comment)',
    kinds: ['comment'],
    build: (id, c) => ({
      query: 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
      variables: { i: { targetId: c.visiblePlanId, text: 'Svar', parentId: id } },
    }),
  },
  {
    name: 'editComment',
    kinds: ['comment'],
    build: (id) => ({
      query: 'mutation($i: EditCommentInput!) { editComment(input: $i) { id } }',
      variables: { i: { id, text: 'Ändrad' } },
    }),
  },
  {
    name: 'hideComment',
    kinds: ['comment'],
    build: (id) => ({
      query: 'mutation($i: HideCommentInput!) { hideComment(input: $i) { id } }',
      variables: { i: { id, reason: 'Test' } },
    }),
  },
];

const randomId = () => new mongoose.Types.ObjectId().toHexString();

/** An ObjectId `seconds` and `steps` away from a known one (its timestamp and counter): what a scanner tries. */
function neighbour(id: string, seconds: number, steps: number): string {
  const time = (parseInt(id.slice(0, 8), 16) + seconds).toString(16).padStart(8, '0');
  const counter = ((parseInt(id.slice(18), 16) + steps + 0x1000000) % 0x1000000).toString(16).padStart(6, '0');
  return time + id.slice(8, 18) + counter;
}

// Ids made in this process count up from one counter; skipping some keeps the visible things
// created around the hidden ones out of the scanned range.
const skipIds = () => {
  for (let i = 0; i < 500; i++) new mongoose.Types.ObjectId();
};

describe('no existence oracle: a hidden id answers as a made-up one', () => {
  let server: TestServer;
  let clients: Record<Viewer, ApiClient>;
  const contexts = new Map<Viewer, Context>();
  const hidden = new Map<Viewer, Partial<Record<Kind, string[]>>>();
  let borasAdmin: ApiClient;
  let draftPlanId = '';

  beforeAll(async () => {
    server = await startTestServer();
    const boras = await makeMunicipality('1490', 'Borås kommun');
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    borasId = boras._id.toHexString();
    const unit = await makeSchoolUnit(boras, '86215855');
    const cast = await signInCast(server.url, ['administration', ...VIEWERS], {
      municipality: boras,
      unit,
      otherMunicipality: orebro,
    });
    const borasAdminPerson = cast.people.administration;
    borasAdmin = cast.clients.administration;
    const orebroAdmin = cast.clients.otherAdministration;
    clients = cast.clients;
    await ensureDemoIndicators(['ak9.allSubjects']);

    // Everything through the API, so each thing has its audit events as in real use.
    const build = async (client: ApiClient, organisationId: string, status: 'ACTIVE' | 'DRAFT') => {
      const plan = (
        await client.ok<any>('mutation($i: CreateActionPlanInput!) { createActionPlan(input: $i) { id } }', {
          i: { organisationId, title: `Plan ${status}`, period: { from: '2025/26', to: '2026/27' }, status },
        })
      ).createActionPlan.id as string;
      const area = (
        await client.ok<any>('mutation($i: CreateAreaInput!) { createArea(input: $i) { id } }', {
          i: { planId: plan, title: 'Område' },
        })
      ).createArea.id as string;
      const item = (
        await client.ok<any>('mutation($i: CreateActionItemInput!) { createActionItem(input: $i) { id } }', {
          i: { areaId: area, text: 'Åtgärd' },
        })
      ).createActionItem.id as string;
      const goal = (
        await client.ok<any>('mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }', {
          i: { organisationId, title: `Mål ${status}`, status, planId: plan },
        })
      ).createGoal.id as string;
      const comment = (
        await client.ok<any>('mutation($i: AddCommentInput!) { addComment(input: $i) { id } }', {
          i: { targetId: plan, text: `Kommentar ${status}` },
        })
      ).addComment.id as string;
      return { plan, area, item, goal, comment };
    };
    const active = await build(borasAdmin, borasId, 'ACTIVE');
    skipIds();
    const draft = await build(borasAdmin, borasId, 'DRAFT');
    // A run of drafts next to each other, for the scan.
    for (let i = 0; i < 5; i++) await build(borasAdmin, borasId, 'DRAFT');
    skipIds();
    const own = await build(orebroAdmin, orebro._id.toHexString(), 'ACTIVE');
    draftPlanId = draft.plan;

    const drafts = {
      plan: [draft.plan],
      area: [draft.area],
      item: [draft.item],
      goal: [draft.goal],
      comment: [draft.comment],
    };
    const borasContext = { visiblePlanId: active.plan, visibleItemId: active.item, visibleGoalId: active.goal };
    for (const who of ['teacher', 'politician'] as const) {
      hidden.set(who, { ...drafts, person: [borasAdminPerson._id.toHexString()] });
      contexts.set(who, borasContext);
    }
    hidden.set('otherAdministration', {
      plan: [draft.plan, active.plan],
      area: [draft.area, active.area],
      item: [draft.item, active.item],
      goal: [draft.goal, active.goal],
      comment: [draft.comment, active.comment],
      person: [borasAdminPerson._id.toHexString()],
    });
    // Another municipality's leader probes with their own item and goal, which they may edit.
    contexts.set('otherAdministration', { visiblePlanId: own.plan, visibleItemId: own.item, visibleGoalId: own.goal });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const rows = VIEWERS.flatMap((who) => OPS.flatMap((op) => op.kinds.map((kind) => ({ who, op, kind }))));

  it.each(rows.map((r) => [r.op.name, r.kind, r.who, r] as const))(
    '%s on a hidden %s as %s answers as on a made-up id',
    async (_n, _k, who, { op, kind }) => {
      const client = clients[who];
      const context = contexts.get(who)!;
      for (const id of hidden.get(who)![kind]!) {
        const absent = op.build(randomId(), context);
        const probed = op.build(id, context);
        const [a, b] = [
          await client.gql(absent.query, absent.variables),
          await client.gql(probed.query, probed.variables),
        ];
        expect(b, `${op.name}(${kind} ${id})`).toEqual(a);
      }
    },
  );

  it('the hidden things are real: the municipality’s administration sees them and they were not changed', async () => {
    const plan = await borasAdmin.ok<any>('query($id: ID!) { actionPlan(id: $id) { title areas { title } } }', {
      id: draftPlanId,
    });
    expect(plan.actionPlan).toEqual({ title: 'Plan DRAFT', areas: [{ title: 'Område' }] });
    const log = await borasAdmin.ok<any>('query($id: ID!) { auditLog(targetId: $id) { totalCount } }', {
      id: draftPlanId,
    });
    expect(log.auditLog.totalCount).toBe(1);
    const ids = [...hidden.get('otherAdministration')!.comment!];
    expect(
      await CommentModel.countDocuments({
        _id: mongoose.trusted({ $in: ids }),
        'history.0': mongoose.trusted({ $exists: true }),
      }),
    ).toBe(0);
    expect(
      await CommentModel.countDocuments({
        _id: mongoose.trusted({ $in: ids }),
        hidden: mongoose.trusted({ $ne: null }),
      }),
    ).toBe(0);
    expect(await GoalModel.countDocuments({ 'targets.0': mongoose.trusted({ $exists: true }) })).toBe(0);
    expect(await ActionItemModel.countDocuments({ status: mongoose.trusted({ $ne: 'notStarted' }) })).toBe(0);
  });

  it('200 neighbouring ids give a scanning teacher and another municipality’s leader no signal', async () => {
    // The draft plan's counter ±33 in its second and the seconds either side (67 × 3 = 201 ids).
    const ids = [-1, 0, 1].flatMap((sec) => Array.from({ length: 67 }, (_, i) => neighbour(draftPlanId, sec, i - 33)));
    const existing = (
      await Promise.all(
        [ActionPlanModel, AreaModel, ActionItemModel, GoalModel, CommentModel].map((m: mongoose.Model<any>) =>
          m.countDocuments({ _id: mongoose.trusted({ $in: ids }) }),
        ),
      )
    ).reduce((a, b) => a + b, 0);
    // The scan covers real, hidden things: at least the first draft's plan, area, item, goal and comment.
    expect(existing).toBeGreaterThanOrEqual(5);
    const probes = [
      'query($id: ID!) { actionPlan(id: $id) { id } }',
      'query($id: ID!) { auditLog(targetId: $id) { totalCount } }',
      'query($id: ID!) { comments(targetId: $id) { totalCount } }',
      'mutation($id: ID!) { addComment(input: { targetId: $id, text: "Hej" }) { id } }',
      'mutation($id: ID!) { updateActionPlan(input: { id: $id, expectedVersion: 1, title: "x" }) { id } }',
    ];
    for (const who of ['teacher', 'otherAdministration'] as const) {
      const client = clients[who];
      for (const query of probes) {
        const baseline = JSON.stringify(await client.gql(query, { id: randomId() }));
        const answers = new Set<string>();
        for (let i = 0; i < ids.length; i += 20) {
          const batch = await Promise.all(ids.slice(i, i + 20).map((id) => client.gql(query, { id })));
          for (const b of batch) answers.add(JSON.stringify(b));
        }
        expect([...answers], `${who}: ${query}`).toEqual([baseline]);
      }
    }
  }, 180_000);
});
