import { nextTick, ref } from 'vue';
import { fieldKey, type AppError } from '../../api/errors.js';
import { useI18n } from '../../i18n/index.js';

/**
 * A form's last refused write: the problem of each field in the user's language, and focus moved
 * to the first field the server named (or to the form's message when it named none).
 */
export function useFormErrors(idOf: (field: string) => string, messageId: string) {
  const { locale } = useI18n();
  const error = ref<AppError | null>(null);

  function problem(field: string): string | undefined {
    const p = error.value?.fields.find((f) => fieldKey(f.field) === field);
    if (!p) return undefined;
    return locale.value === 'en' ? p.message.en : p.message.sv;
  }

  /** Shows a refusal and moves focus to where it is told. */
  async function refused(e: AppError): Promise<void> {
    error.value = e;
    await nextTick();
    const first = e.fields[0];
    const target =
      (first && document.getElementById(idOf(fieldKey(first.field)))) || document.getElementById(messageId);
    target?.focus();
  }

  return { error, problem, refused, clear: () => (error.value = null) };
}
