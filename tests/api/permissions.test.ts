/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestServer, type TestServer } from '../support/server.js';
import { ApiClient, makeMunicipality, makePlan, makeSchoolUnit } from '../support/api.js';
import { WHO, signInCast, type Outcome, type Who } from '../support/roles.js';
import { ActionItemModel, ActionPlanModel, AreaModel } from '../../server/src/modules/plans/plan.model.js';
import { GoalModel } from '../../server/src/modules/goals/goal.model.js';
import { CommentModel } from '../../server/src/modules/dialogue/comment.model.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import { ensureDemoIndicators } from '../../server/src/demo/index.js';

// Every mutation × every role, in the viewer's own municipality and in another one.
interface Fixture {
  boras: OrganisationDoc;
  activePlanId: string;
  draftPlanId: string;
  areaId: string;
  itemId: string;
  goalId: string;
  teacherCommentId: string;
  principalId: string;
  teacherId: string;
}

interface Case {
  name: string;
  op: (f: Fixture, n: number) => Promise<{ query: string; variables: Record<string, unknown> }>;
  expect: Partial<Record<Who, Outcome>>;
}

const version = async (model: mongoose.Model<any>, id: string) =>
  ((await model.findById(id).lean()) as { version: number }).version;

// Readers of the municipality who may not write get FORBIDDEN; those who may not even see the thing get NOT_FOUND.
const adminOnlyWrite: Partial<Record<Who, Outcome>> = {
  politician: 'FORBIDDEN',
  principal: 'FORBIDDEN',
  otherPrincipal: 'FORBIDDEN',
  teacher: 'FORBIDDEN',
  coach: 'NOT_FOUND',
  admin: 'FORBIDDEN',
  otherAdministration: 'NOT_FOUND',
  administration: 'ok',
};

const everySignedIn: Partial<Record<Who, Outcome>> = {
  politician: 'ok',
  administration: 'ok',
  principal: 'ok',
  otherPrincipal: 'ok',
  teacher: 'ok',
  coach: 'ok',
  admin: 'ok',
  otherAdministration: 'ok',
};

