// The shared setup of the chat API tests (chats, chats-changes, chats-live): who plays, where, the
// operations they all ask, chats scheduled through the API, questions written straight to the
// database, and a signed-in client on another process.
import mongoose from 'mongoose';
import { ChatQuestionModel } from '../../server/src/modules/chats/chat.model.js';
import type { OrganisationDoc } from '../../server/src/modules/organisations/index.js';
import { ApiClient, makeMunicipality, makeSchoolUnit } from './api.js';
import { ONE_SCHOOL_WHO } from './dialogue.js';
import type { Stage } from './roles.js';
import { collect, socketClient, type Received } from './subscriptions.js';

/** The cast of the chat tables: nobody signed in, and a stage of one school's cast. */
export const CHAT_WHO = ['anonymous', ...ONE_SCHOOL_WHO] as const;
export type ChatWho = (typeof CHAT_WHO)[number];

export const HOUR = 3_600_000;
/** The moment `ms` from now, as the API takes it. */
export const at = (ms: number) => new Date(Date.now() + ms).toISOString();

export const SCHEDULE = `mutation($i: ScheduleChatInput!) { scheduleChat(input: $i) { id state version hostName lastSeq } }`;
export const ASK = `mutation($i: AskInChatInput!) { askInChat(input: $i) { id text mine } }`;
export const PICK = `mutation($id: ID!) { pickChatQuestion(id: $id) { id pickedAt } }`;
export const ANSWER = `mutation($i: AnswerChatQuestionInput!) { answerChatQuestion(input: $i) { id answer } }`;
/** A chat's events from a number on: the question of a question's event, the chat of a change to it. */
export const EVENTS = `subscription($c: ID!, $after: Int) { chatEvents(chatId: $c, after: $after) {
  seq kind question { id text pickedAt answer } chat { id state version startsAt endsAt cancelReason } } }`;

/** Stockholm (0180) with one school, and Örebro (1880) as the other municipality. */
export async function chatStage(): Promise<Stage> {
  const municipality = await makeMunicipality('0180', 'Stockholm');
  const otherMunicipality = await makeMunicipality('1880', 'Örebro');
  const unit = await makeSchoolUnit(municipality, '0180-01');
  return { municipality, unit, otherMunicipality };
}

/** A chat as the API gives it back when scheduled. */
export interface ScheduledChat {
  id: string;
  state: string;
  version: number;
  hostName: string;
  lastSeq: number;
}

/**
 * Schedules a chat as `by`: "Chatt med skolborgarrådet" with the school commissioner, starting in
 * an hour and lasting one, unless `input` says otherwise.
 */
export async function scheduleChat(
  by: ApiClient,
  input: { municipalityCode: string; hostPersonId: string } & Record<string, unknown>,
): Promise<ScheduledChat> {
  const { scheduleChat } = await by.ok<{ scheduleChat: ScheduledChat }>(SCHEDULE, {
    i: {
      title: 'Chatt med skolborgarrådet',
      hostRole: 'SCHOOL_COMMISSIONER',
      startsAt: at(HOUR),
      endsAt: at(2 * HOUR),
      ...input,
    },
  });
  return scheduleChat;
}

/** "Örebros chatt", scheduled and hosted by Örebro's administration: another municipality's chat. */
export function otherMunicipalityChat(
  played: {
    otherMunicipality: OrganisationDoc;
    clients: { otherAdministration: ApiClient };
    people: { otherAdministration: { _id: mongoose.Types.ObjectId } };
  },
  times: { startsAt?: string; endsAt?: string } = {},
): Promise<ScheduledChat> {
  return scheduleChat(played.clients.otherAdministration, {
    municipalityCode: played.otherMunicipality.code,
    title: 'Örebros chatt',
    hostRole: 'EDUCATION_DIRECTOR',
    hostPersonId: played.people.otherAdministration._id.toHexString(),
    ...times,
  });
}

/**
 * A question by `author` in a chat of `municipalityCode`, written straight to the database (the
 * test-only door) so no posting rate counts: "En fråga", not picked, unless `options` says otherwise.
 */
export async function seedChatQuestion(
  chatId: string,
  municipalityCode: string,
  author: { _id: mongoose.Types.ObjectId; name: string },
  options: { text?: string; picked?: boolean } = {},
): Promise<string> {
  const [q] = await ChatQuestionModel.create([
    {
      chatId: new mongoose.Types.ObjectId(chatId),
      municipalityCode,
      authorId: author._id,
      authorName: author.name,
      text: options.text ?? 'En fråga',
      pickedAt: options.picked ? new Date() : null,
      answer: null,
      answeredAt: null,
    },
  ]);
  return q!._id.toHexString();
}

/**
 * Subscribes `client`, on a socket of its own, to a chat's events after `after`, hands what arrives
 * to `use`, and closes the subscription and the socket however `use` ends.
 */
export async function watchChat<T>(
  client: ApiClient,
  chatId: string,
  after: number | undefined,
  use: (received: Received<T>) => Promise<void>,
): Promise<void> {
  const socket = socketClient(client);
  const received = collect<T>(socket, EVENTS, { c: chatId, after });
  try {
    await use(received);
  } finally {
    received.stop();
    await socket.dispose();
  }
}

/** The same signed-in person on another process: the session lives in the shared database. */
export function sameSessionOn(url: string, client: ApiClient): ApiClient {
  const other = new ApiClient(url);
  for (const [k, v] of client.cookies) other.cookies.set(k, v);
  return other;
}
