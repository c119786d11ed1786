// The questions module's door: questions to leaders and politicians, their supports and answers.
export type { TeacherQuestionDoc, QuestionSupportDoc } from './questions.model.js';
export { QUESTION_MAX } from './questions.model.js';
export * from './questions.service.js';
export { seedQuestions } from './questions.repository.js';
export {
  canReadQuestions,
  canRaiseQuestion,
  canSupportQuestion,
  canEditQuestion,
  canAnswerQuestion,
} from './questions.policy.js';
export {
  provideQuestionAnsweredListener,
  type QuestionAnswered,
  type QuestionAnsweredListener,
} from './question-answered.js';
export { addresseeValues, questionStateValues, type Addressee, type QuestionState } from './questions.enums.js';
