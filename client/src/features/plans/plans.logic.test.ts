import { describe, expect, it } from 'vitest';
import { makeItem, makePlan } from '../../test/factories.js';
import {
  attentionReasons,
  conflictingFields,
  filterAreas,
  normaliseDraft,
  planOwners,
  planProgress,
  validateDraft,
} from './plans.logic.js';

describe('planProgress', () => {
  it('weighs every item the same, counts done as 100 and leaves cancelled items out', () => {
    const plan = makePlan([
      makeItem({ progress: 20 }),
      makeItem({ progress: 60, status: 'DONE' }),
      makeItem({ progress: 40 }),
      makeItem({ progress: 0, status: 'CANCELLED' }),
    ]);
    expect(planProgress(plan)).toEqual({ percent: 53, counted: 3, done: 1, cancelled: 1, sum: 160 });
  });

  it('is 0 for a plan without countable items', () => {
    expect(planProgress(makePlan([])).percent).toBe(0);
  });
});

describe('filterAreas', () => {
  const a = makeItem({ areaId: 'a', status: 'AT_RISK', owner: { id: 'p1', name: 'Anna' } });
  const b = makeItem({ areaId: 'b', status: 'DONE', owner: { id: 'p2', name: 'Bo' } });
  const c = makeItem({ areaId: 'b', status: 'AT_RISK', owner: null });
  const plan = makePlan([a, b, c]);

  it('filters by status, owner and area together and drops empty areas', () => {
    expect(filterAreas(plan.areas, { status: 'AT_RISK', ownerId: '', areaId: '' }).map((x) => x.items.length)).toEqual([
      1, 1,
    ]);
    expect(filterAreas(plan.areas, { status: 'AT_RISK', ownerId: '', areaId: 'b' })[0]!.items).toEqual([c]);
    expect(filterAreas(plan.areas, { status: '', ownerId: 'p2', areaId: '' })).toHaveLength(1);
    expect(filterAreas(plan.areas, { status: 'NOT_STARTED', ownerId: '', areaId: '' })).toEqual([]);
  });

  it('lists each owner once, by name', () => {
    expect(planOwners(plan)).toEqual([
      { id: 'p1', name: 'Anna' },
      { id: 'p2', name: 'Bo' },
    ]);
  });
});

describe('attentionReasons', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  it('flags overdue, at-risk and stale items', () => {
    const item = makeItem({ status: 'AT_RISK', dueDate: '2026-11-21', updatedAt: '2026-08-01T00:00:00Z' });
    expect(attentionReasons(item, now)).toEqual(['OVERDUE', 'AT_RISK', 'STALE']);
  });
  it('does not call an item overdue on its due date', () => {
    expect(attentionReasons(makeItem({ dueDate: '2026-11-22', updatedAt: '2026-11-20T00:00:00Z' }), now)).toEqual([]);
  });
  it('never flags done or cancelled items', () => {
    expect(attentionReasons(makeItem({ status: 'DONE', dueDate: '2020-01-01' }), now)).toEqual([]);
  });
});

describe('drafts', () => {
  it('closing as done sets progress to 100 and keeps the effect', () => {
    const draft = normaliseDraft({
      status: 'DONE',
      progress: 70,
      text: ' Klart ',
      evidenceUrl: '',
      effect: ' Fler behöriga ',
    });
    expect(draft).toEqual({ status: 'DONE', progress: 100, text: 'Klart', evidenceUrl: '', effect: 'Fler behöriga' });
  });
  it('names the fields that are wrong', () => {
    expect(validateDraft({ status: 'DONE', progress: 120, text: '', evidenceUrl: 'ftp://x', effect: '' })).toEqual({
      progress: 'update.errors.progress',
      text: 'update.errors.textMissing',
      evidenceUrl: 'update.errors.url',
      effect: 'update.errors.effectMissing',
    });
    expect(
      validateDraft({ status: 'IN_PROGRESS', progress: 40, text: 'Pågår', evidenceUrl: 'https://x.se/a', effect: '' }),
    ).toEqual({});
  });
  it('shows which fields differ from the newer version', () => {
    expect(
      conflictingFields(
        { status: 'DONE', progress: 100, text: '', evidenceUrl: '', effect: '' },
        { status: 'AT_RISK', progress: 100 },
      ),
    ).toEqual(['status']);
  });
});
