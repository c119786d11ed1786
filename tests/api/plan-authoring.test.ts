/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { ApiClient, errorCode, makeMunicipality, makePlan, makeSchoolUnit } from '../support/api.js';
import { signInCast, type Outcome } from '../support/roles.js';
import { ActionItemModel, ActionPlanModel, AreaModel } from '../../server/src/modules/plans/plan.model.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import type { PlanStatus } from '../../server/src/modules/plans/index.js';

// The plan authoring mutations × every role, in the viewer's own municipality and in another one.
const WHO = ['politician', 'administration', 'principal', 'teacher', 'coach', 'admin', 'otherAdministration'] as const;
type Who = (typeof WHO)[number];

const MOVE_AREA = `mutation($i: MoveAreaInput!) { moveArea(input: $i) { id areas { id position } } }`;
const MOVE_ITEM = `mutation($i: MoveActionItemInput!) { moveActionItem(input: $i) { id areas { id items { nodes { id } } } } }`;
const CANCEL = `mutation($i: VersionedInput!) { cancelActionItem(input: $i) { id status version } }`;
const ARCHIVE = `mutation($i: ArchiveAreaInput!) { archiveArea(input: $i) { id archived version } }`;
const PUBLISH = `mutation($i: VersionedInput!) { publishActionPlan(input: $i) { id status version } }`;
const CLOSE = `mutation($i: VersionedInput!) { closeActionPlan(input: $i) { id status version } }`;
const RECORD = `mutation($i: RecordStatusUpdateInput!) { recordStatusUpdate(input: $i) { id progress } }`;
const CREATE_ITEM = `mutation($i: CreateActionItemInput!) { createActionItem(input: $i) { id } }`;
const PLAN = `query($id: ID!) { actionPlan(id: $id) { id status canEdit areas { id title position archived items { nodes { id text status } } } } }`;

// Readers of the municipality who may not write get FORBIDDEN; those who may not see the plan, NOT_FOUND.
const adminOnly: Record<Who, Outcome> = {
  politician: 'FORBIDDEN',
  administration: 'ok',
  principal: 'FORBIDDEN',
  teacher: 'FORBIDDEN',
  coach: 'NOT_FOUND',
  admin: 'FORBIDDEN',
  otherAdministration: 'NOT_FOUND',
};
// On a draft only the administration (and an admin, who reads everything) knows the plan exists.
const onDraft: Record<Who, Outcome> = {
  ...adminOnly,
  politician: 'NOT_FOUND',
  principal: 'NOT_FOUND',
  teacher: 'NOT_FOUND',
};

interface Fresh {
  planId: string;
  areaIds: string[];
  itemIds: string[];
}

interface Case {
  name: string;
  status: PlanStatus;
  op: (f: Fresh) => { query: string; variables: Record<string, unknown> };
  expect: Record<Who, Outcome>;
  /** What an accepted write changed, read back from the database. */
  check?: (f: Fresh) => Promise<void>;
  /** What a refused write must have left as it was. */
  unchanged?: (f: Fresh) => Promise<void>;
}

