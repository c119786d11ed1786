import mongoose from 'mongoose';
import {
  editScope,
  loadEditable,
  loadVisible,
  readScope,
  requireViewer,
  toObjectId,
  type Viewer,
} from '../../auth/index.js';
import { AppError, BadInputError, ConflictError, ForbiddenError, type LocalizedText } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { findPeople, pagePeopleOf } from '../people/index.js';
import type { ChatState } from './chat.enums.js';
import { chatFeed, type FeedEvent } from './chat.feed.js';
import { chatRescheduled } from './chat-rescheduled.js';
import {
  answerChatQuestionInput,
  askInChatInput,
  cancelChatInput,
  rescheduleChatInput,
  scheduleChatInput,
} from './chat.inputs.js';
import { CHAT_MAX, type ChatDoc, type ChatQuestionDoc } from './chat.model.js';
import {
  canAskInChats,
  canModerateChat,
  canReadChats,
  canScheduleChats,
  canSeeQuestion,
  isHostOf,
} from './chat.policy.js';
import {
  appendEvent,
  chatsStartingBetween,
  findChat,
  findQuestion,
  insertChat,
  insertQuestionWhileOpen,
  lastChatSeq,
  listChats,
  listQuestions,
  markAnswered,
  markPicked,
  questionAuthors,
  questionsPostedSince,
  updateChat,
} from './chat.repository.js';
import { countCommitment, termAt, type CommitmentCount } from './chat.terms.js';

const CHAT: LocalizedText = { sv: 'Chatten', en: 'The chat' };
const QUESTION: LocalizedText = { sv: 'Frågan', en: 'The question' };
const READING_ROLES = new Set(['politician', 'administration', 'principal', 'teacher']);

/** Refused because the person posted too many questions in a short while. */
export class ChatRateLimitedError extends AppError {
  constructor() {
    super(
      'FORBIDDEN',
      {
        sv: `Du har ställt många frågor på kort tid. Vänta en minut och försök igen (högst ${CHAT_MAX.questionsPerWindow} i minuten).`,
        en: `You have asked many questions in a short while. Wait a minute and try again (at most ${CHAT_MAX.questionsPerWindow} a minute).`,
      },
      { reason: 'RATE_LIMITED', retryAfterSeconds: CHAT_MAX.rateWindowMs / 1000 },
    );
  }
}

/** Where a chat stands now: called off, before its start, between start and end, after its end. */
export function chatState(chat: Pick<ChatDoc, 'startsAt' | 'endsAt' | 'cancelledAt'>, now = new Date()): ChatState {
  if (chat.cancelledAt) return 'cancelled';
  if (now < chat.startsAt) return 'scheduled';
  return now < chat.endsAt ? 'live' : 'ended';
}

/** Whether questions are still posted and picked: before the end, unless called off. */
export const chatOpen = (state: ChatState) => state === 'scheduled' || state === 'live';

const idOrNull = (id: string) => (mongoose.isValidObjectId(id) ? toObjectId(id) : null);

/** A chat the viewer may read; NOT_FOUND for another municipality's exactly as for an unknown id. */
export function findVisibleChat(viewer: Viewer | null, id: string): Promise<ChatDoc> {
  const oid = idOrNull(id);
  return loadVisible(
    () => (oid ? findChat(readScope(viewer), oid) : Promise.resolve(null)),
    () => true,
    CHAT,
  );
}

/** The municipality's chats, newest first; none for a viewer who does not read it. */
export function listVisibleChats(viewer: Viewer | null, municipalityCode: string): Promise<ChatDoc[]> {
  if (!canReadChats(viewer, municipalityCode)) return Promise.resolve([]);
  return listChats(readScope(viewer), municipalityCode);
}

/** The questions of a chat the viewer sees, in the order they were posted. */
export function visibleQuestions(viewer: Viewer | null, chat: ChatDoc): Promise<ChatQuestionDoc[]> {
  if (canModerateChat(viewer, chat)) return listQuestions(chat._id, 'all');
  return listQuestions(chat._id, { authorId: viewer ? toObjectId(viewer.personId) : null });
}

/** The number of the chat's last change: what the client subscribes after. */
export const chatLastSeq = (chat: ChatDoc) => lastChatSeq(chat._id);

