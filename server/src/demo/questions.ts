import mongoose, { type Types } from 'mongoose';
import { hashPassword } from '../auth/index.js';
import { seedPeople } from '../modules/people/index.js';
import { seedQuestions, type TeacherQuestionDoc } from '../modules/questions/index.js';
import { DEMO_PASSWORD } from './stories.js';
import { STOCKHOLM_ADMINISTRATION } from './panel.js';

// Stockholm's teacher panel (seed 000) lets teachers "lyfta frågor och skapa dialog med
// utbildningsförvaltningens ledning och/eller politiska nivån". The demo has three of Stockholm's
// questions: one the administration has answered, one it is preparing an answer to (raised by the
// demo teacher), and one waiting for the political level, each with supporters. The Stockholm
// politician's account is this file's; the other askers and supporters have no accounts. The
// questions' and answers' texts are invented.

type Person = { id(key: string): Types.ObjectId | null; name(key: string): string };
interface Org {
  _id: Types.ObjectId;
  code: string;
}

const oid = () => new mongoose.Types.ObjectId();
const DAY_MS = 24 * 60 * 60 * 1000;

/** The demo's Stockholm politician account (password lyfta-demo). */
export const STOCKHOLM_POLITICIAN = {
  email: 'politiker.stockholm@lyfta.example',
  name: 'Lena Ekdahl',
  title: 'Skolborgarråd, Stockholms stad',
};

export async function seedDemoQuestions(
  orgs: ReadonlyMap<string, Org>,
  people: Person,
  administrationId: Types.ObjectId,
): Promise<{ politicianId: Types.ObjectId }> {
  const stockholm = orgs.get('0180');
  const teacherId = people.id('stockholmTeacher');
  if (!stockholm || !teacherId) throw new Error('The demo questions need Stockholm and its demo teacher');
  const politicianId = oid();
  await seedPeople([
    {
      _id: politicianId,
      ...STOCKHOLM_POLITICIAN,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      memberships: [
        { organisationId: stockholm._id, organisationCode: '0180', municipalityCode: '0180', role: 'politician' },
      ],
      demo: true,
    },
  ]);

  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY_MS);
  const base = (q: Partial<TeacherQuestionDoc>): Partial<TeacherQuestionDoc> => ({
    _id: oid(),
    municipalityCode: '0180',
    editedAt: null,
    answer: null,
    version: 1,
    ...q,
    updatedAt: q.createdAt,
  });
  const answered = base({
    addressee: 'administration',
    title: 'Hur får vi tid till kollegialt lärande i höst?',
    text: 'Vi har fått i uppdrag att arbeta med kollegialt lärande, men schemat lämnar ingen gemensam tid. Hur ska skolorna prioritera?',
    askerId: oid(),
    askerName: 'Sara Lind',
    state: 'answered',
    createdAt: at(40),
    answer: {
      text: 'Från och med höstterminen avsätts två timmar i veckan för kollegialt lärande i alla grundskolor. Rektorerna lägger in tiden i schemat, och förvaltningen följer upp hur den används i kvalitetsrapporterna.',
      answererId: administrationId,
      answererName: STOCKHOLM_ADMINISTRATION.name,
      answeredAt: at(31),
      editedAt: null,
    },
    version: 3,
  });
  const preparing = base({
    addressee: 'administration',
    title: 'Kan lärarpanelens resultat redovisas per skolform?',
    text: 'Det vore värdefullt att se om förskollärare och gymnasielärare svarar olika, så att vi kan diskutera resultaten i våra arbetslag.',
    askerId: teacherId,
    askerName: people.name('stockholmTeacher'),
    state: 'preparing',
    createdAt: at(9),
    version: 2,
  });
  const waiting = base({
    addressee: 'politicians',
    title: 'Blir det fler speciallärare i budgeten för nästa år?',
    text: 'Många av oss har elever som behöver särskilt stöd, och väntetiden på speciallärare är lång. Planerar staden att anställa fler?',
    askerId: oid(),
    askerName: 'Ahmed Karimi',
    state: 'notAnswered',
    createdAt: at(14),
  });
  const supporters = (q: Partial<TeacherQuestionDoc>, ids: Types.ObjectId[]) =>
    ids.map((personId) => ({ questionId: q._id!, personId, municipalityCode: '0180' }));
  const others = (n: number) => Array.from({ length: n }, () => oid());
  await seedQuestions({
    questions: [answered, preparing, waiting],
    supports: [
      ...supporters(answered, [teacherId, ...others(11)]),
      ...supporters(preparing, others(4)),
      ...supporters(waiting, [teacherId, ...others(8)]),
    ],
  });
  return { politicianId };
}
