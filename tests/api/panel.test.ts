/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import type { TestServer } from '../support/server.js';
import { swedishDay } from '../support/days.js';
import { ApiClient, errorCode } from '../support/api.js';
import type { Outcome } from '../support/roles.js';
import { itAsEachMember, type RoleCase } from '../support/role-tables.js';
import { ONE_SCHOOL_WHO as WHO, signInMany, startPlaying } from '../support/dialogue.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import {
  HasAnsweredModel,
  PollAnswerModel,
  PollModel,
  PollTextModel,
} from '../../server/src/modules/panel/panel.model.js';
import { seedPanel, type PollDoc } from '../../server/src/modules/panel/index.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';

// The teacher panel: who may do what (every role, another municipality's polls as unknown ids),
// and anonymity: what the API shows of answers never lets anyone work out who answered what.

type Who = (typeof WHO)[number];

const FIGURE = 'state value';
const ROW = `key label answers { ${FIGURE} } counts { ${FIGURE} }`;
const POLL_FIELDS = `id title state version closesOn breakdowns canAnswer viewerHasAnswered canEdit
  questions { id kind text options }
  responses { answeredAtLeast audienceSize step }
  results { threshold answers { ${FIGURE} } questions { options textState texts total { ${ROW} }
    breakdowns { dimension rows { ${ROW} } } } }`;
const POLL = `query($id: ID!) { poll(id: $id) { ${POLL_FIELDS} } }`;
const PANEL = `query($m: String!) { teacherPanel(municipalityCode: $m) { canJoin canManage size threshold
  membership { id active schoolForm subject unit { id } } polls { id state } } }`;
const CREATE = `mutation($i: CreatePollInput!) { createPoll(input: $i) { id version state } }`;
const UPDATE = `mutation($i: UpdatePollInput!) { updatePoll(input: $i) { id version title } }`;
const OPEN = `mutation($id: ID!, $v: Int!) { openPoll(id: $id, expectedVersion: $v) { id version state responses { audienceSize } } }`;
const CLOSE = `mutation($id: ID!, $v: Int!) { closePoll(id: $id, expectedVersion: $v) { id state } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deletePoll(id: $id, expectedVersion: $v) }`;
const JOIN = `mutation($i: JoinPanelInput!) { joinPanel(input: $i) { id active } }`;
const LEAVE = `mutation($m: String!) { leavePanel(municipalityCode: $m) { id active } }`;
const SUBMIT = `mutation($i: SubmitPollAnswerInput!) { submitPollAnswer(input: $i) }`;
const THRESHOLD = `mutation($i: SetPanelThresholdInput!) { setPanelThreshold(input: $i) }`;

const content = (over: Record<string, unknown> = {}) => ({
  title: 'Hur fungerar kompetensutvecklingen?',
  intro: 'Fem minuter.',
  questions: [
    { id: 'q1', kind: 'SINGLE_CHOICE', text: 'Får du tid till kollegialt lärande?', options: ['Ja', 'Delvis', 'Nej'] },
    { id: 'q2', kind: 'SCALE', text: 'Hur nöjd är du?' },
    { id: 'q3', kind: 'FREE_TEXT', text: 'Vad skulle hjälpa dig mest?' },
  ],
  breakdowns: ['SCHOOL_FORM'],
  closesOn: swedishDay(14),
  ...over,
});
const answer = (pollId: string, choice = 0, scale = 3, text?: string) => ({
  i: {
    pollId,
    answers: [
      { questionId: 'q1', choices: [choice] },
      { questionId: 'q2', scale },
      ...(text ? [{ questionId: 'q3', text }] : []),
    ],
  },
});

let sthlm: OrganisationDoc;
let unitA: OrganisationDoc;
let unitB: OrganisationDoc;
let server: TestServer;
let clients: Record<Who, ApiClient>;
let adm: ApiClient;
/** Panel teachers who answer through the API. */
let answerers: ApiClient[];

