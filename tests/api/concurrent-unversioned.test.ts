/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  errorCode,
  makeMunicipality,
  makePerson,
  makePlan,
  makeSchoolUnit,
  signedIn,
  type ApiClient,
} from '../support/api.js';
import { ensureDemoIndicators } from '../../server/src/demo/index.js';
import { GoalModel } from '../../server/src/modules/goals/goal.model.js';
import { ActionItemModel } from '../../server/src/modules/plans/plan.model.js';
import { CommentModel } from '../../server/src/modules/dialogue/comment.model.js';
import { PersonModel } from '../../server/src/modules/people/person.model.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';

// An operation that takes no expectedVersion has nothing to be in conflict with: concurrent calls
// must all succeed (internal write conflicts are retried), while versioned edits still say CONFLICT.
const ADD_TARGET = 'mutation($i: AddTargetInput!) { addTarget(input: $i) { id version targets { id targetYear } } }';
const N = 20;

describe('unversioned operations under concurrency', () => {
  let server: TestServer;
  let admin: ApiClient;
  let borasId: string;
  let itemId: string;
  let planId: string;
  let boras: OrganisationDoc;

  const createGoal = async (title: string): Promise<{ id: string; version: number }> =>
    (
      await admin.ok<any>('mutation($i: CreateGoalInput!) { createGoal(input: $i) { id version } }', {
        i: { organisationId: borasId, title },
      })
    ).createGoal;

  beforeAll(async () => {
    server = await startTestServer();
    boras = await makeMunicipality('1490', 'Borås kommun');
    borasId = boras._id.toHexString();
    await makePerson('adm@boras.se', [{ organisation: boras, role: 'administration' }]);
    await ensureDemoIndicators(['ak9.allSubjects']);
    const plan = await makePlan({ owner: boras, status: 'active' });
    itemId = plan.itemIds[0]!.toHexString();
    planId = plan.plan._id.toHexString();
    admin = await signedIn(server.url, 'adm@boras.se');
  });
  afterAll(async () => {
    await server?.stop();
  });

  it(`${N} concurrent addTarget calls on one goal all succeed and every target is kept`, async () => {
    const goal = await createGoal('Alla målvärden');
    const years = Array.from({ length: N }, (_, i) => 2030 + i);
    const answers = await Promise.all(
      years.map((targetYear) =>
        admin.gql<any>(ADD_TARGET, {
          i: {
            goalId: goal.id,
            target: {
              indicatorKey: 'ak9.allSubjects',
              scopeOrganisationId: borasId,
              kind: 'VALUE',
              targetValue: 80,
              targetYear,
            },
          },
        }),
      ),
    );
    expect(answers.map((a) => a.errors ?? [])).toEqual(years.map(() => []));
    const stored = await GoalModel.findById(goal.id).lean();
    expect(stored!.targets.map((t) => t.targetYear).sort()).toEqual(years);
    // Every addition is a change: the version moved once per target.
    expect(stored!.version).toBe(goal.version + N);
  });

  it('concurrent removeTarget calls on one goal all succeed', async () => {
    const goal = await createGoal('Att rensa');
    for (let i = 0; i < 10; i++) {
      await admin.ok(ADD_TARGET, {
        i: {
          goalId: goal.id,
          target: {
            indicatorKey: 'ak9.allSubjects',
            scopeOrganisationId: borasId,
            kind: 'RANK',
            targetRank: 10 + i,
            targetYear: 2030,
          },
        },
      });
    }
    const targets = (await GoalModel.findById(goal.id).lean())!.targets;
    const answers = await Promise.all(
      targets.map((t) =>
        admin.gql('mutation($g: ID!, $t: ID!) { removeTarget(goalId: $g, targetId: $t) { id } }', {
          g: goal.id,
          t: t._id.toHexString(),
        }),
      ),
    );
    expect(answers.map((a) => a.errors ?? [])).toEqual(targets.map(() => []));
    expect((await GoalModel.findById(goal.id).lean())!.targets).toEqual([]);
  });

  it('concurrent links of one item to many goals all succeed and every link is kept', async () => {
    const goals = await Promise.all(Array.from({ length: 10 }, (_, i) => createGoal(`Länkat mål ${i}`)));
    const answers = await Promise.all(
      goals.map((g) =>
        admin.gql('mutation($i: GoalItemLinkInput!) { linkGoalToItem(input: $i) { id } }', {
          i: { goalId: g.id, itemId },
        }),
      ),
    );
    expect(answers.map((a) => a.errors ?? [])).toEqual(goals.map(() => []));
    const linked = (await ActionItemModel.findById(itemId).lean())!.goalIds.map((g) => g.toHexString());
    expect(linked.sort()).toEqual(goals.map((g) => g.id).sort());
  });

  it('concurrent edits of one comment by its author all succeed and every earlier text is in the history', async () => {
    const { id } = (
      await admin.ok<any>('mutation($i: AddCommentInput!) { addComment(input: $i) { id } }', {
        i: { targetId: planId, text: 'Första' },
      })
    ).addComment;
    const texts = Array.from({ length: 10 }, (_, i) => `Ändring ${i}`);
    const answers = await Promise.all(
      texts.map((text) =>
        admin.gql('mutation($i: EditCommentInput!) { editComment(input: $i) { id } }', { i: { id, text } }),
      ),
    );
    expect(answers.map((a) => a.errors ?? [])).toEqual(texts.map(() => []));
    const stored = (await CommentModel.findById(id).lean())!;
    expect(stored.history).toHaveLength(10);
    expect([stored.text, ...stored.history.map((h) => h.text)].sort()).toEqual(['Första', ...texts].sort());
  });

  it('concurrent role grants to one person all succeed and every role is kept', async () => {
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    await makePerson('admin@lyfta.se', [{ organisation: orebro, role: 'admin' }]);
    const operator = await signedIn(server.url, 'admin@lyfta.se');
    const person = await makePerson('ny@boras.se', []);
    const units = await Promise.all(Array.from({ length: 10 }, (_, i) => makeSchoolUnit(boras, `9000000${i}`)));
    const answers = await Promise.all(
      units.map((u) =>
        operator.gql('mutation($i: MembershipInput!) { addMembership(input: $i) { id } }', {
          i: { personId: person._id.toHexString(), organisationId: u._id.toHexString(), role: 'TEACHER' },
        }),
      ),
    );
    expect(answers.map((a) => a.errors ?? [])).toEqual(units.map(() => []));
    const stored = (await PersonModel.findById(person._id).lean())!;
    expect(stored.memberships.map((m) => m.organisationCode).sort()).toEqual(units.map((u) => u.code).sort());
  });

  it('a versioned update with a stale version still answers CONFLICT with the current version', async () => {
    const goal = await createGoal('Versionerat');
    await admin.ok(ADD_TARGET, {
      i: {
        goalId: goal.id,
        target: {
          indicatorKey: 'ak9.allSubjects',
          scopeOrganisationId: borasId,
          kind: 'VALUE',
          targetValue: 90,
          targetYear: 2031,
        },
      },
    });
    const stale = await admin.gql<any>('mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id } }', {
      i: { id: goal.id, expectedVersion: goal.version, title: 'Gammal version' },
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions.current).toMatchObject({ id: goal.id, version: goal.version + 1 });
    expect((await GoalModel.findById(goal.id).lean())!.title).toBe('Versionerat');
  });

  it('of concurrent updates against the same version exactly one wins; the others get CONFLICT', async () => {
    const goal = await createGoal('Tävling');
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        admin.gql('mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id } }', {
          i: { id: goal.id, expectedVersion: goal.version, title: `Vinnare ${i}` },
        }),
      ),
    );
    const codes = answers.map((a) => errorCode(a) ?? 'ok');
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(codes.filter((c) => c === 'CONFLICT')).toHaveLength(9);
  });
});
