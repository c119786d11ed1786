/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Model } from 'mongoose';
import { startTestServer, type TestServer } from '../support/server.js';
import { makeMunicipality, makePerson, makePlan, signedIn, type ApiClient, type GqlResponse } from '../support/api.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import {
  ActionItemModel,
  ActionPlanModel,
  AreaModel,
  StatusUpdateModel,
} from '../../server/src/modules/plans/plan.model.js';
import { GoalModel } from '../../server/src/modules/goals/goal.model.js';
import { CommentModel } from '../../server/src/modules/dialogue/comment.model.js';
import { OrganisationModel } from '../../server/src/modules/organisations/organisation.model.js';
import { PersonModel } from '../../server/src/modules/people/person.model.js';
import { ensureDemoIndicators } from '../../server/src/demo/index.js';

// Every create and update mutation that stores text (schema/*.graphql), field by field: just under,
// exactly at and just over the limit, in ASCII and in emoji (two UTF-16 units, one character);
// lone surrogates, control characters and impossible dates. A refusal is BAD_USER_INPUT naming the
// field in both languages and writes nothing; an accepted text reads back exactly as sent.

const EMOJI = '😀';
let seq = 0;
const next = () => ++seq;

/** One text field of one mutation. */
interface FieldCase {
  mutation: string;
  field: string;
  max: number;
  multiline: boolean;
  /** The collection a successful call writes to (for "nothing was written"). */
  model: Model<any>;
  /** Sends the mutation with `value` in the field. */
  send(value: string): Promise<GqlResponse<any>>;
  /** Reads the field back from the API (or the stored document) after `send` succeeded. */
  stored?(res: GqlResponse<any>): Promise<unknown>;
  /** What every value starts with (a link needs its scheme and host); counted in the length. */
  prefix?: string;
}

/** A value of the field: its prefix, then `ch` until it is `n` characters long (an emoji is one). */
const filled = (c: FieldCase, ch: string, n: number) => (c.prefix ?? '') + ch.repeat(n - [...(c.prefix ?? '')].length);
/** A value of the field holding `s` after its prefix. */
const holding = (c: FieldCase, s: string) => (c.prefix ?? '') + s;