/** A poll written straight to the database (the test-only door), invited and answered as given. */
async function seededPoll(options: {
  state: 'draft' | 'open' | 'closed';
  k?: number;
  breakdowns?: PollDoc['breakdowns'];
  questions?: PollDoc['questions'];
  invited: Array<{ schoolForm: string; subject?: string; unit?: string }>;
  /** Per answer: the invited index who gave it, q1's choice(s), and q3's text. */
  answers?: Array<{ by: number; q1: number[]; text?: string }>;
}): Promise<string> {
  const id = new mongoose.Types.ObjectId();
  const persons = options.invited.map(() => new mongoose.Types.ObjectId());
  const breakdowns = options.breakdowns ?? ['schoolForm'];
  await seedPanel({
    polls: [
      {
        _id: id,
        ownerId: sthlm._id,
        municipalityCode: sthlm.code,
        title: 'Seedad enkät',
        intro: '',
        questions: options.questions ?? [
          { id: 'q1', kind: 'single', text: 'Fråga', options: ['A', 'B', 'C'] },
          { id: 'q3', kind: 'text', text: 'Fritext', options: [] },
        ],
        audience: { schoolForms: [], subjects: [], unitIds: [] },
        breakdowns,
        closesOn: options.state === 'closed' ? swedishDay(-1) : swedishDay(10),
        state: options.state,
        k: options.k ?? 5,
        closedEarly: false,
        version: 1,
      },
    ],
    invited: options.invited.map((g, i) => ({
      pollId: id,
      personId: persons[i]!,
      groups: { schoolForm: g.schoolForm, subject: g.subject ?? 'svenska', unit: g.unit ?? '' },
    })),
    answers: (options.answers ?? []).map((a) => {
      const g = options.invited[a.by]!;
      const groups: Record<string, string> = {};
      for (const d of breakdowns)
        groups[d] = (g as Record<string, string | undefined>)[d] ?? (d === 'subject' ? 'svenska' : '');
      return {
        pollId: id,
        personId: persons[a.by]!,
        answer: { groups, choices: [{ questionId: 'q1', values: a.q1 }] },
      };
    }),
    texts: (options.answers ?? []).filter((a) => a.text).map((a) => ({ pollId: id, questionId: 'q3', text: a.text! })),
  });
  return id.toHexString();
}

/** Every figure in the results, for the rules that must hold of all of them. */
function figures(results: any): Array<{ row: any; cell: any }> {
  const out: Array<{ row: any; cell: any }> = [];
  for (const q of results.questions)
    for (const row of [q.total, ...q.breakdowns.flatMap((b: any) => b.rows)])
      for (const cell of row.counts) out.push({ row, cell });
  return out;
}

/**
 * What an attacker works out from a question's shown figures by subtraction: a hidden cell that is
 * the only hidden one of its row (single choice rows add up to the row's answers) or of its column
 * (the groups add up to the total). Returns the cells given away.
 */
function derivable(q: any, additive: boolean): string[] {
  const out: string[] = [];
  const rows = [q.total, ...q.breakdowns.flatMap((b: any) => b.rows)];
  if (additive)
    for (const row of rows) {
      if (row.answers.state !== 'SHOWN') continue;
      const hidden = row.counts.filter((c: any) => c.state === 'TOO_FEW');
      if (hidden.length === 1) out.push(`row ${row.label}`);
    }
  for (const b of q.breakdowns) {
    const cols = [(r: any) => r.answers, ...q.options.map((_: string, i: number) => (r: any) => r.counts[i])];
    cols.forEach((col: (r: any) => any, c: number) => {
      if (col(q.total).state !== 'SHOWN') return;
      const hidden = b.rows.filter((r: any) => col(r).state === 'TOO_FEW');
      if (hidden.length === 1) out.push(`${b.dimension} column ${c}`);
      if (hidden.length > 1) {
        const rest = col(q.total).value - b.rows.reduce((s: number, r: any) => s + (col(r).value ?? 0), 0);
        // What the hidden groups add up to is known: it must not be a small count itself.
        if (rest < 5) out.push(`${b.dimension} column ${c} hidden sum ${rest}`);
      }
    });
  }
  return out;
}

