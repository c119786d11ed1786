import { ref, toRef, type Ref } from 'vue';
import type EditorForm from './EditorForm.vue';

/** The elements of an EditorForm a form's composable focuses. */
interface FrameElements {
  formEl: Ref<HTMLElement | null>;
  messageEl: Ref<HTMLElement | null>;
}

/**
 * A template ref for a form's EditorForm (`ref="frame"`) and the frame's form and message elements,
 * to pass to the form's composable as `formEl` and `messageEl`.
 */
export function useEditorFrame() {
  const frame = ref<InstanceType<typeof EditorForm> | null>(null);
  const elements: FrameElements = {
    formEl: toRef(() => frame.value?.formEl ?? null),
    messageEl: toRef(() => frame.value?.messageEl ?? null),
  };
  return { frame, ...elements };
}
