import type { Viewer } from '../../auth/index.js';
import type { Types } from 'mongoose';
import type { TeacherQuestionDoc } from './questions.model.js';

/** What happened when a question was first answered: the question, who answered, and who supports it. */
export interface QuestionAnswered {
  question: TeacherQuestionDoc;
  answerer: Viewer;
  supporterIds: Types.ObjectId[];
}

/** Told after the answer is committed; must not throw (its failures are its own to log). */
export type QuestionAnsweredListener = (event: QuestionAnswered) => Promise<void>;

// Notifications sit above questions in the module graph, so questions cannot import them: the
// notifications module hands its listener over when it loads (as dialogue's comment-written.ts).
let listener: QuestionAnsweredListener | null = null;

/** Called once by the notifications module: who is told of an answer. */
export function provideQuestionAnsweredListener(next: QuestionAnsweredListener): void {
  listener = next;
}

/** Tells the listener, if one is loaded; a failure there never fails the answer, which is already saved. */
export async function questionAnswered(event: QuestionAnswered): Promise<void> {
  if (!listener) return;
  try {
    await listener(event);
  } catch {
    // The listener logs its own failures; the answer stands.
  }
}
