import mongoose, { type Types } from 'mongoose';
import { hashPassword } from '../auth/index.js';
import { swedishDate } from '../modules/annual-cycle/index.js';
import { seedPanel, type PanelDimension, type PollAnswerDoc, type PollDoc } from '../modules/panel/index.js';
import { seedPeople } from '../modules/people/index.js';
import { DEMO_PASSWORD } from './stories.js';

// Stockholm's teacher panel (seed 000): the school commissioner and the education director set up a
// Lärarpanel "för att på ett snabbt och enkelt sätt kunna ta reda på vad Stockholms lärare tycker i
// aktuella och angelägna skolfrågor". The demo has the panel with 40 members, a closed poll on
// collegial learning and competence development whose results show figures and suppressed cells
// ("för få svar"), and an open poll the demo teacher can answer. The education administration's
// account is this file's; the teachers other than the demo teacher are members without accounts.
// The polls' questions and answers are invented.

type Person = { id(key: string): Types.ObjectId | null; name(key: string): string };
interface Org {
  _id: Types.ObjectId;
  code: string;
}

const oid = () => new mongoose.Types.ObjectId();

/** The demo's Stockholm education administration account (password lyfta-demo). */
export const STOCKHOLM_ADMINISTRATION = {
  email: 'forvaltning.stockholm@lyfta.example',
  name: 'Karin Alm',
  title: 'Utbildningsdirektör, Stockholms stad',
};

/** The panel's members without accounts: school form and subject, as they answer. */
function panelTeachers(): Array<{ schoolForm: 'preschool' | 'compulsory' | 'upperSecondary'; subject: string }> {
  const subjects = ['svenska', 'matematik', 'engelska', 'no', 'so', 'idrott och hälsa', 'slöjd'];
  return [
    ...Array.from({ length: 26 }, (_, i) => ({ schoolForm: 'compulsory' as const, subject: subjects[i % 7]! })),
    ...Array.from({ length: 10 }, (_, i) => ({ schoolForm: 'upperSecondary' as const, subject: subjects[i % 3]! })),
    ...Array.from({ length: 4 }, () => ({ schoolForm: 'preschool' as const, subject: 'förskola' })),
  ];
}

