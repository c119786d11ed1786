/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestServer, type TestServer } from '../support/server.js';
import { ApiClient, errorCode, makeMunicipality, makeSchoolUnit } from '../support/api.js';
import { signInCast, type Outcome } from '../support/roles.js';
import { GoalModel } from '../../server/src/modules/goals/goal.model.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import { ensureDemoIndicators } from '../../server/src/demo/index.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import type { PlanStatus } from '../../server/src/modules/plans/index.js';

// Goal authoring (the period, editing a target, a school unit's target) × every role, in the
// viewer's own municipality and in another one; then the limits and attacks on each input.
const WHO = ['politician', 'administration', 'principal', 'teacher', 'coach', 'admin', 'otherAdministration'] as const;
type Who = (typeof WHO)[number];

const CREATE = `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id version status period { from to } canEdit
  targets { id kind targetRank targetValue targetYear scope { id } indicator { key } } } }`;
const UPDATE = `mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id version title status period { from to } } }`;
const ADD = `mutation($i: AddTargetInput!) { addTarget(input: $i) { id version targets { id } } }`;
const EDIT_TARGET = `mutation($i: UpdateTargetInput!) { updateTarget(input: $i) { id version
  targets { id kind targetRank targetValue targetYear scope { id } indicator { key } } } }`;
const REMOVE = `mutation($g: ID!, $t: ID!) { removeTarget(goalId: $g, targetId: $t) { id version targets { id } } }`;
const GOAL = `query($id: ID!) { goal(id: $id) { id title canEdit period { from to } } }`;

// Readers of the municipality who may not write get FORBIDDEN; those who may not see the goal, NOT_FOUND.
const adminOnly: Record<Who, Outcome> = {
  politician: 'FORBIDDEN',
  administration: 'ok',
  principal: 'FORBIDDEN',
  teacher: 'FORBIDDEN',
  coach: 'NOT_FOUND',
  admin: 'FORBIDDEN',
  otherAdministration: 'NOT_FOUND',
};
// A draft goal is known only to the administration (and an admin, who reads everything).
const onDraft: Record<Who, Outcome> = {
  ...adminOnly,
  politician: 'NOT_FOUND',
  principal: 'NOT_FOUND',
  teacher: 'NOT_FOUND',
};
// A create names the organisation: one the viewer may read but not write is FORBIDDEN.
const onCreate: Record<Who, Outcome> = { ...adminOnly, coach: 'FORBIDDEN', otherAdministration: 'FORBIDDEN' };

let boras: OrganisationDoc;
let unit: OrganisationDoc;

interface Fresh {
  goalId: string;
  targetId: string;
}

/** A goal of Borås with one rank target on the municipality, at version 1. */
async function freshGoal(status: PlanStatus = 'active'): Promise<Fresh> {
  const indicator = await mongoose.connection.collection('indicators').findOne({ key: 'oj.compositeRank' });
  const targetId = new mongoose.Types.ObjectId();
  const [goal] = await GoalModel.create([
    {
      title: 'Topp 50',
      ownerId: boras._id,
      municipalityCode: '1490',
      status,
      targets: [
        {
          _id: targetId,
          indicatorId: indicator!._id,
          scopeId: boras._id,
          scopeCode: '1490',
          kind: 'rank',
          targetRank: 50,
          targetYear: 2028,
        },
      ],
      version: 1,
    },
  ]);
  return { goalId: goal!._id.toHexString(), targetId: targetId.toHexString() };
}

const rankTarget = (scopeOrganisationId: string, targetRank = 40, targetYear = 2028) => ({
  indicatorKey: 'oj.compositeRank',
  scopeOrganisationId,
  kind: 'RANK',
  targetRank,
  targetYear,
});

interface Case {
  name: string;
  status: PlanStatus;
  op: (f: Fresh) => { query: string; variables: Record<string, unknown> };
  expect: Record<Who, Outcome>;
  check?: (f: Fresh) => Promise<void>;
  unchanged?: (f: Fresh) => Promise<void>;
}

const stored = (f: Fresh) => GoalModel.findById(f.goalId).lean();

