import mongoose, { type Types } from 'mongoose';
import { swedishDate } from '../modules/annual-cycle/index.js';
import { seedMeetings, type MeetingGroupDoc, type SuccessFactorDoc } from '../modules/meetings/index.js';

// Örebro's dialogue meeting on Topp 25 2025 at Club 700 (seed 003): seven profession-based home
// groups, each with the success factors it agreed on, word for word as the seed gives them (the
// list dashes dropped), themed by the organiser for the synthesis, and three mixed expert groups.
// The meeting's day and the themes are the demo's. Stockholm (seed 000) holds focus groups once a
// term: one was held in the spring, the next is coming up with sign-ups.

type Person = { id(key: string): Types.ObjectId | null; name(key: string): string };
interface Org {
  _id: Types.ObjectId;
  code: string;
}

const oid = () => new mongoose.Types.ObjectId();

/** The home groups of Örebro's meeting and their factors as the seed gives them, each with the organiser's theme. */
export const OREBRO_HOME_GROUPS: ReadonlyArray<{
  name: string;
  factors: ReadonlyArray<[text: string, theme: string]>;
}> = [
  {
    name: 'Lärare',
    factors: [
      ['Renodla rollerna i skolan.', 'Styrkedja och organisation'],
      ['Jobba med ledarskap i alla nivåer.', 'Ledarskap'],
      ['Krav och förväntningar, på elever, på lärare, på skolledare.', 'Mål och förväntningar'],
      [
        'Satsa på lärares lärande, kollegialt, på vetenskaplig grund och beprövad erfarenhet.',
        'Kompetens och kollegialt lärande',
      ],
      ['Skolorganisationen (styrkedjan) måste vara tydlig och jobba för samma sak.', 'Styrkedja och organisation'],
    ],
  },
  {
    name: 'Förskollärare',
    factors: [
      [
        'Likvärdiga förutsättningar för förskollärare, planerings och reflektionstid.',
        'Likvärdighet och förutsättningar',
      ],
      ['Tydlig organisation och förutsättningar för det pedagogiska uppdraget.', 'Styrkedja och organisation'],
      ['Kontinuerlig kompetensutveckling, handledning och stöd för förskollärare.', 'Kompetens och kollegialt lärande'],
      [
        'Rekrytera leg. förskollärare och skapa en attraktiv arbetsplats för att behålla personal.',
        'Kompetensförsörjning',
      ],
      [
        'Behålla barnets lust att lära och ge barnen en likvärdig förskola genom det systematiska kvalitetsarbetet.',
        'Likvärdighet och förutsättningar',
      ],
    ],
  },
  {
    name: 'Rektorer',
    factors: [
      ['Styrkedja tydlig uppifrån och ner.', 'Styrkedja och organisation'],
      ['Värdegrund och kunskapsuppdraget hänger ihop.', 'Undervisning och värdegrund'],
      ['Följer upp, utvärderar, utvecklar.', 'Systematiskt kvalitetsarbete'],
      ['Tydliga strukturer, effektiva organisationer.', 'Styrkedja och organisation'],
      ['Utveckla systematiskt kvalitetsarbete.', 'Systematiskt kvalitetsarbete'],
    ],
  },
  {
    name: 'Elevhälsa',
    factors: [
      [
        'Elevhälsoarbetet, rutiner, organisation, struktur. Kommunövergripande likvärdighet.',
        'Likvärdighet och förutsättningar',
      ],
      ['Relationsskapande, HT finns nära.', 'Relationer och bemötande'],
      ['Kompetens kring samspel, ICDP.', 'Kompetens och kollegialt lärande'],
      ['Resurser utifrån behov.', 'Likvärdighet och förutsättningar'],
      ['Systematisk utvärdering och kvalitetsarbete.', 'Systematiskt kvalitetsarbete'],
    ],
  },
  {
    name: 'Förskolechefer',
    factors: [
      ['Kompetensförsörjning/ kompetensutveckling.', 'Kompetensförsörjning'],
      ['Pedagogiskt ledarskap.', 'Ledarskap'],
      ['Kollegiala lärformer.', 'Kompetens och kollegialt lärande'],
      ['Systematiskt kvalitetsarbete.', 'Systematiskt kvalitetsarbete'],
      [
        'Främjande arbete, vilka elever kommer mellan de olika stadierna. Arbeta för en likvärdig förskola / skola utifrån bemötande.',
        'Relationer och bemötande',
      ],
    ],
  },
  {
    name: 'Skolchefer',
    factors: [
      ['Utveckla undervisningens kvalitet i förskola och skola.', 'Undervisning och värdegrund'],
      ['Skapa ett gott mottagande och utveckla undervisning för våra nyanlända.', 'Undervisning och värdegrund'],
      [
        'Att ge stöd och förutsättningar för att ta sig an utmaningar och möta förändringar såsom digitalisering, särskilt stöd, ämneskunskap osv.',
        'Likvärdighet och förutsättningar',
      ],
      ['Kompetensförsörjning.', 'Kompetensförsörjning'],
      ['Styrning och ledning som tar utgångspunkt i kunskap, tillit och samarbete.', 'Ledarskap'],
    ],
  },
  {
    name: 'Politiker',
    factors: [
      ['Dialog och samsyn mellan politik och alla inblandade', 'Styrkedja och organisation'],
      ['Tydliga mål', 'Mål och förväntningar'],
      ['Regelbunden uppföljning av mål', 'Systematiskt kvalitetsarbete'],
      ['Höga förväntningar och engagemang', 'Mål och förväntningar'],
    ],
  },
];