/** This term's chats counted against the commitment (two with the commissioner, two with the directors). */
export async function termCommitment(
  viewer: Viewer | null,
  municipalityCode: string,
  now = new Date(),
): Promise<CommitmentCount> {
  const term = termAt(now);
  // A day either side of the term's days covers Swedish time; the term of each start decides.
  const from = new Date(`${term.firstDay}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - 1);
  const to = new Date(`${term.lastDay}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 2);
  const chats = canReadChats(viewer, municipalityCode)
    ? await chatsStartingBetween(readScope(viewer), municipalityCode, from, to)
    : [];
  return countCommitment(
    term,
    chats.filter((c) => termAt(c.startsAt).label === term.label),
    now,
  );
}

/** Whom the administration may choose as host: the municipality's politicians and administration. */
export async function hostCandidates(
  viewer: Viewer | null,
  municipalityCode: string,
): Promise<Array<{ id: string; name: string }>> {
  if (!canScheduleChats(viewer, municipalityCode)) return [];
  const { items } = await pagePeopleOf(municipalityCode, { includeInactive: false }, 0, 500);
  return items
    .filter((p) =>
      p.memberships.some(
        (m) => m.municipalityCode === municipalityCode && (m.role === 'politician' || m.role === 'administration'),
      ),
    )
    .map((p) => ({ id: p._id.toHexString(), name: p.name }));
}

/** The chosen host: an active person of the municipality with a reading role, else a field problem. */
async function hostOf(municipalityCode: string, personId: string) {
  const [host] = await findPeople([toObjectId(personId)]);
  const reads =
    host?.active !== false &&
    host?.memberships.some((m) => m.municipalityCode === municipalityCode && READING_ROLES.has(m.role));
  if (!host || !reads)
    throw new BadInputError([
      {
        field: 'input.hostPersonId',
        message: { sv: 'Välj en person i kommunen som värd.', en: 'Choose a person of the municipality as host.' },
      },
    ]);
  return host;
}

/** Schedules a chat: the municipality's administration, with a host who reads the municipality. */
export async function scheduleChat(viewer: Viewer | null, raw: unknown): Promise<ChatDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(scheduleChatInput, raw, 'input');
  if (!canScheduleChats(v, input.municipalityCode)) throw new ForbiddenError();
  const host = await hostOf(input.municipalityCode, input.hostPersonId);
  return insertChat(editScope(v), {
    municipalityCode: input.municipalityCode,
    title: input.title,
    hostRole: input.hostRole as ChatDoc['hostRole'],
    hostPersonId: host._id,
    hostName: host.name,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
  });
}

/** Posts a question before or during a chat: a teacher of the municipality, within the posting rate. */
export async function askInChat(viewer: Viewer | null, raw: unknown, now = new Date()): Promise<ChatQuestionDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(askInChatInput, raw, 'input');
  const chat = await loadEditable(
    () => findChat(readScope(v), toObjectId(input.chatId)),
    { canSee: () => true, canEdit: (c) => canAskInChats(v, c.municipalityCode) },
    CHAT,
  );
  refuseUnlessOpen(chat, now);
  const authorId = toObjectId(v.personId);
  const recent = await questionsPostedSince(authorId, new Date(now.getTime() - CHAT_MAX.rateWindowMs));
  if (recent >= CHAT_MAX.questionsPerWindow) throw new ChatRateLimitedError();
  const question = await insertQuestionWhileOpen(
    {
      chatId: chat._id,
      municipalityCode: chat.municipalityCode,
      authorId,
      authorName: v.name,
      text: input.text,
      pickedAt: null,
      answer: null,
      answeredAt: null,
    },
    now,
  );
  // Cancelled (or moved to an end already past) since it was read: say what it is now.
  if (!question) {
    const current = await findChat(readScope(v), chat._id);
    refuseUnlessOpen(current ?? { ...chat, cancelledAt: now }, now);
    throw endedError();
  }
  await appendEvent(chat._id, 'asked', question._id);
  return question;
}

/** A question and its chat, for a change: NOT_FOUND unless the viewer sees both. */
async function questionForChange(
  viewer: Viewer,
  id: string,
  may: (chat: ChatDoc) => boolean,
): Promise<{ chat: ChatDoc; question: ChatQuestionDoc }> {
  const oid = idOrNull(id);
  const question = oid ? await findQuestion(oid) : null;
  const chat = question ? await findChat(readScope(viewer), question.chatId) : null;
  const found = await loadEditable(
    () => Promise.resolve(chat && question ? { chat, question } : null),
    { canSee: (f) => canSeeQuestion(viewer, f.chat, f.question), canEdit: (f) => may(f.chat) },
    QUESTION,
  );
  return found;
}

