import mongoose from 'mongoose';
import {
  canModerateIn,
  editScope,
  loadEditable,
  loadVisible,
  readScope,
  requireViewer,
  toObjectId,
  type Viewer,
} from '../../auth/index.js';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type LocalizedText,
} from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { newHiddenMark } from '../../shared/hidden-mark.js';
import { findOrganisationByCode } from '../organisations/index.js';
import type { Addressee } from './questions.enums.js';
import { answerQuestionInput, editQuestionInput, raiseQuestionInput } from './questions.inputs.js';
import { QUESTION_MAX, type TeacherQuestionDoc } from './questions.model.js';
import {
  addresseesOf,
  canAnswerQuestion,
  canEditQuestion,
  canRaiseQuestion,
  canReadQuestions,
  canSupportQuestion,
} from './questions.policy.js';
import {
  addSupport,
  awaitingAnswer,
  findQuestion,
  insertQuestion,
  listQuestions,
  raisedSince,
  removeSupport,
  setQuestionHidden,
  supportersOf,
  updateQuestion,
} from './questions.repository.js';
import { questionAnswered } from './question-answered.js';

const QUESTION: LocalizedText = { sv: 'Frågan', en: 'The question' };
const QUESTIONS: LocalizedText = { sv: 'Kommunens frågor', en: "The municipality's questions" };
const DAY_MS = 24 * 60 * 60 * 1000;
/** The most questions a start page lists. */
export const AWAITING_MAX = 20;

const oid = (id: string) => (mongoose.isValidObjectId(id) ? toObjectId(id) : null);

/** One question the viewer may read; NOT_FOUND for one of another municipality exactly as for an unknown id. */
export function findVisibleQuestion(viewer: Viewer | null, id: string): Promise<TeacherQuestionDoc> {
  const v = requireViewer({ viewer });
  const key = oid(id);
  return loadVisible(
    () => (key ? findQuestion(readScope(v), key) : Promise.resolve(null)),
    (q) => canReadQuestions(v, q.municipalityCode),
    QUESTION,
  );
}

/** The municipality's questions, newest first; NOT_FOUND where the viewer reads nothing. */
export async function listVisibleQuestions(viewer: Viewer | null, municipalityCode: string) {
  const v = requireViewer({ viewer });
  if (!canReadQuestions(v, municipalityCode)) throw new NotFoundError(QUESTIONS);
  return listQuestions(readScope(v), municipalityCode);
}

/** The questions waiting for the viewer's answer (as administration or politician), oldest first. */
export function questionsAwaitingViewer(viewer: Viewer | null): Promise<TeacherQuestionDoc[]> {
  const v = requireViewer({ viewer });
  const codes = [...new Set(v.memberships.map((m) => m.municipalityCode))];
  const to = codes.flatMap((municipalityCode) =>
    addresseesOf(v, municipalityCode).map((addressee) => ({ municipalityCode, addressee })),
  );
  return awaitingAnswer(readScope(v), to, AWAITING_MAX);
}

const conflict = (current: TeacherQuestionDoc | null) =>
  new ConflictError(current, {
    sv: 'Frågan har ändrats av någon annan. Här är den som den är nu.',
    en: 'The question has been changed by someone else. Here it is as it is now.',
  });

/** Raises a question: a teacher of the municipality, at most QUESTION_MAX.perDay in 24 hours. */
export async function raiseQuestion(viewer: Viewer | null, raw: unknown): Promise<TeacherQuestionDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(raiseQuestionInput, raw, 'input');
  const municipality = await findOrganisationByCode(input.municipalityCode);
  if (!municipality || municipality.kind !== 'municipality' || !canRaiseQuestion(v, municipality.code))
    throw new ForbiddenError();
  const askerId = toObjectId(v.personId);
  if ((await raisedSince(askerId, new Date(Date.now() - DAY_MS))) >= QUESTION_MAX.perDay)
    throw new BadInputError([
      {
        field: 'input',
        message: {
          sv: `Du kan ställa högst ${QUESTION_MAX.perDay} frågor per dygn. Försök igen i morgon.`,
          en: `You can raise at most ${QUESTION_MAX.perDay} questions a day. Please try again tomorrow.`,
        },
      },
    ]);
  return insertQuestion(editScope(v), {
    municipalityCode: municipality.code,
    addressee: input.addressee as Addressee,
    title: input.title,
    text: input.text,
    askerId,
    askerName: v.name,
    editedAt: null,
    state: 'notAnswered',
    answer: null,
  });
}

