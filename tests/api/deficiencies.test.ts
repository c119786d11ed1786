/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestServer, type TestServer } from '../support/server.js';
import { ApiClient, errorCode, makeMunicipality, makeSchoolUnit, signedIn } from '../support/api.js';
import { WHO, signInCast, type Outcome, type Who } from '../support/roles.js';
import { DeficiencyModel } from '../../server/src/modules/deficiencies/deficiency.model.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';

// Deficiencies (issue 14 point 5): who may do what, the rule that a deficiency is marked remedied
// only with evidence of effect, limits, overdue, and two state changes at once.

const FIELDS = `id title state version overdue reportedAt reportDeadline source area intervention requirement
  unit { code } owner { code } canEdit canAddMeasures nextStates
  measures { id text owner done dueDate addedByName } evidence { id text url date byName }
  history { state byName date note at }`;
const CREATE = `mutation($i: CreateDeficiencyInput!) { createDeficiency(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateDeficiencyInput!) { updateDeficiency(input: $i) { ${FIELDS} } }`;
const STATE = `mutation($i: ChangeDeficiencyStateInput!) { changeDeficiencyState(input: $i) { ${FIELDS} } }`;
const MEASURE = `mutation($i: AddDeficiencyMeasureInput!) { addDeficiencyMeasure(input: $i) { ${FIELDS} } }`;
const DONE = `mutation($i: SetDeficiencyMeasureDoneInput!) { setDeficiencyMeasureDone(input: $i) { ${FIELDS} } }`;
const EVIDENCE = `mutation($i: AddDeficiencyEvidenceInput!) { addDeficiencyEvidence(input: $i) { ${FIELDS} } }`;
const READ = `query($id: ID!) { deficiency(id: $id) { ${FIELDS} } }`;
const LIST = `query($o: ID!, $s: DeficiencyState) { deficiencies(organisationId: $o, state: $s) { totalCount nodes { id state overdue } } }`;

const base = (organisationId: string, unitId: string | null) => ({
  organisationId,
  unitId,
  title: 'Rektor följer inte systematiskt upp och analyserar resultaten',
  source: 'INSPECTION',
  decisionReference: 'SI 2026:123',
  decisionDate: '2026-03-10',
  area: 'GOVERNANCE',
  requirement: '4 kap. 4 § skollagen (2010:800)',
  intervention: 'INJUNCTION',
  reportDeadline: '2026-09-30',
});

