/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import {
  ApiClient,
  errorCode,
  makeMunicipality,
  makePerson,
  makePlan,
  makeSchoolUnit,
  signedIn,
} from '../support/api.js';
import { ActionItemModel, ActionPlanModel } from '../../server/src/modules/plans/plan.model.js';
import { NotificationModel } from '../../server/src/modules/notifications/notification.model.js';

const ADD = 'mutation($i: AddCommentInput!) { addComment(input: $i) { id createdAt } }';
const HIDE = 'mutation($i: HideCommentInput!) { hideComment(input: $i) { id hidden } }';
const INBOX = `query($f: Int, $u: Boolean) { notificationInbox { id lastSeenAt unreadCount
  notifications(first: $f, unreadOnly: $u) { id kind createdAt comment { targetTitle planId comment { id text hidden authorName } } }
  preferences { emailComments language emailAvailable } } }`;
const SEEN =
  'mutation($i: MarkNotificationsSeenInput!) { markNotificationsSeen(input: $i) { id lastSeenAt unreadCount } }';
const PREFS =
  'mutation($i: NotificationPreferencesInput!) { setNotificationPreferences(input: $i) { id emailComments language emailAvailable } }';

describe('notifications: who hears of a new comment or reply, and what they see', () => {
  let server: TestServer;
  const people: Record<string, { id: string; client: ApiClient }> = {};
  let planId: string;
  let itemId: string;
  let areaId: string;
  let foreignItemId: string;
  let draftItemId: string;
  const inbox = async (who: string, vars: Record<string, unknown> = {}) =>
    (await people[who]!.client.ok<any>(INBOX, vars)).notificationInbox;
  const comment = async (who: string, targetId: string, text: string, parentId?: string) =>
    (await people[who]!.client.ok<any>(ADD, { i: { targetId, text, ...(parentId ? { parentId } : {}) } })).addComment;
  const seenAll = async (who: string) =>
    (await people[who]!.client.ok<any>(SEEN, { i: { until: new Date().toISOString() } })).markNotificationsSeen;

  beforeAll(async () => {
    server = await startTestServer();
    const boras = await makeMunicipality('1490');
    const orebro = await makeMunicipality('1880');
    const unit = await makeSchoolUnit(boras, '86215855');
    const made = {
      leader: await makePerson('leader@test.se', [{ organisation: boras, role: 'administration' }], 'Skolchef Borås'),
      principal: await makePerson('rektor@test.se', [{ organisation: unit, role: 'principal' }], 'Rektor Borås'),
      teacher: await makePerson('larare@test.se', [{ organisation: unit, role: 'teacher' }], 'Lärare Ett'),
      teacher2: await makePerson('larare2@test.se', [{ organisation: unit, role: 'teacher' }], 'Lärare Två'),
      foreign: await makePerson('orebro@test.se', [{ organisation: orebro, role: 'administration' }], 'Örebro'),
      politician: await makePerson('pol@test.se', [{ organisation: boras, role: 'politician' }], 'Politiker'),
    };
    const active = await makePlan({
      owner: boras,
      status: 'active',
      itemsPerArea: 2,
      responsibleId: made.principal._id,
    });
    planId = active.plan._id.toHexString();
    itemId = active.itemIds[0]!.toHexString();
    areaId = active.areaIds[0]!.toHexString();
    await ActionPlanModel.updateOne({ _id: active.plan._id }, { $set: { responsibleId: made.leader._id } });
    // An item of Borås given to someone of Örebro (bad data): they may not read it, so hear nothing of it.
    foreignItemId = active.itemIds[1]!.toHexString();
    await ActionItemModel.updateOne({ _id: active.itemIds[1] }, { $set: { responsibleId: made.foreign._id } });
    const draft = await makePlan({ owner: boras, status: 'draft', responsibleId: made.principal._id });
    draftItemId = draft.itemIds[0]!.toHexString();
    for (const [name, person] of Object.entries(made)) {
      people[name] = { id: person._id.toHexString(), client: await signedIn(server.url, person.email) };
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('starts empty, with e-mail off and Swedish, and no e-mail on a server without SMTP', async () => {
    const box = await inbox('leader');
    expect(box).toMatchObject({ id: people.leader!.id, lastSeenAt: null, unreadCount: 0, notifications: [] });
    expect(box.preferences).toEqual({ emailComments: 'OFF', language: 'SV', emailAvailable: false });
  });

  it("a teacher's comment on an item reaches the plan's and the item's responsible, never the writer", async () => {
    const c = await comment('teacher', itemId, 'Hur ska vi hinna? 🙂');
    for (const who of ['leader', 'principal']) {
      const box = await inbox(who);
      expect(box.unreadCount).toBe(1);
      expect(box.notifications).toEqual([
        {
          id: expect.any(String),
          kind: 'COMMENT',
          createdAt: expect.any(String),
          comment: {
            targetTitle: 'Åtgärd 1.1',
            planId,
            comment: { id: c.id, text: 'Hur ska vi hinna? 🙂', hidden: false, authorName: 'Lärare Ett' },
          },
        },
      ]);
    }
    for (const who of ['teacher', 'teacher2', 'foreign', 'politician']) expect((await inbox(who)).unreadCount).toBe(0);
  });

  it('a reply reaches the author of the comment replied to; the responsible hear of it too, but not the writer', async () => {
    const first = await comment('teacher', itemId, 'En fråga till planen');
    await seenAll('principal');
    await seenAll('teacher');
    const reply = await comment('leader', itemId, 'Vi tar det på nästa möte.', first.id);
    const teacherBox = await inbox('teacher', { u: true });
    expect(teacherBox.notifications.map((n: any) => [n.kind, n.comment.comment.id])).toEqual([['REPLY', reply.id]]);
    expect((await inbox('principal', { u: true })).notifications.map((n: any) => n.comment.comment.id)).toEqual([
      reply.id,
    ]);
    const leaderBox = await inbox('leader');
    expect(leaderBox.notifications.map((n: any) => n.comment.comment.id)).not.toContain(reply.id);
    // The principal replying on their own item: the leader and the teacher hear, the principal does not.
    const own = await comment('principal', itemId, 'Jag återkommer.', first.id);
    expect((await inbox('principal')).notifications.map((n: any) => n.comment.comment.id)).not.toContain(own.id);
    expect((await inbox('leader')).notifications.map((n: any) => n.comment.comment.id)).toContain(own.id);
    expect((await inbox('teacher')).notifications.map((n: any) => n.comment.comment.id)).toContain(own.id);
  });

  it("comments on a plan or an area reach the plan's responsible", async () => {
    await seenAll('leader');
    await comment('teacher2', planId, 'Om planen');
    await comment('teacher2', areaId, 'Om området');
    const box = await inbox('leader', { u: true });
    expect(box.unreadCount).toBe(2);
    expect(box.notifications.map((n: any) => n.comment.targetTitle).sort()).toEqual(
      [expect.stringMatching(/^Plan /), 'Område 1'].sort(),
    );
  });

  it('no one outside the municipality, and no one who may not read the target, is told', async () => {
    await comment('teacher', foreignItemId, 'Till någon i Örebro?');
    expect(await NotificationModel.countDocuments({ recipientId: people.foreign!.id })).toBe(0);
    expect((await inbox('foreign')).unreadCount).toBe(0);
    // A draft's item: its principal reads published plans only, so hears nothing of the leader's comment.
    const before = await NotificationModel.countDocuments({ recipientId: people.principal!.id });
    await comment('leader', draftItemId, 'Utkast: ändra texten');
    expect(await NotificationModel.countDocuments({ recipientId: people.principal!.id })).toBe(before);
  });

  it('a hidden comment shows only what the viewer may see', async () => {
    const c = await comment('teacher2', itemId, 'Något olämpligt');
    await people.leader!.client.ok(HIDE, { i: { id: c.id, reason: 'Personuppgifter' } });
    const seen = (await inbox('principal')).notifications.find((n: any) => n.comment.comment.id === c.id);
    expect(seen.comment.comment).toMatchObject({ hidden: true, text: null });
    // The moderator sees the text, as in the thread.
    const mod = (await inbox('leader')).notifications.find((n: any) => n.comment.comment.id === c.id);
    expect(mod.comment.comment).toMatchObject({ hidden: true, text: 'Något olämpligt' });
  });

  it('notices follow the scope when read: a plan made a draft again hides them', async () => {
    const teacherCount = (await inbox('teacher')).notifications.length;
    expect(teacherCount).toBeGreaterThan(0);
    await ActionPlanModel.updateOne({ _id: planId }, { $set: { status: 'draft' } });
    try {
      const box = await inbox('teacher');
      expect(box.notifications).toEqual([]);
      expect(box.unreadCount).toBe(0);
    } finally {
      await ActionPlanModel.updateOne({ _id: planId }, { $set: { status: 'active' } });
    }
  });

  it('marking seen clears the count up to the time given, never moves back, and a later comment counts again', async () => {
    const box = await inbox('principal');
    expect(box.unreadCount).toBeGreaterThan(0);
    const newest = box.notifications[0].createdAt;
    const marked = await people.principal!.client.ok<any>(SEEN, { i: { until: newest } });
    expect(marked.markNotificationsSeen).toMatchObject({
      id: people.principal!.id,
      lastSeenAt: newest,
      unreadCount: 0,
    });
    const back = await people.principal!.client.ok<any>(SEEN, { i: { until: '2020-01-01T00:00:00Z' } });
    expect(back.markNotificationsSeen.lastSeenAt).toBe(newest);
    const future = await people.principal!.client.ok<any>(SEEN, { i: { until: '2199-01-01T00:00:00Z' } });
    expect(new Date(future.markNotificationsSeen.lastSeenAt).getTime()).toBeLessThanOrEqual(Date.now());
    await comment('teacher', itemId, 'En till');
    const after = await inbox('principal', { u: true });
    expect(after.unreadCount).toBe(1);
    expect(after.notifications).toHaveLength(1);
    // Marking is the viewer's own: the leader's count is untouched.
    expect((await inbox('leader')).unreadCount).toBeGreaterThan(0);
  });

  it.each([
    ['2025-02-30T00:00:00Z', 'input.until'],
    ['igår', 'input.until'],
  ])('marking seen with %s is refused on its field', async (until, field) => {
    const res = await people.principal!.client.gql(SEEN, { i: { until } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions.fields?.[0]?.field).toBe(field);
  });

  it.each([
    [0, 'BAD_USER_INPUT'],
    [51, 'BAD_USER_INPUT'],
    [50, undefined],
    [1, undefined],
  ])('first: %s', async (first, code) => {
    expect(errorCode(await people.leader!.client.gql(INBOX, { f: first }))).toBe(code);
  });

  it('people choose what they get by e-mail; each their own', async () => {
    const set = await people.principal!.client.ok<any>(PREFS, { i: { emailComments: 'DAILY', language: 'EN' } });
    expect(set.setNotificationPreferences).toEqual({
      id: people.principal!.id,
      emailComments: 'DAILY',
      language: 'EN',
      emailAvailable: false,
    });
    const kept = await people.principal!.client.ok<any>(PREFS, { i: { emailComments: 'IMMEDIATELY' } });
    expect(kept.setNotificationPreferences).toMatchObject({ emailComments: 'IMMEDIATELY', language: 'EN' });
    expect((await inbox('principal')).preferences).toMatchObject({ emailComments: 'IMMEDIATELY', language: 'EN' });
    expect((await inbox('leader')).preferences).toMatchObject({ emailComments: 'OFF', language: 'SV' });
    const bad = await people.principal!.client.gql(PREFS, { i: { emailComments: 'HOURLY' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('everything asks for a session', async () => {
    const anonymous = new ApiClient(server.url);
    expect(errorCode(await anonymous.gql(INBOX))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.gql(SEEN, { i: { until: new Date().toISOString() } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.gql(PREFS, { i: { emailComments: 'OFF' } }))).toBe('UNAUTHENTICATED');
  });

  it('concurrent comments each notify once', async () => {
    await seenAll('leader');
    await Promise.all(Array.from({ length: 5 }, (_, i) => comment('teacher', itemId, `Samtidigt ${i}`)));
    expect((await inbox('leader', { u: true })).unreadCount).toBe(5);
  });
});