/** Loads a question to change: NOT_FOUND when hidden or absent, FORBIDDEN when visible but not the viewer's to change. */
function changeable(viewer: Viewer, id: string, canChange: (q: TeacherQuestionDoc) => boolean) {
  const key = oid(id);
  return loadEditable(
    () => (key ? findQuestion(readScope(viewer), key) : Promise.resolve(null)),
    { canSee: (q) => canReadQuestions(viewer, q.municipalityCode), canEdit: canChange },
    QUESTION,
  );
}

/** The asker rewords their question while it is unanswered; the earlier wording stays in the audit log. */
export async function editQuestion(viewer: Viewer | null, raw: unknown): Promise<TeacherQuestionDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(editQuestionInput, raw, 'input');
  const q = await changeable(v, input.id, (x) => canEditQuestion(v, x));
  return updateQuestion(
    editScope(v),
    q._id,
    input.expectedVersion,
    { askerId: q.askerId, state: mongoose.trusted({ $ne: 'answered' }) },
    { title: input.title, text: input.text, editedAt: new Date() },
    'question.edit',
    conflict,
  );
}

/** The addressee says an answer is being prepared. */
export async function prepareAnswer(
  viewer: Viewer | null,
  id: string,
  expectedVersion: number,
): Promise<TeacherQuestionDoc> {
  const v = requireViewer({ viewer });
  const q = await changeable(v, id, (x) => canAnswerQuestion(v, x));
  if (q.state !== 'notAnswered') throw conflict(q);
  return updateQuestion(
    editScope(v),
    q._id,
    expectedVersion,
    { state: 'notAnswered' },
    { state: 'preparing' },
    'question.prepare',
    conflict,
  );
}

/** The addressee answers publicly, or edits the answer; the asker and supporters hear of the first answer. */
export async function answerQuestion(viewer: Viewer | null, raw: unknown): Promise<TeacherQuestionDoc> {
  const v = requireViewer({ viewer });
  const input = parseInput(answerQuestionInput, raw, 'input');
  const q = await changeable(v, input.id, (x) => canAnswerQuestion(v, x));
  const now = new Date();
  const first = q.state !== 'answered';
  const answer = first
    ? { text: input.text, answererId: toObjectId(v.personId), answererName: v.name, answeredAt: now, editedAt: null }
    : { ...q.answer!, text: input.text, editedAt: now };
  const saved = await updateQuestion(
    editScope(v),
    q._id,
    input.expectedVersion,
    {},
    { state: 'answered', answer },
    first ? 'question.answer' : 'question.answer.edit',
    conflict,
  );
  if (first) await questionAnswered({ question: saved, answerer: v, supporterIds: await supportersOf(saved._id) });
  return saved;
}

/** Supports a question (once per person, also under concurrent clicks) or withdraws the support. */
export async function setSupport(viewer: Viewer | null, id: string, support: boolean): Promise<TeacherQuestionDoc> {
  const v = requireViewer({ viewer });
  const q = await changeable(v, id, (x) => canSupportQuestion(v, x));
  const person = toObjectId(v.personId);
  if (support) await addSupport(q, person);
  else await removeSupport(q._id, person);
  return q;
}

// Moderation: the moderation module reports and decides on questions through these, as on comments.

/** Hides a question readers' reports have reached the threshold on, until a moderator decides. */
export function hideQuestionPendingReview(
  viewer: Viewer,
  question: TeacherQuestionDoc,
  reason: string,
): Promise<TeacherQuestionDoc> {
  return setQuestionHidden(editScope(viewer), question, newHiddenMark(viewer, reason, true), 'question.hideByReports');
}

/** A moderator's decision on a reported question: hide it with a reason, or keep it (shown again if reports hid it). */
export async function decideOnQuestion(
  viewer: Viewer | null,
  id: string,
  decision: { hide: true; reason: string } | { hide: false },
): Promise<TeacherQuestionDoc> {
  const v = requireViewer({ viewer });
  const q = await changeable(v, id, (x) => canModerateIn(v, x.municipalityCode));
  if (decision.hide) return setQuestionHidden(editScope(v), q, newHiddenMark(v, decision.reason), 'question.hide');
  return q.hidden?.pendingReview ? setQuestionHidden(editScope(v), q, null, 'question.restore') : q;
}
