import { useDraftForm } from '../../composables/draft-form.js';

/**
 * The chats' forms: the one edit-form behaviour (useDraftForm) — the typed value kept as a draft
 * per person, form and object (a reload or a reconnect never clears it), field problems on their
 * fields, focus on the first problem. Chat writes create, so there is no version to conflict with.
 */
export function useChatForm<T extends object>(
  form: string,
  objectId: () => string,
  initial: () => T,
  fieldOf?: (path: string) => string,
) {
  const base = useDraftForm<T>({ draft: () => ({ form, objectId: objectId() }), initial, version: 0, fieldOf });
  return {
    draft: base.draft,
    value: base.form,
    formEl: base.formEl,
    messageEl: base.messageEl,
    save: base.save,
    problems: base.problems,
    saveError: base.saveError,
  };
}
