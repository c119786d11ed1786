import mongoose, { type Types } from 'mongoose';
import { seedChats, type ChatDoc, type ChatQuestionDoc } from '../modules/chats/index.js';
import { STOCKHOLM_ADMINISTRATION } from './panel.js';
import { STOCKHOLM_POLITICIAN } from './questions.js';

// Stockholm's chats (seed 000: "minst två gånger per termin genomföra en chatt med
// skolborgarrådet … med utbildningsdirektören samt grund- och gymnasiedirektörerna"). This term has
// one chat with the education director held (its transcript published), one with the school
// commissioner live from the moment the demo loads (the administration moderates, the commissioner
// answers), and one with the commissioner coming. The questions and answers are invented.

type Person = { id(key: string): Types.ObjectId | null; name(key: string): string };
interface Org {
  _id: Types.ObjectId;
  code: string;
}

const oid = () => new mongoose.Types.ObjectId();
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export async function seedDemoChats(
  orgs: ReadonlyMap<string, Org>,
  people: Person,
  hosts: { administrationId: Types.ObjectId; politicianId: Types.ObjectId },
): Promise<void> {
  const stockholm = orgs.get('0180');
  const teacherId = people.id('stockholmTeacher');
  if (!stockholm || !teacherId) throw new Error('The demo chats need Stockholm and its demo teacher');
  const now = Date.now();
  const at = (ms: number) => new Date(now + ms);
  const chat = (c: Pick<ChatDoc, 'title' | 'hostRole' | 'hostPersonId' | 'hostName' | 'startsAt' | 'endsAt'>) => ({
    _id: oid(),
    municipalityCode: '0180',
    version: 1,
    createdAt: at(-14 * 24 * HOUR),
    updatedAt: at(-14 * 24 * HOUR),
    ...c,
  });
  const commissioner = {
    hostRole: 'schoolCommissioner' as const,
    hostPersonId: hosts.politicianId,
    hostName: STOCKHOLM_POLITICIAN.name,
  };
  const ended = chat({
    title: 'Chatt med utbildningsdirektören om läsning och bibliotek',
    hostRole: 'educationDirector',
    hostPersonId: hosts.administrationId,
    hostName: STOCKHOLM_ADMINISTRATION.name,
    startsAt: at(-26 * HOUR),
    endsAt: at(-25 * HOUR),
  });
  // Live for (almost) the longest a chat may last from the time the demo loads.
  const live = chat({
    title: 'Chatt med skolborgarrådet om kompetensutveckling',
    ...commissioner,
    startsAt: at(-15 * MINUTE),
    endsAt: at(7 * HOUR + 30 * MINUTE),
  });
  const upcoming = chat({
    title: 'Chatt med skolborgarrådet om arbetsmiljön',
    ...commissioner,
    startsAt: at(7 * 24 * HOUR),
    endsAt: at(7 * 24 * HOUR + HOUR),
  });

  const question = (
    c: ChatDoc,
    q: {
      text: string;
      authorName: string;
      authorId?: Types.ObjectId;
      askedAt: Date;
      answer?: string;
      picked?: boolean;
    },
  ): ChatQuestionDoc => ({
    _id: oid(),
    chatId: c._id,
    municipalityCode: '0180',
    authorId: q.authorId ?? oid(),
    authorName: q.authorName,
    text: q.text,
    pickedAt: q.picked || q.answer ? new Date(q.askedAt.getTime() + MINUTE) : null,
    answer: q.answer ?? null,
    answeredAt: q.answer ? new Date(q.askedAt.getTime() + 5 * MINUTE) : null,
    createdAt: q.askedAt,
  });

  await seedChats(
    [ended, live, upcoming],
    [
      question(ended, {
        text: 'Många av våra skolbibliotek saknar bemanning. Kommer staden att finansiera bibliotekarier på alla skolor?',
        authorName: 'Maria Holm',
        askedAt: at(-27 * HOUR),
        answer:
          'Vi tar fram en plan för bemannade skolbibliotek i alla stadsdelar under nästa år. Först ut är skolorna där läsresultaten är lägst.',
      }),
      question(ended, {
        text: 'Hur ska vi hinna med läsfrämjande arbete när undervisningstiden redan är fullbokad? 📚',
        authorName: 'Ahmed Yusuf',
        askedAt: at(-25.8 * HOUR),
        answer:
          'Läsning ska vara en del av undervisningen i alla ämnen, inte något utöver den. Vi ger stöd i form av fortbildning till ämneslag.',
      }),
      question(ended, {
        text: 'Kan vi få fler klassuppsättningar av skönlitteratur?',
        authorName: 'Eva Berg',
        askedAt: at(-25.5 * HOUR),
      }),
      question(live, {
        text: 'Hur väljs innehållet i stadens kompetensutveckling, och kan lärare vara med och bestämma?',
        authorName: 'Sara Lind',
        askedAt: at(-40 * MINUTE),
        answer:
          'Ja. Från hösten tar vi fram innehållet tillsammans med lärarpanelen, och varje skola får välja fördjupning utifrån sin analys.',
      }),
      question(live, {
        text: 'Kommer det att finnas tid avsatt i schemat för kollegialt lärande?',
        authorName: 'Peter Nyberg',
        askedAt: at(-30 * MINUTE),
        picked: true,
      }),
      question(live, {
        text: 'Hur följer ni upp om fortbildningen gör skillnad i klassrummet?',
        authorName: 'Lina Öberg',
        askedAt: at(-20 * MINUTE),
      }),
    ],
  );
}
