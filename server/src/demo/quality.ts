import mongoose, { type Types } from 'mongoose';
import { seedQualityReports, type QualityReportDoc } from '../modules/quality/index.js';
import { BORAS_PRINCIPAL_UNIT, TROLLHATTAN_SCHOOLS } from './stories.js';

// The demo's quality reports. Trollhättan's four schools in Samverkan för bästa skola (seed 001)
// report on 2024/25 and 2025/26 in different states, and Kronan's measure from 2024/25 (collegial
// learning in reading, which the seed's programme names) is carried into 2025/26 with its effect.
// Borås has unit reports and the organiser's report of 2025/26 drawing on them. The schools and
// the programme are real; the reports' text, figures quoted in it and the names of the other
// principals are invented demo content. Today in the demo is 1 December 2026.

interface DemoOrganisation {
  _id: Types.ObjectId;
  code: string;
  municipalityCode: string;
}
type Person = { id(key: string): Types.ObjectId | null; name(key: string): string };

const oid = () => new mongoose.Types.ObjectId();
const at = (s: string) => new Date(`${s}T09:00:00.000Z`);
const [FRALSEGARDEN, KRONAN, LEXTORP, SYLTE] = TROLLHATTAN_SCHOOLS as [string, string, string, string];
const BODA = '67454907'; // Bodaskolan 7-9
const BJORKHOJD = '80373308'; // Björkhöjdskolan F-6

type Status = QualityReportDoc['status'];
type Texts = Partial<Record<keyof QualityReportDoc['texts'], string>>;
interface Cause {
  text: string;
  kind: 'measurement' | 'survey' | 'observation';
  evidence: string;
  indicatorKey?: string;
}
interface Area {
  title: string;
  theme: QualityReportDoc['developmentAreas']['areas'][number]['theme'];
  description?: string;
  causes: Cause[];
}
interface Measure {
  text: string;
  owner: string;
  due?: string;
  /** [area index, cause index] of the cause it targets. */
  cause: [number, number];
  indicatorKey?: string;
  effect: string;
  itemText?: string;
}
interface ReportSeed {
  org: DemoOrganisation;
  kind?: 'unit' | 'organiser';
  year: number;
  status: Status;
  writer: string;
  texts?: Texts;
  areas?: Area[];
  measures?: Measure[];
  participation?: Partial<QualityReportDoc['participation']>;
  history: Array<[Status, string, string]>;
  comments?: Array<{ by: string; byId: Types.ObjectId | null; at: string; text: string; status: Status }>;
}

function build(seed: ReportSeed, itemId: (text: string) => Types.ObjectId | null) {
  const areas = (seed.areas ?? []).map((a) => ({
    _id: oid(),
    title: a.title,
    theme: a.theme,
    description: a.description ?? null,
    causes: a.causes.map((c) => ({
      _id: oid(),
      text: c.text,
      evidenceKind: c.kind,
      evidence: c.evidence,
      indicatorKey: c.indicatorKey ?? null,
    })),
  }));
  const measures = (seed.measures ?? []).map((m) => ({
    _id: oid(),
    text: m.text,
    ownerName: m.owner,
    dueDate: m.due ? at(m.due) : null,
    causeId: areas[m.cause[0]]!.causes[m.cause[1]]!._id,
    indicatorKey: m.indicatorKey ?? null,
    expectedEffect: m.effect,
  }));
  const measureLinks = (seed.measures ?? []).flatMap((m, i) => {
    const item = m.itemText ? itemId(m.itemText) : null;
    return item ? [{ measureId: measures[i]!._id, actionItemId: item }] : [];
  });
  const last = seed.history[seed.history.length - 1]!;
  const stamp = { version: 2, updatedAt: at(last[1]), updatedByName: seed.writer };
  const text = (key: keyof Texts) =>
    seed.texts?.[key] ? { ...stamp, text: seed.texts[key]! } : { version: 1, text: '' };
  const doc: Partial<QualityReportDoc> = {
    _id: oid(),
    kind: seed.kind ?? 'unit',
    organisationId: seed.org._id,
    organisationCode: seed.org.code,
    municipalityCode: seed.org.municipalityCode,
    year: seed.year,
    status: seed.status,
    headings: ['conditions', 'implementation', 'results'],
    texts: {
      conditions: text('conditions'),
      implementation: text('implementation'),
      results: text('results'),
      analysis: text('analysis'),
    },
    developmentAreas: areas.length ? { ...stamp, areas } : { version: 1, areas: [] },
    measures: measures.length ? { ...stamp, measures } : { version: 1, measures: [] },
    participation: seed.participation ? { ...stamp, ...seed.participation } : { version: 1 },
    followUps: { version: 1, followUps: [] },
    comments: (seed.comments ?? []).map((c) => ({
      _id: oid(),
      authorId: c.byId ?? oid(),
      authorName: c.by,
      at: at(c.at),
      text: c.text,
      status: c.status,
    })),
    history: seed.history.map(([status, day, byName]) => ({ status, at: at(day), byName })),
    contributors: [],
    measureLinks,
    measureReservations: [],
    version: seed.history.length + 4,
    createdAt: at(seed.history[0]![1]),
    updatedAt: at(last[1]),
  };
  return doc as QualityReportDoc;
}