beforeAll(async () => {
  ({ server, municipality: sthlm, unit: unitA, otherUnit: unitB, clients } = await startPlaying(WHO));
  adm = clients.administration;
  answerers = await signInMany(server.url, 6, (i) => ({
    email: `t${i}@panel.test`,
    memberships: [{ organisation: i % 2 ? unitB : unitA, role: 'teacher' }],
  }));
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

describe('panel membership', () => {
  it('a teacher joins with a unit where they teach, and leaves; both are audited', async () => {
    const t = clients.teacher;
    const joined = await t.ok(JOIN, {
      i: { municipalityCode: '0180', unitId: unitA._id.toHexString(), schoolForm: 'COMPULSORY', subject: 'Svenska' },
    });
    expect(joined.joinPanel.active).toBe(true);
    const panel = await t.ok(PANEL, { m: '0180' });
    expect(panel.teacherPanel.membership).toMatchObject({ active: true, schoolForm: 'COMPULSORY', subject: 'Svenska' });
    const left = await t.ok(LEAVE, { m: '0180' });
    expect(left.leavePanel.active).toBe(false);
    const events = await AuditEventModel.find({ targetId: new mongoose.Types.ObjectId(joined.joinPanel.id) }).lean();
    expect(events.map((e) => e.action).sort()).toEqual(['panel.join', 'panel.leave']);
    // Back in for the tests below.
    await t.ok(JOIN, {
      i: { municipalityCode: '0180', unitId: unitA._id.toHexString(), schoolForm: 'COMPULSORY', subject: 'Svenska' },
    });
  });

  it('a unit where the teacher does not teach is refused on its field', async () => {
    const body = await clients.teacher.gql(JOIN, {
      i: { municipalityCode: '0180', unitId: unitB._id.toHexString(), schoolForm: 'COMPULSORY', subject: 'Svenska' },
    });
    expect(errorCode(body)).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.extensions.fields![0]!.field).toBe('input.unitId');
  });

  it('the threshold k: 3 to 50 saved; just under, just over and absurd values refused on input.k in both languages', async () => {
    const k = async () => (await adm.ok(PANEL, { m: '0180' })).teacherPanel.threshold;
    for (const ok of [3, 50, 5]) {
      expect((await adm.ok(THRESHOLD, { i: { municipalityCode: '0180', k: ok } })).setPanelThreshold).toBe(ok);
      expect(await k()).toBe(ok);
    }
    const refused: Array<[unknown, string]> = [
      [2, 'minst 3'],
      [51, 'högst 50'],
      [0, 'minst 3'],
      [-5, 'minst 3'],
      [1_000_000_000, 'högst 50'],
    ];
    for (const [value, sv] of refused) {
      const body = await adm.gql(THRESHOLD, { i: { municipalityCode: '0180', k: value } });
      expect(errorCode(body), String(value)).toBe('BAD_USER_INPUT');
      const [problem] = body.errors![0]!.extensions.fields!;
      expect(problem!.field).toBe('input.k');
      expect(problem!.message.sv).toContain(sv);
      expect(problem!.message.en).toMatch(/at (least|most)/);
    }
    // Not a whole number, or beyond what a GraphQL Int holds: the type refuses it before the
    // service (no field is named; the form checks for a whole number before sending).
    for (const value of [4.5, 1e10, '5', null]) {
      const body = await adm.gql(THRESHOLD, { i: { municipalityCode: '0180', k: value } });
      expect(errorCode(body), String(value)).toBe('BAD_USER_INPUT');
    }
    expect(await k()).toBe(5);
    const events = await AuditEventModel.countDocuments({ action: 'panel.threshold', municipalityCode: '0180' });
    expect(events).toBeGreaterThanOrEqual(3);
  });

  it("setting k for another municipality answers exactly as for an unknown one; the other's k is untouched", async () => {
    const other = clients.otherAdministration;
    const hidden = await adm.gql(THRESHOLD, { i: { municipalityCode: '1880', k: 7 } });
    const unknown = await adm.gql(THRESHOLD, { i: { municipalityCode: '9999', k: 7 } });
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors).toEqual(unknown.errors);
    expect((await other.ok(PANEL, { m: '1880' })).teacherPanel.threshold).toBe(5);
  });
});

