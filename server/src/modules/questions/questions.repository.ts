import mongoose, { type Types } from 'mongoose';
import { municipalityFilter, type EditScope, type ReadScope } from '../../auth/index.js';
import { createAudited, inTransaction, recordAudit, updateVersioned } from '../audit/index.js';
import type { HiddenMark } from '../../shared/hidden-mark.js';
import type { Addressee } from './questions.enums.js';
import {
  QuestionSupportModel,
  TeacherQuestionModel,
  type QuestionSupportDoc,
  type TeacherQuestionDoc,
} from './questions.model.js';

// Every read of questions takes the viewer's scope: a question has no draft, so it is read by
// everyone who reads anything of its municipality (municipalityFilter); outside the scope a
// question is as absent as an unknown id.

const trusted = mongoose.trusted;

export function findQuestion(scope: ReadScope, id: Types.ObjectId): Promise<TeacherQuestionDoc | null> {
  return TeacherQuestionModel.findOne({ _id: id, ...municipalityFilter(scope) })
    .lean<TeacherQuestionDoc>()
    .exec();
}

export function findQuestions(scope: ReadScope, ids: readonly Types.ObjectId[]): Promise<TeacherQuestionDoc[]> {
  return TeacherQuestionModel.find({ _id: trusted({ $in: [...ids] }), ...municipalityFilter(scope) })
    .lean<TeacherQuestionDoc[]>()
    .exec();
}

/** A municipality's questions, newest first. */
export function listQuestions(scope: ReadScope, municipalityCode: string): Promise<TeacherQuestionDoc[]> {
  return TeacherQuestionModel.find({ municipalityCode, ...municipalityFilter(scope) })
    .sort({ createdAt: -1, _id: -1 })
    .limit(500)
    .lean<TeacherQuestionDoc[]>()
    .exec();
}

/** The questions not yet answered to the given addressees, oldest first. */
export function awaitingAnswer(
  scope: ReadScope,
  to: Array<{ municipalityCode: string; addressee: Addressee }>,
  limit: number,
): Promise<TeacherQuestionDoc[]> {
  if (!to.length) return Promise.resolve([]);
  return TeacherQuestionModel.find({
    $or: trusted(to.map((t) => ({ municipalityCode: t.municipalityCode, addressee: t.addressee }))),
    state: trusted({ $ne: 'answered' }),
    // A question moderation hid waits for no answer while hidden.
    hidden: null,
    ...municipalityFilter(scope),
  })
    .sort({ createdAt: 1, _id: 1 })
    .limit(limit)
    .lean<TeacherQuestionDoc[]>()
    .exec();
}

/** How many questions a person raised since a time (for the daily cap). */
export function raisedSince(askerId: Types.ObjectId, since: Date): Promise<number> {
  return TeacherQuestionModel.countDocuments({ askerId, createdAt: trusted({ $gt: since }) }).exec();
}

export function insertQuestion(
  scope: EditScope,
  doc: Omit<TeacherQuestionDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>,
): Promise<TeacherQuestionDoc> {
  return createAudited<TeacherQuestionDoc>({
    viewer: scope.viewer,
    model: TeacherQuestionModel,
    doc: doc as unknown as Record<string, unknown>,
    action: 'question.raise',
    targetType: 'question',
  });
}

/** Changes a question on the version its writer saw (the policy has already decided who may), audited. */
export function updateQuestion(
  scope: EditScope,
  id: Types.ObjectId,
  expectedVersion: number,
  where: Record<string, unknown>,
  set: Record<string, unknown>,
  action: string,
  conflict: (current: TeacherQuestionDoc | null) => Error,
): Promise<TeacherQuestionDoc> {
  return updateVersioned<TeacherQuestionDoc>({
    viewer: scope.viewer,
    model: TeacherQuestionModel,
    id,
    where: { ...where, ...municipalityFilter(scope) },
    expectedVersion,
    update: { $set: set },
    action,
    targetType: 'question',
    conflict,
  });
}

