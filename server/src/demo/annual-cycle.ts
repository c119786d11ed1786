import mongoose, { type Types } from 'mongoose';
import { seedAnnualCycles, type CyclePhase, type StepOwnerRole } from '../modules/annual-cycle/index.js';
import { BORAS_PRINCIPAL_UNIT, TROLLHATTAN_SCHOOLS } from './stories.js';

// The demo's annual cycles (årshjul) for grundskola 2026/27: Trollhättan's and Borås's. Today in
// the demo is 1 December 2026, so the steps fall before, around and after it.
//
// Trollhättan's follows seed 001 ("Samverkan för bästa skola") where it can: the four schools of
// the programme are the cycle's units; the development day on systematic quality work at Folkets
// Hus for principals and teachers, its seminars on techniques for learning conversations (lärande
// samtal), the aim of following up knowledge in the younger years and not only the grades in year
// 9 (Per Hellmark), and the programme's three purposes (raise knowledge results, raise the share
// who complete their studies, raise equity) are the seed's. The dates, the other steps, who owns
// them and who has marked what done are invented, after Skolverket's four phases.
//
// Borås's cycle is invented throughout; it names the action plan's areas (seed 002) and the
// School Inspectorate's criticism of follow-up and analysis that DOMAIN.md recalls.

interface DemoStep {
  title: string;
  description: string;
  phase: CyclePhase;
  startDate: string;
  dueDate: string;
  ownerRole: StepOwnerRole;
  perUnit: boolean;
  /** Unit codes marked done (per-unit steps), or 'organiser'; with who marked and when. */
  done?: Array<{ unit: string; by: string; at: string }>;
}

const [FRALSEGARDEN, KRONAN, LEXTORP, SYLTE] = TROLLHATTAN_SCHOOLS as [string, string, string, string];

/** Who marked a Trollhättan unit done in the demo (the principals other than Kronan's are not accounts). */
const thnPrincipals: Record<string, string> = {
  [FRALSEGARDEN]: 'Rektor, Frälsegårdsskolan F-6',
  [LEXTORP]: 'Rektor, Lextorpsskolan F-6',
  [SYLTE]: 'Rektor, Sylteskolan 7-9',
};

const trollhattanSteps: DemoStep[] = [
  {
    title: 'Följ upp läsårets kunskapsresultat i alla årskurser',
    description:
      'Rektor sammanställer enhetens resultat från förra läsåret: betyg i årskurs 9, men också de yngre åldrarnas kunskapsutveckling, så att vi inte bara tittar på betygen i årskurs nio.',
    phase: 'followUp',
    startDate: '2026-08-17',
    dueDate: '2026-09-25',
    ownerRole: 'principal',
    perUnit: true,
    done: [
      { unit: FRALSEGARDEN, by: FRALSEGARDEN, at: '2026-09-18' },
      { unit: KRONAN, by: 'thnPrincipal', at: '2026-09-24' },
      { unit: LEXTORP, by: LEXTORP, at: '2026-09-22' },
      { unit: SYLTE, by: SYLTE, at: '2026-09-25' },
    ],
  },
  {
    title: 'Följ upp elevenkäten och trygghetsenkäten',
    description:
      'Arbetslagen går igenom höstens enkätsvar om studiero, trygghet och inflytande, och rektor dokumenterar vad som sticker ut.',
    phase: 'followUp',
    startDate: '2026-10-05',
    dueDate: '2026-11-13',
    ownerRole: 'teachers',
    perUnit: true,
    // Kronan has not: the step is overdue there.
    done: [
      { unit: FRALSEGARDEN, by: FRALSEGARDEN, at: '2026-11-10' },
      { unit: SYLTE, by: SYLTE, at: '2026-11-12' },
    ],
  },
  {
    title: 'Utvecklingsdag om systematiskt kvalitetsarbete',
    description:
      'En heldag på Folkets Hus för förskolechefer, rektorer och lärare, med seminarier om tekniker för lärande samtal.',
    phase: 'analysis',
    startDate: '2026-10-21',
    dueDate: '2026-10-21',
    ownerRole: 'administration',
    perUnit: false,
    done: [{ unit: 'organiser', by: 'thnAdmin', at: '2026-10-21' }],
  },
  {
    title: 'Lärande samtal i arbetslagen: analysera orsakerna bakom resultaten',
    description:
      'Lärarna diskuterar sina erfarenheter tillsammans med kollegorna och analyserar varför resultaten blev som de blev; en sammanställning räcker inte.',
    phase: 'analysis',
    startDate: '2026-11-02',
    dueDate: '2026-12-18',
    ownerRole: 'teachers',
    perUnit: true,
    done: [{ unit: LEXTORP, by: LEXTORP, at: '2026-11-27' }],
  },
  {
    title: 'Enhetens kvalitetsrapport till huvudmannen',
    description: 'Rektor lämnar enhetens analys, utvecklingsområden och åtgärder till förvaltningen.',
    phase: 'analysis',
    startDate: '2027-01-11',
    dueDate: '2027-01-29',
    ownerRole: 'principal',
    perUnit: true,
  },
  {
    title: 'Huvudmannens analys av enheternas kvalitetsrapporter',
    description:
      'Förvaltningen samlar de fyra skolornas utvecklingsområden och bedömer läget mot projektets tre syften.',
    phase: 'analysis',
    startDate: '2027-02-01',
    dueDate: '2027-02-26',
    ownerRole: 'administration',
    perUnit: false,
  },
  {
    title: 'Besluta utvecklingsområden och åtgärder för nästa läsår',
    description:
      'Rektor beslutar, tillsammans med personalen, vad enheten ska utveckla och hur effekten ska följas upp.',
    phase: 'planning',
    startDate: '2027-03-01',
    dueDate: '2027-04-30',
    ownerRole: 'principal',
    perUnit: true,
  },
  {
    title: 'Verksamhetsplan och budget till nämnden',
    description: 'Förvaltningen lägger fram prioriteringarna för läsåret 2027/28.',
    phase: 'planning',
    startDate: '2027-04-05',
    dueDate: '2027-05-28',
    ownerRole: 'board',
    perUnit: false,
  },
  {
    title: 'Genomför insatserna i Samverkan för bästa skola',
    description:
      'Höja kunskapsresultaten, öka andelen elever som fullföljer sina studier och öka likvärdigheten, enligt enhetens plan.',
    phase: 'implementation',
    startDate: '2026-08-17',
    dueDate: '2027-06-11',
    ownerRole: 'staff',
    perUnit: true,
  },
];