const cases: Case[] = [
  {
    name: 'createGoal (period, a school unit target)',
    status: 'active',
    op: () => ({
      query: CREATE,
      variables: {
        i: {
          organisationId: boras._id.toHexString(),
          title: 'Fler behöriga',
          status: 'DRAFT',
          period: { from: 2025, to: 2028 },
          targets: [
            {
              indicatorKey: 'ak9.allSubjects',
              scopeOrganisationId: unit._id.toHexString(),
              kind: 'VALUE',
              targetValue: 85,
              targetYear: 2028,
            },
          ],
        },
      },
    }),
    expect: onCreate,
  },
  {
    name: 'updateGoal (period and status)',
    status: 'active',
    op: (f) => ({
      query: UPDATE,
      variables: { i: { id: f.goalId, expectedVersion: 1, period: { from: 2026, to: 2030 }, status: 'CLOSED' } },
    }),
    expect: adminOnly,
    check: async (f) => {
      expect(await stored(f)).toMatchObject({ period: { from: 2026, to: 2030 }, status: 'closed', version: 2 });
    },
    unchanged: async (f) => {
      expect(await stored(f)).toMatchObject({ period: null, status: 'active', version: 1 });
    },
  },
  {
    name: 'updateGoal (a draft)',
    status: 'draft',
    op: (f) => ({ query: UPDATE, variables: { i: { id: f.goalId, expectedVersion: 1, title: 'Nytt namn' } } }),
    expect: onDraft,
  },
  {
    name: 'updateTarget',
    status: 'active',
    op: (f) => ({
      query: EDIT_TARGET,
      variables: {
        i: {
          goalId: f.goalId,
          targetId: f.targetId,
          expectedVersion: 1,
          target: rankTarget(unit._id.toHexString(), 10),
        },
      },
    }),
    expect: adminOnly,
    check: async (f) => {
      const goal = await stored(f);
      expect(goal?.version).toBe(2);
      expect(goal?.targets).toHaveLength(1);
      expect(goal?.targets[0]).toMatchObject({ targetRank: 10, scopeCode: unit.code });
      expect(goal?.targets[0]?._id.toHexString()).toBe(f.targetId);
    },
    unchanged: async (f) => {
      expect((await stored(f))?.targets[0]).toMatchObject({ targetRank: 50, scopeCode: '1490' });
    },
  },
  {
    name: 'updateTarget (a draft)',
    status: 'draft',
    op: (f) => ({
      query: EDIT_TARGET,
      variables: {
        i: { goalId: f.goalId, targetId: f.targetId, expectedVersion: 1, target: rankTarget(boras._id.toHexString()) },
      },
    }),
    expect: onDraft,
  },
  {
    name: 'removeTarget',
    status: 'active',
    op: (f) => ({ query: REMOVE, variables: { g: f.goalId, t: f.targetId } }),
    expect: adminOnly,
    check: async (f) => {
      expect((await stored(f))?.targets).toEqual([]);
    },
    unchanged: async (f) => {
      expect((await stored(f))?.targets).toHaveLength(1);
    },
  },
];