/** Picks a question for the host: a moderator, before the chat ends; once per question. */
export async function pickChatQuestion(viewer: Viewer | null, id: string, now = new Date()): Promise<ChatQuestionDoc> {
  const v = requireViewer({ viewer });
  const { chat, question } = await questionForChange(v, id, (c) => canModerateChat(v, c));
  refuseUnlessOpen(chat, now);
  const picked = await markPicked(question._id, chat._id, now);
  if (!picked) throw new ConflictError({ current: { pickedAt: question.pickedAt?.toISOString() ?? null } });
  await appendEvent(chat._id, 'picked', question._id);
  return picked;
}

/** Answers a picked question: the chat's host, while it is live; once per question. */
export async function answerChatQuestion(
  viewer: Viewer | null,
  raw: unknown,
  now = new Date(),
): Promise<ChatQuestionDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(answerChatQuestionInput, raw, 'input');
  const { chat, question } = await questionForChange(v, input.questionId, (c) => isHostOf(v, c));
  if (chatState(chat, now) === 'cancelled') throw cancelledError();
  if (chatState(chat, now) !== 'live')
    throw new ForbiddenError({
      sv: 'Frågor besvaras medan chatten pågår.',
      en: 'Questions are answered while the chat is live.',
    });
  if (!question.pickedAt)
    throw new BadInputError([
      { field: 'input.questionId', message: { sv: 'Frågan är inte vald.', en: 'The question has not been picked.' } },
    ]);
  const answered = await markAnswered(question._id, input.answer, now);
  if (!answered) throw new ConflictError({ current: { answer: question.answer } });
  await appendEvent(chat._id, 'answered', question._id);
  return answered;
}

const endedError = () => new ForbiddenError({ sv: 'Chatten är avslutad.', en: 'The chat has ended.' });
const cancelledError = () =>
  new ForbiddenError({
    sv: 'Chatten är inställd. Inga frågor ställs, väljs eller besvaras i den.',
    en: 'The chat has been cancelled. No questions are posted, picked or answered in it.',
  });

/** Refuses a question's change in a chat that has ended or been cancelled. */
function refuseUnlessOpen(chat: ChatDoc, now: Date): void {
  const state = chatState(chat, now);
  if (state === 'cancelled') throw cancelledError();
  if (state === 'ended') throw endedError();
}

// Rescheduling and cancelling.

/** What a conflict shows of the chat as it is now, beside what the editor typed. */
export function chatConflictView(chat: ChatDoc) {
  return {
    id: chat._id.toHexString(),
    version: chat.version,
    title: chat.title,
    hostRole: chat.hostRole,
    hostPersonId: chat.hostPersonId.toHexString(),
    hostName: chat.hostName,
    startsAt: chat.startsAt.toISOString(),
    endsAt: chat.endsAt.toISOString(),
    cancelledAt: chat.cancelledAt?.toISOString() ?? null,
    cancelReason: chat.cancelReason ?? null,
  };
}

const chatConflict = (current: ChatDoc | null) =>
  current
    ? new ConflictError(chatConflictView(current), {
        sv: 'Chatten har ändrats av någon annan, har ställts in eller är avslutad. Här är den som den är nu.',
        en: 'The chat has been changed by someone else, cancelled or has ended. Here it is as it is now.',
      })
    : new ConflictError(null);

/**
 * A chat the viewer is to change: NOT_FOUND unless they read it, FORBIDDEN unless they schedule
 * there, CONFLICT (with the chat as it is) unless it is the version seen, FORBIDDEN once it is over.
 */
async function chatToChange(viewer: Viewer, id: string, expectedVersion: number, now: Date): Promise<ChatDoc> {
  const oid = idOrNull(id);
  const chat = await loadEditable(
    () => (oid ? findChat(readScope(viewer), oid) : Promise.resolve(null)),
    { canSee: () => true, canEdit: (c) => canScheduleChats(viewer, c.municipalityCode) },
    CHAT,
  );
  if (expectedVersion !== chat.version) throw chatConflict(chat);
  const state = chatState(chat, now);
  if (state === 'cancelled')
    throw new ForbiddenError({ sv: 'Chatten är redan inställd.', en: 'The chat has already been cancelled.' });
  if (state === 'ended') throw endedError();
  return chat;
}