describe('permissions, every role', () => {
  const readers: Record<Who, Outcome> = {
    politician: 'ok',
    administration: 'ok',
    principal: 'ok',
    teacher: 'ok',
    coach: 'NOT_FOUND',
    admin: 'ok',
    municipalityAdmin: 'NOT_FOUND',
    otherAdministration: 'NOT_FOUND',
  };
  const draftReaders: Record<Who, Outcome> = {
    ...readers,
    politician: 'NOT_FOUND',
    principal: 'NOT_FOUND',
    teacher: 'NOT_FOUND',
  };
  const draftEditors: Record<Who, Outcome> = { ...draftReaders, admin: 'FORBIDDEN' };
  const openEditors: Record<Who, Outcome> = {
    ...readers,
    politician: 'FORBIDDEN',
    principal: 'FORBIDDEN',
    teacher: 'FORBIDDEN',
    admin: 'FORBIDDEN',
  };
  const creators: Record<Who, Outcome> = {
    politician: 'FORBIDDEN',
    administration: 'ok',
    principal: 'FORBIDDEN',
    teacher: 'FORBIDDEN',
    coach: 'FORBIDDEN',
    admin: 'FORBIDDEN',
    municipalityAdmin: 'FORBIDDEN',
    otherAdministration: 'FORBIDDEN',
  };
  const answerersOnly: Record<Who, Outcome> = { ...openEditors, administration: 'FORBIDDEN', teacher: 'ok' };
  const joiners: Record<Who, Outcome> = { ...creators, administration: 'FORBIDDEN', teacher: 'ok' };

  const draft = async () => (await adm.ok(CREATE, { i: { municipalityCode: '0180', poll: content() } })).createPoll;
  const open = async () => {
    const p = await draft();
    return (await adm.ok(OPEN, { id: p.id, v: p.version })).openPoll;
  };
  const cases: Array<RoleCase<Who>> = [
    {
      name: 'poll (draft)',
      setup: async () => ({ query: POLL, variables: { id: (await draft()).id } }),
      expect: draftReaders,
    },
    {
      name: 'poll (open)',
      setup: async () => ({ query: POLL, variables: { id: (await open()).id } }),
      expect: readers,
    },
    {
      name: 'createPoll',
      setup: async () => ({ query: CREATE, variables: { i: { municipalityCode: '0180', poll: content() } } }),
      expect: creators,
    },
    {
      name: 'updatePoll',
      setup: async () => {
        const p = await draft();
        return {
          query: UPDATE,
          variables: { i: { id: p.id, expectedVersion: p.version, poll: content({ title: 'Ny' }) } },
        };
      },
      expect: draftEditors,
    },
    {
      name: 'openPoll',
      setup: async () => {
        const p = await draft();
        return { query: OPEN, variables: { id: p.id, v: p.version } };
      },
      expect: draftEditors,
    },
    {
      name: 'deletePoll',
      setup: async () => {
        const p = await draft();
        return { query: DELETE, variables: { id: p.id, v: p.version } };
      },
      expect: draftEditors,
    },
    {
      name: 'closePoll',
      setup: async () => {
        const p = await open();
        return { query: CLOSE, variables: { id: p.id, v: p.version } };
      },
      expect: openEditors,
    },
    {
      name: 'submitPollAnswer (the teacher is invited)',
      setup: async () => ({ query: SUBMIT, variables: answer((await open()).id) }),
      expect: answerersOnly,
    },
    {
      name: 'setPanelThreshold',
      setup: async () => ({ query: THRESHOLD, variables: { i: { municipalityCode: '0180', k: 5 } } }),
      expect: { ...creators, otherAdministration: 'NOT_FOUND' },
    },
    {
      name: 'joinPanel',
      setup: async () => ({
        query: JOIN,
        variables: { i: { municipalityCode: '0180', schoolForm: 'COMPULSORY', subject: 'Svenska' } },
      }),
      expect: joiners,
    },
  ];

  itAsEachMember(cases, WHO, () => clients);

  it("another municipality's poll answers exactly as an unknown id", async () => {
    const p = await draft();
    const other = clients.otherAdministration;
    const hidden = await other.gql(POLL, { id: p.id });
    const unknown = await other.gql(POLL, { id: new mongoose.Types.ObjectId().toHexString() });
    expect(hidden.errors).toEqual(unknown.errors);
    const hiddenOpen = await other.gql(OPEN, { id: p.id, v: 1 });
    const unknownOpen = await other.gql(OPEN, { id: new mongoose.Types.ObjectId().toHexString(), v: 1 });
    expect(hiddenOpen.errors).toEqual(unknownOpen.errors);
  });

  it('a teacher of another municipality sees no panel there', async () => {
    expect(errorCode(await clients.otherAdministration.gql(PANEL, { m: '0180' }))).toBe('NOT_FOUND');
  });
});

