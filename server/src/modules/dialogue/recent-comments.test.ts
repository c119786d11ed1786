import { describe, expect, it } from 'vitest';
import { addComment } from './index.js';
import { listRecentComments as list, RECENT_COMMENTS_MAX } from './recent-comments.js';
import { makeMunicipality, makePlan, makeViewer, useTestDatabase } from '../../test/factories.js';
import type { Viewer } from '../../auth/index.js';
import { createLoaders, type Loaders } from '../../graphql/context.js';

useTestDatabase();

/** A municipality with a published plan (two items) and a draft plan (one item). */
async function municipalityWithPlans() {
  const municipality = await makeMunicipality();
  const leader = await makeViewer('administration', municipality);
  const teacher = await makeViewer('teacher', municipality);
  const published = await makePlan({ owner: municipality, items: [{ text: 'Läsa mer' }, { text: 'Räkna mer' }] });
  const draft = await makePlan({ owner: municipality, status: 'draft', items: [{ text: 'Hemlig åtgärd' }] });
  return { municipality, leader, teacher, published, draft };
}

// As a request would: fresh loaders for the viewer (the loaders take the viewer where they are scoped).
const listRecentComments = (viewer: Viewer | null, args: Parameters<typeof list>[1]) =>
  list(viewer, args, (createLoaders as (viewer: Viewer | null) => Loaders)(viewer));

const say = (viewer: Awaited<ReturnType<typeof makeViewer>>, targetId: unknown, text: string, parentId?: unknown) =>
  addComment(viewer, { targetId: String(targetId), text, ...(parentId ? { parentId: String(parentId) } : {}) });

describe('listRecentComments', () => {
  it('gives the newest comments and replies on the plans and items the viewer reads, with title and plan', async () => {
    const { municipality, leader, teacher, published, draft } = await municipalityWithPlans();
    const onPlan = await say(teacher, published.plan._id, 'Bra plan');
    await say(teacher, published.items[0]!._id, 'Vi läser redan');
    await say(leader, published.items[1]!._id, 'Svar från förvaltningen');
    await say(leader, published.plan._id, 'Tack!', onPlan._id);
    await say(leader, draft.plan._id, 'Utkast: inte klart');
    await say(leader, draft.items[0]!._id, 'Utkast: åtgärden');

    const seen = await listRecentComments(teacher, { municipalityCode: municipality.code });
    expect(seen.map((r) => [r.comment.text, r.targetTitle, r.planId])).toEqual([
      ['Tack!', published.plan.title, published.plan._id.toHexString()],
      ['Svar från förvaltningen', 'Räkna mer', published.plan._id.toHexString()],
      ['Vi läser redan', 'Läsa mer', published.plan._id.toHexString()],
      ['Bra plan', published.plan.title, published.plan._id.toHexString()],
    ]);
    // The administration reads the draft too, so its comments come first (they are the newest).
    const all = await listRecentComments(leader, { municipalityCode: municipality.code, first: 2 });
    expect(all.map((r) => [r.comment.text, r.targetTitle])).toEqual([
      ['Utkast: åtgärden', 'Hemlig åtgärd'],
      ['Utkast: inte klart', draft.plan.title],
    ]);
  });

  it("gives nothing from a draft's comments, and refuses a municipality the viewer may not read as actionPlans does", async () => {
    const { municipality, leader, draft } = await municipalityWithPlans();
    await say(leader, draft.items[0]!._id, 'Bara för förvaltningen');
    const teacher = await makeViewer('teacher', municipality);
    expect(await listRecentComments(teacher, { municipalityCode: municipality.code })).toEqual([]);
    const neighbour = await makeViewer('teacher', await makeMunicipality());
    await expect(listRecentComments(neighbour, { municipalityCode: municipality.code })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await listRecentComments(teacher, { municipalityCode: '0001' })).toEqual([]);
  });

  it('refuses a page over the bound and a malformed code as bad input, and an anonymous caller', async () => {
    const { municipality, teacher } = await municipalityWithPlans();
    await expect(
      listRecentComments(teacher, { municipalityCode: municipality.code, first: RECENT_COMMENTS_MAX + 1 }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first' }] });
    await expect(listRecentComments(teacher, { municipalityCode: '14x0' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'municipalityCode' }],
    });
    await expect(listRecentComments(null, { municipalityCode: municipality.code })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