/** Loads the panel; returns the Stockholm administration account's id (the questions' answers name it). */
export async function seedDemoPanel(
  orgs: ReadonlyMap<string, Org>,
  people: Person,
): Promise<{ administrationId: Types.ObjectId }> {
  const stockholm = orgs.get('0180');
  const teacherId = people.id('stockholmTeacher');
  if (!stockholm || !teacherId) throw new Error('The demo panel needs Stockholm and its demo teacher');
  const adminId = oid();
  await seedPeople([
    {
      _id: adminId,
      ...STOCKHOLM_ADMINISTRATION,
      passwordHash: await hashPassword(DEMO_PASSWORD),
      memberships: [
        { organisationId: stockholm._id, organisationCode: '0180', municipalityCode: '0180', role: 'administration' },
      ],
      demo: true,
    },
  ]);

  const teachers = panelTeachers().map((t) => ({ ...t, personId: oid() }));
  const now = new Date();
  const members = [
    ...teachers.map((t) => ({
      _id: oid(),
      personId: t.personId,
      municipalityCode: '0180',
      unitId: null,
      schoolForm: t.schoolForm,
      subject: t.subject,
      active: true,
      version: 1,
      createdAt: now,
      updatedAt: now,
    })),
    {
      _id: oid(),
      personId: teacherId,
      municipalityCode: '0180',
      unitId: null,
      schoolForm: 'compulsory' as const,
      subject: 'matematik',
      active: true,
      version: 1,
      createdAt: now,
      updatedAt: now,
    },
  ];

  const poll = (p: Partial<PollDoc>): Partial<PollDoc> => ({
    _id: oid(),
    ownerId: stockholm._id,
    municipalityCode: '0180',
    intro: '',
    audience: { schoolForms: [], subjects: [], unitIds: [] },
    breakdowns: ['schoolForm'] as PanelDimension[],
    k: 5,
    closedEarly: false,
    version: 2,
    createdAt: now,
    updatedAt: now,
    ...p,
  });

  // The closed poll: 34 of the 40 answered (24 compulsory, 7 upper secondary, 3 preschool).
  const closed = poll({
    title: 'Kollegialt lärande och kompetensutveckling',
    intro:
      'Utbildningsförvaltningen vill veta hur ni lärare upplever tiden för kollegialt lärande och vilken kompetensutveckling ni vill ha. Svaren är anonyma.',
    questions: [
      {
        id: 'q1',
        kind: 'single',
        text: 'Får du tid till kollegialt lärande i din tjänst?',
        options: ['Ja', 'Delvis', 'Nej'],
      },
      {
        id: 'q2',
        kind: 'scale',
        text: 'Hur väl stöder kompetensutvecklingen din undervisning? (1 = inte alls, 5 = mycket väl)',
        options: [],
      },
      {
        id: 'q3',
        kind: 'multiple',
        text: 'Vilka former av stöd vill du ha mer av?',
        options: ['Ämnesdidaktiska nätverk', 'Kollegahandledning', 'Forskningscirklar', 'Tid för gemensam planering'],
      },
      { id: 'q4', kind: 'text', text: 'Vad skulle göra störst skillnad för dig?', options: [] },
    ],
    closesOn: '2026-11-20',
    state: 'closed',
  });
  const q1: Record<string, number[]> = {
    compulsory: [...Array(11).fill(0), ...Array(8).fill(1), ...Array(5).fill(2)],
    upperSecondary: [0, 0, 1, 1, 1, 1, 1],
    preschool: [0, 0, 0],
  };
  const answered = { compulsory: 24, upperSecondary: 7, preschool: 3 };
  const answers: Array<{
    pollId: Types.ObjectId;
    personId: Types.ObjectId;
    answer: Omit<PollAnswerDoc, '_id' | 'pollId'>;
  }> = [];
  for (const form of ['compulsory', 'upperSecondary', 'preschool'] as const) {
    const group = teachers.filter((t) => t.schoolForm === form).slice(0, answered[form]);
    group.forEach((t, i) =>
      answers.push({
        pollId: closed._id!,
        personId: t.personId,
        answer: {
          groups: { schoolForm: form },
          choices: [
            { questionId: 'q1', values: [q1[form]![i]!] },
            { questionId: 'q2', values: [[3, 2, 3, 4, 1, 2, 3][i % 7]!] },
            { questionId: 'q3', values: i % 3 === 0 ? [0, 3] : i % 3 === 1 ? [1] : [3] },
          ],
        },
      }),
    );
  }
  const texts = [
    'Färre administrativa uppgifter så att planeringstiden blir planeringstid.',
    'Att ämneslag på olika skolor får träffas regelbundet.',
    'Tid att besöka varandras lektioner och ge återkoppling.',
    'Mentorskap för nyexaminerade lärare.',
    'Fortbildning i bedömning som hänger ihop med det vi gör i klassrummet.',
    'Stöd för att undervisa elever med olika modersmål.',
    'Att förstelärarna får tid att leda utvecklingsarbetet.',
    'Forskningscirklar på arbetstid, inte efter.',
    'Tydligare prioriteringar från förvaltningen.',
    'Mindre grupper i de tidiga åren.',
  ];

  // The open poll: every member invited, 12 answers so far (shown as "at least 10").
  const open = poll({
    title: 'Arbetsbelastning inför vårterminen',
    intro: 'Tre korta frågor om hur arbetsbelastningen ser ut just nu. Enkäten stänger om två veckor.',
    questions: [
      {
        id: 'q1',
        kind: 'scale',
        text: 'Hur hanterbar är din arbetsbelastning just nu? (1 = inte alls, 5 = helt)',
        options: [],
      },
      {
        id: 'q2',
        kind: 'single',
        text: 'Vad tar mest tid utöver undervisningen?',
        options: ['Dokumentation', 'Möten', 'Kontakter med vårdnadshavare', 'Annat'],
      },
      { id: 'q3', kind: 'text', text: 'Något du vill att förvaltningen ska veta?', options: [] },
    ],
    closesOn: swedishDate(new Date(Date.now() + 14 * 86_400_000)),
    state: 'open',
  });
  const openAnswers = teachers.slice(0, 12).map((t, i) => ({
    pollId: open._id!,
    personId: t.personId,
    answer: {
      groups: { schoolForm: t.schoolForm },
      choices: [
        { questionId: 'q1', values: [i % 5] },
        { questionId: 'q2', values: [i % 4] },
      ],
    },
  }));

  const invite = (pollId: Types.ObjectId) => [
    ...teachers.map((t) => ({
      pollId,
      personId: t.personId,
      groups: { schoolForm: t.schoolForm, subject: t.subject, unit: '' },
    })),
  ];
  await seedPanel({
    members,
    polls: [closed, open],
    // The demo teacher joined after the closed poll and is invited to the open one.
    invited: [
      ...invite(closed._id!),
      ...invite(open._id!),
      { pollId: open._id!, personId: teacherId, groups: { schoolForm: 'compulsory', subject: 'matematik', unit: '' } },
    ],
    answers: [...answers, ...openAnswers],
    texts: texts.map((text) => ({ pollId: closed._id!, questionId: 'q4', text })),
  });
  return { administrationId: adminId };
}
