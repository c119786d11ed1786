import type { QualityExport } from './quality-report.model.js';
import { csvBytes } from './report.csv.js';

export const CSV_MEASURE_HEADER = [
  'Utvecklingsområde',
  'Orsak',
  'Åtgärd',
  'Ansvarig',
  'Klar senast',
  'Nyckeltal som ska påverkas',
  'Förväntad effekt',
  'Aktivitet i handlingsplan',
];

export const CSV_FOLLOW_UP_HEADER = [
  'Uppföljd åtgärd',
  'Beslutad läsåret',
  'Ansvarig',
  'Nyckeltal som ska påverkas',
  'Förväntad effekt',
  'Aktivitet i handlingsplan',
  'Genomfördes åtgärden?',
  'Underlag för att den genomfördes',
  'Fick den avsedd effekt?',
  'Underlag för effekten',
];

/**
 * The report's measures, one per row, then (after an empty row) last year's measures followed up,
 * one per row, each block under its own header row; the plan report's conventions (BOM,
 * semicolons, CRLF, formulas guarded).
 */
export function renderQualityCsv(report: QualityExport): Buffer {
  const rows: string[][] = [CSV_MEASURE_HEADER];
  for (const m of report.measures)
    rows.push([m.area, m.cause, m.text, m.owner, m.dueDate, m.indicator, m.expectedEffect, m.actionItem]);
  rows.push([], CSV_FOLLOW_UP_HEADER);
  for (const f of report.followUps)
    rows.push([
      f.text,
      f.fromYear,
      f.owner,
      f.indicator,
      f.expectedEffect,
      f.actionItem,
      f.carriedOut,
      f.carriedOutEvidence,
      f.effect,
      f.effectEvidence,
    ]);
  return csvBytes(rows);
}