describe('bad input is a clear error, never a 500 and never silently changed', () => {
  let server: TestServer;
  let api: ApiClient;
  let municipalityId: string;
  let planId: string;
  let areaId: string;
  let itemId: string;
  let goalId: string;
  let editCommentId: string;
  let hideCommentId: string;
  const cases: FieldCase[] = [];

  const gql = (query: string, variables: Record<string, unknown>) => api.gql<any>(query, variables);
  const one = async (query: string, variables: Record<string, unknown>) => {
    const res = await gql(query, variables);
    if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
    return res.data;
  };
  const planVersion = async () =>
    (await one('query($id: ID!) { actionPlan(id: $id) { version } }', { id: planId })).actionPlan.version;
  const areaOf = async (id: string) =>
    (
      await one('query($id: ID!) { actionPlan(id: $id) { areas { id title description version } } }', { id: planId })
    ).actionPlan.areas.find((a: any) => a.id === id);
  const item = async (id: string) =>
    (
      await one(
        'query($id: ID!) { actionItem(id: $id) { version text description dueDate updates(first: 1) { nodes { text evidenceUrl effect } } } }',
        { id },
      )
    ).actionItem;
  const goal = async (id: string) =>
    (await one('query($id: ID!) { goal(id: $id) { version title description targets { targetYear } } }', { id })).goal;
  const comment = async (id: string) =>
    (
      await one('query($t: ID!) { comments(targetId: $t, first: 100) { nodes { id text hiddenReason } } }', {
        t: itemId,
      })
    ).comments.nodes.find((c: any) => c.id === id);

  beforeAll(async () => {
    server = await startTestServer();
    const m = await makeMunicipality('1490', 'Borås kommun');
    municipalityId = m._id.toHexString();
    await makePerson(
      'adm@boras.test',
      [
        { organisation: m, role: 'administration' },
        { organisation: m, role: 'admin' },
      ],
      'Skolchef',
    );
    await ensureDemoIndicators(['oj.compositeRank']);
    const plan = await makePlan({ owner: m, status: 'active' });
    planId = plan.plan._id.toHexString();
    areaId = plan.areaIds[0]!.toHexString();
    itemId = plan.itemIds[0]!.toHexString();
    api = await signedIn(server.url, 'adm@boras.test');
    goalId = (
      await one('mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }', {
        i: { organisationId: municipalityId, title: 'Mål' },
      })
    ).createGoal.id;
    const addComment = async (text: string) =>
      (
        await one('mutation($i: AddCommentInput!) { addComment(input: $i) { id } }', {
          i: { targetId: itemId, text },
        })
      ).addComment.id;
    editCommentId = await addComment('Att redigera');
    hideCommentId = await addComment('Att dölja');

    const period = { from: '2024/25', to: '2025/26' };
    const createPlan = (field: string, multiline: boolean, max: number, input: (v: string) => any, read: string) =>
      cases.push({
        mutation: 'createActionPlan',
        field,
        max,
        multiline,
        model: ActionPlanModel,
        send: (v) =>
          gql('mutation($i: CreateActionPlanInput!) { createActionPlan(input: $i) { id } }', {
            i: { organisationId: municipalityId, title: 'Plan', period, ...input(v) },
          }),
        stored: async (res) =>
          (
            await one(`query($id: ID!) { actionPlan(id: $id) { ${read.split('.')[0]} } }`, {
              id: res.data.createActionPlan.id,
            })
          ).actionPlan[read.split('.')[0]!],
      });
    const updatePlan = (field: string, multiline: boolean, max: number, input: (v: string) => any, read: string) =>
      cases.push({
        mutation: 'updateActionPlan',
        field,
        max,
        multiline,
        model: ActionPlanModel,
        send: async (v) =>
          gql('mutation($i: UpdateActionPlanInput!) { updateActionPlan(input: $i) { id } }', {
            i: { id: planId, expectedVersion: await planVersion(), ...input(v) },
          }),
        stored: async () =>
          (await one(`query($id: ID!) { actionPlan(id: $id) { ${read} } }`, { id: planId })).actionPlan[read],
      });
    for (const add of [createPlan, updatePlan]) {
      add('input.title', false, 300, (v) => ({ title: v }), 'title');
      add('input.purpose', true, 5000, (v) => ({ purpose: v }), 'purpose');
      add('input.ownerTitle', false, 200, (v) => ({ ownerTitle: v }), 'ownerTitle');
      add('input.responsibleTitle', false, 200, (v) => ({ responsibleTitle: v }), 'responsibleTitle');
    }
    // A list: the field names the element.
    cases.push(
      {
        mutation: 'createActionPlan',
        field: 'input.startingPoints.1',
        max: 2000,
        multiline: true,
        model: ActionPlanModel,
        send: (v) =>
          gql('mutation($i: CreateActionPlanInput!) { createActionPlan(input: $i) { id } }', {
            i: { organisationId: municipalityId, title: 'Plan', period, startingPoints: ['Först', v] },
          }),
        stored: async (res) =>
          (
            await one('query($id: ID!) { actionPlan(id: $id) { startingPoints } }', {
              id: res.data.createActionPlan.id,
            })
          ).actionPlan.startingPoints[1],
      },
      {
        mutation: 'updateActionPlan',
        field: 'input.startingPoints.0',
        max: 2000,
        multiline: true,
        model: ActionPlanModel,
        send: async (v) =>
          gql('mutation($i: UpdateActionPlanInput!) { updateActionPlan(input: $i) { id } }', {
            i: { id: planId, expectedVersion: await planVersion(), startingPoints: [v] },
          }),
        stored: async () =>
          (await one('query($id: ID!) { actionPlan(id: $id) { startingPoints } }', { id: planId })).actionPlan
            .startingPoints[0],
      },
    );

    for (const [field, multiline, max] of [
      ['title', false, 300],
      ['description', true, 5000],
    ] as const) {
      cases.push(
        {
          mutation: 'createArea',
          field: `input.${field}`,
          max,
          multiline,
          model: AreaModel,
          send: (v) =>
            gql('mutation($i: CreateAreaInput!) { createArea(input: $i) { id } }', {
              i: { planId, title: 'Område', [field]: v },
            }),
          stored: async (res) => (await areaOf(res.data.createArea.id))[field],
        },
        {
          mutation: 'updateArea',
          field: `input.${field}`,
          max,
          multiline,
          model: AreaModel,
          send: async (v) =>
            gql('mutation($i: UpdateAreaInput!) { updateArea(input: $i) { id } }', {
              i: { id: areaId, expectedVersion: (await areaOf(areaId)).version, [field]: v },
            }),
          stored: async () => (await areaOf(areaId))[field],
        },
      );
    }

    for (const [field, max] of [
      ['text', 2000],
      ['description', 10_000],
    ] as const) {
      cases.push(
        {
          mutation: 'createActionItem',
          field: `input.${field}`,
          max,
          multiline: true,
          model: ActionItemModel,
          send: (v) =>
            gql('mutation($i: CreateActionItemInput!) { createActionItem(input: $i) { id } }', {
              i: { areaId, text: 'Åtgärd', [field]: v },
            }),
          stored: async (res) => (await item(res.data.createActionItem.id))[field],
        },
        {
          mutation: 'updateActionItem',
          field: `input.${field}`,
          max,
          multiline: true,
          model: ActionItemModel,
          send: async (v) =>
            gql('mutation($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id } }', {
              i: { id: itemId, expectedVersion: (await item(itemId)).version, [field]: v },
            }),
          stored: async () => (await item(itemId))[field],
        },
      );
    }

    const record = (field: string, max: number, multiline: boolean, extra: Record<string, unknown> = {}) =>
      cases.push({
        mutation: 'recordStatusUpdate',
        field: `input.${field}`,
        max,
        multiline,
        model: StatusUpdateModel,
        send: async (v) =>
          gql('mutation($i: RecordStatusUpdateInput!) { recordStatusUpdate(input: $i) { id } }', {
            i: {
              itemId,
              status: 'IN_PROGRESS',
              progress: 50,
              text: 'Pågår',
              expectedVersion: (await item(itemId)).version,
              ...extra,
              [field]: v,
            },
          }),
        stored: async () => (await item(itemId)).updates.nodes[0][field],
        prefix: field === 'evidenceUrl' ? 'https://a.se/' : undefined,
      });
    record('text', 2000, true);
    record('effect', 5000, true);
    record('evidenceUrl', 2000, false);

    for (const [field, multiline, max] of [
      ['title', false, 500],
      ['description', true, 5000],
    ] as const) {
      cases.push(
        {
          mutation: 'createGoal',
          field: `input.${field}`,
          max,
          multiline,
          model: GoalModel,
          send: (v) =>
            gql('mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }', {
              i: { organisationId: municipalityId, title: 'Mål', [field]: v },
            }),
          stored: async (res) => (await goal(res.data.createGoal.id))[field],
        },
        {
          mutation: 'updateGoal',
          field: `input.${field}`,
          max,
          multiline,
          model: GoalModel,
          send: async (v) =>
            gql('mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id } }', {
              i: { id: goalId, expectedVersion: (await goal(goalId)).version, [field]: v },
            }),
          stored: async () => (await goal(goalId))[field],
        },
      );
    }
    // An indicator key of any allowed length that names no indicator is refused for that reason;
    // only the refusals are checked here.
    const target = (indicatorKey: string) => ({
      indicatorKey,
      scopeOrganisationId: municipalityId,
      kind: 'RANK',
      targetRank: 10,
      targetYear: 2030,
    });
    cases.push(
      {
        mutation: 'createGoal',
        field: 'input.targets.0.indicatorKey',
        max: 100,
        multiline: false,
        model: GoalModel,
        send: (v) =>
          gql('mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }', {
            i: { organisationId: municipalityId, title: 'Mål', targets: [target(v)] },
          }),
      },
      {
        mutation: 'addTarget',
        field: 'input.target.indicatorKey',
        max: 100,
        multiline: false,
        model: GoalModel,
        send: (v) =>
          gql('mutation($i: AddTargetInput!) { addTarget(input: $i) { id } }', { i: { goalId, target: target(v) } }),
      },
    );

    cases.push(
      {
        mutation: 'addComment',
        field: 'input.text',
        max: 5000,
        multiline: true,
        model: CommentModel,
        send: (v) =>
          gql('mutation($i: AddCommentInput!) { addComment(input: $i) { id } }', { i: { targetId: itemId, text: v } }),
        stored: async (res) => (await comment(res.data.addComment.id)).text,
      },
      {
        mutation: 'editComment',
        field: 'input.text',
        max: 5000,
        multiline: true,
        model: CommentModel,
        send: (v) =>
          gql('mutation($i: EditCommentInput!) { editComment(input: $i) { id } }', {
            i: { id: editCommentId, text: v },
          }),
        stored: async () => (await comment(editCommentId)).text,
      },
      {
        mutation: 'hideComment',
        field: 'input.reason',
        max: 500,
        multiline: false,
        model: CommentModel,
        send: (v) =>
          gql('mutation($i: HideCommentInput!) { hideComment(input: $i) { id } }', {
            i: { id: hideCommentId, reason: v },
          }),
        stored: async () => (await comment(hideCommentId)).hiddenReason,
      },
      {
        mutation: 'createOrganisation',
        field: 'input.name',
        max: 200,
        multiline: false,
        model: OrganisationModel,
        send: (v) =>
          gql('mutation($i: CreateOrganisationInput!) { createOrganisation(input: $i) { id code } }', {
            i: { code: `ADM${next()}`, kind: 'ADMINISTRATION', name: v, parentId: municipalityId },
          }),
        stored: async (res) =>
          (
            await one('query($c: String!) { organisation(code: $c) { name } }', {
              c: res.data.createOrganisation.code,
            })
          ).organisation.name,
      },
    );
    for (const field of ['name', 'title']) {
      cases.push({
        mutation: 'createPerson',
        field: `input.${field}`,
        max: 200,
        multiline: false,
        model: PersonModel,
        send: (v) =>
          gql('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', {
            i: { name: 'Namn', email: `person${next()}@boras.test`, password: 'ett långt lösenord', [field]: v },
          }),
        // People are read by id only through plans; the stored document is the honest read.
        stored: async (res) => (await PersonModel.findById(res.data.createPerson.id).lean<any>())[field],
      });
    }
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Sends a refused value and asserts the refusal names the field in both languages and wrote nothing. */
  async function expectRefused(c: FieldCase, value: string, message?: { sv: string; en: string }) {
    const [audits, docs] = await Promise.all([AuditEventModel.countDocuments(), c.model.countDocuments()]);
    const before = await c.model.find().lean();
    const res = await c.send(value);
    expect(res.errors?.[0]?.extensions.code, `${c.mutation} ${c.field}: ${JSON.stringify(res.errors)}`).toBe(
      'BAD_USER_INPUT',
    );
    const problem = res.errors![0]!.extensions.fields?.find((f) => f.field === c.field);
    expect(problem, `${c.mutation}: ${JSON.stringify(res.errors![0]!.extensions.fields)}`).toBeDefined();
    if (message) expect(problem!.message).toEqual(message);
    expect(res.errors![0]!.extensions.messages?.sv).toContain(c.field);
    expect(await AuditEventModel.countDocuments()).toBe(audits);
    expect(await c.model.countDocuments()).toBe(docs);
    expect(await c.model.find().lean()).toEqual(before);
  }

  it('lists a case for every create and update mutation that stores text', () => {
    expect(new Set(cases.map((c) => c.mutation))).toEqual(
      new Set([
        'createActionPlan',
        'updateActionPlan',
        'createArea',
        'updateArea',
        'createActionItem',
        'updateActionItem',
        'recordStatusUpdate',
        'createGoal',
        'updateGoal',
        'addTarget',
        'addComment',
        'editComment',
        'hideComment',
        'createOrganisation',
        'createPerson',
      ]),
    );
  });

  it('accepts texts just under and exactly at the limit (ASCII and emoji) and stores them unchanged', async () => {
    for (const c of cases.filter((x) => x.stored)) {
      for (const ch of ['a', EMOJI]) {
        for (const n of [c.max - 1, c.max]) {
          const value = filled(c, ch, n);
          const res = await c.send(value);
          expect(res.errors, `${c.mutation} ${c.field} ${n}×${ch}`).toBeUndefined();
          const stored = await c.stored!(res);
          expect(stored === value, `${c.mutation} ${c.field} ${n}×${ch} read back unchanged`).toBe(true);
        }
      }
    }
  });

  it('refuses one character over the limit (ASCII and emoji) with BAD_USER_INPUT naming the field', async () => {
    for (const c of cases) {
      for (const ch of ['a', EMOJI]) {
        await expectRefused(c, filled(c, ch, c.max + 1), {
          sv: `får vara högst ${c.max} tecken`,
          en: `must be at most ${c.max} characters`,
        });
      }
    }
  });

  it('refuses a lone surrogate instead of storing U+FFFD, and refuses NUL', async () => {
    for (const c of cases) {
      for (const bad of ['Före\ud800efter', 'x\udc00', '\udc00\ud800']) {
        await expectRefused(c, holding(c, bad), {
          sv: 'innehåller ett trasigt tecken (ett ensamt UTF-16-surrogat)',
          en: 'contains a broken character (a lone UTF-16 surrogate)',
        });
      }
      await expectRefused(c, holding(c, 'a\u0000b'), {
        sv: 'innehåller ett styrtecken (U+0000)',
        en: 'contains a control character (U+0000)',
      });
      if (!c.multiline)
        await expectRefused(c, holding(c, 'a\nb'), {
          sv: 'får inte innehålla radbrytningar',
          en: 'must not contain line breaks',
        });
    }
  });

  it('refuses a body that is not valid UTF-8 instead of decoding bad bytes as U+FFFD', async () => {
    const audits = await AuditEventModel.countDocuments();
    const plans = await ActionPlanModel.countDocuments();
    const json = JSON.stringify({
      query: 'mutation($i: CreateActionPlanInput!) { createActionPlan(input: $i) { id title } }',
      variables: { i: { organisationId: municipalityId, title: 'TITLE', period: { from: '2024/25', to: '2025/26' } } },
    });
    // A surrogate encoded as UTF-8 bytes (CESU-8), a stray continuation byte, a byte that is never UTF-8.
    for (const bad of [[0xed, 0xa0, 0x80], [0x80], [0xff]]) {
      const [head, tail] = json.split('TITLE');
      const body = Buffer.concat([Buffer.from(`${head}Plan `), Buffer.from(bad), Buffer.from(tail!)]);
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: [...api.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
        body,
      });
      expect(res.status).toBe(400);
      const answer = (await res.json()) as GqlResponse<unknown>;
      expect(answer.errors?.[0]?.extensions).toEqual({
        code: 'BAD_REQUEST',
        messages: { sv: 'Begärans innehåll är inte giltig UTF-8.', en: 'The request body is not valid UTF-8.' },
      });
    }
    expect(await AuditEventModel.countDocuments()).toBe(audits);
    expect(await ActionPlanModel.countDocuments()).toBe(plans);
  });

  describe('dates', () => {
    const CREATE = 'mutation($i: CreateActionItemInput!) { createActionItem(input: $i) { id } }';
    const UPDATE = 'mutation($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id } }';
    const sendDue = async (mutation: 'create' | 'update', dueDate: string) =>
      mutation === 'create'
        ? gql(CREATE, { i: { areaId, text: 'Åtgärd', dueDate } })
        : gql(UPDATE, { i: { id: itemId, expectedVersion: (await item(itemId)).version, dueDate } });

    it('refuses a day that does not exist or lies outside 1990–2100, for creates and updates', async () => {
      for (const mutation of ['create', 'update'] as const) {
        for (const [dueDate, en] of [
          ['2026-02-30', /^is not a date that exists/],
          ['2026-02-29', /^is not a date that exists/],
          ['2026-04-31T12:00:00Z', /^is not a date that exists/],
          ['2026-06-30T25:00:00Z', /^is not a date that exists/],
          ['2026-06-30T12:00:00', /^is not a date that exists/],
          ['30/6/2026', /^is not a date that exists/],
          ['1989-12-31', /^must lie between the years 1990 and 2100$/],
          ['2101-01-01', /^must lie between the years 1990 and 2100$/],
          ['0001-01-01', /^must lie between the years 1990 and 2100$/],
        ] as const) {
          const [audits, items] = await Promise.all([
            AuditEventModel.countDocuments(),
            ActionItemModel.countDocuments(),
          ]);
          const before = await item(itemId);
          const res = await sendDue(mutation, dueDate);
          expect(res.errors?.[0]?.extensions.code, `${mutation} ${dueDate}`).toBe('BAD_USER_INPUT');
          const problem = res.errors![0]!.extensions.fields?.find((f) => f.field === 'input.dueDate');
          expect(problem?.message.en, `${mutation} ${dueDate}`).toMatch(en);
          expect(problem?.message.sv.length).toBeGreaterThan(0);
          expect(await AuditEventModel.countDocuments()).toBe(audits);
          expect(await ActionItemModel.countDocuments()).toBe(items);
          expect(await item(itemId)).toEqual(before);
        }
      }
    });

    it('stores a real day at either end of the range as that day', async () => {
      for (const mutation of ['create', 'update'] as const) {
        for (const [dueDate, iso] of [
          ['2028-02-29', '2028-02-29T00:00:00.000Z'],
          ['1990-01-01', '1990-01-01T00:00:00.000Z'],
          ['2100-12-31T23:59:59.999Z', '2100-12-31T23:59:59.999Z'],
          ['2026-06-30T12:00:00+02:00', '2026-06-30T10:00:00.000Z'],
        ] as const) {
          const res = await sendDue(mutation, dueDate);
          expect(res.errors, `${mutation} ${dueDate}`).toBeUndefined();
          const id = mutation === 'create' ? res.data.createActionItem.id : itemId;
          expect((await item(id)).dueDate).toBe(iso);
        }
      }
    });

    it("refuses school years and target years outside 1990–2100 by the field's name", async () => {
      const plan = await gql('mutation($i: CreateActionPlanInput!) { createActionPlan(input: $i) { id } }', {
        i: { organisationId: municipalityId, title: 'Plan', period: { from: '1989/90', to: '2024/25' } },
      });
      expect(plan.errors?.[0]?.extensions.fields?.map((f) => f.field)).toEqual(['input.period.from']);
      const at = (targetYear: number) =>
        gql('mutation($i: AddTargetInput!) { addTarget(input: $i) { targets { targetYear } } }', {
          i: {
            goalId,
            target: {
              indicatorKey: 'oj.compositeRank',
              scopeOrganisationId: municipalityId,
              kind: 'RANK',
              targetRank: 50,
              targetYear,
            },
          },
        });
      for (const year of [1989, 2101]) {
        const res = await at(year);
        expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
        expect(res.errors![0]!.extensions.fields?.map((f) => f.field)).toEqual(['input.target.targetYear']);
      }
      const ok = await at(2100);
      expect(ok.errors).toBeUndefined();
      expect((await goal(goalId)).targets.map((t: any) => t.targetYear)).toEqual([2100]);
    });
  });
});
