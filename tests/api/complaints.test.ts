/* eslint-disable @typescript-eslint/no-explicit-any -- response shapes are checked by the assertions, not by types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestServer, type TestServer } from '../support/server.js';
import { ApiClient, errorCode, makeMunicipality, makeSchoolUnit, signedIn } from '../support/api.js';
import { WHO, signInCast, type Outcome, type Who } from '../support/roles.js';
import { ComplaintModel } from '../../server/src/modules/deficiencies/deficiency.model.js';
import { AuditEventModel } from '../../server/src/modules/audit/audit.model.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';

// The complaints routine (skollagen 4 kap. 7–8 §§, issue 14 point 6): who may do what, the
// complainant's personal data seen only by those who handle the complaint, the routine's dates,
// the deficiency created from a complaint, limits and concurrent edits.

const NAME = 'Annika Personuppgiftsson';
const CONTACT = 'annika.personuppgift@example.se';

const FIELDS = `id receivedAt channel complainantName complainantContact personalDataVisible subject confirmedAt
  investigator findings investigatedAt answeredAt answer state version canEdit canCreateDeficiency
  unit { code } owner { code } deficiency { id title source state fromComplaint complaint { id complainantName } }`;
const CREATE = `mutation($i: CreateComplaintInput!) { createComplaint(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateComplaintInput!) { updateComplaint(input: $i) { ${FIELDS} } }`;
const FROM = `mutation($i: DeficiencyFromComplaintInput!) { createDeficiencyFromComplaint(input: $i) {
  id source state fromComplaint unit { code } complaint { id state complainantName deficiency { id } } } }`;
const READ = `query($id: ID!) { complaint(id: $id) { ${FIELDS} } }`;
const LIST = `query($o: ID!, $s: ComplaintState) { complaints(organisationId: $o, state: $s) { totalCount nodes { ${FIELDS} } } }`;
const COUNTS = `query($o: ID!) { complaintCounts(organisationId: $o) { state count } }`;
const DEFICIENCY = `query($id: ID!) { deficiency(id: $id) { id fromComplaint complaint { id complainantName complainantContact subject } } }`;
const AUDIT = `query($t: ID!) { auditLog(targetId: $t) { totalCount nodes { action before after } } }`;

describe('complaints', () => {
  let server: TestServer;
  let boras: OrganisationDoc;
  let unitA: OrganisationDoc;
  let unitB: OrganisationDoc;
  let clients: Record<Who, ApiClient>;

  beforeAll(async () => {
    server = await startTestServer();
    boras = await makeMunicipality('1490', 'Borås Stad');
    const orebro = await makeMunicipality('1880', 'Örebro kommun');
    unitA = await makeSchoolUnit(boras, '86215855', 'Engelbrektskolan 7-9');
    unitB = await makeSchoolUnit(boras, '11111111', 'Annan skola');
    ({ clients } = await signInCast(server.url, WHO, {
      municipality: boras,
      unit: unitA,
      otherUnit: unitB,
      otherMunicipality: orebro,
    }));
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** A complaint of Borås about unit A, written directly. */
  async function fixture(extra: Record<string, unknown> = {}) {
    const [doc] = await ComplaintModel.create([
      {
        ownerId: boras._id,
        municipalityCode: '1490',
        unitId: unitA._id,
        receivedAt: new Date('2026-10-01'),
        channel: 'email',
        complainantName: NAME,
        complainantContact: CONTACT,
        subject: 'Mitt barn får inte det stöd som utlovats.',
        state: 'received',
        version: 1,
        ...extra,
      },
    ]);
    return doc!.toObject() as { _id: mongoose.Types.ObjectId; version: number };
  }

  const outcome = async (body: Promise<any>, field?: string): Promise<Outcome | string> => {
    const res = await body;
    if (res.errors?.length) return errorCode(res)!;
    if (field && res.data?.[field] === null) return 'NOT_FOUND';
    return 'ok';
  };
  const newComplaint = () => ({
    organisationId: boras._id.toHexString(),
    unitId: unitA._id.toHexString(),
    receivedAt: '2026-11-02',
    channel: 'LETTER',
    complainantName: NAME,
    complainantContact: CONTACT,
    subject: 'Klagomål på studieron i klass 8B.',
  });
  const handlers = {
    anonymous: 'UNAUTHENTICATED',
    politician: 'NOT_FOUND',
    administration: 'ok',
    principal: 'ok',
    otherPrincipal: 'NOT_FOUND',
    teacher: 'NOT_FOUND',
    coach: 'NOT_FOUND',
    admin: 'FORBIDDEN',
    otherAdministration: 'NOT_FOUND',
  } as const;
  const cases: Array<{ name: string; run: (c: ApiClient) => Promise<any>; expect: Record<Who, Outcome> }> = [
    {
      name: 'read one',
      run: async (c) => outcome(c.gql(READ, { id: (await fixture())._id.toHexString() }), 'complaint'),
      expect: { ...handlers, admin: 'ok' },
    },
    {
      name: 'list the municipality',
      run: (c) => outcome(c.gql(LIST, { o: boras._id.toHexString() })),
      expect: {
        ...handlers,
        politician: 'FORBIDDEN',
        otherPrincipal: 'ok',
        teacher: 'FORBIDDEN',
        coach: 'FORBIDDEN',
        admin: 'ok',
        otherAdministration: 'FORBIDDEN',
      },
    },
    {
      name: 'anonymised counts',
      run: (c) => outcome(c.gql(COUNTS, { o: boras._id.toHexString() })),
      expect: {
        ...handlers,
        politician: 'ok',
        otherPrincipal: 'ok',
        teacher: 'ok',
        coach: 'FORBIDDEN',
        admin: 'ok',
        otherAdministration: 'FORBIDDEN',
      },
    },
    {
      name: 'register one on unit A',
      run: (c) => outcome(c.gql(CREATE, { i: newComplaint() })),
      expect: {
        ...handlers,
        politician: 'FORBIDDEN',
        otherPrincipal: 'FORBIDDEN',
        teacher: 'FORBIDDEN',
        coach: 'FORBIDDEN',
        otherAdministration: 'FORBIDDEN',
      },
    },
    {
      name: 'confirm the receipt',
      run: async (c) => {
        const d = await fixture();
        return outcome(
          c.gql(UPDATE, { i: { id: d._id.toHexString(), expectedVersion: 1, confirmedAt: '2026-10-02' } }),
        );
      },
      expect: handlers,
    },
    {
      name: 'create a deficiency from it',
      run: async (c) => {
        const d = await fixture();
        return outcome(
          c.gql(FROM, {
            i: {
              complaintId: d._id.toHexString(),
              title: 'Stöd ges inte',
              area: 'SPECIAL_SUPPORT',
              requirement: '3 kap. skollagen',
            },
          }),
        );
      },
      expect: { ...handlers, principal: 'FORBIDDEN' },
    },
  ];
  for (const kase of cases)
    it(`${kase.name}: every role`, async () => {
      const got: Record<string, Outcome | string> = {};
      for (const who of WHO) got[who] = await kase.run(clients[who]);
      expect(got).toEqual(kase.expect);
    });

  it('a complaint of another municipality, or of a unit the viewer does not lead, answers as one that does not exist', async () => {
    const c = await fixture();
    const unknown = new mongoose.Types.ObjectId().toHexString();
    for (const who of ['otherAdministration', 'otherPrincipal', 'politician', 'teacher'] as const) {
      for (const op of [
        (id: string) => ({ q: UPDATE, v: { i: { id, expectedVersion: 1, confirmedAt: '2026-10-02' } } }),
        (id: string) => ({ q: FROM, v: { i: { complaintId: id, title: 'x', area: 'SAFETY', requirement: 'x' } } }),
      ]) {
        const hidden = op(c._id.toHexString());
        const absent = op(unknown);
        const a = await clients[who].gql(hidden.q, hidden.v);
        const b = await clients[who].gql(absent.q, absent.v);
        expect(a.errors?.[0]?.extensions, who).toEqual(b.errors?.[0]?.extensions);
        expect(a.errors?.[0]?.message, who).toBe(b.errors?.[0]?.message);
      }
      expect((await clients[who].gql(READ, { id: c._id.toHexString() })).data).toEqual({ complaint: null });
    }
    expect((await ComplaintModel.findById(c._id).lean())!.version).toBe(1);
  });

  it('walks the routine: received → confirmed → investigating → investigated → answered, the state following the dates', async () => {
    const created = (await clients.principal.ok(CREATE, { i: newComplaint() })).createComplaint;
    expect(created).toMatchObject({
      state: 'RECEIVED',
      complainantName: NAME,
      complainantContact: CONTACT,
      personalDataVisible: true,
      canEdit: true,
      canCreateDeficiency: false,
      unit: { code: '86215855' },
      owner: { code: '1490' },
    });
    const step = async (version: number, fields: Record<string, unknown>) =>
      (await clients.principal.ok(UPDATE, { i: { id: created.id, expectedVersion: version, ...fields } }))
        .updateComplaint;
    expect((await step(1, { confirmedAt: '2026-11-03' })).state).toBe('CONFIRMED');
    expect((await step(2, { investigator: 'Sara Holm, rektor' })).state).toBe('INVESTIGATING');
    // Answered before the investigation is done: refused, nothing written.
    const early = await clients.principal.gql(UPDATE, {
      i: { id: created.id, expectedVersion: 3, answeredAt: '2026-11-20', answer: 'Svar' },
    });
    expect(early.errors?.[0]?.extensions.fields?.map((f) => f.field)).toEqual(['input.investigatedAt']);
    const noFindings = await clients.principal.gql(UPDATE, {
      i: { id: created.id, expectedVersion: 3, investigatedAt: '2026-11-10' },
    });
    expect(noFindings.errors?.[0]?.extensions.fields?.map((f) => f.field)).toEqual(['input.findings']);
    const investigated = await step(3, {
      findings: 'Studieron brister på lektioner efter lunch.',
      investigatedAt: '2026-11-10',
    });
    expect(investigated.state).toBe('INVESTIGATED');
    const beforeReceipt = await clients.principal.gql(UPDATE, {
      i: { id: created.id, expectedVersion: 4, answeredAt: '2026-11-01', answer: 'Svar' },
    });
    expect(beforeReceipt.errors?.[0]?.extensions.fields?.map((f) => f.field)).toContain('input.answeredAt');
    const answered = await step(4, {
      answeredAt: '2026-11-12',
      answer: 'Skolan inför rastaktiviteter och fler vuxna.',
    });
    expect(answered).toMatchObject({
      state: 'ANSWERED',
      confirmedAt: '2026-11-03T00:00:00.000Z',
      investigatedAt: '2026-11-10T00:00:00.000Z',
      answeredAt: '2026-11-12T00:00:00.000Z',
    });
    const answeredList = await clients.administration.ok(LIST, { o: boras._id.toHexString(), s: 'ANSWERED' });
    expect(answeredList.complaints.nodes.map((n: any) => n.id)).toContain(created.id);
  });

  it('limits and dates: just under passes, just over is refused on its field; impossible and future dates are refused', async () => {
    const field = async (i: Record<string, unknown>) =>
      (
        await clients.administration.gql(CREATE, { i: { ...newComplaint(), ...i } })
      ).errors?.[0]?.extensions.fields?.map((f) => f.field);
    expect(await field({ subject: 'x'.repeat(5000) })).toBeUndefined();
    expect(await field({ subject: 'x'.repeat(5001) })).toEqual(['input.subject']);
    expect(await field({ complainantName: 'x'.repeat(200) })).toBeUndefined();
    expect(await field({ complainantName: 'x'.repeat(201) })).toEqual(['input.complainantName']);
    expect(await field({ complainantContact: 'x'.repeat(301) })).toEqual(['input.complainantContact']);
    expect(await field({ complainantName: 'rad\nbrytning' })).toEqual(['input.complainantName']);
    expect(await field({ receivedAt: '2026-02-30' })).toEqual(['input.receivedAt']);
    expect(await field({ receivedAt: '2026-02-28' })).toBeUndefined();
    expect(await field({ receivedAt: '2099-01-01' })).toEqual(['input.receivedAt']);
    expect(await field({ unitId: new mongoose.Types.ObjectId().toHexString() })).toEqual(['input.unitId']);
    const d = await fixture();
    const up = await clients.administration.gql(UPDATE, {
      i: { id: d._id.toHexString(), expectedVersion: 1, confirmedAt: '2026-09-31' },
    });
    expect(up.errors?.[0]?.extensions.fields?.map((f) => f.field)).toEqual(['input.confirmedAt']);
    const before = await clients.administration.gql(UPDATE, {
      i: { id: d._id.toHexString(), expectedVersion: 1, confirmedAt: '2026-09-30' },
    });
    expect(before.errors?.[0]?.extensions.fields?.map((f) => f.field)).toEqual(['input.confirmedAt']);
    const long = await clients.administration.gql(UPDATE, {
      i: { id: d._id.toHexString(), expectedVersion: 1, findings: 'x'.repeat(10_001) },
    });
    expect(long.errors?.[0]?.extensions.fields?.map((f) => f.field)).toEqual(['input.findings']);
    expect((await ComplaintModel.findById(d._id).lean())!.version).toBe(1);
  });

  it('a deficiency found: created from the complaint with source COMPLAINT, linked both ways, once', async () => {
    const c = await fixture();
    const id = c._id.toHexString();
    const res = (
      await clients.administration.ok(FROM, {
        i: {
          complaintId: id,
          title: 'Särskilt stöd ges inte enligt åtgärdsprogrammet',
          area: 'SPECIAL_SUPPORT',
          requirement: '3 kap. 9 § skollagen',
          reportDeadline: '2027-01-31',
        },
      })
    ).createDeficiencyFromComplaint;
    expect(res).toMatchObject({
      source: 'COMPLAINT',
      state: 'OPEN',
      fromComplaint: true,
      unit: { code: '86215855' },
      complaint: { id, complainantName: NAME },
    });
    expect(res.complaint.deficiency.id).toBe(res.id);
    const again = await clients.administration.gql(FROM, {
      i: { complaintId: id, title: 'Igen', area: 'OTHER', areaOther: 'x', requirement: 'x' },
    });
    expect(again.errors?.[0]?.extensions.fields?.map((f) => f.field)).toEqual(['input.complaintId']);
    const read = (await clients.administration.ok(READ, { id })).complaint;
    expect(read).toMatchObject({ canCreateDeficiency: false, deficiency: { id: res.id, source: 'COMPLAINT' } });
    // The politician reads the deficiency, never the complaint behind it.
    const pol = (await clients.politician.ok(DEFICIENCY, { id: res.id })).deficiency;
    expect(pol).toEqual({ id: res.id, fromComplaint: true, complaint: null });
  });

  it("the complainant's personal data reach no one but those who handle the complaint, through no field, error or audit entry", async () => {
    const c = await fixture();
    const id = c._id.toHexString();
    await clients.administration.ok(UPDATE, {
      i: { id, expectedVersion: 1, confirmedAt: '2026-10-02', complainantContact: CONTACT },
    });
    const deficiency = (
      await clients.administration.ok(FROM, {
        i: { complaintId: id, title: 'Brist', area: 'SAFETY', requirement: '5 kap. 3 § skollagen' },
      })
    ).createDeficiencyFromComplaint;
    const seen: Record<string, string> = {};
    for (const who of [
      'politician',
      'teacher',
      'otherPrincipal',
      'admin',
      'otherAdministration',
      'coach',
      'anonymous',
    ] as const) {
      const c2 = clients[who];
      const answers = await Promise.all([
        c2.gql(READ, { id }),
        c2.gql(LIST, { o: boras._id.toHexString() }),
        c2.gql(COUNTS, { o: boras._id.toHexString() }),
        c2.gql(DEFICIENCY, { id: deficiency.id }),
        c2.gql(AUDIT, { t: id }),
        c2.gql(UPDATE, { i: { id, expectedVersion: 1, complainantName: 'x' } }),
        c2.gql(UPDATE, { i: { id, expectedVersion: 99, subject: 'x' } }),
        c2.gql(FROM, { i: { complaintId: id, title: 'x', area: 'SAFETY', requirement: 'x' } }),
      ]);
      seen[who] = JSON.stringify(answers);
    }
    for (const [who, text] of Object.entries(seen)) {
      expect(text, who).not.toContain(NAME);
      expect(text, who).not.toContain(CONTACT);
    }
    // The admin reads the complaint itself, and is told the personal data are withheld.
    const asAdmin = (await clients.admin.ok(READ, { id })).complaint;
    expect(asAdmin).toMatchObject({
      complainantName: null,
      complainantContact: null,
      personalDataVisible: false,
      canEdit: false,
    });
    // Counts are per state only.
    const counts = (await clients.politician.ok(COUNTS, { o: boras._id.toHexString() })).complaintCounts;
    expect(counts.map((r: any) => r.state)).toEqual([
      'RECEIVED',
      'CONFIRMED',
      'INVESTIGATING',
      'INVESTIGATED',
      'ANSWERED',
    ]);
    expect(Object.keys(counts[0])).toEqual(['state', 'count']);
    // The audit log holds the changes, never the personal data, for the administration as for an admin.
    const log = (await clients.administration.ok(AUDIT, { t: id })).auditLog;
    expect(log.totalCount).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(log)).not.toContain(NAME);
    expect(JSON.stringify(log)).not.toContain(CONTACT);
    const created = (await clients.principal.ok(CREATE, { i: newComplaint() })).createComplaint;
    const stored = await AuditEventModel.find({
      targetId: mongoose.trusted({ $in: [c._id, new mongoose.Types.ObjectId(created.id)] }),
    }).lean();
    expect(stored.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(stored)).not.toContain(NAME);
    expect(JSON.stringify(stored)).not.toContain(CONTACT);
    // Those who handle it read it.
    expect((await clients.principal.ok(READ, { id })).complaint).toMatchObject({
      complainantName: NAME,
      complainantContact: CONTACT,
      personalDataVisible: true,
    });
  });

  it('two edits on the same version: one wins, the other gets CONFLICT with the current version', async () => {
    const c = await fixture();
    const id = c._id.toHexString();
    const second = await signedIn(server.url, 'administration@example.se');
    const [a, b] = await Promise.all([
      clients.principal.gql(UPDATE, { i: { id, expectedVersion: 1, confirmedAt: '2026-10-02' } }),
      second.gql(UPDATE, { i: { id, expectedVersion: 1, investigator: 'Jonas Ek' } }),
    ]);
    expect([a, b].map((r) => (r.errors ? errorCode(r) : 'ok')).sort()).toEqual(['CONFLICT', 'ok']);
    const lost = [a, b].find((r) => r.errors)!;
    expect(lost.errors![0]!.extensions.current).toMatchObject({ id, version: 2 });
    expect((await ComplaintModel.findById(id).lean())!.version).toBe(2);
  });
});
