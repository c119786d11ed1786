import { nextTick, ref, watch } from 'vue';
import { useDraftForm } from '../../composables/draft-form.js';
import type { QualityReportFull } from './quality.api.js';

/**
 * What every section of a quality report does when it is edited, the same for each section:
 * - its form is a draft kept per viewer, section and report, and a draft kept from an earlier visit
 *   opens the form again (for a writer);
 * - it saves on the section's own version, so people editing different sections do not collide;
 *   a save (this one or another tab's) moves that version and the next save starts from it,
 *   unless a conflict is being shown;
 * - when the form closes, focus returns to the section's edit button.
 * The draft and the save are the one edit-form behaviour (useDraftForm).
 */
export function useSectionEditor<F extends object, C extends object>(options: {
  report: () => QualityReportFull;
  /** Names the draft: one per section. */
  section: string;
  initial: () => F;
  version: () => number;
  /** What the conflict view shows of the server's current section. */
  theirs: (current: Record<string, unknown>) => C;
}) {
  const editing = ref(false);
  const editButton = ref<HTMLButtonElement | null>(null);
  const { draft, form, formEl, messageEl, save, cancel } = useDraftForm<F, C>({
    draft: () => ({ form: options.section, objectId: options.report().id }),
    initial: options.initial,
    version: options.version(),
    theirs: options.theirs,
    done: () => {
      editing.value = false;
      void nextTick(() => editButton.value?.focus());
    },
  });
  editing.value = draft.restored.value && options.report().canWrite;
  watch(options.version, (v) => {
    if (!save.conflict.value) save.base.value = v;
  });
  return { draft, form, editing, formEl, messageEl, editButton, save, cancel };
}
