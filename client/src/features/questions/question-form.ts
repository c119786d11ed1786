import type { TypedT } from '../../i18n/index.js';
import { useDraftForm } from '../../composables/draft-form.js';
import { useQuestionWrites } from './questions.api.js';

/**
 * The questions' forms: the one edit-form behaviour (useDraftForm) with the questions' writes; an
 * editor opened on a question passes `focusOnOpen`.
 */
export function useQuestionForm<F extends object, C extends object = Record<string, never>>(
  options: Parameters<typeof useDraftForm<F, C>>[0],
) {
  return { ...useDraftForm<F, C>(options), writes: useQuestionWrites() };
}

/** The checks a question's heading and text pass before it is sent: each problem on its field. */
export function questionProblems(f: { title: string; text: string }, t: TypedT): Record<string, string> {
  const found: Record<string, string> = {};
  if (!f.title.trim()) found.title = t('questions.titleMissing');
  if (!f.text.trim()) found.text = t('questions.textMissing');
  return found;
}

/** What a conflict shows of the server's version of a text field. */
export const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
