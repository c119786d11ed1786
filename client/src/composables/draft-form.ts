import { onMounted, ref, useId, type Ref } from 'vue';
import { useI18n } from '../i18n/index.js';
import { useSessionStore } from '../stores/session.js';
import { draftKey, useFormDraft } from './drafts.js';
import { useVersionedSave } from './versioned-save.js';

/**
 * What every edit form does, the same for each feature:
 * - what is typed is a draft kept per viewer, form and object until saved, asked about before it
 *   is left or thrown away (a reload or a reconnect never clears it);
 * - it saves against the object's version (0 for a form that creates) through useVersionedSave, a
 *   conflict showing what `theirs` picks of the server's version beside the typed text, field
 *   problems on their fields (after `fieldOf`), focus on the first problem, else on the message;
 * - with `focusOnOpen` the first field takes the focus when the form opens;
 * - `cancel` asks before throwing the typed text away, then calls `done(false)`.
 * A form inside a frame component passes the frame's `formEl` and `messageEl`.
 */
export function useDraftForm<F extends object, C extends object = Record<string, never>>(options: {
  /** Names the draft: which form, and which object it is about ('new' or the parent for a form that creates). */
  draft: () => { form: string; objectId: string };
  initial: () => F;
  version: number;
  theirs?: (current: Record<string, unknown>) => C;
  fieldOf?: (path: string) => string;
  focusOnOpen?: boolean;
  formEl?: Ref<HTMLElement | null>;
  messageEl?: Ref<HTMLElement | null>;
  done?: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  const session = useSessionStore();
  const id = useId();
  const draft = useFormDraft<F>(
    () => {
      const { form, objectId } = options.draft();
      return draftKey(session.viewer?.id, form, objectId);
    },
    options.initial,
    { leave: () => t('authoring.leaveConfirm'), discard: () => t('authoring.discardConfirm') },
  );
  const formEl = options.formEl ?? ref<HTMLElement | null>(null);
  const messageEl = options.messageEl ?? ref<HTMLElement | null>(null);
  const done = options.done ?? (() => undefined);
  const save = useVersionedSave({
    draft,
    version: options.version,
    theirs: options.theirs ?? (() => ({}) as C),
    formEl,
    messageEl,
    fieldOf: options.fieldOf,
    done,
  });
  if (options.focusOnOpen)
    onMounted(() => formEl.value?.querySelector<HTMLElement>('input, select, textarea')?.focus());

  function cancel(): void {
    if (draft.discard()) done(false);
  }
  const { problems, saveError, conflict } = save;
  return { t, id, draft, form: draft.value, formEl, messageEl, save, problems, saveError, conflict, cancel };
}
