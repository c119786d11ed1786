import { useDraftForm } from '../../composables/draft-form.js';
import { useCoachingWrites } from './coaching.api.js';

/** The coaching forms: the one edit-form behaviour (useDraftForm) with the coaching writes. */
export function useCoachingForm<F extends object, C extends object = Record<string, never>>(
  options: Parameters<typeof useDraftForm<F, C>>[0],
) {
  return { ...useDraftForm<F, C>(options), writes: useCoachingWrites() };
}

/** The form's field for a server field path (`input.text` → `text`). */
export const inputField = (path: string): string => path.replace(/^input\./, '');
