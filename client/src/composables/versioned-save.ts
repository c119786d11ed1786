import { nextTick, ref, type Ref } from 'vue';
import type { AppError } from '../api/errors.js';
import { useI18n } from '../i18n/index.js';
import type { FormDraft } from './drafts.js';

/** The answer to a save, as the features' write calls give it. */
export type SaveOutcome = { ok: true } | { ok: false; error: AppError };

/**
 * What an edit form does with the answer to its versioned save, the same for every form:
 * - saved: the draft is forgotten and `done(true)` runs;
 * - CONFLICT: the server's current version is kept for the conflict view (`theirs` picks what it
 *   shows); the typed text stays in the draft, and `reapply` saves it over that version next time;
 * - anything else: the message, each field problem on its field (by the field's first path
 *   segment, after `fieldOf` where the form names a field differently; above the form the problems
 *   no field shows, or else a request to correct what is marked), and focus on the first field
 *   marked invalid in `formEl`, else on `messageEl`.
 */
export function useVersionedSave<C extends object>(options: {
  draft: FormDraft<object>;
  version: number;
  theirs: (current: Record<string, unknown>) => C;
  formEl: Ref<HTMLElement | null>;
  messageEl: Ref<HTMLElement | null>;
  fieldOf?: (path: string) => string;
  done: (saved: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const base = ref(options.version);
  const problems = ref<Record<string, string>>({});
  const saveError = ref<AppError | null>(null);
  const conflict = ref<(C & { version: number }) | null>(null) as Ref<(C & { version: number }) | null>;

  /** Focuses the first field marked invalid, or the message. */
  async function focusProblem(): Promise<void> {
    await nextTick();
    (options.formEl.value?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? options.messageEl.value)?.focus();
  }

  /** Clears the last attempt's problems; returns true when the form's own checks found some (and focuses them). */
  async function refuse(found: Record<string, string>): Promise<boolean> {
    problems.value = found;
    saveError.value = null;
    if (Object.keys(found).length === 0) return false;
    await focusProblem();
    return true;
  }

  async function handle(outcome: SaveOutcome): Promise<void> {
    if (outcome.ok) {
      options.draft.saved();
      options.done(true);
      return;
    }
    const error = outcome.error;
    if (error.code === 'CONFLICT') {
      const current = (error.current ?? {}) as Record<string, unknown>;
      const version = typeof current.version === 'number' ? current.version : base.value;
      conflict.value = { ...options.theirs(current), version };
      return;
    }
    const form = options.draft.value.value;
    const stray: AppError['fields'] = [];
    for (const p of error.fields) {
      const field = (options.fieldOf?.(p.field) ?? p.field).split('.')[0]!;
      if (field in form) problems.value[field] = locale.value === 'en' ? p.message.en : p.message.sv;
      else stray.push(p);
    }
    // The server's own sentence names the field by its API path, which means nothing to the reader:
    // above the form stand the problems no field of it shows, else a request to correct the marked ones.
    const marked = t('authoring.fixMarked');
    saveError.value = !error.fields.length
      ? error
      : stray.length
        ? {
            ...error,
            message: { sv: sentences(stray.map((p) => p.message.sv)), en: sentences(stray.map((p) => p.message.en)) },
          }
        : { ...error, message: { sv: marked, en: marked } };
    await focusProblem();
  }

  /** Keeps the typed text and saves it over the server's version next time. */
  function reapply(): void {
    if (conflict.value) base.value = conflict.value.version;
    conflict.value = null;
  }

  /** Takes the server's version: the draft is forgotten and the form closes. */
  function discardMine(): void {
    options.draft.saved();
    conflict.value = null;
    options.done(false);
  }

  return { base, problems, saveError, conflict, refuse, handle, reapply, discardMine };
}

/** Field problems as sentences: each begun with a capital and ended with a full stop. */
function sentences(problems: string[]): string {
  return problems
    .map((p) => p.trim())
    .map((p) => `${p.charAt(0).toUpperCase()}${p.slice(1)}${/[.!?]$/.test(p) ? '' : '.'}`)
    .join(' ');
}
