/** The text of a localized value (Swedish and English) in the current language. */
export function localized(text: { sv: string; en: string }, locale: string): string {
  return locale === 'en' ? text.en : text.sv;
}

/** Formats an ISO date as a short local date (e.g. 2026-11-22 in Swedish, 22 Nov 2026 in English). */
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeZone: 'Europe/Stockholm',
  }).format(d);
}

/** Formats an ISO instant as date and time in Swedish time. */
export function formatDateTime(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(d);
}

/** Formats a number with a fixed number of decimals in the locale's style; null becomes an empty string. */
export function formatNumber(value: number | null | undefined, decimals: number, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}