const cases: Case[] = [
  {
    name: 'moveArea',
    status: 'active',
    op: (f) => ({ query: MOVE_AREA, variables: { i: { id: f.areaIds[2], expectedVersion: 1, position: 0 } } }),
    expect: adminOnly,
    check: async (f) => {
      const areas = await AreaModel.find({ planId: f.planId }).sort({ position: 1 }).lean();
      expect(areas.map((a) => a._id.toHexString())).toEqual([f.areaIds[2], f.areaIds[0], f.areaIds[1]]);
      // Only the moved area gets a new version; its neighbours' edits are not refused for the move.
      expect(areas.map((a) => a.version)).toEqual([2, 1, 1]);
    },
    unchanged: async (f) => {
      const area = await AreaModel.findById(f.areaIds[2]).lean();
      expect(area).toMatchObject({ position: 2, version: 1 });
    },
  },
  {
    name: 'moveActionItem (to another area)',
    status: 'active',
    op: (f) => ({
      query: MOVE_ITEM,
      variables: { i: { id: f.itemIds[0], expectedVersion: 1, areaId: f.areaIds[1], position: 1 } },
    }),
    expect: adminOnly,
    check: async (f) => {
      const items = await ActionItemModel.find({ areaId: f.areaIds[1] }).sort({ position: 1 }).lean();
      expect(items.map((i) => i._id.toHexString())).toEqual([f.itemIds[2], f.itemIds[0], f.itemIds[3]]);
    },
    unchanged: async (f) => {
      const item = await ActionItemModel.findById(f.itemIds[0]).lean();
      expect(item?.areaId.toHexString()).toBe(f.areaIds[0]);
    },
  },
  {
    name: 'cancelActionItem',
    status: 'active',
    op: (f) => ({ query: CANCEL, variables: { i: { id: f.itemIds[0], expectedVersion: 1 } } }),
    expect: adminOnly,
    check: async (f) => {
      expect(await ActionItemModel.findById(f.itemIds[0]).lean()).toMatchObject({ status: 'cancelled', version: 2 });
    },
    unchanged: async (f) => {
      expect(await ActionItemModel.findById(f.itemIds[0]).lean()).toMatchObject({ status: 'notStarted', version: 1 });
    },
  },
  {
    name: 'archiveArea (every item cancelled)',
    status: 'active',
    op: (f) => ({ query: ARCHIVE, variables: { i: { id: f.areaIds[2], expectedVersion: 1, archived: true } } }),
    expect: adminOnly,
    check: async (f) => {
      expect(await AreaModel.findById(f.areaIds[2]).lean()).toMatchObject({ archived: true, version: 2 });
    },
    unchanged: async (f) => {
      expect(await AreaModel.findById(f.areaIds[2]).lean()).toMatchObject({ archived: false, version: 1 });
    },
  },
  {
    name: 'publishActionPlan',
    status: 'draft',
    op: (f) => ({ query: PUBLISH, variables: { i: { id: f.planId, expectedVersion: 1 } } }),
    expect: onDraft,
    check: async (f) => {
      expect(await ActionPlanModel.findById(f.planId).lean()).toMatchObject({ status: 'active', version: 2 });
    },
    unchanged: async (f) => {
      expect(await ActionPlanModel.findById(f.planId).lean()).toMatchObject({ status: 'draft', version: 1 });
    },
  },
  {
    name: 'closeActionPlan',
    status: 'active',
    op: (f) => ({ query: CLOSE, variables: { i: { id: f.planId, expectedVersion: 1 } } }),
    expect: adminOnly,
    check: async (f) => {
      expect(await ActionPlanModel.findById(f.planId).lean()).toMatchObject({ status: 'closed', version: 2 });
    },
    unchanged: async (f) => {
      expect(await ActionPlanModel.findById(f.planId).lean()).toMatchObject({ status: 'active', version: 1 });
    },
  },
];

let boras: OrganisationDoc;

/** A plan of three areas: two items in each of the first two, the third area's one item cancelled. */
async function freshPlan(status: PlanStatus): Promise<Fresh> {
  const made = await makePlan({ owner: boras, status, areas: 3, itemsPerArea: 2 });
  // The third area keeps one item, cancelled, so that it may be archived.
  await ActionItemModel.deleteOne({ _id: made.itemIds[5] });
  await ActionItemModel.updateOne({ _id: made.itemIds[4] }, { $set: { status: 'cancelled' } });
  return {
    planId: made.plan._id.toHexString(),
    areaIds: made.areaIds.map((id) => id.toHexString()),
    itemIds: made.itemIds.map((id) => id.toHexString()),
  };
}

