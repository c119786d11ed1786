import { ref, useId } from 'vue';
import { useI18n } from '../../i18n/index.js';
import { useSessionStore } from '../../stores/session.js';
import { draftKey, useFormDraft } from '../../composables/drafts.js';
import { useVersionedSave } from '../../composables/versioned-save.js';
import { useMeetingWrites } from './meetings.api.js';

/**
 * What the meetings' forms share: what is typed is a draft kept per viewer, form and object until
 * saved; the save is handled by useVersionedSave against `version` (0 for something new), a
 * conflict showing what `theirs` picks of the server's version; a refused save focuses the first
 * field marked invalid, else the message.
 */
export function useMeetingForm<F extends object, C extends object = Record<string, never>>(options: {
  draft: () => { form: string; objectId: string };
  initial: () => F;
  version: number;
  theirs?: (current: Record<string, unknown>) => C;
  done: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  const session = useSessionStore();
  const writes = useMeetingWrites();
  const id = useId();
  const draft = useFormDraft<F>(
    () => draftKey(session.viewer?.id, options.draft().form, options.draft().objectId),
    options.initial,
    { leave: () => t('authoring.leaveConfirm'), discard: () => t('authoring.discardConfirm') },
  );
  const formEl = ref<HTMLFormElement | null>(null);
  const messageEl = ref<HTMLElement | null>(null);
  const save = useVersionedSave({
    draft,
    version: options.version,
    theirs: options.theirs ?? (() => ({}) as C),
    formEl,
    messageEl,
    done: options.done,
  });
  const { problems, saveError, conflict } = save;
  return { t, id, writes, draft, form: draft.value, formEl, messageEl, save, problems, saveError, conflict };
}
