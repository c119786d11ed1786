import { describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { StatusUpdateModel } from './plan.model.js';
import {
  createActionItem,
  createArea,
  findVisibleItem,
  recordStatusUpdate,
  updateActionItem,
  updateArea,
  type ActionItemDoc,
} from './index.js';
import { editScope, readScope, type Viewer } from '../../auth/index.js';
import { createLoaders } from '../../graphql/context.js';
import {
  makeMunicipality,
  makePerson,
  makePlan,
  makeViewer,
  unknownId,
  useTestDatabase,
} from '../../test/factories.js';
import { toViewer } from '../../auth/index.js';
import { findArea, findItem, findPlansWithChildren, updateItem } from './plan.repository.js';

useTestDatabase();

/** What a refusal tells the client: its code, text and extensions (nothing else reaches the wire). */
async function refusal(work: Promise<unknown>) {
  const e = (await work.then(
    () => null,
    (err: unknown) => err,
  )) as { code: string; text: unknown; extensions: unknown } | null;
  expect(e).not.toBeNull();
  return { code: e!.code, text: e!.text, extensions: e!.extensions };
}

/** Borås's leader, and Örebro's published plan with one area, an item and a status update. */
async function twoMunicipalities() {
  const boras = await makeMunicipality('Borås');
  const orebro = await makeMunicipality('Örebro');
  const borasLeader = await makeViewer('administration', boras);
  const orebroLeader = await makeViewer('administration', orebro);
  const foreign = await makePlan({ owner: orebro, status: 'active' });
  const item = foreign.items[0]!;
  await recordStatusUpdate(orebroLeader, {
    itemId: item._id.toHexString(),
    expectedVersion: 1,
    status: 'inProgress',
    progress: 10,
    text: 'Igång',
  });
  return { boras, orebro, borasLeader, orebroLeader, foreign, item };
}

describe("a leader of another municipality reaches nothing of Örebro's plan children", () => {
  it('reads no area, item or status update through the services, the repository or the loaders', async () => {
    const { borasLeader, orebroLeader, foreign, item } = await twoMunicipalities();
    expect(await findVisibleItem(borasLeader, item._id.toHexString())).toBeNull();
    const scope = readScope(borasLeader);
    expect(await findArea(scope, foreign.area._id)).toBeNull();
    expect(await findItem(scope, item._id)).toBeNull();
    const children = await findPlansWithChildren(scope, [foreign.plan._id]);
    expect(children).toEqual({ plans: [], areas: [], items: [] });

    const loaders = createLoaders(borasLeader);
    const planKey = foreign.plan._id.toHexString();
    expect(await loaders.plan.load(planKey)).toBeNull();
    expect(await loaders.planWithChildren.load(planKey)).toBeNull();
    expect(await loaders.areasByPlan.load(planKey)).toEqual([]);
    expect(await loaders.area.load(foreign.area._id.toHexString())).toBeNull();
    expect(await loaders.item.load(item._id.toHexString())).toBeNull();
    expect(await loaders.itemsByArea.load(foreign.area._id.toHexString())).toEqual([]);
    expect(await loaders.updatesByItem.load(item._id.toHexString())).toEqual([]);

    // Örebro's own leader, with the same loaders built for them, sees all of it.
    const own = createLoaders(orebroLeader);
    expect(await own.areasByPlan.load(planKey)).toHaveLength(1);
    expect(await own.updatesByItem.load(item._id.toHexString())).toHaveLength(1);
  });

  it('changes nothing, and every refusal of a hidden id is the refusal of an unknown one', async () => {
    const { borasLeader, foreign, item } = await twoMunicipalities();
    const areaId = foreign.area._id.toHexString();
    const itemId = item._id.toHexString();
    const cases: Array<[(id: string) => Promise<unknown>, string]> = [
      [(id) => createArea(borasLeader, { planId: id, title: 'Nytt' }), foreign.plan._id.toHexString()],
      [(id) => updateArea(borasLeader, { id, expectedVersion: 1, title: 'Nytt' }), areaId],
      [(id) => createActionItem(borasLeader, { areaId: id, text: 'Ny' }), areaId],
      [(id) => updateActionItem(borasLeader, { id, expectedVersion: 2, text: 'Ny' }), itemId],
      [
        (id) =>
          recordStatusUpdate(borasLeader, {
            itemId: id,
            expectedVersion: 2,
            status: 'atRisk',
            progress: 10,
            text: 'x',
          }),
        itemId,
      ],
    ];
    for (const [write, hidden] of cases) {
      const answer = await refusal(write(hidden));
      expect(answer.code).toBe('NOT_FOUND');
      expect(answer).toEqual(await refusal(write(unknownId())));
    }
    expect(await StatusUpdateModel.countDocuments({ itemId: item._id })).toBe(1);
  });

  it('keeps a write inside the edit scope even when the caller skipped the check', async () => {
    const { borasLeader, item } = await twoMunicipalities();
    const error = await updateItem(editScope(borasLeader), {
      id: item._id,
      expectedVersion: 2,
      set: { text: 'Borås skriver' },
      action: 'actionItem.update',
      conflict: (current) => new Error(current ? 'conflict' : 'gone'),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: 'gone' });
  });

  it("hides a draft plan's children from a teacher of the municipality, loaders included", async () => {
    const orebro = await makeMunicipality('Örebro');
    const teacher = await makeViewer('teacher', orebro);
    const draft = await makePlan({ owner: orebro, status: 'draft' });
    expect(await findVisibleItem(teacher, draft.items[0]!._id.toHexString())).toBeNull();
    const loaders = createLoaders(teacher);
    expect(await loaders.areasByPlan.load(draft.plan._id.toHexString())).toEqual([]);
    expect(await loaders.item.load(draft.items[0]!._id.toHexString())).toBeNull();
  });
});

describe('status updates under the item’s own rule', () => {
  it('lets the principal the item is assigned to record one, and no other principal', async () => {
    const orebro = await makeMunicipality('Örebro');
    const principal = await makePerson([{ organisation: orebro, role: 'principal' }]);
    const other: Viewer = await makeViewer('principal', orebro);
    const { items } = await makePlan({ owner: orebro, items: [{ responsibleId: principal._id }] });
    const input = {
      itemId: items[0]!._id.toHexString(),
      expectedVersion: 1,
      status: 'inProgress',
      progress: 20,
      text: 'Vi har börjat',
    };
    await expect(recordStatusUpdate(other, input)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const updated: ActionItemDoc = await recordStatusUpdate(toViewer(principal), input);
    expect(updated).toMatchObject({ status: 'inProgress', progress: 20, version: 2 });
    expect(await StatusUpdateModel.countDocuments({ itemId: new mongoose.Types.ObjectId(input.itemId) })).toBe(1);
  });
});
