/**
 * The day in Sweden `offset` days from now, YYYY-MM-DD: worked out here, apart from the server's
 * code, so tests about due and closing dates check the server against an independent reckoning.
 */
export function swedishDay(offset = 0): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const [y, m, d] = parts.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}
