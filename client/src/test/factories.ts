import type { ActionItem, ActionPlan } from '../features/plans/plans.types.js';

let seq = 0;

/** An action item with sensible defaults; override what the test is about. */
export function makeItem(overrides: Partial<ActionItem> = {}): ActionItem {
  seq += 1;
  return {
    id: `item-${seq}`,
    planId: 'plan-1',
    areaId: 'area-1',
    title: `Åtgärd ${seq}`,
    description: '',
    owner: { id: 'person-1', name: 'Jonas Ek' },
    dueDate: '2027-06-30',
    status: 'IN_PROGRESS',
    progress: 50,
    version: 1,
    updatedAt: '2026-11-01T10:00:00.000Z',
    effect: null,
    lastUpdate: null,
    canUpdate: true,
    goals: [],
    fromQuality: [],
    updates: [],
    ...overrides,
  };
}

/** A plan with the given items spread over areas by their areaId. */
export function makePlan(items: ActionItem[], overrides: Partial<ActionPlan> = {}): ActionPlan {
  const areaIds = [...new Set(items.map((i) => i.areaId))];
  return {
    id: 'plan-1',
    title: 'Lust att lära – möjlighet att lyckas!',
    purpose: '',
    startingPoints: [],
    organisationName: 'Borås kommun',
    periodFrom: '2013/14',
    periodTo: '2014/15',
    responsible: null,
    responsibleTitle: null,
    ownerTitle: null,
    schools: [],
    status: 'ACTIVE',
    canEdit: false,
    version: 1,
    areas: areaIds.map((id) => ({
      id,
      title: `Område ${id}`,
      description: '',
      archived: false,
      version: 1,
      items: items.filter((i) => i.areaId === id),
    })),
    ...overrides,
  };
}
