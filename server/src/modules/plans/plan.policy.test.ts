import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type { Role, Viewer } from '../../auth/viewer.js';
import { canEditPlan, canUpdateItemStatus, canViewPlan } from './plan.policy.js';

const viewer = (role: Role, municipalityCode = '1490', personId = 'a'.repeat(24)): Viewer => ({
  personId,
  name: 'n',
  email: 'e',
  memberships: [{ role, municipalityCode, organisationCode: municipalityCode, organisationId: 'o' }],
});
const active = { municipalityCode: '1490', status: 'active' as const };
const draft = { municipalityCode: '1490', status: 'draft' as const };

describe('plan policy', () => {
  it.each([
    ['politician', true, false],
    ['administration', true, true],
    ['principal', true, false],
    ['teacher', true, false],
    ['coach', false, false],
    ['admin', true, true],
  ] as const)('%s sees published: %s, drafts: %s', (role, published, drafts) => {
    expect(canViewPlan(viewer(role), active)).toBe(published);
    expect(canViewPlan(viewer(role), draft)).toBe(drafts);
  });

  it('lets only the municipality’s administration edit', () => {
    expect(canEditPlan(viewer('administration'), active)).toBe(true);
    expect(canEditPlan(viewer('administration', '1880'), active)).toBe(false);
    expect(canEditPlan(viewer('admin'), active)).toBe(false);
    expect(canEditPlan(null, active)).toBe(false);
  });

  it('lets a principal update only items assigned to them', () => {
    const me = viewer('principal');
    const mine = { municipalityCode: '1490', responsibleId: new mongoose.Types.ObjectId(me.personId) };
    const theirs = { municipalityCode: '1490', responsibleId: new mongoose.Types.ObjectId() };
    expect(canUpdateItemStatus(me, mine, active)).toBe(true);
    expect(canUpdateItemStatus(me, theirs, active)).toBe(false);
    expect(canUpdateItemStatus(me, mine, draft)).toBe(false);
    expect(canUpdateItemStatus(viewer('teacher', '1490', me.personId), mine, active)).toBe(false);
  });
});
