import { beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { usePlansStore } from './plans.store.js';
import { usePlan, useRecordUpdate } from './plans.api.js';
import { filterAreas, planProgress, progressAfter } from './plans.logic.js';
import { makeItem, makePlan } from '../../test/factories.js';
import { mountWithApp } from '../../test/mount.js';
import { apiItem, apiPlan, fakeGraphql, serverError, type SentRequest } from '../../test/graphql.js';
import type { ActionItem, ActionPlan } from './plans.types.js';

/** A page that shows a plan from the cache and sends updates through useRecordUpdate. */
function mountPlanPage(answer: Parameters<typeof fakeGraphql>[0]) {
  const server = fakeGraphql(answer);
  let exposed!: { plan: () => ActionPlan | null; submit: (item: ActionItem) => Promise<boolean> };
  const Page = defineComponent({
    setup() {
      const page = usePlan(() => 'plan-1');
      const update = useRecordUpdate();
      exposed = { plan: () => page.data.value, submit: update.submit };
      return () => h('div');
    },
  });
  mountWithApp(Page, { client: server.client });
  return { ...server, page: exposed, store: usePlansStore() };
}

const sent = (requests: SentRequest[], name: string) => requests.filter((r) => r.operationName === name);

describe('the plans store (UI state) with the GraphQL cache', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('keeps the plan page filters; progress and filtered areas follow from the plan', () => {
    const plan = makePlan([makeItem({ progress: 40, status: 'AT_RISK' }), makeItem({ progress: 80 })]);
    const store = usePlansStore();
    expect(planProgress(plan).percent).toBe(60);
    store.filters.status = 'AT_RISK';
    const shown = () => filterAreas(plan.areas, store.filters).reduce((n, a) => n + a.items.length, 0);
    expect(shown()).toBe(1);
    expect(plan.areas.reduce((n, a) => n + a.items.length, 0)).toBe(2);
    store.clearFilters();
    expect(shown()).toBe(2);
  });

  it('sends the draft against the version it was written on, and the cached plan shows the result', async () => {
    const item = makeItem({ id: 'i1', version: 3 });
    const savedItem = { ...item, status: 'DONE' as const, progress: 100, version: 4 };
    const { page, store, requests } = mountPlanPage((r) =>
      r.operationName === 'Plan'
        ? { data: { actionPlan: apiPlan(makePlan([item])) } }
        : { data: { recordStatusUpdate: apiItem(savedItem) } },
    );
    await flushPromises();
    const draft = store.ensureDraft(item);
    draft.status = 'DONE';
    draft.text = 'Genomfört';
    draft.effect = 'Fler elever behöriga';
    expect(progressAfter(page.plan()!, draft, 'i1')).toBe(100);
    expect(await page.submit(item)).toBe(true);
    expect(sent(requests, 'RecordStatusUpdate')[0]?.variables.input).toMatchObject({
      itemId: 'i1',
      expectedVersion: 3,
      status: 'DONE',
      progress: 100,
    });
    await flushPromises();
    // The normalised cache updated the plan from the mutation's answer: no second Plan request.
    expect(page.plan()?.areas[0]?.items[0]?.status).toBe('DONE');
    expect(sent(requests, 'Plan')).toHaveLength(1);
    expect(store.lastSavedItemId).toBe('i1');
  });

  it('does not send a draft with field problems', async () => {
    const item = makeItem({ id: 'i1' });
    const { page, store, requests } = mountPlanPage(() => ({ data: { actionPlan: null } }));
    store.ensureDraft(item).text = '';
    expect(await page.submit(item)).toBe(false);
    expect(store.fieldErrors.text).toBe('update.errors.textMissing');
    expect(sent(requests, 'RecordStatusUpdate')).toHaveLength(0);
  });

  it('puts the server’s field problems on their form fields (input.text → text)', async () => {
    const item = makeItem({ id: 'i1' });
    const { page, store } = mountPlanPage((r) =>
      r.operationName === 'Plan'
        ? { data: { actionPlan: null } }
        : {
            errors: serverError('BAD_USER_INPUT', {
              fields: [{ field: 'input.text', message: { sv: 'är för lång', en: 'is too long' } }],
            }),
          },
    );
    store.ensureDraft(item).text = 'Något';
    expect(await page.submit(item)).toBe(false);
    expect(store.fieldErrors.text).toEqual({ sv: 'är för lång', en: 'is too long' });
  });

  it('on a conflict keeps what was typed, shows their version from the error (no refetch), and re-applies', async () => {
    const mine = makeItem({ id: 'i1', version: 3, status: 'IN_PROGRESS', progress: 50 });
    const lastUpdate = { text: 'Försenat', authorName: 'Omar Nilsson', at: '2026-11-22T10:00:00.000Z' };
    let attempt = 0;
    const { page, store, requests } = mountPlanPage((r) => {
      if (r.operationName === 'Plan') return { data: { actionPlan: null } };
      attempt += 1;
      if (attempt === 1) {
        return {
          errors: serverError('CONFLICT', {
            current: { id: 'i1', version: 5, status: 'AT_RISK', progress: 30, effect: null, lastUpdate },
          }),
        };
      }
      return { data: { recordStatusUpdate: apiItem({ ...mine, version: 6, progress: 90 }) } };
    });
    const draft = store.ensureDraft(mine);
    draft.progress = 90;
    draft.text = 'Nästan klart';

    expect(await page.submit(mine)).toBe(false);
    expect(store.conflict?.theirs.version).toBe(5);
    expect(store.conflict?.theirs).toMatchObject({ status: 'AT_RISK', progress: 30, lastUpdate });
    expect(store.conflict?.mine).toMatchObject({ progress: 90, text: 'Nästan klart' });
    expect(store.saveError).toBeNull();
    expect(requests.filter((r) => r.operationName === 'ActionItem')).toHaveLength(0);

    store.reapplyOnTheirs();
    expect(store.conflict).toBeNull();
    expect(store.drafts.i1).toMatchObject({ progress: 90, text: 'Nästan klart' });
    expect(store.draftBase.i1).toBe(5);

    expect(await page.submit(mine)).toBe(true);
    expect(sent(requests, 'RecordStatusUpdate').at(-1)?.variables.input).toMatchObject({
      expectedVersion: 5,
      progress: 90,
      text: 'Nästan klart',
    });
  });

  it('discarding after a conflict starts a fresh draft from their version', () => {
    const mine = makeItem({ id: 'i1', version: 1 });
    const store = usePlansStore();
    store.ensureDraft(mine).text = 'Mitt utkast';
    store.failed(mine, {
      code: 'CONFLICT',
      message: { sv: 'Konflikt', en: 'Conflict' },
      fields: [],
      current: { version: 2, status: 'AT_RISK', progress: 10 },
    });
    store.discardDraft();
    expect(store.drafts.i1).toMatchObject({ status: 'AT_RISK', progress: 10, text: '' });
    expect(store.draftBase.i1).toBe(2);
  });
});
