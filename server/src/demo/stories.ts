// The demo's content, told from the seed documents (shared/seeds): Borås's action plan (002),
// Örebro's Topp 25 2025 (003) and Trollhättan's Samverkan för bästa skola (001). People are
// fictional; the plans' texts are the municipalities' own.

/** One demo account (password lyfta-demo). */
export interface DemoPerson {
  key: string;
  email: string;
  name: string;
  title: string;
  role: 'politician' | 'administration' | 'principal' | 'teacher' | 'coach' | 'registrar' | 'admin';
  /** Municipality or school unit code. */
  organisationCode: string;
}

/** The real Borås school unit the demo principal leads (Skolverket's registry). */
export const BORAS_PRINCIPAL_UNIT = '86215855'; // Engelbrektskolan 7-9
/** Trollhättan's four schools in Samverkan för bästa skola (seed 001), as registry units. */
/** The Stockholm school unit of the demo's teacher and principal, where the teacher coaching takes place (Skolverket's registry). */
export const STOCKHOLM_COACHING_UNIT = '72672270'; // Aspuddens skola
export const TROLLHATTAN_SCHOOLS = ['26671138', '63750711', '86568988', '66414430']; // Frälsegårdsskolan F-6, Kronan 7-9, Lextorpsskolan F-6, Sylteskolan 7-9

export const demoPeople: DemoPerson[] = [
  {
    key: 'admin',
    email: 'admin@lyfta.example',
    name: 'Maja Lind',
    title: 'Systemförvaltare',
    role: 'admin',
    organisationCode: '0180',
  },
  {
    key: 'borasAdmin',
    email: 'forvaltning.boras@lyfta.example',
    name: 'Jonas Ek',
    title: 'Skolchef, Borås Stad',
    role: 'administration',
    organisationCode: '1490',
  },
  {
    key: 'borasPrincipal',
    email: 'rektor.boras@lyfta.example',
    name: 'Sara Holm',
    title: 'Rektor, Engelbrektskolan 7-9',
    role: 'principal',
    organisationCode: BORAS_PRINCIPAL_UNIT,
  },
  {
    key: 'borasTeacher',
    email: 'larare.boras@lyfta.example',
    name: 'Erik Dahl',
    title: 'Lärare, Engelbrektskolan 7-9',
    role: 'teacher',
    organisationCode: BORAS_PRINCIPAL_UNIT,
  },
  {
    key: 'borasPolitician',
    email: 'politiker.boras@lyfta.example',
    name: 'Lena Sjöberg',
    title: 'Ordförande, Grundskolenämnden',
    role: 'politician',
    organisationCode: '1490',
  },
  {
    key: 'orebroAdmin',
    email: 'forvaltning.orebro@lyfta.example',
    name: 'Omar Nilsson',
    title: 'Skolchef, Örebro kommun',
    role: 'administration',
    organisationCode: '1880',
  },
  {
    key: 'orebroPolitician',
    email: 'politiker.orebro@lyfta.example',
    name: 'Petra Wik',
    title: 'Ordförande, Programnämnd förskola och skola',
    role: 'politician',
    organisationCode: '1880',
  },
  {
    key: 'stockholmTeacher',
    email: 'larare.stockholm@lyfta.example',
    name: 'Johan Strand',
    title: 'Lärare, Aspuddens skola',
    role: 'teacher',
    organisationCode: STOCKHOLM_COACHING_UNIT,
  },
  {
    key: 'stockholmPrincipal',
    email: 'rektor.stockholm@lyfta.example',
    name: 'Cecilia Sandberg',
    title: 'Rektor, Aspuddens skola',
    role: 'principal',
    organisationCode: STOCKHOLM_COACHING_UNIT,
  },
  {
    key: 'stockholmCoach',
    email: 'coach.stockholm@lyfta.example',
    name: 'Nora Falk',
    title: 'Lärarcoach, Stockholms stad',
    role: 'coach',
    organisationCode: '0180',
  },
  {
    // Takes a coaching engagement out for a secrecy assessment when someone requests it.
    key: 'stockholmRegistrar',
    email: 'registrator.stockholm@lyfta.example',
    name: 'Lovisa Norén',
    title: 'Registrator, Stockholms stad',
    role: 'registrar',
    organisationCode: '0180',
  },
  {
    key: 'thnAdmin',
    email: 'forvaltning.trollhattan@lyfta.example',
    name: 'Helena Björk',
    title: 'Verksamhetschef grundskola, Trollhättans Stad',
    role: 'administration',
    organisationCode: '1488',
  },
  {
    key: 'thnPrincipal',
    email: 'rektor.trollhattan@lyfta.example',
    name: 'Ali Karlsson',
    title: 'Rektor, Kronan 7-9',
    role: 'principal',
    organisationCode: TROLLHATTAN_SCHOOLS[1]!,
  },
];