describe('answering', () => {
  let pollId: string;

  beforeAll(async () => {
    for (const [i, c] of answerers.entries())
      await c.ok(JOIN, {
        i: { municipalityCode: '0180', schoolForm: i < 3 ? 'COMPULSORY' : 'UPPER_SECONDARY', subject: 'Matematik' },
      });
    const p = (await adm.ok(CREATE, { i: { municipalityCode: '0180', poll: content() } })).createPoll;
    pollId = (await adm.ok(OPEN, { id: p.id, v: p.version })).openPoll.id;
  });

  it('one answer per teacher under 50 concurrent submits: one stored, the others CONFLICT', async () => {
    const t = answerers[0]!;
    const bodies = await Promise.all(Array.from({ length: 50 }, () => t.gql(SUBMIT, answer(pollId, 1, 4, 'Mer tid'))));
    expect(bodies.filter((b) => b.data?.submitPollAnswer === true)).toHaveLength(1);
    expect(bodies.filter((b) => errorCode(b) === 'CONFLICT')).toHaveLength(49);
    const oid = new mongoose.Types.ObjectId(pollId);
    expect(await HasAnsweredModel.countDocuments({ pollId: oid })).toBe(1);
    expect(await PollAnswerModel.countDocuments({ pollId: oid })).toBe(1);
    expect(await PollTextModel.countDocuments({ pollId: oid })).toBe(1);
  });

  it('the stored answer carries no author, no time and no ObjectId; submitting leaves no audit event', async () => {
    const oid = new mongoose.Types.ObjectId(pollId);
    const raw = await mongoose.connection.db!.collection('pollanswers').findOne({ pollId: oid });
    expect(Object.keys(raw!).sort()).toEqual(['_id', 'choices', 'groups', 'pollId']);
    expect(typeof raw!._id).toBe('string');
    expect(JSON.stringify(raw)).not.toMatch(/person|author|At"|createdAt|updatedAt/);
    const record = await mongoose.connection.db!.collection('pollhasanswereds').findOne({ pollId: oid });
    expect(Object.keys(record!).sort()).toEqual(['_id', 'personId', 'pollId']);
    expect(typeof record!._id).toBe('string');
    const text = await mongoose.connection.db!.collection('polltexts').findOne({ pollId: oid });
    expect(Object.keys(text!).sort()).toEqual(['_id', 'pollId', 'questionId', 'text']);
    expect(await AuditEventModel.countDocuments({ action: /answer/i })).toBe(0);
  });

  it('while open only the response rate shows, rounded down to steps of k; the sixth answer changes nothing the fifth showed', async () => {
    for (const [i, c] of answerers.slice(1, 5).entries()) await c.ok(SUBMIT, answer(pollId, i % 3, 2));
    const before = await Promise.all(WHO.map((w) => clients[w].gql(POLL, { id: pollId })));
    const atFive = (await adm.ok(POLL, { id: pollId })).poll;
    expect(atFive.results).toBeNull();
    expect(atFive.responses).toEqual({ answeredAtLeast: 5, audienceSize: 7, step: 5 });
    await answerers[5]!.ok(SUBMIT, answer(pollId, 2, 5, 'Färre möten'));
    const after = await Promise.all(WHO.map((w) => clients[w].gql(POLL, { id: pollId })));
    // Every role's whole view of the poll is the same before and after the sixth answer.
    expect(after).toEqual(before);
    // The teacher who answered sees that they have; nobody else can ask about anyone else.
    expect((await answerers[5]!.ok(POLL, { id: pollId })).poll).toMatchObject({
      viewerHasAnswered: true,
      canAnswer: false,
    });
  });

  it('a part of the panel chosen before opening: only its members are invited; the poll is fixed once open', async () => {
    const p = (
      await adm.ok(CREATE, {
        i: { municipalityCode: '0180', poll: content({ audience: { schoolForms: ['UPPER_SECONDARY'] } }) },
      })
    ).createPoll;
    const opened = (await adm.ok(OPEN, { id: p.id, v: p.version })).openPoll;
    expect(opened.responses.audienceSize).toBe(3);
    expect((await answerers[1]!.ok(POLL, { id: p.id })).poll.canAnswer).toBe(false);
    expect(errorCode(await answerers[1]!.gql(SUBMIT, answer(p.id)))).toBe('FORBIDDEN');
    expect((await answerers[3]!.ok(POLL, { id: p.id })).poll.canAnswer).toBe(true);
    // Questions, audience and breakdowns cannot change once it is open.
    const change = await adm.gql(UPDATE, {
      i: { id: p.id, expectedVersion: opened.version, poll: content({ breakdowns: ['SUBJECT'] }) },
    });
    expect(errorCode(change)).toBe('CONFLICT');
    expect((await PollModel.findById(p.id).lean())!.breakdowns).toEqual(['schoolForm']);
  });

  it('a teacher outside the audience may not answer; the refusal is the same whether others have answered', async () => {
    const body = await clients.principal.gql(SUBMIT, answer(pollId));
    expect(errorCode(body)).toBe('FORBIDDEN');
  });

  it('a teacher who leaves the panel keeps their answer counted; closing publishes the results', async () => {
    await answerers[0]!.ok(LEAVE, { m: '0180' });
    const p = (await adm.ok(POLL, { id: pollId })).poll;
    await adm.ok(CLOSE, { id: pollId, v: p.version });
    const closed = (await clients.teacher.ok(POLL, { id: pollId })).poll;
    expect(closed.state).toBe('CLOSED');
    expect(closed.results.answers).toEqual({ state: 'SHOWN', value: 6 });
    // 6 answers: no option count can be at least 5 with a complement of at least 5.
    for (const { cell } of figures(closed.results)) expect(cell.state).not.toBe('SHOWN');
    // Two free texts: under 8.
    expect(closed.results.questions[2]).toMatchObject({ textState: 'TOO_FEW', texts: null });
  });
});

describe('results and suppression', () => {
  it('k limits: 4 answers are "för få svar", 5 are shown', async () => {
    const four = await seededPoll({
      state: 'closed',
      invited: Array.from({ length: 8 }, () => ({ schoolForm: 'compulsory' })),
      answers: [0, 1, 2, 3].map((by) => ({ by, q1: [0] })),
    });
    const five = await seededPoll({
      state: 'closed',
      invited: Array.from({ length: 8 }, () => ({ schoolForm: 'compulsory' })),
      answers: [0, 1, 2, 3, 4].map((by) => ({ by, q1: [0] })),
    });
    const r4 = (await adm.ok(POLL, { id: four })).poll.results;
    const r5 = (await adm.ok(POLL, { id: five })).poll.results;
    expect(r4.answers).toEqual({ state: 'TOO_FEW', value: null });
    expect(r4.questions[0].total.answers.state).toBe('TOO_FEW');
    expect(r5.answers).toEqual({ state: 'SHOWN', value: 5 });
    // All five chose A: the complement (0) is under k, so A is hidden too ("alla utom färre än fem").
    expect(r5.questions[0].total.counts.map((c: any) => c.state)).toEqual(['TOO_FEW', 'TOO_FEW', 'TOO_FEW']);
  });

  it('a municipality threshold of 3 shows 3 answers; the poll keeps the k it opened with', async () => {
    const three = await seededPoll({
      state: 'closed',
      k: 3,
      invited: Array.from({ length: 4 }, () => ({ schoolForm: 'compulsory' })),
      answers: [0, 1, 2].map((by) => ({ by, q1: [0] })),
    });
    expect((await adm.ok(POLL, { id: three })).poll.results.answers).toEqual({ state: 'SHOWN', value: 3 });
  });

  it('small groups, complements and subtraction: no hidden figure can be worked out, "inga data" apart from "för få svar"', async () => {
    // 30 answers: 20 compulsory (10 A, 7 B, 3 C), 7 upper secondary (2 A, 5 B), 3 preschool (all A).
    const invited = [
      ...Array.from({ length: 22 }, () => ({ schoolForm: 'compulsory' })),
      ...Array.from({ length: 8 }, () => ({ schoolForm: 'upperSecondary' })),
      ...Array.from({ length: 4 }, () => ({ schoolForm: 'preschool' })),
    ];
    const choices = [
      ...Array.from({ length: 20 }, (_, i) => (i < 10 ? 0 : i < 17 ? 1 : 2)),
      ...Array.from({ length: 7 }, (_, i) => (i < 2 ? 0 : 1)),
      ...Array.from({ length: 3 }, () => 0),
    ];
    const byIndex = [...Array(20).keys(), ...Array.from({ length: 7 }, (_, i) => 22 + i), 30, 31, 32];
    const id = await seededPoll({
      state: 'closed',
      invited,
      answers: choices.map((c, i) => ({ by: byIndex[i]!, q1: [c] })),
    });
    const results = (await adm.ok(POLL, { id })).poll.results;
    const q = results.questions[0];
    expect(q.total.answers).toEqual({ state: 'SHOWN', value: 30 });
    for (const { row, cell } of figures(results)) {
      if (cell.state !== 'SHOWN') continue;
      expect(cell.value).toBeGreaterThanOrEqual(5);
      expect(row.answers.value - cell.value).toBeGreaterThanOrEqual(5);
    }
    expect(derivable(q, true)).toEqual([]);
    const rows = Object.fromEntries(q.breakdowns[0].rows.map((r: any) => [r.key, r]));
    expect(rows.preschool.answers.state).toBe('TOO_FEW');
    // Preschool alone hidden would be 30 − 20 − 7: upper secondary is hidden with it.
    expect(rows.upperSecondary.answers.state).toBe('TOO_FEW');
    expect(rows.compulsory.answers).toEqual({ state: 'SHOWN', value: 20 });
    expect(rows.compulsory.counts[0]).toEqual({ state: 'SHOWN', value: 10 });
    expect(results.questions[0].total.counts.some((c: any) => c.state === 'SHOWN')).toBe(true);
  });

  it('"inga data" for a group with nobody in the audience, whatever was answered', async () => {
    const id = await seededPoll({
      state: 'closed',
      breakdowns: ['unit'],
      invited: [
        ...Array.from({ length: 12 }, () => ({ schoolForm: 'compulsory', unit: unitA._id.toHexString() })),
        ...Array.from({ length: 12 }, () => ({ schoolForm: 'compulsory', unit: unitB._id.toHexString() })),
      ],
      answers: Array.from({ length: 24 }, (_, i) => ({ by: i, q1: [i % 2] })),
    });
    const q = (await adm.ok(POLL, { id })).poll.results.questions[0];
    const labels = q.breakdowns[0].rows.map((r: any) => r.label).sort();
    expect(labels).toEqual(['Skola A', 'Skola B']);
    for (const r of q.breakdowns[0].rows) expect(r.answers).toEqual({ state: 'SHOWN', value: 12 });
    expect(derivable(q, true)).toEqual([]);
  });

  it('two overlapping breakdowns do not give away their intersections', async () => {
    // Units A (compulsory 10, upper secondary 2) and B (upper secondary 14); school form x unit.
    const a = unitA._id.toHexString();
    const b = unitB._id.toHexString();
    const invited = [
      ...Array.from({ length: 10 }, () => ({ schoolForm: 'compulsory', unit: a })),
      ...Array.from({ length: 2 }, () => ({ schoolForm: 'upperSecondary', unit: a })),
      ...Array.from({ length: 14 }, () => ({ schoolForm: 'upperSecondary', unit: b })),
    ];
    const id = await seededPoll({
      state: 'closed',
      breakdowns: ['schoolForm', 'unit'],
      invited,
      answers: invited.map((_, i) => ({ by: i, q1: [i % 2] })),
    });
    const q = (await adm.ok(POLL, { id })).poll.results.questions[0];
    const [forms, units] = q.breakdowns;
    const n = (rows: any[], key: string) => rows.find((r: any) => r.key === key)?.answers;
    // Shown together, compulsory (10) and unit A (12) would give A's upper-secondary teachers as 12 − 10 = 2.
    const shownBoth = n(forms.rows, 'compulsory').state === 'SHOWN' && n(units.rows, a).state === 'SHOWN';
    expect(shownBoth).toBe(false);
    expect(derivable(q, true)).toEqual([]);
  });

  it('free text needs 8 answers and never shows the group', async () => {
    const invited = Array.from({ length: 10 }, (_, i) => ({ schoolForm: i < 5 ? 'compulsory' : 'preschool' }));
    const seven = await seededPoll({
      state: 'closed',
      invited,
      answers: Array.from({ length: 10 }, (_, i) => ({ by: i, q1: [0], ...(i < 7 ? { text: `Svar ${i}` } : {}) })),
    });
    const eight = await seededPoll({
      state: 'closed',
      invited,
      answers: Array.from({ length: 10 }, (_, i) => ({ by: i, q1: [0], ...(i < 8 ? { text: `Svar ${9 - i}` } : {}) })),
    });
    const r7 = (await adm.ok(POLL, { id: seven })).poll.results.questions[1];
    const r8 = (await adm.ok(POLL, { id: eight })).poll.results.questions[1];
    expect(r7).toMatchObject({ textState: 'TOO_FEW', texts: null, breakdowns: [] });
    expect(r8.textState).toBe('SHOWN');
    // Sorted by text, not in the order they were stored.
    expect(r8.texts).toEqual(['Svar 2', 'Svar 3', 'Svar 4', 'Svar 5', 'Svar 6', 'Svar 7', 'Svar 8', 'Svar 9']);
    expect(r8.breakdowns).toEqual([]);
  });

  it('an open poll shows only the rounded rate to every role, the administration too', async () => {
    const id = await seededPoll({
      state: 'open',
      invited: Array.from({ length: 20 }, () => ({ schoolForm: 'compulsory' })),
      answers: Array.from({ length: 14 }, (_, i) => ({ by: i, q1: [0] })),
    });
    for (const who of WHO) {
      const body = await clients[who].gql(POLL, { id });
      if (errorCode(body)) continue;
      expect((body.data as any).poll.results).toBeNull();
      expect((body.data as any).poll.responses).toEqual({ answeredAtLeast: 10, audienceSize: 20, step: 5 });
    }
  });

  it('an open poll past its closing day reads as closed, and takes no more answers', async () => {
    const id = await seededPoll({
      state: 'open',
      invited: Array.from({ length: 6 }, () => ({ schoolForm: 'compulsory' })),
      answers: Array.from({ length: 5 }, (_, i) => ({ by: i, q1: [0] })),
    });
    await PollModel.updateOne({ _id: new mongoose.Types.ObjectId(id) }, { $set: { closesOn: swedishDay(-1) } });
    const poll = (await adm.ok(POLL, { id })).poll;
    expect(poll.state).toBe('CLOSED');
    expect(poll.results.answers).toEqual({ state: 'SHOWN', value: 5 });
  });
});