/** Carries a report's measures into the next year's, with the follow-up answers given. */
function carry(
  from: QualityReportDoc,
  into: QualityReportDoc,
  answers: Array<
    Pick<
      QualityReportDoc['followUps']['followUps'][number],
      'carriedOut' | 'carriedOutEvidence' | 'effect' | 'effectEvidence'
    >
  >,
  by: string,
  day: string,
): void {
  into.followUps = {
    version: 2,
    updatedAt: at(day),
    updatedByName: by,
    followUps: from.measures.measures.map((m, i) => ({
      _id: oid(),
      fromReportId: from._id,
      fromYear: from.year,
      measureId: m._id,
      text: m.text,
      ownerName: m.ownerName,
      expectedEffect: m.expectedEffect,
      indicatorKey: m.indicatorKey ?? null,
      actionItemId: from.measureLinks.find((l) => l.measureId.equals(m._id))?.actionItemId ?? null,
      carriedOut: answers[i]?.carriedOut ?? null,
      carriedOutEvidence: answers[i]?.carriedOutEvidence ?? null,
      effect: answers[i]?.effect ?? null,
      effectEvidence: answers[i]?.effectEvidence ?? null,
    })),
  };
}

const allTookPart = {
  teachers: true,
  teachersHow: 'Ämneslagen analyserade resultaten på två studiedagar.',
  staff: true,
  staffHow: 'Elevhälsoteamet och fritidspersonalen deltog i analysen av tryggheten.',
  pupils: true,
  pupilsHow: 'Elevrådet och klassråden diskuterade elevenkäten.',
  guardiansOffered: true,
  guardiansHow: 'Resultaten presenterades på föräldramötet, med möjlighet att lämna synpunkter.',
};