/** The password of every demo account. */
export const DEMO_PASSWORD = 'lyfta-demo';

type Status = 'notStarted' | 'inProgress' | 'done' | 'atRisk' | 'cancelled';

/** A status update in the demo history. */
export interface DemoUpdate {
  at: string;
  by: string;
  status: Status;
  progress: number;
  text: string;
  evidenceUrl?: string;
  effect?: string;
}

/** A comment (and replies) in the demo. */
export interface DemoComment {
  at: string;
  by: string;
  stance?: 'for' | 'against' | 'neutral';
  text: string;
  replies?: DemoComment[];
}

/** An action item in the demo. */
export interface DemoItem {
  text: string;
  description?: string;
  responsible?: string;
  due?: string;
  goals?: number[];
  updates?: DemoUpdate[];
  comments?: DemoComment[];
}

export const borasPlan = {
  title: 'Lust att lära – möjlighet att lyckas!',
  purpose:
    'Handlingsplanens olika delar ska leda till ökade möjligheter för varje elev att nå så långt i sin kunskapsutveckling som möjligt.',
  startingPoints: [
    'Varje elev som lämnar den kommunala grundskolan i Borås Stad ska ha behörighet att komma in på ett nationellt gymnasieprogram.',
    'Den kommunala grundskolan i Borås Stad ska vara förstavalet för elever och föräldrar.',
    'Den bästa kommunala grundskolan i Borås Stad ska vara den som är närmast där du bor.',
  ],
  ownerTitle: 'Kommunchef',
  responsibleTitle: 'Stadsdelschef, Stadsdelsförvaltningen Norr (särskilt uppdrag läsåret 2013/14)',
  period: { from: '2013/14', to: '2014/15' },
  areas: [
    {
      title: 'Rektors uppdrag',
      description:
        'Rektor är nyckelperson och ansvarig för att säkerställa att varje elev har trygghet och studiero samt ges möjligheter att nå så långt i sin kunskapsutveckling som möjligt.',
      items: [
        {
          text: 'Definiera och förtydliga uppdraget som rektor i Borås Stad.',
          description:
            'Rektor ska vara chef för en skolenhet och där leda det pedagogiska arbetet så att varje elev når så långt i sin kunskapsutveckling som möjligt. Utgångspunkter är Skolinspektionens tolkningar utifrån skollag och förordningar, Borås Stads Styr- och ledningssystem, chefsöverenskommelse samt lönekriterier för chefer.',
          responsible: 'borasAdmin',
          due: '2013-12-20',
          updates: [
            {
              at: '2013-09-16',
              by: 'borasAdmin',
              status: 'inProgress',
              progress: 20,
              text: 'Arbetsgrupp med rektorer från de tre stadsdelarna har startat. Första utkast till uppdragsbeskrivning diskuteras på rektorsmötet i oktober.',
            },
            {
              at: '2013-11-04',
              by: 'borasAdmin',
              status: 'inProgress',
              progress: 70,
              text: 'Uppdragsbeskrivningen är remitterad till rektorer och fackliga organisationer. Synpunkterna handlar mest om det administrativa stödet.',
            },
            {
              at: '2014-01-20',
              by: 'borasAdmin',
              status: 'done',
              progress: 100,
              text: 'Uppdraget som rektor i Borås Stad är fastställt och ingår i chefsöverenskommelserna från vårterminen.',
              effect:
                'Rektorerna beskriver i uppföljningen att ansvarsfördelningen mot stadsdelsförvaltningen är tydligare; frågorna till förvaltningen om vem som beslutar har minskat.',
            },
          ],
          comments: [
            {
              at: '2013-11-06',
              by: 'borasTeacher',
              stance: 'for',
              text: 'Bra att rektors pedagogiska ledarskap lyfts. Vi ser för lite av vår rektor i klassrummen i dag.',
            },
          ],
        },
        {
          text: 'Ta fram en gemensam struktur för hur grundskolenheter i Borås Stad ska se ut.',
          description:
            'Utifrån Skolinspektionens definition av en skolenhet ska en utredning visa på hur dessa ska se ut i Borås Stad. Storlek gällande antal elever och underställd personal ska beaktas. Borås Stads definition av rektors uppdrag ska vara vägledande för indelningen. Organisationen ska stödja möjligheten för varje elev att nå så långt i sin kunskapsutveckling som möjligt. Skolenheter i Borås Stad ska ha en gemensam grundstruktur avseende: Ledning - befattningar Administrativt stöd - befattningar',
          responsible: 'borasAdmin',
          due: '2014-06-30',
          updates: [
            {
              at: '2013-10-14',
              by: 'borasAdmin',
              status: 'inProgress',
              progress: 15,
              text: 'Utredningen om skolenheternas storlek och ledningsstruktur har börjat. Underlag hämtas från Skolinspektionens tillsyn.',
            },
            {
              at: '2014-03-10',
              by: 'borasAdmin',
              status: 'atRisk',
              progress: 45,
              text: 'Förslaget om nya skolenheter kräver samverkan med tre stadsdelsnämnder; tidplanen är pressad inför läsåret 2014/15.',
            },
          ],
          comments: [
            {
              at: '2014-03-12',
              by: 'borasTeacher',
              stance: 'against',
              text: 'Större enheter får inte betyda att rektor kommer ännu längre från lärarna. Hur säkrar ni det?',
              replies: [
                {
                  at: '2014-03-14',
                  by: 'borasAdmin',
                  text: 'Bra fråga. Utredningen väger in antalet medarbetare per rektor just av det skälet; vi återkommer med förslaget på rektorsmötet.',
                },
              ],
            },
          ],
        },
        {
          text: 'Tydliggöra och definiera roller och uppdrag för nivåer och befattningar inom grundskolan i Borås Stad.',
          description:
            'Tjänstemannabefattningar och mötesplatser ska ha tydliga roller och uppdrag. Roller och uppdrag ska vara samma i de tre stadsdelarnas skolorganisationer. Kommungemensamma verksamheters roller och uppdrag ska förtydligas och synliggöras. Elevhälsans roll och uppdrag ska tydliggöras.',
          responsible: 'borasPrincipal',
          due: '2014-12-19',
          updates: [
            {
              at: '2014-02-03',
              by: 'borasPrincipal',
              status: 'inProgress',
              progress: 30,
              text: 'Rektorsgruppen har kartlagt mötesplatserna och vilka beslut som fattas var. Elevhälsans uppdrag diskuteras separat.',
            },
          ],
        },
      ] satisfies DemoItem[],
    },
    {
      title: 'Läraryrkets status',
      description:
        'Forskning visar att den mest avgörande faktorn för att en elev ska lyckas är lärarens arbete i klassrummet. Vi ska höja läraryrkets status.',
      items: [
        {
          text: 'Ta fram en plan för hur varje lärare på grundskolan ska ha tillgång till modern teknik',
          description:
            'Elever ska i Borås Stads skolor möta modern teknik. Ett första steg är att tillse att lärare har tillgång till och kompetens kring att arbeta med modern teknik.',
          responsible: 'borasAdmin',
          due: '2014-06-30',
          updates: [
            {
              at: '2013-10-01',
              by: 'borasAdmin',
              status: 'inProgress',
              progress: 25,
              text: 'Inventering av lärarnas datorer och uppkoppling klar på 38 av 46 skolenheter.',
            },
            {
              at: '2014-05-26',
              by: 'borasAdmin',
              status: 'inProgress',
              progress: 60,
              text: 'Planen är beslutad: alla lärare får egen dator under läsåret 2014/15, med fortbildning i digitala verktyg.',
              evidenceUrl: 'https://www.boras.se/',
            },
          ],
          comments: [
            {
              at: '2014-05-28',
              by: 'borasTeacher',
              stance: 'for',
              text: 'Äntligen! Men glöm inte tiden att lära sig verktygen – fortbildningen måste ligga på arbetstid.',
            },
            {
              at: '2014-05-29',
              by: 'borasPolitician',
              stance: 'neutral',
              text: 'Nämnden följer upp kostnaden och fortbildningen i delårsrapporten.',
            },
          ],
        },
        {
          text: 'Arbeta fram en gemensam modell för uppdragsdialog mellan rektor och lärare.',
          description:
            'Lärare i Borås Stad ska lägga mer tid på elevers kunskapsutveckling och mindre tid på administrativa uppgifter. Ett första steg för att synliggöra detta är att arbeta igenom en uppdragsdialog mellan rektor och lärare utifrån samma modell på samtliga grundskolor i Borås Stad.',
          responsible: 'borasPrincipal',
          due: '2014-03-31',
          updates: [
            {
              at: '2013-12-09',
              by: 'borasPrincipal',
              status: 'inProgress',
              progress: 40,
              text: 'Modellen prövas på Engelbrektskolan 7-9 och två skolor till under vårterminen.',
            },
            {
              at: '2014-06-16',
              by: 'borasPrincipal',
              status: 'done',
              progress: 100,
              text: 'Alla lärare på pilotskolorna har haft uppdragsdialog. Modellen sprids till samtliga grundskolor från hösten.',
              effect:
                'Lärarna på pilotskolorna angav i enkäten att de i snitt lagt en timme mindre per vecka på administration efter dialogen.',
            },
          ],
          comments: [
            {
              at: '2014-06-18',
              by: 'borasTeacher',
              stance: 'for',
              text: 'Uppdragsdialogen var det första samtalet på länge där vi faktiskt pratade om vad jag inte ska göra.',
            },
          ],
        },
        {
          text: 'Ta fram en strategi för att synliggöra det goda arbete som sker i den kommunala grundskolan i Borås Stad.',
          description:
            'Lärare i Borås Stad gör ett bra jobb. Detta ska uppmärksammas genom olika aktiviteter. Den egna skolenheten bär ansvaret att synliggöra sin professionalism gentemot elever, vårdnadshavare och det omkringliggande samhället. En Borås Stads aktivitet kommer att vara att införa prisceremonier för att uppmärksamma det goda lärandet. Formerna för detta blir en av delarna i strategin.',
          responsible: 'borasAdmin',
          due: '2014-10-31',
          updates: [
            {
              at: '2014-04-07',
              by: 'borasAdmin',
              status: 'inProgress',
              progress: 35,
              text: 'Utkast till strategi med en årlig prisceremoni för goda exempel i undervisningen.',
            },
          ],
          comments: [
            {
              at: '2014-04-09',
              by: 'borasTeacher',
              stance: 'against',
              text: 'Prisceremonier känns fel. Lyft hellre fram goda exempel där kollegor kan ta del av dem, utan tävling.',
            },
          ],
        },
        {
          text: 'I takt med att resultaten och de kommunala skolornas attraktivitet förbättras höja lönenivån för lärare och rektorer i jämförelse med konkurrerande kommuner.',
          description:
            'Lärare och rektor i grundskolan i Borås Stad ligger lågt vad gäller medianlön i jämförelse med omkringliggande kommuner. Satsningar behöver göras i takt med att resultaten och attraktiviteten förbättras.',
          responsible: 'borasAdmin',
          due: '2015-06-30',
          updates: [
            {
              at: '2014-09-29',
              by: 'borasAdmin',
              status: 'notStarted',
              progress: 0,
              text: 'Väntar på löneöversynen 2015; jämförelsen med grannkommunerna är uppdaterad.',
            },
          ],
        },
      ] satisfies DemoItem[],
    },
    {
      title: 'Resultat',
      description:
        'Varje elev ska ges möjligheter att nå så långt i sin kunskapsutveckling som möjligt. Ett viktigt delmål är att varje elev i grundskolan ska ha behörighet att komma in på ett nationellt gymnasieprogram.',
      items: [
        {
          text: 'Gå igenom varje del av den dokumentation som lärare och skolor gör idag.',
          description:
            'Syftet är att i varje del effektivisera och minska på det administrativa arbetet. Utgångspunkten är att endast det som leder till ökad måluppfyllelse för varje elev ska dokumenteras. Dokumentationen ska ske med modern teknik på enklaste sätt. Lärare och rektor ska lägga mer tid på samtal, uppföljning och analys av elevens kunskapsutveckling och mindre tid på att fylla i uppgifter. Arbetet ska ske i delaktighet av lärare, rektorer, fackliga organisationer och andra berörda befattningar.',
          responsible: 'borasPrincipal',
          due: '2014-12-19',
          goals: [0],
          updates: [
            {
              at: '2014-01-27',
              by: 'borasPrincipal',
              status: 'inProgress',
              progress: 25,
              text: 'Genomgången av dokumentationen har börjat med individuella utvecklingsplaner och åtgärdsprogram.',
            },
            {
              at: '2014-10-13',
              by: 'borasPrincipal',
              status: 'atRisk',
              progress: 50,
              text: 'Nytt system för frånvaro och betyg försenas; dubbeldokumentation kvarstår under hösten.',
            },
          ],
          comments: [
            {
              at: '2014-10-15',
              by: 'borasTeacher',
              stance: 'against',
              text: 'Vi dokumenterar fortfarande samma sak på tre ställen. Det här behöver gå snabbare.',
            },
          ],
        },
        {
          text: 'Utveckla det systematiska kvalitetsarbetet så att rätt uppföljning görs och att mer tid ägnas åt analys och framtida åtgärder på samtliga nivåer.',
          description:
            'Det systematiska kvalitetsarbetet får de flesta skolor i Borås Stad kritik för av Skolinspektionen. Arbetet ska förstärkas med mer fokus på analys på skolenhetsnivå och på huvudmannanivå för Borås Stad.',
          responsible: 'borasAdmin',
          due: '2015-06-30',
          goals: [0],
          updates: [
            {
              at: '2013-11-18',
              by: 'borasAdmin',
              status: 'inProgress',
              progress: 20,
              text: 'Gemensam mall för kvalitetsrapporter på skolenhetsnivå är framtagen.',
            },
            {
              at: '2014-08-25',
              by: 'borasAdmin',
              status: 'inProgress',
              progress: 55,
              text: 'Första årets analyser är inlämnade; huvudmannens sammanställning presenteras för nämnden i oktober.',
            },
          ],
        },
      ] satisfies DemoItem[],
    },
  ],
};