const cases: Case[] = [
  {
    // Each person's own saved peers: anyone signed in, for themselves only.
    name: 'setResultPeers',
    op: async (f) => ({
      query: 'mutation($codes: [String!]!) { setResultPeers(codes: $codes) { id } }',
      variables: { codes: [f.boras.code] },
    }),
    expect: everySignedIn,
  },
  {
    name: 'createActionPlan',
    op: async (f) => ({
      query: 'mutation($i: CreateActionPlanInput!) { createActionPlan(input: $i) { id } }',
      variables: {
        i: { organisationId: f.boras._id.toHexString(), title: 'Ny plan', period: { from: '2025/26', to: '2026/27' } },
      },
    }),
    expect: { ...adminOnlyWrite, coach: 'FORBIDDEN', otherAdministration: 'FORBIDDEN' },
  },
  {
    name: 'updateActionPlan',
    op: async (f) => ({
      query: 'mutation($i: UpdateActionPlanInput!) { updateActionPlan(input: $i) { id } }',
      variables: {
        i: {
          id: f.activePlanId,
          expectedVersion: await version(ActionPlanModel, f.activePlanId),
          purpose: 'Ändrat syfte',
        },
      },
    }),
    expect: adminOnlyWrite,
  },
  {
    name: 'updateActionPlan (draft)',
    op: async (f) => ({
      query: 'mutation($i: UpdateActionPlanInput!) { updateActionPlan(input: $i) { id } }',
      variables: {
        i: { id: f.draftPlanId, expectedVersion: await version(ActionPlanModel, f.draftPlanId), purpose: 'Ändrat' },
      },
    }),
    expect: {
      ...adminOnlyWrite,
      politician: 'NOT_FOUND',
      principal: 'NOT_FOUND',
      otherPrincipal: 'NOT_FOUND',
      teacher: 'NOT_FOUND',
    },
  },
  {
    name: 'createArea',
    op: async (f) => ({
      query: 'mutation($i: CreateAreaInput!) { createArea(input: $i) { id } }',
      variables: { i: { planId: f.activePlanId, title: 'Nytt område' } },
    }),
    expect: adminOnlyWrite,
  },
  {
    name: 'updateArea',
    op: async (f) => ({
      query: 'mutation($i: UpdateAreaInput!) { updateArea(input: $i) { id } }',
      variables: { i: { id: f.areaId, expectedVersion: await version(AreaModel, f.areaId), description: 'Ny text' } },
    }),
    expect: adminOnlyWrite,
  },
  {
    name: 'createActionItem',
    op: async (f) => ({
      query: 'mutation($i: CreateActionItemInput!) { createActionItem(input: $i) { id } }',
      variables: { i: { areaId: f.areaId, text: 'Ny åtgärd' } },
    }),
    expect: adminOnlyWrite,
  },
  {
    name: 'updateActionItem',
    op: async (f) => ({
      query: 'mutation($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id } }',
      variables: {
        i: { id: f.itemId, expectedVersion: await version(ActionItemModel, f.itemId), description: 'Ny beskrivning' },
      },
    }),
    expect: adminOnlyWrite,
  },
  {
    name: 'recordStatusUpdate',
    op: async (f, n) => ({
      query: 'mutation($i: RecordStatusUpdateInput!) { recordStatusUpdate(input: $i) { id } }',
      variables: {
        i: {
          itemId: f.itemId,
          status: 'IN_PROGRESS',
          progress: n % 100,
          text: `Läge ${n}`,
          expectedVersion: await version(ActionItemModel, f.itemId),
        },
      },
    }),
    // The principal the item is assigned to may update it; another principal of the same municipality may not.
    expect: { ...adminOnlyWrite, principal: 'ok' },
  },
  {
    name: 'createGoal',
    op: async (f) => ({
      query: 'mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }',
      variables: { i: { organisationId: f.boras._id.toHexString(), title: 'Nytt mål' } },
    }),
    expect: { ...adminOnlyWrite, coach: 'FORBIDDEN', otherAdministration: 'FORBIDDEN' },
  },
  {
    name: 'updateGoal',
    op: async (f) => ({
      query: 'mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id } }',
      variables: { i: { id: f.goalId, expectedVersion: await version(GoalModel, f.goalId), description: 'Ny' } },
    }),
    expect: adminOnlyWrite,
  },
  {
    name: 'linkGoalToItem',
    op: async (f) => ({
      query: 'mutation($i: GoalItemLinkInput!) { linkGoalToItem(input: $i) { id } }',
      variables: { i: { goalId: f.goalId, itemId: f.itemId } },
    }),
    expect: adminOnlyWrite,
  },
  {
    name: 'addTarget',
    op: async (f) => ({
      query: 'mutation($i: AddTargetInput!) { addTarget(input: $i) { id } }',
      variables: {
        i: {
          goalId: f.goalId,
          target: {
            indicatorKey: 'ak9.allSubjects',
            scopeOrganisationId: f.boras._id.toHexString(),
            kind: 'VALUE',
            targetValue: 80,
            targetYear: 2027,
          },
        },
      },
    }),
    expect: adminOnlyWrite,
  },
  {
    name: 'removeTarget',
    op: async (f) => {
      const targetId = new mongoose.Types.ObjectId();
      await GoalModel.updateOne(
        { _id: f.goalId },
        {
          $push: {
            targets: {
              _id: targetId,
              indicatorId: new mongoose.Types.ObjectId(),
              scopeId: f.boras._id,
              scopeCode: '1490',
              kind: 'rank',
              targetRank: 10,
              targetYear: 2030,
            },
          },
        },
      );
      return {
        query: 'mutation($g: ID!, $t: ID!) { removeTarget(goalId: $g, targetId: $t) { id } }',
        variables: { g: f.goalId, t: targetId.toHexString() },
      };
    },
    expect: adminOnlyWrite,
  },
  {
    name: 'unlinkGoalFromItem',
    op: async (f) => ({
      query: 'mutation($i: GoalItemLinkInput!) { unlinkGoalFromItem(input: $i) { id } }',
      variables: { i: { goalId: f.goalId, itemId: f.itemId } },
    }),
    expect: adminOnlyWrite,
  },
  {
    name: 'addComment (published plan)',
    op: async (f, n) => ({
      query: 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
      variables: { i: { targetId: f.activePlanId, text: `Synpunkt ${n}`, stance: 'FOR' } },
    }),
    expect: {
      politician: 'ok',
      administration: 'ok',
      principal: 'ok',
      otherPrincipal: 'ok',
      teacher: 'ok',
      admin: 'ok',
      coach: 'NOT_FOUND',
      otherAdministration: 'NOT_FOUND',
    },
  },
  {
    name: 'addComment (draft plan)',
    op: async (f, n) => ({
      query: 'mutation($i: AddCommentInput!) { addComment(input: $i) { id } }',
      variables: { i: { targetId: f.draftPlanId, text: `Utkast ${n}` } },
    }),
    expect: {
      politician: 'NOT_FOUND',
      administration: 'ok',
      principal: 'NOT_FOUND',
      otherPrincipal: 'NOT_FOUND',
      teacher: 'NOT_FOUND',
      admin: 'ok',
      coach: 'NOT_FOUND',
      otherAdministration: 'NOT_FOUND',
    },
  },
  {
    name: 'editComment (the teacher’s own)',
    op: async (f, n) => ({
      query: 'mutation($i: EditCommentInput!) { editComment(input: $i) { id } }',
      variables: { i: { id: f.teacherCommentId, text: `Ändrad ${n}` } },
    }),
    expect: { ...adminOnlyWrite, administration: 'FORBIDDEN', teacher: 'ok' },
  },
  {
    name: 'hideComment',
    op: async (f, n) => {
      const [c] = await CommentModel.create([
        {
          targetType: 'actionPlan',
          targetId: new mongoose.Types.ObjectId(f.activePlanId),
          municipalityCode: '1490',
          authorId: new mongoose.Types.ObjectId(f.teacherId),
          authorName: 'Lärare',
          text: `Att dölja ${n}`,
        },
      ]);
      return {
        query: 'mutation($i: HideCommentInput!) { hideComment(input: $i) { id } }',
        variables: { i: { id: c!._id.toHexString(), reason: 'Personuppgifter' } },
      };
    },
    expect: { ...adminOnlyWrite, admin: 'ok' },
  },
  {
    name: 'auditLog (query)',
    op: async (f) => ({
      query: 'query($id: ID!) { auditLog(targetId: $id) { totalCount } }',
      variables: { id: f.itemId },
    }),
    // Another municipality's administration reads audit logs, so it gets its (empty) share of this
    // one, as for an id that does not exist: FORBIDDEN would tell it the item exists.
    expect: { ...adminOnlyWrite, admin: 'ok', coach: 'FORBIDDEN', otherAdministration: 'ok' },
  },
  {
    name: 'createOrganisation',
    op: async (f, n) => ({
      query: 'mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id } }',
      variables: {
        i: {
          code: `1490-x${n}`,
          kind: 'ADMINISTRATION',
          name: `Förvaltning ${n}`,
          parentId: f.boras._id.toHexString(),
        },
      },
    }),
    expect: {
      ...adminOnlyWrite,
      administration: 'FORBIDDEN',
      coach: 'FORBIDDEN',
      otherAdministration: 'FORBIDDEN',
      admin: 'ok',
    },
  },
  {
    name: 'createPerson',
    op: async (_f, n) => ({
      query: 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }',
      variables: { i: { name: `Ny ${n}`, email: `ny${n}@example.se`, password: 'ett långt lösenord' } },
    }),
    expect: {
      ...adminOnlyWrite,
      administration: 'FORBIDDEN',
      coach: 'FORBIDDEN',
      otherAdministration: 'FORBIDDEN',
      admin: 'ok',
    },
  },
  {
    name: 'addMembership',
    op: async (f) => ({
      query: 'mutation($i: MembershipInput!) { addMembership(input: $i) { id } }',
      variables: { i: { personId: f.teacherId, organisationId: f.boras._id.toHexString(), role: 'TEACHER' } },
    }),
    expect: {
      ...adminOnlyWrite,
      administration: 'FORBIDDEN',
      coach: 'FORBIDDEN',
      otherAdministration: 'FORBIDDEN',
      admin: 'ok',
    },
  },
  {
    name: 'removeMembership',
    op: async (f) => ({
      query: 'mutation($i: MembershipInput!) { removeMembership(input: $i) { id } }',
      variables: { i: { personId: f.teacherId, organisationId: f.boras._id.toHexString(), role: 'COACH' } },
    }),
    expect: {
      ...adminOnlyWrite,
      administration: 'FORBIDDEN',
      coach: 'FORBIDDEN',
      otherAdministration: 'FORBIDDEN',
      admin: 'ok',
    },
  },
];

