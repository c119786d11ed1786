import { onMounted, ref, toRef, useId } from 'vue';
import { useI18n, type TypedT } from '../../i18n/index.js';
import { useSessionStore } from '../../stores/session.js';
import { draftKey, useFormDraft } from '../../composables/drafts.js';
import { useVersionedSave } from '../../composables/versioned-save.js';
import type { DeficiencyArea } from '../../api/generated/graphql.js';
import { useDeficiencyWrites } from './deficiencies.api.js';
import { dayInput } from './deficiencies.logic.js';
import type EditorForm from './components/EditorForm.vue';

/**
 * What every form of the deficiencies and complaints pages does, the same for each:
 * - what is typed is a draft kept per viewer, form and object until saved, asked about before it
 *   is left or thrown away;
 * - it saves against the object's version (0 for a form that creates), a conflict showing what
 *   `theirs` picks of the server's version beside the typed text;
 * - the first field takes the focus when the form opens; a refused save focuses the first field
 *   marked invalid, else the message.
 * The form's frame (EditorForm) is bound to `frame`; cancelling asks before throwing the typed text away.
 */
export function useDeficiencyForm<F extends object, C extends object = Record<string, never>>(options: {
  /** Names the draft: which form, and which object it edits ('new' for a form that creates). */
  draft: () => { form: string; objectId: string };
  initial: () => F;
  version: number;
  theirs?: (current: Record<string, unknown>) => C;
  done: (saved: boolean) => void;
}) {
  const { t } = useI18n();
  const session = useSessionStore();
  const writes = useDeficiencyWrites();
  const id = useId();
  const draft = useFormDraft<F>(
    () => {
      const { form, objectId } = options.draft();
      return draftKey(session.viewer?.id, form, objectId);
    },
    options.initial,
    { leave: () => t('authoring.leaveConfirm'), discard: () => t('authoring.discardConfirm') },
  );
  const frame = ref<InstanceType<typeof EditorForm> | null>(null);
  const save = useVersionedSave({
    draft,
    version: options.version,
    theirs: options.theirs ?? (() => ({}) as C),
    formEl: toRef(() => frame.value?.formEl ?? null),
    messageEl: toRef(() => frame.value?.messageEl ?? null),
    done: options.done,
  });
  onMounted(() => frame.value?.formEl?.querySelector<HTMLElement>('input, select, textarea')?.focus());

  function cancel(): void {
    if (draft.discard()) options.done(false);
  }
  const { problems, saveError, conflict } = save;
  return { id, writes, draft, form: draft.value, frame, save, problems, saveError, conflict, cancel };
}

/** A deficiency's own fields as typed, wherever it is recorded. */
interface DeficiencyText {
  title: string;
  area: DeficiencyArea;
  areaOther: string;
  requirement: string;
  reportDeadline: string;
}

/** The checks a deficiency's own fields pass before it is saved: each problem on its field. */
export function deficiencyProblems(f: DeficiencyText, t: TypedT): Record<string, string> {
  const found: Record<string, string> = {};
  if (!f.title.trim()) found.title = t('deficiencies.errors.titleMissing');
  if (!f.requirement.trim()) found.requirement = t('deficiencies.errors.requirementMissing');
  if (f.area === 'OTHER' && !f.areaOther.trim()) found.areaOther = t('deficiencies.errors.areaOtherMissing');
  return found;
}

/** A deficiency's own fields as the API takes them: trimmed, the other area only for OTHER. */
export function deficiencyInput(f: DeficiencyText) {
  return {
    title: f.title.trim(),
    area: f.area,
    areaOther: f.area === 'OTHER' ? f.areaOther.trim() : null,
    requirement: f.requirement.trim(),
    reportDeadline: dayInput(f.reportDeadline),
  };
}
