import { ref } from 'vue';
import { useI18n } from '../../i18n/index.js';
import { useSessionStore } from '../../stores/session.js';
import { draftKey, useFormDraft } from '../../composables/drafts.js';
import { useVersionedSave } from '../../composables/versioned-save.js';

/**
 * What the chats' forms share: the typed value kept as a draft per person, form and object (a
 * reload or a reconnect never clears it), and the save handling of every form (field problems on
 * their fields, other refusals in the message above, focus on the first problem). Chat writes
 * create, so there is no version to conflict with.
 */
export function useChatForm<T extends object>(
  form: string,
  objectId: () => string,
  initial: () => T,
  fieldOf?: (path: string) => string,
) {
  const { t } = useI18n();
  const session = useSessionStore();
  const draft = useFormDraft<T>(() => draftKey(session.viewer?.id, form, objectId()), initial, {
    leave: () => t('authoring.leaveConfirm'),
    discard: () => t('authoring.discardConfirm'),
  });
  const formEl = ref<HTMLFormElement | null>(null);
  const messageEl = ref<HTMLElement | null>(null);
  const save = useVersionedSave({
    draft,
    version: 0,
    theirs: () => ({}),
    formEl,
    messageEl,
    fieldOf,
    done: () => undefined,
  });
  return { draft, value: draft.value, formEl, messageEl, save, problems: save.problems, saveError: save.saveError };
}
