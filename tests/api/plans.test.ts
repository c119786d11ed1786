/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { errorCode, makeMunicipality, makePerson, makeSchoolUnit, signedIn, type ApiClient } from '../support/api.js';
import { ActionItemModel, StatusUpdateModel } from '../../server/src/modules/plans/plan.model.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';

const CREATE_PLAN = `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id version status title owner { code } period { from to } } }`;
const UPDATE_PLAN = `mutation($input: UpdateActionPlanInput!) { updateActionPlan(input: $input) { id version status } }`;
const CREATE_AREA = `mutation($input: CreateAreaInput!) { createArea(input: $input) { id title position } }`;
const CREATE_ITEM = `mutation($input: CreateActionItemInput!) { createActionItem(input: $input) { id version status progress responsible { name } } }`;
const RECORD = `mutation($input: RecordStatusUpdateInput!) { recordStatusUpdate(input: $input) {
  id version status progress effect lastUpdate { text authorName } updates { totalCount nodes { text status progress evidenceUrl authorName author { name } } } } }`;

describe('action plans: each role does its job; versions, bad input and the audit trail', () => {
  let server: TestServer;
  let admin: ApiClient;
  let principal: ApiClient;
  let politician: ApiClient;
  let municipalityId: string;
  let principalId: string;
  let itemId: string;
  let planId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const boras = await makeMunicipality('1490', 'Borås kommun');
    municipalityId = boras._id.toHexString();
    const unit = await makeSchoolUnit(boras, '86215855', 'Engelbrektskolan 7-9');
    await makePerson('skolchef@boras.test', [{ organisation: boras, role: 'administration' }], 'Skolchef Borås');
    const p = await makePerson('rektor@boras.test', [{ organisation: unit, role: 'principal' }], 'Rektor Engelbrekt');
    principalId = p._id.toHexString();
    await makePerson('politiker@boras.test', [{ organisation: boras, role: 'politician' }], 'Politiker');
    [admin, principal, politician] = await Promise.all([
      signedIn(server.url, 'skolchef@boras.test'),
      signedIn(server.url, 'rektor@boras.test'),
      signedIn(server.url, 'politiker@boras.test'),
    ]);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('the administration creates a plan, an area and an item, and publishes the plan', async () => {
    const created = await admin.ok<any>(CREATE_PLAN, {
      input: {
        organisationId: municipalityId,
        title: 'Lust att lära – möjlighet att lyckas!',
        purpose: 'Ökade möjligheter för varje elev.',
        startingPoints: ['Behörighet för alla'],
        period: { from: '2013/14', to: '2014/15' },
      },
    });
    expect(created.createActionPlan).toMatchObject({
      version: 1,
      status: 'DRAFT',
      owner: { code: '1490' },
      period: { from: '2013/14', to: '2014/15' },
    });
    planId = created.createActionPlan.id;
    // A draft is invisible to the politician.
    expect(
      (await politician.ok<any>('query($id: ID!) { actionPlan(id: $id) { id } }', { id: planId })).actionPlan,
    ).toBeNull();
    const area = await admin.ok<any>(CREATE_AREA, { input: { planId, title: 'Rektors uppdrag' } });
    const item = await admin.ok<any>(CREATE_ITEM, {
      input: {
        areaId: area.createArea.id,
        text: 'Definiera och förtydliga uppdraget som rektor i Borås Stad.',
        responsibleId: principalId,
        dueDate: '2014-06-30T00:00:00.000Z',
      },
    });
    expect(item.createActionItem).toMatchObject({
      version: 1,
      status: 'NOT_STARTED',
      progress: 0,
      responsible: { name: 'Rektor Engelbrekt' },
    });
    itemId = item.createActionItem.id;
    const published = await admin.ok<any>(UPDATE_PLAN, { input: { id: planId, expectedVersion: 1, status: 'ACTIVE' } });
    expect(published.updateActionPlan).toMatchObject({ version: 2, status: 'ACTIVE' });
    expect(
      (await politician.ok<any>('query($id: ID!) { actionPlan(id: $id) { title } }', { id: planId })).actionPlan.title,
    ).toMatch(/Lust att lära/);
  });

  it('the assigned principal records a status update; the politician follows it', async () => {
    const res = await principal.ok<any>(RECORD, {
      input: {
        itemId,
        status: 'IN_PROGRESS',
        progress: 40,
        text: 'Utkast klart.',
        evidenceUrl: 'https://example.se/utkast',
        expectedVersion: 1,
      },
    });
    expect(res.recordStatusUpdate).toMatchObject({
      version: 2,
      status: 'IN_PROGRESS',
      progress: 40,
      lastUpdate: { text: 'Utkast klart.', authorName: 'Rektor Engelbrekt' },
    });
    expect(res.recordStatusUpdate.updates.nodes[0]).toMatchObject({
      evidenceUrl: 'https://example.se/utkast',
      author: { name: 'Rektor Engelbrekt' },
    });
    const read = await politician.ok<any>(
      'query($id: ID!) { actionItem(id: $id) { status progress canUpdate updates { totalCount } } }',
      { id: itemId },
    );
    expect(read.actionItem).toEqual({
      status: 'IN_PROGRESS',
      progress: 40,
      canUpdate: false,
      updates: { totalCount: 1 },
    });
  });

  it('a stale version gives CONFLICT with the current item and overwrites nothing', async () => {
    const res = await admin.gql(RECORD, {
      input: { itemId, status: 'AT_RISK', progress: 10, text: 'Gammal bild.', expectedVersion: 1 },
    });
    expect(errorCode(res)).toBe('CONFLICT');
    const current = res.errors![0]!.extensions.current as any;
    expect(current).toMatchObject({
      id: itemId,
      version: 2,
      status: 'IN_PROGRESS',
      progress: 40,
      lastUpdate: { text: 'Utkast klart.', authorName: 'Rektor Engelbrekt' },
    });
    expect(res.errors![0]!.extensions.messages?.sv).toMatch(/Någon annan har ändrat/);
    const stored = await ActionItemModel.findById(itemId).lean();
    expect(stored).toMatchObject({ version: 2, status: 'inProgress', progress: 40 });
    expect(await StatusUpdateModel.countDocuments({ itemId: stored!._id })).toBe(1);
  });

  it('bad input is refused per field, in Swedish and English', async () => {
    const res = await admin.gql(RECORD, {
      input: {
        itemId,
        status: 'DONE',
        progress: 140,
        text: '',
        evidenceUrl: 'javascript:alert(1)',
        expectedVersion: 2,
      },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const fields = Object.fromEntries(res.errors![0]!.extensions.fields!.map((f) => [f.field, f.message]));
    expect(fields['input.progress']).toEqual({ sv: 'får vara högst 100', en: 'must be at most 100' });
    expect(fields['input.text']).toEqual({ sv: 'får inte vara tom', en: 'must not be empty' });
    expect(fields['input.evidenceUrl']).toEqual({
      sv: 'måste vara en http- eller https-adress',
      en: 'must be an http or https address',
    });
    expect(fields['input.effect']?.en).toMatch(/effect/);
    const long = await admin.gql(RECORD, {
      input: { itemId, status: 'IN_PROGRESS', progress: 50, text: 'x'.repeat(2001), expectedVersion: 2 },
    });
    expect(long.errors![0]!.extensions.fields![0]).toEqual({
      field: 'input.text',
      message: { sv: 'får vara högst 2000 tecken', en: 'must be at most 2000 characters' },
    });
    const badId = await admin.gql(RECORD, {
      input: { itemId: 'not-an-id', status: 'IN_PROGRESS', progress: 50, text: 'x', expectedVersion: 2 },
    });
    expect(badId.errors![0]!.extensions.fields![0]!.field).toBe('input.itemId');
    const badPeriod = await admin.gql(CREATE_PLAN, {
      input: { organisationId: municipalityId, title: 'X', period: { from: '2013/15', to: '2012/13' } },
    });
    expect(badPeriod.errors![0]!.extensions.fields!.map((f) => f.field)).toEqual([
      'input.period.from',
      'input.period.to',
    ]);
  });

  it('closing as DONE records the effect separately', async () => {
    const res = await admin.ok<any>(RECORD, {
      input: {
        itemId,
        status: 'DONE',
        progress: 100,
        text: 'Klart.',
        effect: 'Rektorerna beskriver tydligare ansvar.',
        expectedVersion: 2,
      },
    });
    expect(res.recordStatusUpdate).toMatchObject({
      version: 3,
      status: 'DONE',
      effect: 'Rektorerna beskriver tydligare ansvar.',
    });
  });

  it('the audit trail records each change with before and after', async () => {
    const log = await admin.ok<any>(
      'query($id: ID!) { auditLog(targetId: $id) { totalCount nodes { action actorName before after } } }',
      { id: itemId },
    );
    const actions = log.auditLog.nodes.map((n: any) => n.action);
    expect(actions).toEqual(['actionItem.statusUpdate', 'actionItem.statusUpdate', 'actionItem.create']);
    const done = log.auditLog.nodes[0];
    expect(JSON.parse(done.before)).toMatchObject({ status: 'inProgress', progress: 40, version: 2 });
    expect(JSON.parse(done.after)).toMatchObject({ status: 'done', progress: 100, version: 3 });
    expect(log.auditLog.nodes[1].actorName).toBe('Rektor Engelbrekt');
    expect(log.auditLog.nodes[2].before).toBeNull();
    const planLog = await admin.ok<any>('query($id: ID!) { auditLog(targetId: $id) { nodes { action } } }', {
      id: planId,
    });
    expect(planLog.auditLog.nodes.map((n: any) => n.action)).toEqual(['actionPlan.update', 'actionPlan.create']);
    // Refused and conflicting mutations left no audit event behind.
    expect(
      await AuditEventModel.countDocuments({ targetId: (await ActionItemModel.findById(itemId).lean())!._id }),
    ).toBe(3);
  });

  it('paginates plans and refuses pages over the maximum', async () => {
    const res = await admin.gql('query($id: ID!) { actionPlans(organisationId: $id, first: 101) { totalCount } }', {
      id: municipalityId,
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const page = await admin.ok<any>(
      'query($id: ID!) { actionPlans(organisationId: $id, first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }',
      { id: municipalityId },
    );
    expect(page.actionPlans.totalCount).toBe(1);
    expect(page.actionPlans.pageInfo.hasNextPage).toBe(false);
  });
});