const borasSteps: DemoStep[] = [
  {
    title: 'Resultatdialog med rektorerna',
    description: 'Skolchefen går igenom varje enhets resultat med rektor (området Resultat i handlingsplanen).',
    phase: 'followUp',
    startDate: '2026-09-01',
    dueDate: '2026-10-30',
    ownerRole: 'administration',
    perUnit: false,
    done: [{ unit: 'organiser', by: 'borasAdmin', at: '2026-10-28' }],
  },
  {
    title: 'Rektors analys av orsakerna',
    description:
      'Skolinspektionen har kritiserat uppföljningen och analysen: varje rektor skriver varför resultaten blev som de blev, inte bara vad de blev.',
    phase: 'analysis',
    startDate: '2026-10-01',
    dueDate: '2026-11-20',
    ownerRole: 'principal',
    perUnit: true,
    done: [{ unit: BORAS_PRINCIPAL_UNIT, by: 'borasPrincipal', at: '2026-11-18' }],
  },
  {
    title: 'Utvecklingsområden i rektors uppdrag',
    description: 'Rektor och lärare väljer utvecklingsområden för nästa läsår.',
    phase: 'planning',
    startDate: '2027-02-01',
    dueDate: '2027-03-31',
    ownerRole: 'principal',
    perUnit: true,
  },
  {
    title: 'Åtgärderna genomförs och följs upp varje termin',
    description: 'Lägesrapport till nämnden i december och juni.',
    phase: 'implementation',
    startDate: '2026-08-17',
    dueDate: '2027-06-15',
    ownerRole: 'administration',
    perUnit: false,
  },
];

interface DemoOrganisation {
  _id: Types.ObjectId;
  code: string;
  kind: string;
  municipalityCode: string;
}

/** Inserts the demo's annual cycles; called at the end of loadDemo with the registry and the demo people. */
export async function seedDemoAnnualCycles(
  orgs: ReadonlyMap<string, DemoOrganisation>,
  people: { id(key: string): Types.ObjectId | null; name(key: string): string },
): Promise<void> {
  const org = (code: string) => {
    const o = orgs.get(code);
    if (!o) throw new Error(`The demo cycle needs organisation ${code}, which the registry lacks`);
    return o;
  };
  const cycles: Array<Record<string, unknown>> = [];
  const steps: Array<Record<string, unknown>> = [];
  const add = (municipalityCode: string, unitCodes: string[], list: DemoStep[], by: (key: string) => string) => {
    const municipality = org(municipalityCode);
    const cycleId = new mongoose.Types.ObjectId();
    cycles.push({
      _id: cycleId,
      ownerId: municipality._id,
      municipalityCode,
      schoolForm: 'compulsory',
      year: 2027,
      unitIds: unitCodes.map((c) => org(c)._id),
      stepCount: list.length,
      version: 1,
    });
    for (const s of list) {
      const { done = [], ...content } = s;
      steps.push({
        ...content,
        _id: new mongoose.Types.ObjectId(),
        cycleId,
        municipalityCode,
        completions: done.map((d) => ({
          unitId: d.unit === 'organiser' ? null : org(d.unit)._id,
          personId: people.id(d.by) ?? new mongoose.Types.ObjectId(),
          personName: by(d.by),
          at: new Date(`${d.at}T14:00:00.000Z`),
        })),
        version: 1,
      });
    }
  };
  add('1488', TROLLHATTAN_SCHOOLS, trollhattanSteps, (key) => thnPrincipals[key] ?? people.name(key));
  // Borås's cycle takes every compulsory-school unit of the municipality, as a new cycle does.
  const borasUnits = [...orgs.values()]
    .filter((o) => o.kind === 'schoolUnit' && o.municipalityCode === '1490')
    .map((o) => o.code);
  add('1490', borasUnits, borasSteps, (key) => people.name(key));
  await seedAnnualCycles(cycles, steps);
}
