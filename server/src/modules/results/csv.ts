import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** One parsed CSV record with the 1-based line it starts on (for error messages). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Reads a text file as UTF-8, gunzipping it first when it is gzip-compressed (by content, not name). */
export function readTextFile(path: string): string {
  const bytes = readFileSync(path);
  const gz = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gz ? gunzipSync(bytes) : bytes).toString('utf8').replace(/^\uFEFF/, '');
}

/**
 * Splits CSV text into records (RFC 4180: quoted cells may hold commas, quotes and line breaks).
 * Blank lines are skipped. The first record is the header.
 */
export function parseCsv(text: string, delimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let startLine = 1;
  let rowHasContent = false;
  const endRecord = () => {
    cells.push(cell);
    if (rowHasContent || cells.length > 1 || cell !== '') records.push({ line: startLine, cells });
    cells = [];
    cell = '';
    rowHasContent = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      quoted = true;
      rowHasContent = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      rowHasContent = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      startLine = line;
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