/**
 * Hides a question of the edit scope with a mark, or shows it again (null), with its audit event.
 * The version stays: hiding is moderation, not an edit of the asker's words.
 */
export function setQuestionHidden(
  scope: EditScope,
  question: TeacherQuestionDoc,
  hidden: HiddenMark | null,
  action: 'question.hide' | 'question.hideByReports' | 'question.restore',
): Promise<TeacherQuestionDoc> {
  return inTransaction(async (session) => {
    // Reports arriving together hide it once: only a shown question is hidden by reports.
    const byReports = action === 'question.hideByReports';
    const after = await TeacherQuestionModel.findOneAndUpdate(
      { _id: question._id, ...(byReports && { hidden: null }), ...municipalityFilter(scope) },
      { $set: { hidden } },
      { session, returnDocument: 'after' },
    ).lean<TeacherQuestionDoc>();
    if (!after && byReports) return question;
    if (!after) throw new Error('the question left the scope while moderation changed it');
    await recordAudit(session, scope.viewer, {
      action,
      targetType: 'question',
      targetId: question._id,
      municipalityCode: question.municipalityCode,
      before: { hidden: question.hidden ?? null },
      after: { hidden: after.hidden ?? null },
    });
    return after;
  });
}

// Supports. The unique index on (question, person) keeps one per person however many clicks
// arrive at once; a second one is a no-op, not an error.

/** Records a support; false when the person already supports the question. */
export async function addSupport(question: TeacherQuestionDoc, personId: Types.ObjectId): Promise<boolean> {
  const res = await QuestionSupportModel.updateOne(
    { questionId: question._id, personId },
    { $setOnInsert: { questionId: question._id, personId, municipalityCode: question.municipalityCode } },
    { upsert: true },
  ).catch((e: { code?: number }) => {
    if (e.code === 11000) return { upsertedCount: 0 };
    throw e;
  });
  return res.upsertedCount === 1;
}

/** Withdraws a support; false when there was none. */
export async function removeSupport(questionId: Types.ObjectId, personId: Types.ObjectId): Promise<boolean> {
  return (await QuestionSupportModel.deleteOne({ questionId, personId }).exec()).deletedCount === 1;
}

/** The number of supports of each question. */
export async function supportCounts(questionIds: readonly Types.ObjectId[]): Promise<Map<string, number>> {
  const rows = await QuestionSupportModel.find({ questionId: trusted({ $in: [...questionIds] }) }, { questionId: 1 })
    .lean<Pick<QuestionSupportDoc, 'questionId'>[]>()
    .exec();
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.questionId.toHexString(), (counts.get(r.questionId.toHexString()) ?? 0) + 1);
  return counts;
}

/** Which of the questions the person supports. */
export async function supportedAmong(questionIds: readonly Types.ObjectId[], personId: Types.ObjectId) {
  const rows = await QuestionSupportModel.find(
    { questionId: trusted({ $in: [...questionIds] }), personId },
    { questionId: 1 },
  )
    .lean<Pick<QuestionSupportDoc, 'questionId'>[]>()
    .exec();
  return new Set(rows.map((r) => r.questionId.toHexString()));
}

/** The people who support a question (to tell them of its answer; never listed to a client). */
export async function supportersOf(questionId: Types.ObjectId): Promise<Types.ObjectId[]> {
  const rows = await QuestionSupportModel.find({ questionId }, { personId: 1 })
    .lean<Pick<QuestionSupportDoc, 'personId'>[]>()
    .exec();
  return rows.map((r) => r.personId);
}

/** Inserts demo questions and supports as given (no request, no audit): demo and scripts only. */
export async function seedQuestions(data: {
  questions: Partial<TeacherQuestionDoc>[];
  supports?: Array<Pick<QuestionSupportDoc, 'questionId' | 'personId' | 'municipalityCode'>>;
}): Promise<void> {
  if (data.questions.length) await TeacherQuestionModel.insertMany(data.questions);
  if (data.supports?.length) await QuestionSupportModel.insertMany(data.supports);
}
