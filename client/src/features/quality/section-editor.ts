import { nextTick, ref, watch } from 'vue';
import { useI18n } from '../../i18n/index.js';
import { useSessionStore } from '../../stores/session.js';
import { draftKey, useFormDraft } from '../../composables/drafts.js';
import { useVersionedSave } from '../../composables/versioned-save.js';
import type { QualityReportFull } from './quality.api.js';

/**
 * What every section of a quality report does when it is edited, the same for each section:
 * - its form is a draft kept per viewer, section and report, and a draft kept from an earlier visit
 *   opens the form again (for a writer);
 * - it saves on the section's own version, so people editing different sections do not collide;
 *   a save (this one or another tab's) moves that version and the next save starts from it,
 *   unless a conflict is being shown;
 * - when the form closes, focus returns to the section's edit button.
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
  const { t } = useI18n();
  const session = useSessionStore();
  const draft = useFormDraft<F>(
    () => draftKey(session.viewer?.id, options.section, options.report().id),
    options.initial,
    { leave: () => t('authoring.leaveConfirm'), discard: () => t('authoring.discardConfirm') },
  );
  const editing = ref(draft.restored.value && options.report().canWrite);
  const formEl = ref<HTMLFormElement | null>(null);
  const messageEl = ref<HTMLElement | null>(null);
  const editButton = ref<HTMLButtonElement | null>(null);
  const save = useVersionedSave({
    draft,
    version: options.version(),
    theirs: options.theirs,
    formEl,
    messageEl,
    done: () => {
      editing.value = false;
      void nextTick(() => editButton.value?.focus());
    },
  });
  watch(options.version, (v) => {
    if (!save.conflict.value) save.base.value = v;
  });
  /** Closes the form when the writer agrees to drop what they typed. */
  function cancel(): void {
    if (draft.discard()) editing.value = false;
  }
  return { draft, form: draft.value, editing, formEl, messageEl, editButton, save, cancel };
}
