import { describe, expect, it } from 'vitest';
import { ActionItemModel, StatusUpdateModel } from './plan.model.js';
import { createActionPlan, findVisiblePlan, listActionPlans, recordStatusUpdate, updateActionPlan } from './index.js';
import {
  makeMunicipality,
  makePerson,
  makePlan,
  makeViewer,
  unknownId,
  useTestDatabase,
} from '../../test/factories.js';
import { toViewer } from '../../auth/index.js';

useTestDatabase();

const period = { from: '2024/25', to: '2025/26' };

describe('createActionPlan', () => {
  it("lets the municipality's administration create a draft at version 1", async () => {
    const municipality = await makeMunicipality();
    const leader = await makeViewer('administration', municipality);
    const plan = await createActionPlan(leader, {
      organisationId: municipality._id.toHexString(),
      title: 'Läsa mer',
      period,
    });
    expect(plan).toMatchObject({ title: 'Läsa mer', status: 'draft', version: 1, municipalityCode: municipality.code });
  });

  it('refuses a teacher, and an administration of another municipality, with FORBIDDEN', async () => {
    const municipality = await makeMunicipality();
    const input = { organisationId: municipality._id.toHexString(), title: 'Läsa mer', period };
    const teacher = await makeViewer('teacher', municipality);
    const neighbour = await makeViewer('administration', await makeMunicipality());
    await expect(createActionPlan(teacher, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(createActionPlan(neighbour, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('names the field of bad input (input.title, input.period.to) in both languages', async () => {
    const municipality = await makeMunicipality();
    const leader = await makeViewer('administration', municipality);
    const error = await createActionPlan(leader, {
      organisationId: municipality._id.toHexString(),
      title: '',
      period: { from: '2025/26', to: '2024/25' },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    const fields = (error as { fields: Array<{ field: string; message: { sv: string; en: string } }> }).fields;
    expect(fields.map((f) => f.field).sort()).toEqual(['input.period.to', 'input.title']);
    for (const f of fields) expect(f.message.sv && f.message.en).toBeTruthy();
  });

  it('answers UNAUTHENTICATED without a viewer and NOT_FOUND for an unknown organisation', async () => {
    const municipality = await makeMunicipality();
    const leader = await makeViewer('administration', municipality);
    await expect(createActionPlan(null, { organisationId: unknownId(), title: 'x', period })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    await expect(createActionPlan(leader, { organisationId: unknownId(), title: 'x', period })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('findVisiblePlan and listActionPlans', () => {
  it('hide drafts from teachers and show them to the administration', async () => {
    const municipality = await makeMunicipality();
    const { plan: draft } = await makePlan({ owner: municipality, status: 'draft' });
    const { plan: active } = await makePlan({ owner: municipality, status: 'active' });
    const teacher = await makeViewer('teacher', municipality);
    const leader = await makeViewer('administration', municipality);
    expect(await findVisiblePlan(teacher, draft._id.toHexString())).toBeNull();
    expect((await findVisiblePlan(leader, draft._id.toHexString()))?.title).toBe(draft.title);
    const organisationId = municipality._id.toHexString();
    expect((await listActionPlans(teacher, { organisationId })).nodes.map((p) => p.title)).toEqual([active.title]);
    expect((await listActionPlans(leader, { organisationId })).nodes.map((p) => p.title).sort()).toEqual(
      [draft.title, active.title].sort(),
    );
  });

  it("answers another municipality's plan as it answers an id that does not exist", async () => {
    const { plan } = await makePlan({ owner: await makeMunicipality() });
    const outsider = await makeViewer('administration', await makeMunicipality());
    expect(await findVisiblePlan(outsider, plan._id.toHexString())).toBeNull();
    expect(await findVisiblePlan(outsider, unknownId())).toBeNull();
  });
});

describe('updateActionPlan', () => {
  it('moves the version on, and answers a stale version with CONFLICT carrying the current one', async () => {
    const municipality = await makeMunicipality();
    const leader = await makeViewer('administration', municipality);
    const { plan } = await makePlan({ owner: municipality });
    const id = plan._id.toHexString();
    const updated = await updateActionPlan(leader, { id, expectedVersion: 1, title: 'Ny titel' });
    expect(updated).toMatchObject({ title: 'Ny titel', version: 2 });
    const stale = await updateActionPlan(leader, { id, expectedVersion: 1, title: 'Min titel' }).catch(
      (e: unknown) => e,
    );
    expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { current: { id, version: 2, title: 'Ny titel' } } });
  });
});

describe('recordStatusUpdate', () => {
  it('lets the principal responsible for an item record an update, and no other principal', async () => {
    const municipality = await makeMunicipality();
    const responsible = await makePerson([{ organisation: municipality, role: 'principal' }]);
    const {
      items: [item],
    } = await makePlan({ owner: municipality, items: [{ responsibleId: responsible._id }] });
    const input = {
      itemId: item!._id.toHexString(),
      status: 'inProgress',
      progress: 40,
      text: 'Läsgrupperna är igång.',
      expectedVersion: 1,
    };
    const other = await makeViewer('principal', municipality);
    await expect(recordStatusUpdate(other, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const saved = await recordStatusUpdate(toViewer(responsible), input);
    expect(saved).toMatchObject({ status: 'inProgress', progress: 40, version: 2 });
    expect(saved.lastUpdate).toMatchObject({ text: 'Läsgrupperna är igång.', authorName: responsible.name });
    expect(await StatusUpdateModel.countDocuments({ itemId: item!._id })).toBe(1);
  });

  it('writes nothing when the update is refused as bad input (done without an effect)', async () => {
    const municipality = await makeMunicipality();
    const leader = await makeViewer('administration', municipality);
    const {
      items: [item],
    } = await makePlan({ owner: municipality });
    const error = await recordStatusUpdate(leader, {
      itemId: item!._id.toHexString(),
      status: 'done',
      progress: 100,
      text: 'Klart.',
      expectedVersion: 1,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.effect' }] });
    expect(await ActionItemModel.findById(item!._id).lean()).toMatchObject({ status: 'notStarted', version: 1 });
    expect(await StatusUpdateModel.countDocuments({ itemId: item!._id })).toBe(0);
  });
});