describe('plan authoring: move, cancel, archive, publish and close', () => {
  let server: TestServer;
  let clients: Record<Who, ApiClient>;
  let adm: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    boras = await makeMunicipality('1490', 'Borås kommun');
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    const unit = await makeSchoolUnit(boras, '86215855');
    ({ clients } = await signInCast(server.url, WHO, { municipality: boras, unit, otherMunicipality: orebro }));
    adm = clients.administration;
  });
  afterAll(async () => {
    await server?.stop();
  });

  const rows = cases.flatMap((c) => WHO.map((who) => [c.name, who, c.expect[who], c] as const));

  it.each(rows)('%s as %s → %s', async (_n, who, expected, c) => {
    const fresh = await freshPlan(c.status);
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
    }
  });

  it('a stale version is a CONFLICT carrying the current version, and changes nothing', async () => {
    const f = await freshPlan('active');
    await adm.ok(CANCEL, { i: { id: f.itemIds[1], expectedVersion: 1 } });
    const stale = await adm.gql<any>(MOVE_ITEM, { i: { id: f.itemIds[1], expectedVersion: 1, position: 0 } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions.current).toMatchObject({ id: f.itemIds[1], version: 2, status: 'CANCELLED' });
    const area = await adm.gql<any>(MOVE_AREA, { i: { id: f.areaIds[0], expectedVersion: 7, position: 2 } });
    expect(errorCode(area)).toBe('CONFLICT');
    expect(area.errors![0]!.extensions.current).toMatchObject({ id: f.areaIds[0], version: 1, position: 0 });
    const plan = await adm.gql<any>(PUBLISH, { i: { id: f.planId, expectedVersion: 3 } });
    expect(errorCode(plan)).toBe('CONFLICT');
    expect(plan.errors![0]!.extensions.current).toMatchObject({ version: 1, status: 'ACTIVE' });
    expect((await ActionItemModel.findById(f.itemIds[1]).lean())?.position).toBe(1);
  });

  it('an area with an item not cancelled is not archived: the field says why, in both languages', async () => {
    const f = await freshPlan('active');
    const body = await adm.gql(ARCHIVE, { i: { id: f.areaIds[0], expectedVersion: 1, archived: true } });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.extensions.fields![0]).toMatchObject({
      field: 'input.id',
      message: { sv: expect.stringMatching(/avbryt eller flytta/), en: expect.stringMatching(/cancel or move/) },
    });
    // Cancel one and move the other away: then it may be archived, and brought back.
    await adm.ok(CANCEL, { i: { id: f.itemIds[0], expectedVersion: 1 } });
    await adm.ok(MOVE_ITEM, { i: { id: f.itemIds[1], expectedVersion: 1, areaId: f.areaIds[1], position: 99 } });
    const archived = await adm.ok<any>(ARCHIVE, { i: { id: f.areaIds[0], expectedVersion: 1, archived: true } });
    expect(archived.archiveArea).toMatchObject({ archived: true, version: 2 });
    // The cancelled item stays, shown in its archived area.
    const read = await adm.ok<any>(PLAN, { id: f.planId });
    expect(read.actionPlan.areas[0]).toMatchObject({
      archived: true,
      items: { nodes: [{ id: f.itemIds[0], status: 'CANCELLED' }] },
    });
    expect(read.actionPlan.areas[1].items.nodes.map((i: any) => i.id)).toEqual([
      f.itemIds[2],
      f.itemIds[3],
      f.itemIds[1],
    ]);
    // Nothing new goes into an archived area.
    const into = await adm.gql(CREATE_ITEM, { i: { areaId: f.areaIds[0], text: 'Ny' } });
    expect(errorCode(into)).toBe('BAD_USER_INPUT');
    expect(into.errors![0]!.extensions.fields![0]!.field).toBe('input.areaId');
    const moveInto = await adm.gql(MOVE_ITEM, {
      i: { id: f.itemIds[2], expectedVersion: 1, areaId: f.areaIds[0], position: 0 },
    });
    expect(moveInto.errors![0]!.extensions.fields![0]!.field).toBe('input.areaId');
    const back = await adm.ok<any>(ARCHIVE, { i: { id: f.areaIds[0], expectedVersion: 2, archived: false } });
    expect(back.archiveArea).toMatchObject({ archived: false, version: 3 });
  });

  it('an item goes only to an area of its own plan; positions past the end mean last', async () => {
    const f = await freshPlan('active');
    const other = await freshPlan('active');
    const foreign = await adm.gql(MOVE_ITEM, {
      i: { id: f.itemIds[0], expectedVersion: 1, areaId: other.areaIds[0], position: 0 },
    });
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    expect(foreign.errors![0]!.extensions.fields![0]!.field).toBe('input.areaId');
    const last = await adm.ok<any>(MOVE_AREA, { i: { id: f.areaIds[0], expectedVersion: 1, position: 10_000 } });
    expect(last.moveArea.areas.map((a: any) => a.id)).toEqual([f.areaIds[1], f.areaIds[2], f.areaIds[0]]);
    for (const position of [-1, 10_001, 1.5]) {
      const bad = await adm.gql(MOVE_AREA, { i: { id: f.areaIds[0], expectedVersion: 2, position } });
      expect(errorCode(bad), String(position)).toBe('BAD_USER_INPUT');
    }
  });

  it('publish only a draft, close only an active plan; closing asks for the version seen', async () => {
    const f = await freshPlan('active');
    const again = await adm.gql(PUBLISH, { i: { id: f.planId, expectedVersion: 1 } });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    const closed = await adm.ok<any>(CLOSE, { i: { id: f.planId, expectedVersion: 1 } });
    expect(closed.closeActionPlan).toMatchObject({ status: 'CLOSED', version: 2 });
    const twice = await adm.gql(CLOSE, { i: { id: f.planId, expectedVersion: 2 } });
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
    const events = await AuditEventModel.find({ targetId: closed.closeActionPlan.id }).lean();
    expect(events.map((e) => e.action)).toContain('actionPlan.close');
  });

  it('progress outside 0–100 is refused on its field, never stored as the nearest bound', async () => {
    const f = await freshPlan('active');
    for (const progress of [150, 101, -1]) {
      const body = await adm.gql(RECORD, {
        i: { itemId: f.itemIds[0], status: 'IN_PROGRESS', progress, text: 'Framsteg', expectedVersion: 1 },
      });
      expect(errorCode(body), String(progress)).toBe('BAD_USER_INPUT');
      expect(body.errors![0]!.extensions.fields![0]!.field).toBe('input.progress');
    }
    expect(await ActionItemModel.findById(f.itemIds[0]).lean()).toMatchObject({ progress: 0, version: 1 });
    const edge = await adm.ok<any>(RECORD, {
      i: { itemId: f.itemIds[0], status: 'IN_PROGRESS', progress: 100, text: 'Nästan', expectedVersion: 1 },
    });
    expect(edge.recordStatusUpdate.progress).toBe(100);
  });

  it('canEdit tells the administration apart from those who only read', async () => {
    const f = await freshPlan('active');
    expect((await adm.ok<any>(PLAN, { id: f.planId })).actionPlan.canEdit).toBe(true);
    expect((await clients.politician.ok<any>(PLAN, { id: f.planId })).actionPlan.canEdit).toBe(false);
    expect((await clients.admin.ok<any>(PLAN, { id: f.planId })).actionPlan.canEdit).toBe(false);
  });

  it.each(WHO.map((who) => [who, who === 'administration' ? 'ok' : 'FORBIDDEN'] as const))(
    'assignablePeople as %s → %s; only people of the municipality, found by name',
    async (who, expected) => {
      const body = await clients[who].gql<any>(
        'query($o: ID!, $s: String) { assignablePeople(organisationId: $o, search: $s) { name } }',
        {
          o: boras._id.toHexString(),
          s: who === 'administration' ? 'principal' : null,
        },
      );
      expect(body.errors?.[0]?.extensions.code ?? 'ok').toBe(expected);
      if (expected === 'ok') expect(body.data.assignablePeople).toEqual([{ name: 'Person principal' }]);
    },
  );

  it('two moves of the same area at once: one wins, the other is a CONFLICT', async () => {
    const f = await freshPlan('active');
    const [a, b] = await Promise.all([
      adm.gql(MOVE_AREA, { i: { id: f.areaIds[0], expectedVersion: 1, position: 2 } }),
      adm.gql(MOVE_AREA, { i: { id: f.areaIds[0], expectedVersion: 1, position: 1 } }),
    ]);
    expect([errorCode(a) ?? 'ok', errorCode(b) ?? 'ok'].sort()).toEqual(['CONFLICT', 'ok']);
    const areas = await AreaModel.find({ planId: f.planId }).lean();
    expect(new Set(areas.map((x) => x.position))).toEqual(new Set([0, 1, 2]));
  });
});
