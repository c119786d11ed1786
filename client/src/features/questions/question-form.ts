import { onMounted, ref, useId } from 'vue';
import { useI18n, type TypedT } from '../../i18n/index.js';
import { useSessionStore } from '../../stores/session.js';
import { draftKey, useFormDraft } from '../../composables/drafts.js';
import { useVersionedSave } from '../../composables/versioned-save.js';
import { useQuestionWrites } from './questions.api.js';

/**
 * What every form of the questions does, the same for each: what is typed is a draft kept per
 * viewer, form and question until saved; it saves against the question's version (0 for a new
 * one), a conflict showing what `theirs` picks of the server's version beside the typed text; a
 * refused save focuses the first field marked invalid, else the message. An editor opened on a
 * question (`focusOnOpen`) takes the focus in its first field; cancelling asks before throwing the
 * typed text away.
 */
export function useQuestionForm<F extends object, C extends object = Record<string, never>>(options: {
  /** Names the draft: which form, and which question (or municipality, for a new one) it is about. */
  draft: () => { form: string; objectId: string };
  initial: () => F;
  version: number;
  theirs?: (current: Record<string, unknown>) => C;
  focusOnOpen?: boolean;
  done: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  const session = useSessionStore();
  const writes = useQuestionWrites();
  const id = useId();
  const draft = useFormDraft<F>(
    () => {
      const { form, objectId } = options.draft();
      return draftKey(session.viewer?.id, form, objectId);
    },
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
  if (options.focusOnOpen)
    onMounted(() => formEl.value?.querySelector<HTMLElement>('input, select, textarea')?.focus());

  function cancel(): void {
    if (draft.discard()) options.done(false);
  }
  const { problems, saveError, conflict } = save;
  return { t, id, writes, draft, form: draft.value, formEl, messageEl, save, problems, saveError, conflict, cancel };
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
