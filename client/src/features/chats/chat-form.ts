import type { Ref } from 'vue';
import { useDraftForm } from '../../composables/draft-form.js';
import { useChatWrites } from './chats.api.js';

/**
 * The chats' forms that create (schedule, ask, answer): the one edit-form behaviour (useDraftForm) —
 * the typed value kept as a draft per person, form and object (a reload or a reconnect never clears
 * it), field problems on their fields, focus on the first problem. They create, so there is no
 * version to conflict with; a form in an EditorForm passes the frame's elements (useEditorFrame).
 * The forms that change a chat use useChatEditForm below.
 */
export function useChatForm<T extends object>(
  form: string,
  objectId: () => string,
  initial: () => T,
  fieldOf?: (path: string) => string,
  frame?: { formEl: Ref<HTMLElement | null>; messageEl: Ref<HTMLElement | null> },
) {
  const base = useDraftForm<T>({
    draft: () => ({ form, objectId: objectId() }),
    initial,
    version: 0,
    fieldOf,
    ...frame,
  });
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

/**
 * The chats' edit forms (reschedule, cancel): useDraftForm on the chat's version, so a change
 * made by someone else meanwhile shows as a conflict beside what was typed, with the chats' writes.
 */
export function useChatEditForm<F extends object, C extends object = Record<string, never>>(
  options: Parameters<typeof useDraftForm<F, C>>[0],
) {
  return { ...useDraftForm<F, C>(options), writes: useChatWrites() };
}
