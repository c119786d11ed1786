import type { TypedT } from '../../i18n/index.js';
import { useDraftForm } from '../../composables/draft-form.js';
import { useEditorFrame } from '../../components/editor-frame.js';
import type { DeficiencyArea } from '../../api/generated/graphql.js';
import { useDeficiencyWrites } from './deficiencies.api.js';
import { dayInput } from './deficiencies.logic.js';

/**
 * The deficiencies' and complaints' forms: the one edit-form behaviour (useDraftForm) inside their
 * frame (EditorForm, bound to `frame`), the first field focused when a form opens, with the
 * deficiencies' writes.
 */
export function useDeficiencyForm<F extends object, C extends object = Record<string, never>>(
  options: Omit<Parameters<typeof useDraftForm<F, C>>[0], 'formEl' | 'messageEl' | 'focusOnOpen'>,
) {
  const { frame, formEl, messageEl } = useEditorFrame();
  const base = useDraftForm<F, C>({ ...options, formEl, messageEl, focusOnOpen: true });
  return { ...base, frame, writes: useDeficiencyWrites() };
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
