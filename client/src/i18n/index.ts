import { createI18n, useI18n as useVueI18n } from 'vue-i18n';
import type { WritableComputedRef } from 'vue';
import sv from './sv.js';
import en from './en.js';

export type Locale = 'sv' | 'en';

/** The messages' shape: Swedish defines it, English must match (en.ts is typed against it). */
export type MessageSchema = typeof sv;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key sv.ts defines, e.g. 'plans.title'. */
export type MessageKey = Leaves<MessageSchema>;

/** vue-i18n's t narrowed to the keys sv.ts defines: a missing key fails the type check. */
export type TypedT = (key: MessageKey, named?: Record<string, unknown>) => string;

const missingReasons = new Set(['SUPPRESSED', 'TOO_FEW_PUPILS', 'NOT_APPLICABLE', 'NO_DATA', 'APPROXIMATE']);

/** The message key for why a value is missing (an unknown reason reads as "no data"). */
export function missingKey(reason: string | null | undefined): MessageKey {
  return `missing.${reason && missingReasons.has(reason) ? reason : 'NO_DATA'}` as MessageKey;
}

/**
 * The components' way to translate: vue-i18n's composer with `t` typed by the Swedish messages
 * (vue-i18n's own `t` accepts any string).
 */
export function useI18n(): { t: TypedT; locale: WritableComputedRef<string> } {
  const composer = useVueI18n();
  return { t: composer.t as TypedT, locale: composer.locale };
}
const STORAGE_KEY = 'lyfta.locale';

function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

/** The app's i18n instance: Swedish by default, English available, the choice remembered. */
export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: initialLocale(),
  fallbackLocale: 'sv',
  messages: { sv, en },
});

/** Switches language, updates <html lang> and remembers the choice. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}
