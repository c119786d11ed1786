import { createI18n } from 'vue-i18n';
import sv from './sv.js';
import en from './en.js';

export type Locale = 'sv' | 'en';
const STORAGE_KEY = 'lyfta.locale';

function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

/** The app's i18n instance: Swedish by default, English available, the choice remembered. */
export const i18n = createI18n({
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
