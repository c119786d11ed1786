import { useDraftForm } from '../../composables/draft-form.js';
import { useMeetingWrites } from './meetings.api.js';

/** The meetings' forms: the one edit-form behaviour (useDraftForm) with the meetings' writes. */
export function useMeetingForm<F extends object, C extends object = Record<string, never>>(
  options: Parameters<typeof useDraftForm<F, C>>[0],
) {
  return { ...useDraftForm<F, C>(options), writes: useMeetingWrites() };
}
