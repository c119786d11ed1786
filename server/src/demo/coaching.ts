import mongoose, { type Types } from 'mongoose';
import {
  seedCoaching,
  type CoachingEntryDoc,
  type CoachingRequestDoc,
  type EngagementDoc,
} from '../modules/coaching/index.js';
import { STOCKHOLM_COACHING_UNIT } from './stories.js';

// Stockholm's teacher coaches (seed 004): the demo coach Nora Falk coaches the demo teacher Johan
// Strand at Aspuddens skola in Swedish (active: a goal from his pupils' needs, a conversation, a
// lesson visit analysed together, an assignment, his reflection and the next step he decided), and
// had coached his colleague Amira Haddad in Swedish as a second language (closed with her own
// summary). The principal Cecilia Sandberg has asked the coach service for the unit's F–3 team in
// mathematics, with time and room agreed; it waits for a coach. Amira and the team's teachers have
// no accounts. The texts are invented.

type Person = { id(key: string): Types.ObjectId | null; name(key: string): string };
interface Org {
  _id: Types.ObjectId;
  code: string;
}

const oid = () => new mongoose.Types.ObjectId();
const DAY_MS = 24 * 60 * 60 * 1000;
const day = (d: Date) => d.toISOString().slice(0, 10);

/** Loads Stockholm's coaching: the coach's profile, two engagements (active, closed) and a request waiting with the coach service. */
export async function seedDemoCoaching(orgs: ReadonlyMap<string, Org>, people: Person): Promise<void> {
  const unit = orgs.get(STOCKHOLM_COACHING_UNIT);
  const teacherId = people.id('stockholmTeacher');
  const coachId = people.id('stockholmCoach');
  const principalId = people.id('stockholmPrincipal');
  if (!unit || !teacherId || !coachId || !principalId)
    throw new Error('The demo coaching needs Aspuddens skola, its teacher and principal, and the Stockholm coach');
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY_MS);
  const teacher = people.name('stockholmTeacher');
  const coach = people.name('stockholmCoach');
  const principal = people.name('stockholmPrincipal');
  const colleague = { id: oid(), name: 'Amira Haddad' };
  const base = { municipalityCode: '0180', unitId: unit._id };

  const request = (r: Partial<CoachingRequestDoc> & { createdAt: Date }): Partial<CoachingRequestDoc> => ({
    _id: oid(),
    ...base,
    teamName: null,
    declineReason: null,
    engagementId: null,
    version: 1,
    ...r,
    updatedAt: r.createdAt,
  });
  const engagement = (e: Partial<EngagementDoc> & { startedAt: Date }): Partial<EngagementDoc> => ({
    _id: oid(),
    ...base,
    teamName: null,
    coachId,
    coachName: coach,
    state: 'active',
    agreement: { sharesDates: true, sharesStatus: true, agreedAt: e.startedAt },
    goal: null,
    goalSetAt: null,
    summary: null,
    closedAt: null,
    disposedAt: null,
    version: 1,
    ...e,
    createdAt: e.startedAt,
    updatedAt: e.closedAt ?? e.startedAt,
  });
  const entries: Partial<CoachingEntryDoc>[] = [];
  const entry = (
    e: Partial<EngagementDoc>,
    by: { id: Types.ObjectId; name: string },
    kind: CoachingEntryDoc['kind'],
    daysAgo: number,
    text: string,
    extra: Partial<CoachingEntryDoc> = {},
  ) =>
    entries.push({
      _id: oid(),
      engagementId: e._id!,
      municipalityCode: '0180',
      kind,
      date: kind === 'meeting' || kind === 'lessonVisit' ? day(at(daysAgo)) : null,
      text,
      done: false,
      authorId: by.id,
      authorName: by.name,
      version: 1,
      createdAt: at(daysAgo),
      updatedAt: at(daysAgo),
      ...extra,
    });

  // Johan asked his principal, who forwarded it with time and room; Nora took it.
  const johansRequest = request({
    teacherIds: [teacherId],
    teacherNames: [teacher],
    subject: 'svenska',
    need: 'Många av mina elever i åk 5 läser texter utan att förstå dem. Jag vill hitta arbetssätt som gör att fler tar sig an texterna aktivt.',
    requestedById: teacherId,
    requestedByName: teacher,
    requestedByRole: 'teacher',
    state: 'accepted',
    timeAgreed: 'En timme varannan vecka, tisdagar efter lunch, under höstterminen.',
    roomAgreed: 'Grupprummet intill biblioteket.',
    createdAt: at(60),
    version: 3,
  });
  const active = engagement({
    requestId: johansRequest._id!,
    teacherIds: [teacherId],
    teacherNames: [teacher],
    subject: 'svenska',
    goal: 'Till jullovet ska alla elever i 5B kunna använda minst två lässtrategier på egen hand när de läser faktatexter, och berätta vilken de valde och varför.',
    goalSetAt: at(45),
    startedAt: at(49),
    version: 3,
  });
  johansRequest.engagementId = active._id!;
  const johan = { id: teacherId, name: teacher };
  const nora = { id: coachId, name: coach };
  entry(
    active,
    nora,
    'meeting',
    45,
    'Första samtalet. Vi pratade om vad Johan ser i klassen: eleverna läser snabbt igenom texten och svarar på frågorna genom att leta ord. Johan formulerade målet utifrån elevernas behov. Vi kom överens om ett lektionsbesök under en SO-lektion med faktatext.',
  );
  entry(
    active,
    nora,
    'lessonVisit',
    31,
    'Observationer: genomgången tog 12 minuter; 6 av 24 elever ställde frågor om ord de inte förstod; under det enskilda arbetet gick de flesta direkt till frågorna utan att läsa rubriker och bilder. Paret vid fönstret gjorde en egen tankekarta. I analysen efteråt såg Johan att eleverna inte vet vad de ska göra innan de läser.',
  );
  entry(
    active,
    nora,
    'assignment',
    31,
    'Pröva att modellera "före läsningen" högt i tre lektioner: titta på rubriker och bilder, ställ en fråga till texten. Notera vad eleverna gör annorlunda.',
    { done: true, version: 2, updatedAt: at(17) },
  );
  entry(
    active,
    johan,
    'reflection',
    17,
    'När jag tänkte högt före läsningen började fler elever ställa egna frågor till texten. De som brukar ge upp kom längre än förut. Men när de arbetade själva föll många tillbaka i att leta ord.',
  );
  entry(
    active,
    johan,
    'nextStep',
    16,
    'Nästa steg: eleverna ska själva välja en strategi före läsningen och skriva den på ett kort. Jag följer upp i slutet av lektionen vad som fungerade.',
  );

  // Amira's coaching, which her principal asked for, is closed with her own summary.
  const amirasRequest = request({
    teacherIds: [colleague.id],
    teacherNames: [colleague.name],
    subject: 'svenskaSomAndrasprak',
    need: 'Nyanlända elever i åk 3 behöver stöd i skolspråket i alla ämnen. Amira vill utveckla sitt sätt att bygga upp ämnesbegrepp tillsammans med klassläraren.',
    requestedById: principalId,
    requestedByName: principal,
    requestedByRole: 'principal',
    state: 'accepted',
    timeAgreed: 'En timme i veckan under vårterminen.',
    roomAgreed: 'Studierummet på plan 2.',
    createdAt: at(250),
    version: 2,
  });
  const closed = engagement({
    requestId: amirasRequest._id!,
    teacherIds: [colleague.id],
    teacherNames: [colleague.name],
    subject: 'svenskaSomAndrasprak',
    state: 'closed',
    goal: 'Eleverna ska kunna förklara fem nya begrepp i varje NO-område med egna ord, muntligt och skriftligt.',
    goalSetAt: at(235),
    summary:
      'Jag har lärt mig att planera begreppen före arbetsområdet tillsammans med klassläraren, och att låta eleverna använda dem i par innan de skriver. De flesta eleverna förklarade begreppen i vattnets kretslopp med egna ord. Det tar jag med mig.',
    startedAt: at(240),
    closedAt: at(120),
    agreement: { sharesDates: true, sharesStatus: true, agreedAt: at(240) },
    version: 4,
  });
  amirasRequest.engagementId = closed._id!;
  const amira = { id: colleague.id, name: colleague.name };
  entry(
    closed,
    nora,
    'meeting',
    235,
    'Vi gick igenom ett arbetsområde om vatten och valde ut begreppen tillsammans. Amira formulerade målet.',
  );
  entry(
    closed,
    nora,
    'lessonVisit',
    200,
    'Observationer: eleverna använde begreppen när de arbetade i par, men i helklass svarade samma tre elever. Bildstödet på tavlan användes mycket.',
  );
  entry(
    closed,
    amira,
    'reflection',
    160,
    'Parsamtalen före skrivandet gör mer än jag trodde. Jag vill ha dem i alla ämnen.',
  );

  // The principal's request for the F–3 team waits with the coach service.
  const team = [
    { id: oid(), name: 'Lina Ekström' },
    { id: oid(), name: 'Oskar Nyberg' },
    { id: oid(), name: 'Sofia Alm' },
  ];
  const waiting = request({
    teacherIds: team.map((t) => t.id),
    teacherNames: team.map((t) => t.name),
    teamName: 'Arbetslag F–3',
    subject: 'matematik',
    need: 'Arbetslaget vill utveckla undervisningen i problemlösning, så att eleverna resonerar mer om hur de löser uppgifterna.',
    requestedById: principalId,
    requestedByName: principal,
    requestedByRole: 'principal',
    state: 'withCoaches',
    timeAgreed: 'Arbetslagets konferenstid, torsdagar 15–16, varannan vecka.',
    roomAgreed: 'Arbetslagets rum.',
    createdAt: at(4),
  });

  await seedCoaching({
    requests: [johansRequest, amirasRequest, waiting],
    engagements: [active, closed],
    entries,
    profiles: [
      {
        _id: oid(),
        personId: coachId,
        municipalityCode: '0180',
        name: coach,
        subjects: ['svenska', 'svenskaSomAndrasprak'],
      },
    ],
  });
}
