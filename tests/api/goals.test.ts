/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestServer, type TestServer } from '../support/server.js';
import { errorCode, makeMunicipality, makePerson, makePlan, signedIn, type ApiClient } from '../support/api.js';
import { IndicatorModel, MeasurementModel } from '../../server/src/modules/indicators/index.js';
import { ensureDemoIndicators } from '../../server/src/demo/index.js';

const CREATE = `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id title targets { id kind targetRank targetValue targetYear indicator { key }
  progress { status latestValue latestYear changePerYear reason { sv en } trend { year value } } } } }`;

describe('goals and targets with computed progress', () => {
  let server: TestServer;
  let admin: ApiClient;
  let orebroId: string;
  let bollnasId: string;
  let itemId: string;
  const measurementQueries: unknown[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    const bollnas = await makeMunicipality('2183', 'Bollnäs kommun');
    orebroId = orebro._id.toHexString();
    bollnasId = bollnas._id.toHexString();
    await makePerson('adm@orebro.se', [{ organisation: orebro, role: 'administration' }]);
    const ids = await ensureDemoIndicators(['oj.compositeRank', 'ak9.meritValue']);
    // An open-data import running first keeps its own fields ($setOnInsert does not overwrite).
    await ensureDemoIndicators(['oj.compositeRank']);
    expect(await IndicatorModel.countDocuments({ key: 'oj.compositeRank' })).toBe(1);
    const m = (key: string, code: string, year: number, value: number | null) => ({
      indicatorId: ids.get(key),
      organisationCode: code,
      year,
      value,
      missingReason: value === null ? 'suppressed' : null,
      source: 'test',
      importedAt: new Date(),
    });
    await MeasurementModel.insertMany([
      m('oj.compositeRank', '1880', 2021, 120),
      m('oj.compositeRank', '1880', 2022, 95),
      m('oj.compositeRank', '1880', 2023, 70),
      m('oj.compositeRank', '1880', 2024, 48),
      m('ak9.meritValue', '1880', 2022, 225),
      m('ak9.meritValue', '1880', 2023, null),
      m('ak9.meritValue', '1880', 2024, 223),
    ]);
    const plan = await makePlan({ owner: orebro, status: 'active' });
    itemId = plan.itemIds[0]!.toHexString();
    admin = await signedIn(server.url, 'adm@orebro.se');
    mongoose.set('debug', (collection: string, method: string, ...args: unknown[]) => {
      if (collection === 'measurements') measurementQueries.push([method, args[0]]);
    });
  });
  afterAll(async () => {
    mongoose.set('debug', false);
    await server?.stop();
  });

  it('creates Topp 25 2025 with a rank target; progress is direction-aware (falling rank is progress)', async () => {
    const res = await admin.ok<any>(CREATE, {
      i: {
        organisationId: orebroId,
        title: 'Topp 25 2025',
        description: 'Bland de 25 bästa kommunerna i öppna jämförelser.',
        targets: [
          {
            indicatorKey: 'oj.compositeRank',
            scopeOrganisationId: orebroId,
            kind: 'RANK',
            targetRank: 25,
            targetYear: 2025,
          },
          {
            indicatorKey: 'ak9.meritValue',
            scopeOrganisationId: orebroId,
            kind: 'VALUE',
            targetValue: 240,
            targetYear: 2026,
          },
        ],
      },
    });
    const [rank, merit] = res.createGoal.targets;
    expect(rank).toMatchObject({ kind: 'RANK', targetRank: 25, indicator: { key: 'oj.compositeRank' } });
    expect(rank.progress).toMatchObject({ status: 'ON_TRACK', latestValue: 48, latestYear: 2024 });
    expect(rank.progress.changePerYear).toBeLessThan(0);
    expect(rank.progress.reason.sv).toMatch(/Trenden/);
    expect(merit.progress.status).toBe('OFF_TRACK');
    expect(merit.progress.trend).toEqual([
      { year: 2022, value: 225 },
      { year: 2023, value: null },
      { year: 2024, value: 223 },
    ]);
  });

  it('reads the measurements for every target of a request in one query', async () => {
    await admin.ok(CREATE, {
      i: {
        organisationId: orebroId,
        title: 'Ännu ett mål',
        targets: [
          {
            indicatorKey: 'ak9.meritValue',
            scopeOrganisationId: orebroId,
            kind: 'VALUE',
            targetValue: 230,
            targetYear: 2027,
          },
        ],
      },
    });
    measurementQueries.length = 0;
    const data = await admin.ok<any>(
      'query($id: ID!) { goals(organisationId: $id) { totalCount nodes { targets { progress { status } } } } }',
      { id: orebroId },
    );
    expect(data.goals.totalCount).toBe(2);
    expect(data.goals.nodes.flatMap((g: any) => g.targets)).toHaveLength(3);
    expect(measurementQueries).toHaveLength(1);
  });

  it('refuses a target without its value, an unknown indicator, and a scope in another municipality', async () => {
    const res = await admin.gql(CREATE, {
      i: {
        organisationId: orebroId,
        title: 'Fel',
        targets: [{ indicatorKey: 'oj.compositeRank', scopeOrganisationId: orebroId, kind: 'RANK', targetYear: 2025 }],
      },
    });
    expect(res.errors?.[0]?.extensions.fields?.[0]).toEqual({
      field: 'input.targets.0.targetRank',
      message: { sv: 'måste anges för en målplacering', en: 'is required for a rank target' },
    });
    const res2 = await admin.gql(CREATE, {
      i: {
        organisationId: orebroId,
        title: 'Fel',
        targets: [
          { indicatorKey: 'no.such', scopeOrganisationId: bollnasId, kind: 'VALUE', targetValue: 1, targetYear: 2025 },
        ],
      },
    });
    expect(res2.errors?.[0]?.extensions.fields?.map((f) => f.field)).toEqual([
      'input.targets.0.indicatorKey',
      'input.targets.0.scopeOrganisationId',
    ]);
  });

  it('links an action item to a goal it serves', async () => {
    const goals = await admin.ok<any>('query($id: ID!) { goals(organisationId: $id) { nodes { id title } } }', {
      id: orebroId,
    });
    const goalId = goals.goals.nodes[0].id;
    const linked = await admin.ok<any>(
      'mutation($i: GoalItemLinkInput!) { linkGoalToItem(input: $i) { id goals { title } } }',
      { i: { goalId, itemId } },
    );
    expect(linked.linkGoalToItem.goals).toEqual([{ title: 'Topp 25 2025' }]);
    const goal = await admin.ok<any>('query($id: ID!) { goal(id: $id) { actionItems { id } } }', { id: goalId });
    expect(goal.goal.actionItems).toEqual([{ id: itemId }]);
    const updated = await admin.gql('mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { version } }', {
      i: { id: goalId, expectedVersion: 99, title: 'X' },
    });
    expect(errorCode(updated)).toBe('CONFLICT');
    expect(updated.errors?.[0]?.extensions.current).toMatchObject({ id: goalId, version: 1 });
  });

  it("reads Skolverket's ~100 as 100 in a target's progress, not as a missing year", async () => {
    const ids = await ensureDemoIndicators(['ak9.vocationalEligible']);
    const row = (year: number, value: number | null, rawMark: string | null) => ({
      indicatorId: ids.get('ak9.vocationalEligible'),
      organisationCode: '1880',
      year,
      value,
      missingReason: value === null ? 'approximate' : null,
      rawMark,
      source: 'test',
      importedAt: new Date(),
    });
    await MeasurementModel.insertMany([row(2023, 96.5, null), row(2024, null, '~100')]);
    const res = await admin.ok<any>(CREATE, {
      i: {
        organisationId: orebroId,
        title: 'Alla behöriga',
        targets: [
          {
            indicatorKey: 'ak9.vocationalEligible',
            scopeOrganisationId: orebroId,
            kind: 'VALUE',
            targetValue: 98,
            targetYear: 2026,
          },
        ],
      },
    });
    expect(res.createGoal.targets[0].progress).toMatchObject({ latestValue: 100, latestYear: 2024 });
  });
});