describe('the permission matrix: mutation × role × own/other municipality', () => {
  let server: TestServer;
  let fixture: Fixture;
  let clients: Record<Who, ApiClient>;

  beforeAll(async () => {
    server = await startTestServer();
    const boras = await makeMunicipality('1490', 'Borås kommun');
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    const unit = await makeSchoolUnit(boras, '86215855');
    const unit2 = await makeSchoolUnit(boras, '79575640');
    const cast = await signInCast(server.url, WHO, {
      municipality: boras,
      unit,
      otherUnit: unit2,
      otherMunicipality: orebro,
    });
    clients = cast.clients;
    const { people } = cast;
    await ensureDemoIndicators(['ak9.allSubjects']);
    const active = await makePlan({ owner: boras, status: 'active', responsibleId: people.principal._id });
    const draft = await makePlan({ owner: boras, status: 'draft' });
    const [goal] = await GoalModel.create([
      { title: 'Mål', ownerId: boras._id, municipalityCode: '1490', status: 'active', targets: [], version: 1 },
    ]);
    const [comment] = await CommentModel.create([
      {
        targetType: 'actionPlan',
        targetId: active.plan._id,
        municipalityCode: '1490',
        authorId: people.teacher._id,
        authorName: 'Lärare',
        text: 'Min synpunkt',
      },
    ]);
    fixture = {
      boras,
      activePlanId: active.plan._id.toHexString(),
      draftPlanId: draft.plan._id.toHexString(),
      areaId: active.areaIds[0]!.toHexString(),
      itemId: active.itemIds[0]!.toHexString(),
      goalId: goal!._id.toHexString(),
      teacherCommentId: comment!._id.toHexString(),
      principalId: people.principal._id.toHexString(),
      teacherId: people.teacher._id.toHexString(),
    };
  });
  afterAll(async () => {
    await server?.stop();
  });

  let counter = 0;
  const rows = cases.flatMap((c) =>
    WHO.map((who) => ({ c, who, expected: who === 'anonymous' ? 'UNAUTHENTICATED' : (c.expect[who] ?? 'FORBIDDEN') })),
  );

  it.each(rows.map((r) => [r.c.name, r.who, r.expected, r] as const))(
    '%s as %s → %s',
    async (_n, who, expected, row) => {
      const { query, variables } = await row.c.op(fixture, ++counter);
      const body = await clients[who].gql(query, variables);
      const outcome = body.errors?.length ? body.errors[0]!.extensions.code : 'ok';
      expect(outcome, JSON.stringify(body.errors)).toBe(expected);
    },
  );
});
