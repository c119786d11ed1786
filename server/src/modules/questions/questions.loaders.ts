import DataLoader from 'dataloader';
import type { ReadScope } from '../../auth/index.js';
import { toObjectId } from '../../auth/index.js';
import type { TeacherQuestionDoc } from './questions.model.js';
import { findQuestions, supportCounts, supportedAmong } from './questions.repository.js';

/**
 * Per-request loaders of questions: a question by id in the viewer's scope (for notices), and each
 * listed question's support count and whether the viewer supports it, one query each for a page.
 */
export function createQuestionLoaders(scope: ReadScope) {
  const person = scope.viewer ? toObjectId(scope.viewer.personId) : null;
  return {
    question: new DataLoader<string, TeacherQuestionDoc | null>(async (ids) => {
      const found = await findQuestions(
        scope,
        ids.map((id) => toObjectId(id)),
      );
      const byId = new Map(found.map((q) => [q._id.toHexString(), q]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    questionSupportCount: new DataLoader<string, number>(async (ids) => {
      const counts = await supportCounts(ids.map((id) => toObjectId(id)));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    questionSupported: new DataLoader<string, boolean>(async (ids) => {
      if (!person) return ids.map(() => false);
      const found = await supportedAmong(
        ids.map((id) => toObjectId(id)),
        person,
      );
      return ids.map((id) => found.has(id));
    }),
  };
}

export type QuestionLoaders = ReturnType<typeof createQuestionLoaders>;