describe('goal authoring: period, targets edited and scoped to school units', () => {
  let server: TestServer;
  let clients: Record<Who, ApiClient>;
  let adm: ApiClient;
  let borasId: string;
  let orebroId: string;
  let orebroUnitId: string;

  beforeAll(async () => {
    server = await startTestServer();
    boras = await makeMunicipality('1490', 'Borås kommun');
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    unit = await makeSchoolUnit(boras, '86215855');
    const orebroUnit = await makeSchoolUnit(orebro, '12345678');
    borasId = boras._id.toHexString();
    orebroId = orebro._id.toHexString();
    orebroUnitId = orebroUnit._id.toHexString();
    await ensureDemoIndicators(['oj.compositeRank', 'ak9.allSubjects']);
    ({ clients } = await signInCast(server.url, WHO, { municipality: boras, unit, otherMunicipality: orebro }));
    adm = clients.administration;
  });
  afterAll(async () => {
    await server?.stop();
  });

  const rows = cases.flatMap((c) => WHO.map((who) => [c.name, who, c.expect[who], c] as const));

  it.each(rows)('%s as %s → %s', async (_n, who, expected, c) => {
    const fresh = await freshGoal(c.status);
    const goals = await GoalModel.countDocuments();
    const events = await AuditEventModel.countDocuments();
    const { query, variables } = c.op(fresh);
    const body = await clients[who].gql(query, variables);
    expect(body.errors?.[0]?.extensions.code ?? 'ok', JSON.stringify(body.errors)).toBe(expected);
    if (expected === 'ok') {
      await c.check?.(fresh);
      expect(await AuditEventModel.countDocuments()).toBeGreaterThan(events);
    } else {
      await c.unchanged?.(fresh);
      expect(await AuditEventModel.countDocuments()).toBe(events);
      expect(await GoalModel.countDocuments()).toBe(goals);
    }
  });

  it('canEdit tells the administration apart from those who only read (an admin reads, as plans have it)', async () => {
    const f = await freshGoal();
    expect((await adm.ok<any>(GOAL, { id: f.goalId })).goal.canEdit).toBe(true);
    for (const who of ['politician', 'principal', 'teacher', 'admin'] as const)
      expect((await clients[who].ok<any>(GOAL, { id: f.goalId })).goal.canEdit, who).toBe(false);
    // Hidden and absent alike: null, never an error that tells them apart.
    expect((await clients.otherAdministration.ok<any>(GOAL, { id: f.goalId })).goal).toBeNull();
    expect((await adm.ok<any>(GOAL, { id: new mongoose.Types.ObjectId().toHexString() })).goal).toBeNull();
  });

  it('a created goal keeps its period, status and a school unit target; events name the goal', async () => {
    const res = await adm.ok<any>(CREATE, {
      i: {
        organisationId: borasId,
        title: 'Alla elever når målen 🎯',
        status: 'DRAFT',
        period: { from: 2025, to: 2025 },
        targets: [rankTarget(borasId, 50), { ...rankTarget(unit._id.toHexString(), 1), kind: 'RANK' }],
      },
    });
    expect(res.createGoal).toMatchObject({
      version: 1,
      status: 'DRAFT',
      period: { from: 2025, to: 2025 },
      canEdit: true,
      targets: [
        { kind: 'RANK', targetRank: 50, targetYear: 2028, scope: { id: borasId } },
        { kind: 'RANK', targetRank: 1, scope: { id: unit._id.toHexString() } },
      ],
    });
    const events = await AuditEventModel.find({ targetId: res.createGoal.id }).lean();
    expect(events.map((e) => e.action)).toEqual(['goal.create']);
  });

  it('a period ending before it starts, or years outside 1990–2100, is refused on its field', async () => {
    const cases: Array<[Record<string, number>, string]> = [
      [{ from: 2028, to: 2025 }, 'input.period.to'],
      [{ from: 1989, to: 2025 }, 'input.period.from'],
      [{ from: 2025, to: 2101 }, 'input.period.to'],
    ];
    for (const [period, field] of cases) {
      const body = await adm.gql(CREATE, { i: { organisationId: borasId, title: 'Fel', period } });
      expect(errorCode(body), JSON.stringify(period)).toBe('BAD_USER_INPUT');
      expect(body.errors![0]!.extensions.fields![0]!.field).toBe(field);
    }
    for (const period of [
      { from: 1990, to: 2100 },
      { from: 2100, to: 2100 },
    ])
      expect(
        (await adm.ok<any>(CREATE, { i: { organisationId: borasId, title: 'Gräns', period } })).createGoal.period,
      ).toEqual(period);
    const f = await freshGoal();
    const cleared = await adm.ok<any>(UPDATE, {
      i: { id: f.goalId, expectedVersion: 1, period: { from: 2025, to: 2027 } },
    });
    expect(cleared.updateGoal.period).toEqual({ from: 2025, to: 2027 });
    const none = await adm.ok<any>(UPDATE, { i: { id: f.goalId, expectedVersion: 2, period: null } });
    expect(none.updateGoal.period).toBeNull();
    const kept = await adm.ok<any>(UPDATE, { i: { id: f.goalId, expectedVersion: 3, title: 'Bara titeln' } });
    expect(kept.updateGoal).toMatchObject({ title: 'Bara titeln', period: null, version: 4 });
  });

  it('title and description: just under the limit saved, just over refused on the field; 1 MB refused; emoji count as one', async () => {
    const ok = await adm.ok<any>(CREATE, { i: { organisationId: borasId, title: '😀'.repeat(500) } });
    expect(ok.createGoal.id).toBeTruthy();
    for (const [i, field] of [
      [{ title: 'x'.repeat(501) }, 'input.title'],
      [{ title: 'Ok', description: 'y'.repeat(5001) }, 'input.description'],
      [{ title: 'z'.repeat(1_000_000) }, 'input.title'],
      [{ title: '   ' }, 'input.title'],
    ] as const) {
      const body = await adm.gql(CREATE, { i: { organisationId: borasId, ...i } });
      expect(errorCode(body), field).toBe('BAD_USER_INPUT');
      expect(body.errors![0]!.extensions.fields![0]!.field).toBe(field);
      expect(body.errors![0]!.extensions.fields![0]!.message.en).toBeTruthy();
    }
    const f = await freshGoal();
    const desc = await adm.ok<any>(UPDATE, { i: { id: f.goalId, expectedVersion: 1, description: 'y'.repeat(5000) } });
    expect(desc.updateGoal.version).toBe(2);
  });

  it('a rank target for the municipality is 1–290; a year 1990–2100; a scope of another municipality is refused', async () => {
    const f = await freshGoal();
    const edit = (target: Record<string, unknown>, expectedVersion = 1) =>
      adm.gql(EDIT_TARGET, { i: { goalId: f.goalId, targetId: f.targetId, expectedVersion, target } });
    const refused: Array<[Record<string, unknown>, string]> = [
      [rankTarget(borasId, 291), 'input.target.targetRank'],
      [rankTarget(borasId, 0), 'input.target.targetRank'],
      [rankTarget(borasId, 2.5), 'input.target.targetRank'],
      [rankTarget(borasId, 50, 2101), 'input.target.targetYear'],
      [rankTarget(borasId, 50, 1989), 'input.target.targetYear'],
      [rankTarget(orebroId), 'input.target.scopeOrganisationId'],
      [rankTarget(orebroUnitId), 'input.target.scopeOrganisationId'],
      [{ ...rankTarget(borasId), indicatorKey: 'x'.repeat(1_000_000) }, 'input.target.indicatorKey'],
      [{ ...rankTarget(borasId), indicatorKey: { $ne: null } }, 'input.target.indicatorKey'],
      [{ ...rankTarget(borasId), kind: 'VALUE', targetRank: null }, 'input.target.targetValue'],
    ];
    for (const [target, field] of refused) {
      const body = await edit(target);
      expect(errorCode(body), JSON.stringify(target).slice(0, 80)).toBe('BAD_USER_INPUT');
      // A GraphQL type error names no field; every other refusal names the one at fault.
      if (body.errors![0]!.extensions.fields) expect(body.errors![0]!.extensions.fields[0]!.field).toBe(field);
    }
    expect((await stored(f))?.version).toBe(1);
    const top = await adm.ok<any>(EDIT_TARGET, {
      i: { goalId: f.goalId, targetId: f.targetId, expectedVersion: 1, target: rankTarget(borasId, 290, 2100) },
    });
    expect(top.updateTarget.targets[0]).toMatchObject({ targetRank: 290, targetYear: 2100 });
    // A school unit's rank is not among the municipalities: 290 is no bound there.
    const unitRank = await adm.ok<any>(EDIT_TARGET, {
      i: {
        goalId: f.goalId,
        targetId: f.targetId,
        expectedVersion: 2,
        target: rankTarget(unit._id.toHexString(), 500),
      },
    });
    expect(unitRank.updateTarget.targets[0]).toMatchObject({ targetRank: 500, scope: { id: unit._id.toHexString() } });
    const value = await adm.ok<any>(EDIT_TARGET, {
      i: {
        goalId: f.goalId,
        targetId: f.targetId,
        expectedVersion: 3,
        target: {
          indicatorKey: 'ak9.allSubjects',
          scopeOrganisationId: borasId,
          kind: 'VALUE',
          targetValue: 82.5,
          targetYear: 2027,
        },
      },
    });
    expect(value.updateTarget.targets[0]).toMatchObject({
      kind: 'VALUE',
      targetValue: 82.5,
      targetRank: null,
      indicator: { key: 'ak9.allSubjects' },
    });
  });

  it('a target that is not there is NOT_FOUND; a goal has at most 20 targets', async () => {
    const f = await freshGoal();
    const missing = await adm.gql(EDIT_TARGET, {
      i: {
        goalId: f.goalId,
        targetId: new mongoose.Types.ObjectId().toHexString(),
        expectedVersion: 1,
        target: rankTarget(borasId),
      },
    });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    for (let n = 1; n < 20; n++) await adm.ok(ADD, { i: { goalId: f.goalId, target: rankTarget(borasId, n) } });
    expect((await stored(f))?.targets).toHaveLength(20);
    const over = await adm.gql(ADD, { i: { goalId: f.goalId, target: rankTarget(borasId, 21) } });
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0]!.extensions.fields![0]!.field).toBe('input.goalId');
    expect((await stored(f))?.targets).toHaveLength(20);
    const tooMany = await adm.gql(CREATE, {
      i: {
        organisationId: borasId,
        title: 'För många',
        targets: Array.from({ length: 21 }, () => rankTarget(borasId)),
      },
    });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors![0]!.extensions.fields![0]!.field).toBe('input.targets');
  });

  it('a stale edit of the goal or a target is a CONFLICT carrying the goal as it is now, and changes nothing', async () => {
    const f = await freshGoal();
    await adm.ok(UPDATE, {
      i: { id: f.goalId, expectedVersion: 1, title: 'Topp 40', period: { from: 2025, to: 2029 } },
    });
    const stale = await adm.gql(UPDATE, { i: { id: f.goalId, expectedVersion: 1, title: 'Mitt namn' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions.current).toEqual({
      id: f.goalId,
      version: 2,
      title: 'Topp 40',
      description: null,
      status: 'ACTIVE',
      period: { from: 2025, to: 2029 },
      targets: [
        {
          id: f.targetId,
          kind: 'RANK',
          scopeOrganisationId: borasId,
          targetValue: null,
          targetRank: 50,
          targetYear: 2028,
        },
      ],
    });
    const staleTarget = await adm.gql(EDIT_TARGET, {
      i: { goalId: f.goalId, targetId: f.targetId, expectedVersion: 1, target: rankTarget(borasId, 5) },
    });
    expect(errorCode(staleTarget)).toBe('CONFLICT');
    expect((await stored(f))?.targets[0]?.targetRank).toBe(50);
  });

  it('two edits of the same goal version at once: one wins, the other is a CONFLICT', async () => {
    const f = await freshGoal();
    const [a, b] = await Promise.all([
      adm.gql(UPDATE, { i: { id: f.goalId, expectedVersion: 1, title: 'A' } }),
      adm.gql(EDIT_TARGET, {
        i: { goalId: f.goalId, targetId: f.targetId, expectedVersion: 1, target: rankTarget(borasId, 7) },
      }),
    ]);
    expect([errorCode(a) ?? 'ok', errorCode(b) ?? 'ok'].sort()).toEqual(['CONFLICT', 'ok']);
    expect((await stored(f))?.version).toBe(2);
    // Adding targets takes no version: two at once are both kept.
    const [c, d] = await Promise.all([
      adm.gql(ADD, { i: { goalId: f.goalId, target: rankTarget(borasId, 3) } }),
      adm.gql(ADD, { i: { goalId: f.goalId, target: rankTarget(borasId, 4) } }),
    ]);
    expect([errorCode(c), errorCode(d)]).toEqual([undefined, undefined]);
    expect((await stored(f))?.targets).toHaveLength(3);
  });

  it('adds at the same moment never take a goal over 20 targets', async () => {
    const f = await freshGoal();
    for (let n = 1; n < 18; n++) await adm.ok(ADD, { i: { goalId: f.goalId, target: rankTarget(borasId, n) } });
    expect((await stored(f))?.targets).toHaveLength(18);
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, n) =>
        adm.gql(ADD, { i: { goalId: f.goalId, target: rankTarget(borasId, 100 + n) } }),
      ),
    );
    const codes = answers.map((a) => errorCode(a) ?? 'ok').sort();
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'ok', 'ok']);
    expect((await stored(f))?.targets).toHaveLength(20);
  });
});