/** Seeds the demo's quality reports; `itemId` finds a demo plan's action item by its text. */
export async function seedDemoQualityReports(
  orgs: ReadonlyMap<string, DemoOrganisation>,
  people: Person,
  itemId: (text: string) => Types.ObjectId | null,
): Promise<void> {
  const org = (code: string) => {
    const o = orgs.get(code);
    if (!o) throw new Error(`The demo quality reports need organisation ${code}, which the registry lacks`);
    return o;
  };
  const thnAdmin = people.name('thnAdmin');
  const kronanPrincipal = people.name('thnPrincipal');
  const borasAdmin = people.name('borasAdmin');
  const borasPrincipal = people.name('borasPrincipal');
  const COLLEGIAL =
    'Införa kollegialt lärande där pedagoger diskuterar sina erfarenheter från klassrummet tillsammans.';

  const kronan2025 = build(
    {
      org: org(KRONAN),
      year: 2025,
      status: 'approved',
      writer: kronanPrincipal,
      texts: {
        conditions:
          'Kronan har tre klasser i varje årskurs 7–9. Var femte elev har gått kortare tid än fyra år i svensk skola.',
        analysis:
          'Eleverna klarar de praktiska och estetiska ämnena men inte de läsintensiva. Analysen i ämneslagen visar att det är läsförståelsen i SO och NO som fäller, och att lektionerna ofta börjar oroligt.',
      },
      areas: [
        {
          title: 'Läsförståelse i alla ämnen',
          theme: 'reading',
          causes: [
            {
              text: 'Eleverna möter få längre texter i SO och NO och får sällan stöd i hur de ska läsa dem.',
              kind: 'observation',
              evidence: 'Lektionsbesök hösten 2024: längre texter förekom på 2 av 12 besökta lektioner.',
            },
            {
              text: 'Andelen som når kunskapskraven i alla ämnen har sjunkit två år i rad.',
              kind: 'measurement',
              evidence: 'Skolverkets statistik för årskurs 9, andel som uppnått kunskapskraven i alla ämnen.',
              indicatorKey: 'ak9.allSubjects',
            },
          ],
        },
        {
          title: 'Studiero',
          theme: 'safety',
          causes: [
            {
              text: 'Lektionerna börjar olika i olika klassrum och tiden till arbete blir lång.',
              kind: 'survey',
              evidence: 'Elevenkäten våren 2025: 58 % upplever att de har studiero på lektionerna.',
            },
          ],
        },
      ],
      measures: [
        {
          text: 'Lärgrupper i läsande och skrivande i alla ämneslag, ledda av förstelärarna.',
          owner: 'Förstelärare i svenska',
          due: '2026-06-12',
          cause: [0, 0],
          indicatorKey: 'ak9.allSubjects',
          effect: 'Fler elever når godkänt i SO och NO, och andelen med godkänt i alla ämnen ökar.',
          itemText: COLLEGIAL,
        },
        {
          text: 'Gemensam struktur för lektionsstart och lektionsavslut i alla klassrum.',
          owner: kronanPrincipal,
          due: '2025-12-19',
          cause: [1, 0],
          effect: 'Fler elever upplever studiero enligt elevenkäten.',
        },
      ],
      participation: allTookPart,
      history: [
        ['draft', '2025-08-18', kronanPrincipal],
        ['submitted', '2025-10-10', kronanPrincipal],
        ['approved', '2025-11-04', thnAdmin],
      ],
      comments: [
        {
          by: thnAdmin,
          byId: people.id('thnAdmin'),
          at: '2025-11-04',
          text: 'En tydlig analys där varje åtgärd går att följa tillbaka till en orsak. Godkänd.',
          status: 'approved',
        },
      ],
    },
    itemId,
  );
  const kronan2026 = build(
    {
      org: org(KRONAN),
      year: 2026,
      status: 'approved',
      writer: kronanPrincipal,
      texts: {
        implementation:
          'Lärgrupperna har träffats varannan vecka under hela läsåret. Strukturen för lektionsstart infördes i januari.',
        analysis:
          'Läsförståelsen har blivit bättre i årskurs 7 men ännu inte slagit igenom i årskurs 9. Studieron har ökat där strukturen används konsekvent.',
      },
      areas: [
        {
          title: 'Läsförståelse i alla ämnen',
          theme: 'reading',
          causes: [
            {
              text: 'Lärgrupperna har nått SO och NO, men inte matematik, där textuppgifterna fäller många elever.',
              kind: 'observation',
              evidence: 'Förstelärarnas sammanställning av lärgruppernas loggböcker, maj 2026.',
            },
          ],
        },
      ],
      measures: [
        {
          text: 'Utöka lärgrupperna till matematiklärarna, med fokus på textuppgifter.',
          owner: 'Förstelärare i matematik',
          due: '2027-06-11',
          cause: [0, 0],
          indicatorKey: 'ak9.allSubjects',
          effect: 'Fler elever klarar textuppgifterna på de nationella proven i matematik.',
        },
      ],
      participation: allTookPart,
      history: [
        ['draft', '2026-08-17', kronanPrincipal],
        ['submitted', '2026-10-09', kronanPrincipal],
        ['approved', '2026-11-03', thnAdmin],
      ],
    },
    itemId,
  );
  carry(
    kronan2025,
    kronan2026,
    [
      {
        carriedOut: 'yes',
        carriedOutEvidence: 'Nio av tio ämneslag har deltagit i lärgrupperna varannan vecka (närvarolistor).',
        effect: 'partly',
        effectEvidence:
          'Läsförståelsetestet i årskurs 7 har förbättrats, men andelen i årskurs 9 med godkänt i alla ämnen har ännu inte ökat.',
      },
      {
        carriedOut: 'partly',
        carriedOutEvidence: 'Strukturen används i årskurs 7 och 8, inte ännu i årskurs 9.',
        effect: 'tooEarly',
        effectEvidence: 'Elevenkäten görs igen i mars 2027.',
      },
    ],
    kronanPrincipal,
    '2026-10-09',
  );

  const simple = (code: string, year: number, status: Status, writer: string, extra: Partial<ReportSeed>) =>
    build(
      {
        org: org(code),
        year,
        status,
        writer,
        history: [['draft', `${year}-08-18`, writer]],
        ...extra,
      },
      itemId,
    );
  const approved2025 = (code: string, writer: string, area: Area) =>
    simple(code, 2025, 'approved', writer, {
      texts: { analysis: 'Se utvecklingsområdet och dess orsaker nedan.' },
      areas: [area],
      participation: allTookPart,
      history: [
        ['draft', '2025-08-18', writer],
        ['submitted', '2025-10-13', writer],
        ['approved', '2025-11-06', thnAdmin],
      ],
    });
  const reports: QualityReportDoc[] = [
    kronan2025,
    kronan2026,
    approved2025(FRALSEGARDEN, 'Maria Lund', {
      title: 'Kunskapsutveckling i de yngre åldrarna',
      theme: 'teaching',
      causes: [
        {
          text: 'Uppföljningen av läsningen i årskurs 1–3 har varit olika i olika klasser.',
          kind: 'observation',
          evidence: 'Genomgång av klassernas uppföljningar i juni 2025.',
        },
      ],
    }),
    simple(FRALSEGARDEN, 2026, 'submitted', 'Maria Lund', {
      texts: { analysis: 'De gemensamma bedömningsstöden i årskurs 1–3 används nu i alla klasser.' },
      areas: [
        {
          title: 'Matematik i årskurs 4–6',
          theme: 'teaching',
          causes: [
            {
              text: 'Eleverna får sällan resonera om sina lösningar.',
              kind: 'observation',
              evidence: 'Kollegiala lektionsbesök, våren 2026.',
            },
          ],
        },
      ],
      participation: allTookPart,
      history: [
        ['draft', '2026-08-18', 'Maria Lund'],
        ['submitted', '2026-11-20', 'Maria Lund'],
      ],
    }),
    approved2025(LEXTORP, 'Jonas Berg', {
      title: 'Trygghet på rasterna',
      theme: 'safety',
      causes: [
        {
          text: 'Rastvärdarna finns inte där eleverna är.',
          kind: 'survey',
          evidence: 'Trygghetsvandring med elevrådet, maj 2025.',
        },
      ],
    }),
    simple(LEXTORP, 2026, 'returned', 'Jonas Berg', {
      texts: {
        results: 'Resultaten i svenska i årskurs 6 har sjunkit och fler elever saknar godkänt betyg.',
        analysis: 'Resultaten i svenska har sjunkit jämfört med förra läsåret.',
      },
      areas: [{ title: 'Svenska i årskurs 4–6', theme: 'reading', causes: [] }],
      participation: { teachers: true, staff: true, pupils: false, guardiansOffered: false },
      history: [
        ['draft', '2026-08-18', 'Jonas Berg'],
        ['submitted', '2026-11-02', 'Jonas Berg'],
        ['returned', '2026-11-16', thnAdmin],
      ],
      comments: [
        {
          by: thnAdmin,
          byId: people.id('thnAdmin'),
          at: '2026-11-16',
          text: 'Analysen beskriver att resultaten har sjunkit men inte varför. Ange orsaker med underlag för utvecklingsområdet, och låt eleverna delta i analysen.',
          status: 'returned',
        },
      ],
    }),
    approved2025(SYLTE, 'Cecilia Ahl', {
      title: 'Ledarskap i klassrummet',
      theme: 'teaching',
      causes: [
        {
          text: 'Lärarna efterfrågar stöd i att leda lärande samtal, som utvecklingsdagen på Folkets Hus tog upp.',
          kind: 'survey',
          evidence: 'Personalenkät efter utvecklingsdagen.',
        },
      ],
    }),
    simple(SYLTE, 2026, 'draft', 'Cecilia Ahl', {
      texts: { conditions: 'Sylteskolan har 71 elever i årskurs 9 läsåret 2024/25.' },
      areas: [{ title: 'Behörighet till gymnasiet', theme: 'equity', causes: [] }],
    }),
    simple('1488', 2026, 'draft', thnAdmin, {
      kind: 'organiser',
      texts: {
        analysis:
          'Skolorna i Samverkan för bästa skola har kommit olika långt. Läsförståelse och studiero går igen i flera enheters analyser.',
      },
    }),
    simple(BORAS_PRINCIPAL_UNIT, 2026, 'approved', borasPrincipal, {
      texts: { analysis: 'Meritvärdet har stigit, men skillnaderna mellan klasserna är stora.' },
      areas: [
        {
          title: 'Likvärdig bedömning',
          theme: 'assessment',
          causes: [
            {
              text: 'Lärarna sambedömer sällan elevarbeten mellan klasserna.',
              kind: 'observation',
              evidence: 'Genomgång av ämneslagens protokoll läsåret 2025/26.',
            },
          ],
        },
      ],
      measures: [
        {
          text: 'Sambedömning av nationella prov i alla ämneslag.',
          owner: 'Ämneslagsledarna',
          due: '2027-06-11',
          cause: [0, 0],
          indicatorKey: 'ak9.meritValue',
          effect: 'Mindre skillnader i betyg mellan klasserna med samma provresultat.',
        },
      ],
      participation: allTookPart,
      history: [
        ['draft', '2026-08-17', borasPrincipal],
        ['submitted', '2026-10-12', borasPrincipal],
        ['approved', '2026-11-02', borasAdmin],
      ],
    }),
    simple(BODA, 2026, 'submitted', 'Anders Kvist', {
      texts: { analysis: 'Andelen behöriga till yrkesprogram är lägre än förra året.' },
      areas: [
        {
          title: 'Studiero och närvaro',
          theme: 'safety',
          causes: [
            {
              text: 'Den ogiltiga frånvaron har ökat i årskurs 8.',
              kind: 'measurement',
              evidence: 'Skolans frånvarostatistik, vårterminen 2026.',
            },
          ],
        },
      ],
      participation: allTookPart,
      history: [
        ['draft', '2026-08-17', 'Anders Kvist'],
        ['submitted', '2026-11-18', 'Anders Kvist'],
      ],
    }),
    simple(BJORKHOJD, 2026, 'draft', 'Eva Strand', {}),
    simple('1490', 2026, 'draft', borasAdmin, {
      kind: 'organiser',
      texts: {
        analysis:
          'Flera enheter pekar på bedömning och studiero. Skolinspektionens kritik av uppföljningen och analysen vid Engelbrektskolan gäller hela huvudmannens kvalitetsarbete.',
      },
      areas: [
        {
          title: 'Uppföljning och analys på alla nivåer',
          theme: 'leadership',
          causes: [
            {
              text: 'Enheternas rapporter beskriver resultaten men analyserar sällan orsakerna.',
              kind: 'observation',
              evidence: 'Förvaltningens genomgång av enheternas kvalitetsrapporter 2025/26.',
            },
          ],
        },
      ],
    }),
  ];
  await seedQualityReports(reports);
}