const timeProblem = (field: 'startsAt' | 'endsAt', sv: string, en: string) =>
  new BadInputError([{ field: `input.${field}`, message: { sv, en } }]);

/**
 * Changes a chat that has not ended: the administration, on the version seen. A chat not yet
 * started moves to a start in the future; a live one keeps its start and may end later (within
 * eight hours of it) but not in the past. Question authors are told of a new time.
 */
export async function rescheduleChat(viewer: Viewer | null, raw: unknown, now = new Date()): Promise<ChatDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(rescheduleChatInput, raw, 'input');
  const chat = await chatToChange(v, input.id, input.expectedVersion, now);
  if (chatState(chat, now) === 'live') {
    if (input.startsAt.getTime() !== chat.startsAt.getTime())
      throw timeProblem(
        'startsAt',
        'En chatt som pågår kan inte flyttas; bara sluttiden kan ändras.',
        'A chat that is live cannot be moved; only its end can change.',
      );
    if (input.endsAt <= now)
      throw timeProblem('endsAt', 'Sluttiden har redan passerat.', 'The end has already passed.');
  } else if (input.startsAt <= now) {
    throw timeProblem('startsAt', 'Starttiden har redan passerat.', 'The start has already passed.');
  }
  const host = await hostOf(chat.municipalityCode, input.hostPersonId);
  const saved = await updateChat(
    editScope(v),
    chat,
    {
      expectedVersion: input.expectedVersion,
      set: {
        title: input.title,
        hostRole: input.hostRole as ChatDoc['hostRole'],
        hostPersonId: host._id,
        hostName: host.name,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
      },
      action: 'chat.reschedule',
      now,
    },
    chatConflict,
  );
  await appendEvent(saved._id, 'rescheduled', null);
  const moved =
    saved.startsAt.getTime() !== chat.startsAt.getTime() || saved.endsAt.getTime() !== chat.endsAt.getTime();
  if (moved)
    await chatRescheduled({
      kind: 'rescheduled',
      chat: saved,
      before: { startsAt: chat.startsAt, endsAt: chat.endsAt },
      changedBy: v,
      authorIds: await questionAuthors(saved._id),
    });
  return saved;
}

/**
 * Calls off a chat that has not ended: the administration, on the version seen, with a reason
 * its readers are shown. Nothing is deleted; no question is posted, picked or answered after it.
 * Question authors are told.
 */
export async function cancelChat(viewer: Viewer | null, raw: unknown, now = new Date()): Promise<ChatDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(cancelChatInput, raw, 'input');
  const chat = await chatToChange(v, input.id, input.expectedVersion, now);
  const saved = await updateChat(
    editScope(v),
    chat,
    {
      expectedVersion: input.expectedVersion,
      set: { cancelledAt: now, cancelReason: input.reason },
      action: 'chat.cancel',
      now,
    },
    chatConflict,
  );
  await appendEvent(saved._id, 'cancelled', null);
  await chatRescheduled({
    kind: 'cancelled',
    chat: saved,
    before: { startsAt: chat.startsAt, endsAt: chat.endsAt },
    changedBy: v,
    authorIds: await questionAuthors(saved._id),
  });
  return saved;
}

/**
 * The chat's changes after `after` that the viewer may see: NOT_FOUND for a chat they do not see,
 * then stored changes, then live ones (see the module's README).
 */
export async function chatEvents(
  viewer: Viewer | null,
  chatId: string,
  after: number,
): Promise<AsyncIterableIterator<FeedEvent>> {
  requireViewer({ viewer });
  const chat = await findVisibleChat(viewer, chatId);
  const source = chatFeed.subscribe(chat._id, after);
  const visible: AsyncIterableIterator<FeedEvent> = {
    async next() {
      for (;;) {
        const step = await source.next();
        const question = step.done ? null : step.value.question;
        if (step.done || !question || canSeeQuestion(viewer, chat, question)) return step;
      }
    },
    return: () => source.return!(),
    throw: (e) => source.throw!(e),
    [Symbol.asyncIterator]: () => visible,
  };
  return visible;
}

/** Ends every live subscription of this process (on shutdown). */
export const stopChatFeed = () => chatFeed.stop();
