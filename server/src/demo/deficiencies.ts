import mongoose, { type Types } from 'mongoose';
import { seedDeficiencies } from '../modules/deficiencies/index.js';
import { BORAS_PRINCIPAL_UNIT } from './stories.js';

// The demo's deficiencies and complaints, in Borås. Invented demo content throughout, not a real
// decision of the School Inspectorate: the deficiency follows the kind of criticism its regular
// supervision most often makes (DOMAIN.md), that the principal does not systematically follow up
// and analyse the results, under "Styrning och utveckling av verksamheten". Its reference says it
// is an example. The complainants are fictional people. Today in the demo is 1 December 2026.

interface DemoOrganisation {
  _id: Types.ObjectId;
  code: string;
}

const oid = () => new mongoose.Types.ObjectId();
const day = (s: string) => new Date(`${s}T00:00:00.000Z`);
const at = (s: string) => new Date(`${s}T09:00:00.000Z`);

/** Seeds Borås's deficiency from a (demo) inspection with its measures and follow-up, and two complaints: one answered, one being investigated. */
export async function seedDemoDeficiencies(
  orgs: ReadonlyMap<string, DemoOrganisation>,
  people: { id(key: string): Types.ObjectId | null; name(key: string): string },
): Promise<void> {
  const org = (code: string) => {
    const o = orgs.get(code);
    if (!o) throw new Error(`The demo deficiencies need organisation ${code}, which the registry lacks`);
    return o;
  };
  const boras = org('1490');
  const unit = org(BORAS_PRINCIPAL_UNIT);
  const admin = { byId: people.id('borasAdmin'), byName: people.name('borasAdmin') };
  const principal = { id: people.id('borasPrincipal'), name: people.name('borasPrincipal') };

  const answeredId = oid();
  const investigatingId = oid();

  await seedDeficiencies({
    deficiencies: [
      {
        _id: oid(),
        ownerId: boras._id,
        municipalityCode: boras.code,
        unitId: unit._id,
        title: 'Rektor följer inte systematiskt upp och analyserar kunskapsresultaten',
        source: 'inspection',
        decisionReference: 'Exempel 2026:1 (demo)',
        decisionDate: day('2026-03-16'),
        area: 'governance',
        areaOther: null,
        requirement:
          '4 kap. 4 § skollagen (2010:800): på skolenhetsnivå ska det systematiska kvalitetsarbetet genomföras under medverkan av lärare, övrig personal och elever, och rektorn ska se till att det genomförs. 4 kap. 3 § och 5 §: uppföljningen ska analysera orsakerna till resultaten.',
        intervention: 'injunction',
        reportDeadline: day('2027-03-15'),
        state: 'remaining',
        reportedAt: day('2026-09-10'),
        measures: [
          {
            _id: oid(),
            text: 'Resultatdialog med varje arbetslag efter varje termin, med en skriftlig analys av orsakerna till resultaten.',
            owner: 'Rektor',
            dueDate: day('2026-06-30'),
            done: true,
            doneAt: at('2026-06-12'),
            addedById: principal.id,
            addedByName: principal.name,
            addedAt: at('2026-04-02'),
          },
          {
            _id: oid(),
            text: 'Årshjul för skolenhetens kvalitetsarbete med datum för uppföljning, analys och planering.',
            owner: 'Rektor och biträdande rektor',
            dueDate: day('2026-08-31'),
            done: true,
            doneAt: at('2026-08-20'),
            addedById: principal.id,
            addedByName: principal.name,
            addedAt: at('2026-04-02'),
          },
          {
            _id: oid(),
            text: 'Elevernas medverkan: elevrådet går igenom trygghetsenkäten och resultaten med rektor varje termin.',
            owner: 'Rektor',
            dueDate: day('2027-02-28'),
            done: false,
            doneAt: null,
            addedById: principal.id,
            addedByName: principal.name,
            addedAt: at('2026-11-16'),
          },
        ],
        evidence: [
          {
            _id: oid(),
            text: 'Analysprotokollen från vårens resultatdialoger finns för alla fyra arbetslagen och pekar ut orsaker (bl.a. få bedömningstillfällen i matematik åk 8).',
            url: null,
            date: day('2026-06-15'),
            byId: principal.id,
            byName: principal.name,
            addedAt: at('2026-06-15'),
          },
        ],
        history: [
          {
            _id: oid(),
            state: 'open',
            at: at('2026-03-18'),
            ...admin,
            date: day('2026-03-16'),
            note: 'Beslut efter regelbunden tillsyn (demo).',
          },
          {
            _id: oid(),
            state: 'reported',
            at: at('2026-09-10'),
            ...admin,
            date: day('2026-09-10'),
            note: 'Redovisning av vidtagna åtgärder skickad: resultatdialoger och årshjul.',
          },
          {
            _id: oid(),
            state: 'remaining',
            at: at('2026-11-12'),
            ...admin,
            date: day('2026-11-10'),
            note: 'Uppföljningsbeslut: bristen kvarstår i den del som gäller elevernas medverkan i uppföljningen. Ny redovisning senast 15 mars 2027.',
          },
        ],
        complaintId: null,
        version: 9,
        createdAt: at('2026-03-18'),
        updatedAt: at('2026-11-16'),
      },
    ],
    complaints: [
      {
        _id: answeredId,
        ownerId: boras._id,
        municipalityCode: boras.code,
        unitId: unit._id,
        receivedAt: day('2026-09-02'),
        channel: 'email',
        complainantName: 'Karin Exempel',
        complainantContact: 'karin.exempel@example.se',
        subject:
          'Vårdnadshavare till en elev i åk 8 skriver att det är stökigt på lektionerna efter lunch och att hennes barn inte får arbetsro.',
        confirmedAt: day('2026-09-03'),
        investigator: `${principal.name}, rektor`,
        findings:
          'Lektionsbesök och samtal med arbetslaget: studieron brister på eftermiddagarna i två av åk 8:s grupper. Ingen brist i skolans arbete mot kränkande behandling.',
        investigatedAt: day('2026-09-20'),
        answeredAt: day('2026-09-24'),
        answer:
          'Skolan inför från vecka 40 gemensamma regler för lektionsstart, två lärare på de berörda lektionerna och uppföljning i elevrådet i november.',
        state: 'answered',
        deficiencyId: null,
        version: 5,
        createdAt: at('2026-09-02'),
        updatedAt: at('2026-09-24'),
      },
      {
        _id: investigatingId,
        ownerId: boras._id,
        municipalityCode: boras.code,
        unitId: unit._id,
        receivedAt: day('2026-11-18'),
        channel: 'phone',
        complainantName: 'Ali Exempelsson',
        complainantContact: '070-000 00 00',
        subject:
          'Vårdnadshavare menar att det särskilda stöd som åtgärdsprogrammet beskriver för hans barn i åk 9 inte ges.',
        confirmedAt: day('2026-11-19'),
        investigator: `${principal.name}, rektor, med elevhälsan`,
        findings: null,
        investigatedAt: null,
        answeredAt: null,
        answer: null,
        state: 'investigating',
        deficiencyId: null,
        version: 3,
        createdAt: at('2026-11-18'),
        updatedAt: at('2026-11-19'),
      },
    ],
  });
}
