import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { editScope, inEditScope, inReadScope, loadForEdit, loadInScope, readScope, scopeFilter } from './scope.js';
import type { Role, Viewer } from './viewer.js';
import { canEditPlan, canViewPlan } from '../modules/plans/plan.policy.js';
import { ActionPlanModel, type ActionPlanDoc } from '../modules/plans/plan.model.js';
import { makeMunicipality, makePlan, makeViewer, useTestDatabase } from '../test/factories.js';

useTestDatabase();

const roles: Role[] = ['politician', 'administration', 'principal', 'teacher', 'coach', 'admin'];
const WHAT = { sv: 'Handlingsplanen', en: 'The action plan' };

describe('the scope agrees with the plan policy it replaces', () => {
  it('reads in the database exactly the plans canViewPlan shows, and edits where canEditPlan allows', async () => {
    const home = await makeMunicipality();
    const other = await makeMunicipality();
    const plans: ActionPlanDoc[] = [];
    for (const owner of [home, other])
      for (const status of ['draft', 'active', 'closed'] as const) plans.push((await makePlan({ owner, status })).plan);
    const ids = plans.map((p) => p._id);

    const viewers: Viewer[] = [];
    for (const role of roles) viewers.push(await makeViewer(role, home));
    for (const viewer of viewers) {
      const scope = readScope(viewer);
      const expected = plans.filter((p) => canViewPlan(viewer, p)).map((p) => p._id.toHexString());
      expect(plans.filter((p) => inReadScope(scope, p)).map((p) => p._id.toHexString())).toEqual(expected);
      const found = await ActionPlanModel.find({ _id: mongoose.trusted({ $in: ids }), ...scopeFilter(scope) }).lean<
        ActionPlanDoc[]
      >();
      expect(found.map((p) => p._id.toHexString()).sort()).toEqual([...expected].sort());
      const edit = editScope(viewer);
      expect(plans.map((p) => inEditScope(edit, p))).toEqual(plans.map((p) => canEditPlan(viewer, p)));
    }
  });

  it('answers a hidden plan as an absent one, and FORBIDDEN only for a visible one', async () => {
    const home = await makeMunicipality();
    const draft = (await makePlan({ owner: home, status: 'draft' })).plan;
    const active = (await makePlan({ owner: home, status: 'active' })).plan;
    const teacher = await makeViewer('teacher', home);
    await expect(loadInScope(readScope(teacher), async () => draft, WHAT)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(loadInScope(readScope(teacher), async () => null, WHAT)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(loadForEdit(editScope(teacher), async () => draft, WHAT)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(loadForEdit(editScope(teacher), async () => active, WHAT)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const leader = await makeViewer('administration', home);
    await expect(loadForEdit(editScope(leader), async () => draft, WHAT)).resolves.toMatchObject({ _id: draft._id });
  });
});
