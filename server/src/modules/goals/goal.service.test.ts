import { describe, expect, it } from 'vitest';
import {
  addTarget,
  createGoal,
  findVisibleGoal,
  removeTarget,
  setGoalItemLink,
  updateGoal,
  updateTarget,
} from './index.js';
import { ensureIndicators, indicatorCatalog } from '../indicators/index.js';
import {
  makeGoal,
  makeMunicipality,
  makePlan,
  makeSchool,
  makeViewer,
  unknownId,
  useTestDatabase,
} from '../../test/factories.js';

useTestDatabase();

describe('createGoal', () => {
  it('lets the administration create a goal in its plan, active at version 1 unless told otherwise', async () => {
    const municipality = await makeMunicipality();
    const leader = await makeViewer('administration', municipality);
    const { plan } = await makePlan({ owner: municipality });
    const goal = await createGoal(leader, {
      organisationId: municipality._id.toHexString(),
      title: 'Alla elever behöriga',
      planId: plan._id.toHexString(),
    });
    expect(goal).toMatchObject({ title: 'Alla elever behöriga', status: 'active', version: 1, targets: [] });
    expect(goal.planId?.toHexString()).toBe(plan._id.toHexString());
  });

  it('refuses a plan of another municipality as bad input on input.planId, and a teacher with FORBIDDEN', async () => {
    const municipality = await makeMunicipality();
    const leader = await makeViewer('administration', municipality);
    const { plan: foreign } = await makePlan({ owner: await makeMunicipality() });
    const input = { organisationId: municipality._id.toHexString(), title: 'Mål', planId: foreign._id.toHexString() };
    await expect(createGoal(leader, input)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.planId' }],
    });
    const teacher = await makeViewer('teacher', municipality);
    await expect(createGoal(teacher, { ...input, planId: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('findVisibleGoal', () => {
  it("hides drafts from teachers and answers another municipality's goal as an unknown id", async () => {
    const municipality = await makeMunicipality();
    const draft = await makeGoal({ owner: municipality, status: 'draft' });
    const teacher = await makeViewer('teacher', municipality);
    const leader = await makeViewer('administration', municipality);
    expect(await findVisibleGoal(teacher, draft._id.toHexString())).toBeNull();
    expect((await findVisibleGoal(leader, draft._id.toHexString()))?.title).toBe(draft.title);
    const outsider = await makeViewer('administration', await makeMunicipality());
    expect(await findVisibleGoal(outsider, draft._id.toHexString())).toBeNull();
    expect(await findVisibleGoal(outsider, unknownId())).toBeNull();
  });
});

describe('updateGoal', () => {
  it('moves the version on, and answers a stale version with CONFLICT carrying the current title', async () => {
    const municipality = await makeMunicipality();
    const leader = await makeViewer('administration', municipality);
    const goal = await makeGoal({ owner: municipality });
    const id = goal._id.toHexString();
    expect(await updateGoal(leader, { id, expectedVersion: 1, title: 'Topp 25' })).toMatchObject({
      title: 'Topp 25',
      version: 2,
    });
    const stale = await updateGoal(leader, { id, expectedVersion: 1, title: 'Topp 50' }).catch((e: unknown) => e);
    expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { current: { id, version: 2, title: 'Topp 25' } } });
  });
});

describe('setGoalItemLink', () => {
  it('links an item to a goal of its municipality and unlinks it again', async () => {
    const municipality = await makeMunicipality();
    const leader = await makeViewer('administration', municipality);
    const {
      items: [item],
    } = await makePlan({ owner: municipality });
    const goal = await makeGoal({ owner: municipality });
    const input = { goalId: goal._id.toHexString(), itemId: item!._id.toHexString() };
    const linked = await setGoalItemLink(leader, input, true);
    expect(linked.goalIds.map((g) => g.toHexString())).toEqual([goal._id.toHexString()]);
    const unlinked = await setGoalItemLink(leader, input, false);
    expect(unlinked.goalIds).toEqual([]);
  });

  it("answers a goal of another municipality as NOT_FOUND and a teacher's link as FORBIDDEN", async () => {
    const municipality = await makeMunicipality();
    const leader = await makeViewer('administration', municipality);
    const {
      items: [item],
    } = await makePlan({ owner: municipality });
    const foreign = await makeGoal({ owner: await makeMunicipality() });
    const itemId = item!._id.toHexString();
    await expect(setGoalItemLink(leader, { goalId: foreign._id.toHexString(), itemId }, true)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const own = await makeGoal({ owner: municipality });
    const teacher = await makeViewer('teacher', municipality);
    await expect(setGoalItemLink(teacher, { goalId: own._id.toHexString(), itemId }, true)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('goal writes in the scope', () => {
  it('refuses a leader of another municipality every write on a goal as for an unknown id, and changes nothing', async () => {
    const orebro = await makeMunicipality();
    const goal = await makeGoal({ owner: orebro });
    const outsider = await makeViewer('administration', await makeMunicipality());
    const refusal = async (work: Promise<unknown>) => {
      const e = (await work.catch((err: unknown) => err)) as { code: string; text: unknown; extensions: unknown };
      return { code: e.code, text: e.text, extensions: e.extensions };
    };
    const writes: Array<(id: string) => Promise<unknown>> = [
      (id) => updateGoal(outsider, { id, expectedVersion: 1, title: 'Borås mål' }),
      (id) => removeTarget(outsider, id, unknownId()),
    ];
    for (const write of writes) {
      const hidden = await refusal(write(goal._id.toHexString()));
      expect(hidden.code).toBe('NOT_FOUND');
      expect(hidden).toEqual(await refusal(write(unknownId())));
    }
    const leader = await makeViewer('administration', orebro);
    expect(await findVisibleGoal(leader, goal._id.toHexString())).toMatchObject({ title: goal.title, version: 1 });
  });
});

describe('targets: added, changed and removed', () => {
  it('changes a target against the goal version, keeping its id; a school unit scope, a rank over 290 for the municipality refused', async () => {
    await ensureIndicators(indicatorCatalog.filter((d) => d.key === 'oj.compositeRank'));
    const municipality = await makeMunicipality();
    const school = await makeSchool(municipality);
    const leader = await makeViewer('administration', municipality);
    const goal = await makeGoal({ owner: municipality });
    const goalId = goal._id.toHexString();
    const rank = (scopeOrganisationId: string, targetRank: number) => ({
      indicatorKey: 'oj.compositeRank',
      scopeOrganisationId,
      kind: 'rank',
      targetRank,
      targetYear: 2028,
    });
    const added = await addTarget(leader, { goalId, target: rank(municipality._id.toHexString(), 50) });
    const targetId = added.targets[0]!._id.toHexString();
    expect(added.version).toBe(2);
    await expect(
      updateTarget(leader, { goalId, targetId, expectedVersion: 2, target: rank(municipality._id.toHexString(), 291) }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.target.targetRank' }] });
    const changed = await updateTarget(leader, {
      goalId,
      targetId,
      expectedVersion: 2,
      target: rank(school._id.toHexString(), 291),
    });
    expect(changed.version).toBe(3);
    expect(changed.targets).toHaveLength(1);
    expect(changed.targets[0]).toMatchObject({ scopeCode: school.code, targetRank: 291 });
    expect(changed.targets[0]!._id.toHexString()).toBe(targetId);
    const stale = await updateTarget(leader, {
      goalId,
      targetId,
      expectedVersion: 2,
      target: rank(school._id.toHexString(), 5),
    }).catch((e: unknown) => e);
    expect(stale).toMatchObject({
      code: 'CONFLICT',
      extensions: { current: { version: 3, targets: [{ id: targetId }] } },
    });
    const teacher = await makeViewer('teacher', municipality);
    await expect(removeTarget(teacher, goalId, targetId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await removeTarget(leader, goalId, targetId)).targets).toEqual([]);
  });
});