export const orebroGoal = {
  title: 'Topp 25 2025',
  description:
    'Det övergripande syftet är att etablera en lokal arena där samtal kan föras om hur vi förbättrar resultaten i skolan och där olika perspektiv, erfarenheter och kunskaper om vad som leder till detta kan mötas. Målet är att Örebro kommun ska vara bland de 25 bästa kommunerna i SKL:s öppna jämförelser år 2025.',
};

export const orebroPlainGoal = {
  title: 'Höja skolresultaten i Örebro kommun',
  description:
    'Vad tycker du, utifrån din profession/ditt uppdrag, är viktigt för att höja skolresultaten i Örebro kommun? Dialogmötena samlar lärare, förskollärare, rektorer, elevhälsa, förskolechefer, skolchefer och politiker kring frågan.',
};

export const trollhattanPlan: {
  title: string;
  purpose: string;
  goals: string[];
  period: { from: string; to: string };
  areas: Array<{ title: string; description: string; items: DemoItem[] }>;
} = {
  title: 'Samverkan för bästa skola',
  purpose:
    'Samverkan för bästa skola är ett treårigt samarbetsprojekt mellan Trollhättans Stad och Skolverket. Syftet med projektet är att höja kunskapsresultaten, öka andelen elever som fullföljer sina studier, och att öka likvärdigheten.',
  goals: ['Höja kunskapsresultaten', 'Öka andelen elever som fullföljer sina studier', 'Öka likvärdigheten'],
  period: { from: '2016/17', to: '2018/19' },
  areas: [
    {
      title: 'Systematiskt kvalitetsarbete',
      description: 'Förskolechefer, rektorer och lärare utvecklar tillsammans det systematiska kvalitetsarbetet.',
      items: [
        {
          text: 'Genomföra en gemensam utvecklingsdag om systematiskt kvalitetsarbete för förskolechefer, rektorer och lärare.',
          responsible: 'thnAdmin',
          due: '2017-08-31',
          goals: [0, 2],
          updates: [
            {
              at: '2017-08-22',
              by: 'thnAdmin',
              status: 'done',
              progress: 100,
              text: 'Heldag på Folkets Hus med seminarier om tekniker för lärande samtal.',
              effect: 'Skolorna har börjat använda strukturen för lärande samtal i sina kollegiala analyser.',
            },
          ],
        },
        {
          text: 'Stärka analysen av resultaten i de yngre åldrarna, inte bara betygen i årskurs nio.',
          responsible: 'thnAdmin',
          due: '2018-06-15',
          goals: [0],
          updates: [
            {
              at: '2017-11-06',
              by: 'thnAdmin',
              status: 'inProgress',
              progress: 30,
              text: 'De fyra skolorna följer upp kunskapsutvecklingen från årskurs 3 med gemensamma bedömningsstöd.',
            },
          ],
        },
      ],
    },
    {
      title: 'Undervisningens kvalitet',
      description: 'Kollegialt lärande på de fyra skolorna i projektet.',
      items: [
        {
          text: 'Införa kollegialt lärande där pedagoger diskuterar sina erfarenheter från klassrummet tillsammans.',
          responsible: 'thnPrincipal',
          due: '2019-06-14',
          goals: [0, 1, 2],
          updates: [
            {
              at: '2018-02-12',
              by: 'thnAdmin',
              status: 'inProgress',
              progress: 45,
              text: 'Lärgrupper är igång på Frälsegårdsskolan, Kronan, Lextorpsskolan och Sylteskolan.',
            },
          ],
        },
        {
          text: 'Följa upp andelen elever som fullföljer sina studier på de fyra skolorna varje termin.',
          responsible: 'thnAdmin',
          due: '2019-06-14',
          goals: [1],
          updates: [],
        },
      ],
    },
  ],
};
