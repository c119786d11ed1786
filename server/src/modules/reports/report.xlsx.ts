import type { PlanReport } from './report.model.js';
import { CSV_ITEM_HEADER, guardFormula } from './report.csv.js';

export const ITEMS_SHEET = 'Åtgärder';
export const GOALS_SHEET = 'Mål och värden';

const TARGET_HEADER = [
  'Mål',
  'Målets status',
  'Indikator',
  'Gäller',
  'Målvärde',
  'Senaste värde',
  'År',
  'Läge',
  'Förklaring',
];

/** Text cells are written as strings, never formulas; a leading = + - @ is guarded as in the CSV. */
const text = (value: string) => guardFormula(value);

/** The workbook: the items on one sheet, the goals' targets with their latest values on another. */
export async function renderXlsx(report: PlanReport): Promise<Buffer> {
  // Loaded on the first workbook: ExcelJS takes nearly half a second to load, on every start otherwise.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Lyfta';
  book.title = report.title;
  book.created = new Date(`${report.date}T12:00:00Z`);

  const items = book.addWorksheet(ITEMS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  items.addRow(CSV_ITEM_HEADER).font = { bold: true };
  for (const area of report.areas)
    for (const i of area.items)
      items.addRow([
        text(i.area),
        text(i.text),
        text(i.responsible),
        text(i.dueDate),
        text(i.status),
        i.progress,
        text(i.situation),
        text(i.situationBy),
        text(i.situationAt),
        text(i.effect),
      ]);
  items.columns.forEach((column, index) => {
    column.width = [24, 48, 22, 12, 14, 12, 60, 20, 14, 48][index] ?? 16;
    column.alignment = { wrapText: true, vertical: 'top' };
  });

  const goals = book.addWorksheet(GOALS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  goals.addRow(TARGET_HEADER).font = { bold: true };
  for (const goal of report.goals) {
    if (!goal.targets.length) goals.addRow([text(goal.title), text(goal.status)]);
    for (const t of goal.targets)
      goals.addRow([
        text(t.goal),
        text(t.goalStatus),
        text(t.indicator),
        text(t.scope),
        text(t.target),
        text(t.latestValue),
        t.latestYear ? Number(t.latestYear) : '',
        text(t.status),
        text(t.reason),
      ]);
  }
  goals.columns.forEach((column, index) => {
    column.width = [36, 14, 36, 24, 28, 18, 8, 10, 60][index] ?? 16;
    column.alignment = { wrapText: true, vertical: 'top' };
  });

  const meta = book.addWorksheet('Om rapporten');
  meta.addRows([
    ['Plan', text(report.title)],
    ['Kommun', text(report.municipality)],
    ['Datum', report.date],
    ['Planens framsteg (%)', report.progress.percent],
    ['Så räknas framsteget', report.progress.explanation],
    ...report.counts.map((c) => [c.status, c.count]),
    ['Skapad med', 'Lyfta'],
  ]);
  meta.getColumn(1).width = 24;
  meta.getColumn(2).width = 80;

  return Buffer.from(await book.xlsx.writeBuffer());
}
