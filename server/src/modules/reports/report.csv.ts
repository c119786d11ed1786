import type { PlanReport } from './report.model.js';

/**
 * A cell as text a spreadsheet shows as text: one starting with = + - @ (or a tab or carriage
 * return, which some programs skip before those) gets a leading apostrophe, so it is never run as
 * a formula.
 */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : guardFormula(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_ITEM_HEADER = [
  'Område',
  'Åtgärd',
  'Ansvarig',
  'Klar senast',
  'Status',
  'Framsteg (%)',
  'Läget',
  'Läget skrivet av',
  'Läget skrivet',
  'Effekt',
];

/**
 * The plan's items, one per row, as Swedish Excel opens a file by double-click: UTF-8 with a byte
 * order mark, semicolons between cells, CRLF between rows.
 */
export function renderCsv(report: PlanReport): Buffer {
  const rows: Array<Array<string | number>> = [CSV_ITEM_HEADER];
  for (const area of report.areas)
    for (const i of area.items)
      rows.push([
        i.area,
        i.text,
        i.responsible,
        i.dueDate,
        i.status,
        i.progress,
        i.situation,
        i.situationBy,
        i.situationAt,
        i.effect,
      ]);
  return csvBytes(rows);
}

/** Rows as Swedish Excel opens them: BOM, semicolons, CRLF, formulas guarded, quotes doubled. */
export function csvBytes(rows: Array<Array<string | number>>): Buffer {
  const text = rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
  return Buffer.from(`\uFEFF${text}`, 'utf8');
}
