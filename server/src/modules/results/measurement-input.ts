import type { MissingReason, OrganiserType } from '../indicators/index.js';

// The measurement vocabulary belongs to the indicators module (which owns measurements).
export type { MissingReason, OrganiserType } from '../indicators/index.js';

/** One validated value from an import file, ready to be upserted as a measurement. */
export interface MeasurementInput {
  indicatorKey: string;
  organisationCode: string;
  organiserType: OrganiserType;
  year: number;
  value: number | null;
  missingReason: MissingReason | null;
  rawMark: string | null;
  pupils: number | null;
  gender?: { girls: number | null; boys: number | null };
  source: string;
}

/** One problem found while validating an import file, with the line it is on. */
export interface ImportProblem {
  line: number;
  message: string;
}

/** Raised when a file fails validation; nothing of it has been written. */
export class ImportValidationError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ImportProblem[],
  ) {
    const shown = problems.slice(0, 20).map((p) => `  line ${p.line}: ${p.message}`);
    const more = problems.length > 20 ? [`  … and ${problems.length - 20} more`] : [];
    super([`${file}: ${problems.length} problem(s); nothing was imported`, ...shown, ...more].join('\n'));
    this.name = 'ImportValidationError';
  }
}

/**
 * Skolverket's suppression marks, read as a missing value and its reason:
 * `..` too few pupils, `.` no data, `*` suppressed for confidentiality, `~100` approximately
 * 100 (1–4 pupils not reaching it). `~100` is stored as missing with reason `approximate` and
 * the mark kept, so no invented figure is ever shown; analyses that need a number (ranking,
 * the results model) read it as 100 and flag it.
 */
export const suppressionMarks: Readonly<Record<string, MissingReason>> = {
  '..': 'tooFewPupils',
  '.': 'noData',
  '*': 'suppressed',
  '~100': 'approximate',
};

/** A cell read as a number or as a missing value with its reason; `error` when it is neither. */
export type CellValue =
  | { ok: true; value: number | null; missingReason: MissingReason | null; rawMark: string | null }
  | { ok: false; error: string };

const numberPattern = /^-?\d+(?:[.,]\d+)?$/;

/** Reads one statistics cell: a number (decimal point or comma), a suppression mark, or blank (no data). */
export function readCell(raw: string): CellValue {
  const text = raw.trim();
  if (text === '') return { ok: true, value: null, missingReason: 'noData', rawMark: null };
  const reason = suppressionMarks[text];
  if (reason) return { ok: true, value: null, missingReason: reason, rawMark: text };
  if (!numberPattern.test(text)) return { ok: false, error: `"${raw}" is neither a number nor a suppression mark` };
  return { ok: true, value: Number(text.replace(',', '.')), missingReason: null, rawMark: null };
}

/** The value analyses use: the number, or 100 for `~100`, or null. */
export function analysisValue(m: { value: number | null; rawMark?: string | null }): number | null {
  if (m.value !== null && m.value !== undefined) return m.value;
  return m.rawMark === '~100' ? 100 : null;
}