export const OREBRO_MEETING_TITLE = 'Dialogmöte kring Topp 25 2025';

const OREBRO_DESCRIPTION =
  'Lärare, förskollärare, specialpedagoger, rektorer, förskolechefer, skolchefer, politiker m.fl. möts kring vad som är viktigt för att höja skolresultaten i Örebro kommun. Grundfrågan: Vad tycker du, utifrån din profession/ditt uppdrag, är viktigt för att höja skolresultaten i Örebro kommun? Hemgrupperna enas om fem framgångsfaktorer och tar dem med sig in i expertgrupperna efter fikapausen.';

/** The day `days` from today in Sweden. */
function dayFromToday(days: number): string {
  const d = new Date(`${swedishDate()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function seedDemoMeetings(orgs: ReadonlyMap<string, Org>, people: Person): Promise<void> {
  const orebro = orgs.get('1880');
  const stockholm = orgs.get('0180');
  const organiserId = people.id('orebroAdmin');
  if (!orebro || !stockholm || !organiserId)
    throw new Error('The demo meetings need Örebro, Stockholm and their accounts');
  const now = new Date();
  const meeting = (m: Record<string, unknown>) => ({
    _id: oid(),
    description: '',
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...m,
  });

  const dialogue = meeting({
    ownerId: orebro._id,
    municipalityCode: orebro.code,
    kind: 'dialogueMeeting',
    title: OREBRO_MEETING_TITLE,
    description: OREBRO_DESCRIPTION,
    date: '2026-10-12',
    place: 'Club 700',
    cap: null,
    seatsLeft: null,
  });
  const group = (kind: 'home' | 'expert', name: string, position: number): Partial<MeetingGroupDoc> => ({
    _id: oid(),
    meetingId: dialogue._id,
    municipalityCode: orebro.code,
    kind,
    name,
    position,
    memberIds: [],
    factorCount: 0,
    createdAt: now,
  });
  const homes = OREBRO_HOME_GROUPS.map((g, i) => ({ ...group('home', g.name, i), factorCount: g.factors.length }));
  const experts = [1, 2, 3].map((n) => group('expert', `Expertgrupp ${n}`, OREBRO_HOME_GROUPS.length + n - 1));
  const factors: Partial<SuccessFactorDoc>[] = OREBRO_HOME_GROUPS.flatMap((g, i) =>
    g.factors.map(([text, theme], j) => ({
      _id: oid(),
      meetingId: dialogue._id,
      groupId: homes[i]!._id,
      municipalityCode: orebro.code,
      text,
      theme,
      authorId: organiserId,
      authorName: people.name('orebroAdmin'),
      editedAt: null,
      history: [],
      withdrawn: false,
      version: 1,
      createdAt: new Date(now.getTime() + i * 100 + j),
      updatedAt: now,
    })),
  );

  const stockholmGroup = (date: string, title: string) =>
    meeting({
      ownerId: stockholm._id,
      municipalityCode: stockholm.code,
      kind: 'focusGroup',
      title,
      description:
        'Utbildningsförvaltningen samlar en fokusgrupp ur lärarpanelen för ett samtal om en aktuell skolfråga.',
      date,
      place: 'Utbildningsförvaltningen, stora konferensrummet',
      cap: 8,
      seatsLeft: 8,
    });
  const held = stockholmGroup('2026-04-14', 'Fokusgrupp: kollegialt lärande');
  const coming = stockholmGroup(dayFromToday(14), 'Fokusgrupp: bedömning och betyg');
  const names = ['Amira Hassan', 'Johan Lindqvist', 'Sofia Berg', 'Erik Nyström', 'Maria Johansson'];
  const signup = (meetingId: Types.ObjectId, name: string) => ({
    _id: oid(),
    meetingId,
    personId: oid(),
    name,
    municipalityCode: stockholm.code,
    active: true,
  });
  const signups = [...names.map((n) => signup(coming._id, n)), ...names.slice(0, 4).map((n) => signup(held._id, n))];

  await seedMeetings({
    meetings: [dialogue, { ...held, seatsLeft: 4 }, { ...coming, seatsLeft: 8 - names.length }],
    groups: [...homes, ...experts],
    factors,
    signups,
  });
}
