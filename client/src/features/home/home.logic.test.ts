import { describe, expect, it } from 'vitest';
import { makeItem, makePlan } from '../../test/factories.js';
import { itemsAssignedTo, itemsNeedingUpdate, newestFirst } from './home.logic.js';

describe('the start page lists', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const overdue = makeItem({ id: 'overdue', dueDate: '2026-10-01', updatedAt: '2026-11-20T00:00:00Z' });
  const risky = makeItem({
    id: 'risky',
    status: 'AT_RISK',
    updatedAt: '2026-11-20T00:00:00Z',
    owner: { id: 'sara', name: 'Sara Holm' },
  });
  const stale = makeItem({ id: 'stale', updatedAt: '2026-01-01T00:00:00Z' });
  const fine = makeItem({ id: 'fine', updatedAt: '2026-11-20T00:00:00Z', owner: { id: 'sara', name: 'Sara Holm' } });
  const plans = [makePlan([stale, fine, risky, overdue])];
  const entries = plans.flatMap((p) => p.areas.flatMap((a) => a.items.map((item) => ({ item, planTitle: p.title }))));

  it('puts overdue before at risk before stale, and leaves out items in good order', () => {
    expect(itemsNeedingUpdate(entries, now).map((x) => x.item.id)).toEqual(['overdue', 'risky', 'stale']);
  });

  it('finds the items assigned to a person', () => {
    expect(itemsAssignedTo(entries, 'sara').map((x) => x.item.id)).toEqual(['fine', 'risky']);
  });

  it('orders entries newest first and cuts the list', () => {
    expect(newestFirst([{ at: '2026-01-01' }, { at: '2026-03-01' }, { at: '2026-02-01' }], 2)).toEqual([
      { at: '2026-03-01' },
      { at: '2026-02-01' },
    ]);
  });
});
