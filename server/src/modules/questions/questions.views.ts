import type { TeacherQuestionDoc } from './questions.model.js';

/** A municipality's questions as the resolvers pass them on. */
export interface QuestionBoardView {
  municipalityCode: string;
  questions: TeacherQuestionDoc[];
}
