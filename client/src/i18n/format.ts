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

const SWEDISH_PARTS = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock minute in Sweden at a moment, as `YYYY-MM-DDTHH:MM` (a `datetime-local` field's value). */
export function swedishLocal(at: Date): string {
  const part = Object.fromEntries(SWEDISH_PARTS.formatToParts(at).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/**
 * The moment a Swedish wall-clock time (`YYYY-MM-DDTHH:MM`) stands for, as an ISO string, whatever the
 * browser's own time zone: times are shown in Swedish time, so they are read in it too. A time the
 * spring change skips (02:00–02:59 on the last Sunday of March) is read as the hour after; the autumn
 * change's repeated hour as its first, summer-time, occurrence. Null when the text is not such a time.
 */
export function momentOfSwedishLocal(local: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.slice(0, 16));
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const probe = new Date(wall);
  if (Number.isNaN(wall) || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || hour > 23) return null;
  // Sweden is UTC+1 or UTC+2: of the two candidate moments, take the one whose Swedish wall clock reads as typed.
  for (const offset of [2, 1]) {
    const at = new Date(wall - offset * 3_600_000);
    if (swedishLocal(at) === local.slice(0, 16)) return at.toISOString();
  }
  return new Date(wall - 3_600_000).toISOString();
}

/** A span of time in Swedish time: the date once when both ends fall on the same day ("9 dec. 2026 13:30–14:30"). */
export function formatDateTimeRange(from: string, to: string, locale: string): string {
  const start = formatDateTime(from, locale);
  if (swedishLocal(new Date(from)).slice(0, 10) !== swedishLocal(new Date(to)).slice(0, 10)) {
    return `${start}–${formatDateTime(to, locale)}`;
  }
  const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(to));
  return `${start}–${time}`;
}
