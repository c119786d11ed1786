import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { usePlansStore } from './plans.store.js';
import { plansApi } from './plans.api.js';
import { makeItem, makePlan } from '../../test/factories.js';
import type { AppError } from '../../api/errors.js';

const conflictError: AppError = { code: 'CONFLICT', message: { sv: 'Konflikt', en: 'Conflict' }, fields: [] };

describe('the plans store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.restoreAllMocks();
  });

  it('loads a plan and computes its progress and filtered areas', async () => {
    const items = [makeItem({ progress: 40, status: 'AT_RISK' }), makeItem({ progress: 80 })];
    vi.spyOn(plansApi, 'plan').mockResolvedValue(makePlan(items));
    const store = usePlansStore();
    await store.loadPlan('plan-1');
    expect(store.progress?.percent).toBe(60);
    store.filters.status = 'AT_RISK';
    expect(store.shownItems).toBe(1);
    expect(store.totalItems).toBe(2);
    store.clearFilters();
    expect(store.shownItems).toBe(2);
  });

  it('keeps the error of a failed read for the view to show', async () => {
    vi.spyOn(plansApi, 'plan').mockRejectedValue({ code: 'FORBIDDEN', message: { sv: 'Nej', en: 'No' }, fields: [] });
    const store = usePlansStore();
    await store.loadPlan('plan-1');
    expect(store.error?.code).toBe('FORBIDDEN');
    expect(store.loading).toBe(false);
  });

  it('sends the draft against the version it was written on and updates the plan', async () => {
    const item = makeItem({ id: 'i1', version: 3 });
    vi.spyOn(plansApi, 'plan').mockResolvedValue(makePlan([item]));
    const record = vi
      .spyOn(plansApi, 'recordUpdate')
      .mockResolvedValue({ ...item, status: 'DONE', progress: 100, version: 4 });
    const store = usePlansStore();
    await store.loadPlan('plan-1');
    const draft = store.ensureDraft(item);
    draft.status = 'DONE';
    draft.text = 'Genomfört';
    draft.effect = 'Fler elever behöriga';
    expect(store.progressAfter(draft, 'i1')).toBe(100);
    expect(await store.submitUpdate('i1')).toBe(true);
    expect(record).toHaveBeenCalledWith('i1', 3, expect.objectContaining({ status: 'DONE', progress: 100 }));
    expect(store.plan?.areas[0]?.items[0]?.status).toBe('DONE');
    expect(store.lastSavedItemId).toBe('i1');
  });

  it('does not send a draft with field problems', async () => {
    const item = makeItem({ id: 'i1' });
    const record = vi.spyOn(plansApi, 'recordUpdate');
    const store = usePlansStore();
    store.ensureDraft(item).text = '';
    expect(await store.submitUpdate('i1')).toBe(false);
    expect(store.fieldErrors.text).toBe('update.errors.textMissing');
    expect(record).not.toHaveBeenCalled();
  });

  it('on a conflict keeps what was typed, shows their version, and re-applies the draft on top of it', async () => {
    const mine = makeItem({ id: 'i1', version: 3, status: 'IN_PROGRESS', progress: 50 });
    const theirs = { ...mine, version: 5, status: 'AT_RISK' as const, progress: 30 };
    const record = vi
      .spyOn(plansApi, 'recordUpdate')
      .mockRejectedValueOnce(conflictError)
      .mockResolvedValueOnce({ ...theirs, version: 6, progress: 90 });
    vi.spyOn(plansApi, 'item').mockResolvedValue(theirs);
    const store = usePlansStore();
    const draft = store.ensureDraft(mine);
    draft.progress = 90;
    draft.text = 'Nästan klart';

    expect(await store.submitUpdate('i1')).toBe(false);
    expect(store.conflict?.theirs.version).toBe(5);
    expect(store.conflict?.mine).toMatchObject({ progress: 90, text: 'Nästan klart' });
    expect(store.saveError).toBeNull();

    store.reapplyOnTheirs();
    expect(store.conflict).toBeNull();
    expect(store.drafts.i1).toMatchObject({ progress: 90, text: 'Nästan klart' });
    expect(store.draftBase.i1).toBe(5);

    expect(await store.submitUpdate('i1')).toBe(true);
    expect(record).toHaveBeenLastCalledWith('i1', 5, expect.objectContaining({ progress: 90, text: 'Nästan klart' }));
  });

  it('discarding after a conflict starts a fresh draft from their version', async () => {
    const mine = makeItem({ id: 'i1', version: 1 });
    vi.spyOn(plansApi, 'recordUpdate').mockRejectedValue(conflictError);
    vi.spyOn(plansApi, 'item').mockResolvedValue({ ...mine, version: 2, status: 'AT_RISK', progress: 10 });
    const store = usePlansStore();
    store.ensureDraft(mine).text = 'Mitt utkast';
    await store.submitUpdate('i1');
    store.discardDraft();
    expect(store.drafts.i1).toMatchObject({ status: 'AT_RISK', progress: 10, text: '' });
    expect(store.draftBase.i1).toBe(2);
  });
});