describe('deficiencies', () => {
  let server: TestServer;
  let boras: OrganisationDoc;
  let orebro: OrganisationDoc;
  let unitA: OrganisationDoc;
  let unitB: OrganisationDoc;
  let clients: Record<Who, ApiClient>;
  let adminPersonId: mongoose.Types.ObjectId;

  beforeAll(async () => {
    server = await startTestServer();
    boras = await makeMunicipality('1490', 'Borås Stad');
    orebro = await makeMunicipality('1880', 'Örebro kommun');
    unitA = await makeSchoolUnit(boras, '86215855', 'Engelbrektskolan 7-9');
    unitB = await makeSchoolUnit(boras, '11111111', 'Annan skola');
    const cast = await signInCast(server.url, WHO, {
      municipality: boras,
      unit: unitA,
      otherUnit: unitB,
      otherMunicipality: orebro,
    });
    clients = cast.clients;
    adminPersonId = cast.people.administration._id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** A deficiency of Borås on unit A, written directly, with one measure. */
  async function fixture(extra: Record<string, unknown> = {}) {
    const [doc] = await DeficiencyModel.create([
      {
        ownerId: boras._id,
        municipalityCode: '1490',
        unitId: unitA._id,
        title: 'Brist',
        source: 'inspection',
        area: 'governance',
        requirement: '4 kap. 4 § skollagen',
        intervention: 'injunction',
        state: 'open',
        measures: [
          {
            text: 'Analysmöten varje termin',
            addedByName: 'Test',
            addedAt: new Date(),
            done: false,
          },
        ],
        history: [{ state: 'open', at: new Date(), byName: 'Test' }],
        version: 1,
        ...extra,
      },
    ]);
    return doc!.toObject() as {
      _id: mongoose.Types.ObjectId;
      version: number;
      measures: { _id: mongoose.Types.ObjectId }[];
    };
  }

  interface Case {
    name: string;
    run: (c: ApiClient) => Promise<any>;
    expect: Record<Who, Outcome>;
  }
  const outcome = async (body: Promise<any>, field?: string): Promise<Outcome | string> => {
    const res = await body;
    if (res.errors?.length) return errorCode(res)!;
    if (field && res.data?.[field] === null) return 'NOT_FOUND';
    return 'ok';
  };
  const readers = {
    anonymous: 'UNAUTHENTICATED',
    politician: 'ok',
    administration: 'ok',
    principal: 'ok',
    otherPrincipal: 'ok',
    teacher: 'ok',
    coach: 'NOT_FOUND',
    admin: 'ok',
    otherAdministration: 'NOT_FOUND',
  } as const;
  const administrationOnly = {
    anonymous: 'UNAUTHENTICATED',
    politician: 'FORBIDDEN',
    administration: 'ok',
    principal: 'FORBIDDEN',
    otherPrincipal: 'FORBIDDEN',
    teacher: 'FORBIDDEN',
    coach: 'NOT_FOUND',
    admin: 'FORBIDDEN',
    otherAdministration: 'NOT_FOUND',
  } as const;
  const measures = { ...administrationOnly, principal: 'ok' } as const;
  const cases: Case[] = [
    {
      name: 'read one',
      run: async (c) => outcome(c.gql(READ, { id: (await fixture())._id.toHexString() }), 'deficiency'),
      expect: readers,
    },
    {
      name: 'list the municipality',
      run: (c) => outcome(c.gql(LIST, { o: boras._id.toHexString() })),
      expect: { ...readers, coach: 'FORBIDDEN', otherAdministration: 'FORBIDDEN' },
    },
    {
      name: 'create',
      run: (c) => outcome(c.gql(CREATE, { i: base(boras._id.toHexString(), unitA._id.toHexString()) })),
      expect: { ...administrationOnly, coach: 'FORBIDDEN', otherAdministration: 'FORBIDDEN' },
    },
    {
      name: 'update the decision fields',
      run: async (c) => {
        const d = await fixture();
        return outcome(c.gql(UPDATE, { i: { id: d._id.toHexString(), expectedVersion: 1, title: 'Ny rubrik' } }));
      },
      expect: administrationOnly,
    },
    {
      name: 'change the state',
      run: async (c) => {
        const d = await fixture();
        return outcome(
          c.gql(STATE, { i: { id: d._id.toHexString(), expectedVersion: 1, state: 'REPORTED', date: '2026-09-01' } }),
        );
      },
      expect: administrationOnly,
    },
    {
      name: 'add a measure',
      run: async (c) => {
        const d = await fixture();
        return outcome(c.gql(MEASURE, { i: { deficiencyId: d._id.toHexString(), text: 'Ny åtgärd' } }));
      },
      expect: measures,
    },
    {
      name: 'mark a measure done',
      run: async (c) => {
        const d = await fixture();
        return outcome(
          c.gql(DONE, {
            i: { deficiencyId: d._id.toHexString(), measureId: d.measures[0]!._id.toHexString(), done: true },
          }),
        );
      },
      expect: measures,
    },
    {
      name: 'add evidence',
      run: async (c) => {
        const d = await fixture();
        return outcome(
          c.gql(EVIDENCE, { i: { deficiencyId: d._id.toHexString(), text: 'Enkät visar effekt', date: '2026-11-01' } }),
        );
      },
      expect: measures,
    },
  ];

  for (const kase of cases)
    it(`${kase.name}: every role`, async () => {
      const got: Record<string, Outcome | string> = {};
      for (const who of WHO) got[who] = await kase.run(clients[who]);
      expect(got).toEqual(kase.expect);
    });

  it('a deficiency of another municipality answers as one that does not exist, field for field', async () => {
    const d = await fixture();
    const unknown = new mongoose.Types.ObjectId().toHexString();
    for (const op of [
      (id: string) => ({ q: UPDATE, v: { i: { id, expectedVersion: 1, title: 'x' } } }),
      (id: string) => ({ q: MEASURE, v: { i: { deficiencyId: id, text: 'x' } } }),
      (id: string) => ({ q: STATE, v: { i: { id, expectedVersion: 1, state: 'REPORTED', date: '2026-09-01' } } }),
    ]) {
      const hidden = op(d._id.toHexString());
      const absent = op(unknown);
      const a = await clients.otherAdministration.gql(hidden.q, hidden.v);
      const b = await clients.otherAdministration.gql(absent.q, absent.v);
      expect(a.errors?.[0]?.extensions).toEqual(b.errors?.[0]?.extensions);
      expect(a.errors?.[0]?.message).toBe(b.errors?.[0]?.message);
    }
    expect((await DeficiencyModel.findById(d._id).lean())!.version).toBe(1);
  });

  it('the administration records a deficiency on a unit with the decision fields; the principal sees it in the unit list', async () => {
    const res = await clients.administration.ok(CREATE, {
      i: base(boras._id.toHexString(), unitA._id.toHexString()),
    });
    const d = res.createDeficiency;
    expect(d).toMatchObject({
      state: 'OPEN',
      version: 1,
      source: 'INSPECTION',
      area: 'GOVERNANCE',
      intervention: 'INJUNCTION',
      unit: { code: '86215855' },
      owner: { code: '1490' },
      canEdit: true,
      nextStates: ['REPORTED', 'REMEDIED'],
      // The deadline has passed (today is after 2026-09-30) and nothing is reported.
      overdue: true,
    });
    expect(d.history).toHaveLength(1);
    const unitList = await clients.principal.ok(LIST, { o: unitA._id.toHexString() });
    expect(unitList.deficiencies.nodes.map((n: any) => n.id)).toContain(d.id);
    const other = await clients.principal.ok(LIST, { o: unitB._id.toHexString() });
    expect(other.deficiencies.nodes.map((n: any) => n.id)).not.toContain(d.id);
    const asPrincipal = await clients.principal.ok(READ, { id: d.id });
    expect(asPrincipal.deficiency).toMatchObject({ canEdit: false, canAddMeasures: true, nextStates: [] });
    const asOtherPrincipal = await clients.otherPrincipal.ok(READ, { id: d.id });
    expect(asOtherPrincipal.deficiency).toMatchObject({ canEdit: false, canAddMeasures: false });
  });

  it('cannot be marked remedied without evidence of effect, and can with it; every change is kept as history and audited', async () => {
    const created = (
      await clients.administration.ok(CREATE, { i: base(boras._id.toHexString(), unitA._id.toHexString()) })
    ).createDeficiency;
    const id = created.id;
    // An inspection's deficiency is reported first.
    const early = await clients.administration.gql(STATE, {
      i: { id, expectedVersion: 1, state: 'REMEDIED', date: '2026-10-01' },
    });
    expect(errorCode(early)).toBe('BAD_USER_INPUT');
    const reported = (
      await clients.administration.ok(STATE, {
        i: { id, expectedVersion: 1, state: 'REPORTED', date: '2026-09-25', note: 'Redovisning skickad' },
      })
    ).changeDeficiencyState;
    expect(reported).toMatchObject({ state: 'REPORTED', overdue: false, nextStates: ['REMEDIED', 'REMAINING'] });
    expect(reported.reportedAt).toBe('2026-09-25T00:00:00.000Z');
    await clients.principal.ok(MEASURE, {
      i: { deficiencyId: id, text: 'Resultatanalys i arbetslagen', owner: 'Rektor' },
    });
    const refused = await clients.administration.gql(STATE, {
      i: { id, expectedVersion: 3, state: 'REMEDIED', date: '2026-11-20' },
    });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions.fields).toEqual([
      {
        field: 'input.state',
        message: {
          sv: 'kan markeras som avhjälpt först när minst ett belägg för effekt har registrerats',
          en: 'can be marked remedied only once at least one piece of evidence of effect is recorded',
        },
      },
    ]);
    expect((await DeficiencyModel.findById(id).lean())!.state).toBe('reported');
    const withEvidence = (
      await clients.principal.ok(EVIDENCE, {
        i: {
          deficiencyId: id,
          text: 'Analysen i arbetslagen ledde till ändrad undervisning; resultaten steg',
          url: 'https://example.se/analys.pdf',
          date: '2026-11-15',
        },
      })
    ).addDeficiencyEvidence;
    expect(withEvidence.evidence[0]).toMatchObject({
      byName: 'Person principal',
      url: 'https://example.se/analys.pdf',
    });
    const remedied = (
      await clients.administration.ok(STATE, {
        i: { id, expectedVersion: withEvidence.version, state: 'REMEDIED', date: '2026-11-20' },
      })
    ).changeDeficiencyState;
    expect(remedied).toMatchObject({ state: 'REMEDIED', nextStates: [], canAddMeasures: false });
    expect(remedied.history.map((h: any) => [h.state, h.byName])).toEqual([
      ['OPEN', 'Person administration'],
      ['REPORTED', 'Person administration'],
      ['REMEDIED', 'Person administration'],
    ]);
    expect(remedied.history[1].note).toBe('Redovisning skickad');
    const audit = await AuditEventModel.find({ targetId: new mongoose.Types.ObjectId(id) }).lean();
    expect(audit.map((a) => a.action).sort()).toEqual(
      [
        'deficiency.addEvidence',
        'deficiency.addMeasure',
        'deficiency.changeState',
        'deficiency.changeState',
        'deficiency.create',
      ].sort(),
    );
    expect(audit.every((a) => a.actorId !== null)).toBe(true);
    expect(audit.some((a) => a.actorId?.equals(adminPersonId))).toBe(true);
    // Closed: no new measures.
    const more = await clients.principal.gql(MEASURE, { i: { deficiencyId: id, text: 'En till' } });
    expect(errorCode(more)).toBe('BAD_USER_INPUT');
  });

  it('"remaining" after a follow-up decision keeps it open for new measures with a new deadline', async () => {
    const d = await fixture({ state: 'reported', reportedAt: new Date('2026-05-01'), version: 2 });
    const id = d._id.toHexString();
    const res = await clients.administration.ok(STATE, {
      i: {
        id,
        expectedVersion: 2,
        state: 'REMAINING',
        date: '2026-06-15',
        note: 'Uppföljningsbeslut: bristen kvarstår',
        reportDeadline: '2026-11-30',
      },
    });
    expect(res.changeDeficiencyState).toMatchObject({
      state: 'REMAINING',
      reportDeadline: '2026-11-30T00:00:00.000Z',
      nextStates: ['REPORTED', 'REMEDIED'],
      canAddMeasures: true,
      overdue: true,
    });
    const m = await clients.principal.ok(MEASURE, { i: { deficiencyId: id, text: 'Ny åtgärd efter uppföljningen' } });
    expect(m.addDeficiencyMeasure.measures).toHaveLength(2);
    // Open cannot go to remaining; remaining is a follow-up decision's answer to a report.
    const fresh = await fixture();
    const wrong = await clients.administration.gql(STATE, {
      i: { id: fresh._id.toHexString(), expectedVersion: 1, state: 'REMAINING', date: '2026-06-15' },
    });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0]!.extensions.fields![0]!.field).toBe('input.state');
  });

  it('limits: just under passes, just over is refused on its field; impossible and future dates are refused', async () => {
    const o = boras._id.toHexString();
    const ok = (i: Record<string, unknown>) => clients.administration.gql(CREATE, { i: { ...base(o, null), ...i } });
    const field = async (i: Record<string, unknown>) =>
      (await ok(i)).errors?.[0]?.extensions.fields?.map((f) => f.field);
    expect((await ok({ title: 'a'.repeat(300) })).errors).toBeUndefined();
    expect(await field({ title: 'a'.repeat(301) })).toEqual(['input.title']);
    expect(await field({ title: '   ' })).toEqual(['input.title']);
    expect((await ok({ requirement: 'å'.repeat(5000) })).errors).toBeUndefined();
    expect(await field({ requirement: 'å'.repeat(5001) })).toEqual(['input.requirement']);
    expect(await field({ decisionReference: 'x'.repeat(101) })).toEqual(['input.decisionReference']);
    expect((await ok({ decisionDate: '2026-02-28' })).errors).toBeUndefined();
    expect(await field({ decisionDate: '2026-02-30' })).toEqual(['input.decisionDate']);
    expect(await field({ reportDeadline: '2026-13-01' })).toEqual(['input.reportDeadline']);
    expect(await field({ decisionDate: '2099-01-01' })).toEqual(['input.decisionDate']);
    expect((await ok({ reportDeadline: '2027-06-30' })).errors).toBeUndefined();
    expect(await field({ area: 'OTHER' })).toEqual(['input.areaOther']);
    expect((await ok({ area: 'OTHER', areaOther: 'Bedömning och betygssättning' })).errors).toBeUndefined();
    expect(await field({ unitId: orebro._id.toHexString() })).toEqual(['input.unitId']);

    const d = (await fixture())._id.toHexString();
    const ev = async (i: Record<string, unknown>) =>
      (
        await clients.principal.gql(EVIDENCE, { i: { deficiencyId: d, text: 'Belägg', date: '2026-11-01', ...i } })
      ).errors?.[0]?.extensions.fields?.map((f) => f.field);
    expect(await ev({ date: '2026-02-29' })).toEqual(['input.date']);
    expect(await ev({ date: '2099-01-01' })).toEqual(['input.date']);
    expect(await ev({ url: 'javascript:alert(1)' })).toEqual(['input.url']);
    expect(await ev({ text: 'x'.repeat(2001) })).toEqual(['input.text']);
    expect(await ev({ text: 'x'.repeat(2000) })).toBeUndefined();
    const me = async (i: Record<string, unknown>) =>
      (
        await clients.principal.gql(MEASURE, { i: { deficiencyId: d, text: 'Åtgärd', ...i } })
      ).errors?.[0]?.extensions.fields?.map((f) => f.field);
    expect(await me({ owner: 'x'.repeat(201) })).toEqual(['input.owner']);
    expect(await me({ dueDate: '2027-02-29' })).toEqual(['input.dueDate']);
    expect(await me({ owner: 'x'.repeat(200), dueDate: '2027-02-28' })).toBeUndefined();
  });

  it('overdue: past the deadline and not reported, shown in the list', async () => {
    const past = await fixture({ reportDeadline: new Date('2026-01-15') });
    const future = await fixture({ reportDeadline: new Date('2099-01-15') });
    const reported = await fixture({ reportDeadline: new Date('2026-01-15'), state: 'reported' });
    const list = await clients.politician.ok(LIST, { o: boras._id.toHexString() });
    const byId = new Map(list.deficiencies.nodes.map((n: any) => [n.id, n.overdue]));
    expect(byId.get(past._id.toHexString())).toBe(true);
    expect(byId.get(future._id.toHexString())).toBe(false);
    expect(byId.get(reported._id.toHexString())).toBe(false);
    const onlyReported = await clients.politician.ok(LIST, { o: boras._id.toHexString(), s: 'REPORTED' });
    expect(onlyReported.deficiencies.nodes.every((n: any) => n.state === 'REPORTED')).toBe(true);
    expect(onlyReported.deficiencies.nodes.map((n: any) => n.id)).toContain(reported._id.toHexString());
  });

  it('two state changes at once: one wins, the other gets CONFLICT with the current version; an edit on a stale version too', async () => {
    const second = await signedIn(server.url, 'administration@example.se');
    const d = await fixture({
      state: 'reported',
      version: 4,
      evidence: [{ text: 'e', date: new Date(), byName: 'x', addedAt: new Date() }],
    });
    const id = d._id.toHexString();
    const [a, b] = await Promise.all([
      clients.administration.gql(STATE, { i: { id, expectedVersion: 4, state: 'REMEDIED', date: '2026-11-20' } }),
      second.gql(STATE, { i: { id, expectedVersion: 4, state: 'REMAINING', date: '2026-11-20' } }),
    ]);
    const codes = [a, b].map((r) => (r.errors ? errorCode(r) : 'ok')).sort();
    expect(codes).toEqual(['CONFLICT', 'ok']);
    const lost = [a, b].find((r) => r.errors)!;
    const stored = (await DeficiencyModel.findById(id).lean())!;
    expect(stored.version).toBe(5);
    expect(stored.history).toHaveLength(2);
    expect(lost.errors![0]!.extensions.current).toMatchObject({ version: 5, state: stored.state.toUpperCase() });
    const stale = await clients.administration.gql(UPDATE, { i: { id, expectedVersion: 4, title: 'Sent' } });
    expect(errorCode(stale)).toBe('CONFLICT');
  });
});
