import { parseCsv } from '../csv.js';
import { readCell, type ImportProblem, type MeasurementInput, type OrganiserType } from '../measurement-input.js';

/** A school unit named in a results file (the registry Lyfta keeps beside the figures). */
export interface SchoolUnitInfo {
  code: string;
  name: string;
  municipalityCode: string;
  organiserType: OrganiserType;
  organiserName: string;
}

/** What a Skolverket file turned into, or every problem found in it. */
export interface ParsedSkolverketFile {
  kind: 'long' | 'wide' | 'schoolUnit';
  measurements: MeasurementInput[];
  schoolUnits: SchoolUnitInfo[];
  problems: ImportProblem[];
  /** Data rows read (not counting the header). */
  rows: number;
}

const SOURCE = 'Statistik från Skolverket';

const longHeader = ['huvudman_typ', 'kommunkod', 'kommun', 'lanskod', 'lan', 'uppgift', 'lasar', 'value_raw', 'value'];
const wideHeader = [
  'kommunkod',
  'kommun',
  'lanskod',
  'lan',
  'lasar',
  'antal_elever_ak9',
  'meritvarde_17',
  'meritvarde_16',
  'andel_godkant_alla_amnen',
  'andel_behoriga_yrkesprogram',
  'andel_flickor',
  'andel_pojkar',
  'andel_utlandsk_bakgrund',
  'andel_foraldrar_eftergymnasial',
];
const schoolUnitHeader = [
  'skolenhetskod',
  'skola',
  'kommun',
  'kommunkod',
  'huvudman_typ',
  'huvudman',
  'huvudman_orgnr',
  'lasar',
  'antal_elever_raw',
  'antal_elever',
  'andel_uppfyllt_alla_amnen_raw',
  'andel_uppfyllt_alla_amnen',
  'andel_behoriga_yrkesprogram_raw',
  'andel_behoriga_yrkesprogram',
  'meritvarde_17_raw',
  'meritvarde_17',
];

/** Skolverket's measure names in the long file → Lyfta indicator keys. */
export const longMeasureKeys: Readonly<Record<string, string>> = {
  'Totalt antal elever årskurs 9': 'ak9.pupils',
  '- andel (%) flickor': 'ak9.shareGirls',
  '- andel (%) pojkar': 'ak9.shareBoys',
  '- andel (%) elever med utländsk bakgrund': 'ak9.foreignBackground',
  '- andel (%) med föräldrar med eftergymnasial utbildning': 'ak9.parentsPostSecondary',
  'Genomsnittligt meritvärde (17 ämnen)': 'ak9.meritValue',
  'Genomsnittligt meritvärde (16 ämnen)': 'ak9.meritValue16',
  'Andel (%) behöriga till yrkesprogram': 'ak9.vocationalEligible',
  'Andel (%) som fått godkänt betyg i alla ämnen': 'ak9.allSubjects',
};

const wideColumnKeys: Readonly<Record<string, string>> = {
  antal_elever_ak9: 'ak9.pupils',
  meritvarde_17: 'ak9.meritValue',
  meritvarde_16: 'ak9.meritValue16',
  andel_godkant_alla_amnen: 'ak9.allSubjects',
  andel_behoriga_yrkesprogram: 'ak9.vocationalEligible',
  andel_flickor: 'ak9.shareGirls',
  andel_pojkar: 'ak9.shareBoys',
  andel_utlandsk_bakgrund: 'ak9.foreignBackground',
  andel_foraldrar_eftergymnasial: 'ak9.parentsPostSecondary',
};

const organiserTypes: Readonly<Record<string, OrganiserType>> = {
  Samtliga: 'all',
  Kommunal: 'municipal',
  Enskild: 'independent',
};

/** "2024/25" → 2025, the calendar year the school year ends in; null when malformed. */
export function schoolYearEnd(lasar: string): number | null {
  const m = /^(\d{4})\/(\d{2})$/.exec(lasar.trim());
  if (!m) return null;
  const start = Number(m[1]);
  const end = start + 1;
  return end % 100 === Number(m[2]) ? end : null;
}

/**
 * Validates and converts one of Skolverket's CSV exports (recognised by its header): the long
 * file by organiser type, the wide file (all organisers, with background shares), or the school
 * unit file. The whole file is checked; any problem means `problems` is non-empty and nothing
 * should be written.
 */
export function parseSkolverketCsv(text: string): ParsedSkolverketFile {
  const records = parseCsv(text);
  const header = records[0]?.cells.map((c) => c.trim()) ?? [];
  const same = (expected: string[]) => expected.length === header.length && expected.every((h, i) => h === header[i]);
  const kind = same(longHeader) ? 'long' : same(wideHeader) ? 'wide' : same(schoolUnitHeader) ? 'schoolUnit' : null;
  if (!kind) {
    return {
      kind: 'long',
      measurements: [],
      schoolUnits: [],
      rows: Math.max(0, records.length - 1),
      problems: [
        {
          line: records[0]?.line ?? 1,
          message: `unrecognised header "${header.join(',')}"; expected Skolverket's long file (${longHeader.join(',')}), wide file (${wideHeader.join(',')}) or school unit file (${schoolUnitHeader.join(',')})`,
        },
      ],
    };
  }
  const body = records.slice(1);
  const problems: ImportProblem[] = [];
  const measurements: MeasurementInput[] = [];
  const schoolUnits: SchoolUnitInfo[] = [];
  const seen = new Map<string, number>();
  const push = (line: number, m: MeasurementInput) => {
    const id = `${m.indicatorKey}|${m.organisationCode}|${m.organiserType}|${m.year}`;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        line,
        message: `duplicate of line ${first} (${m.indicatorKey}, ${m.organisationCode}, ${m.year})`,
      });
      return;
    }
    seen.set(id, line);
    measurements.push(m);
  };

  for (const { line, cells } of body) {
    if (cells.length !== header.length) {
      problems.push({ line, message: `expected ${header.length} columns, found ${cells.length}` });
      continue;
    }
    const col = (name: string) => cells[header.indexOf(name)]!.trim();
    const lineProblems: string[] = [];
    const year = schoolYearEnd(col('lasar'));
    if (year === null) lineProblems.push(`lasar "${col('lasar')}" is not a school year like 2024/25`);

    if (kind === 'long') {
      const organiserType = organiserTypes[col('huvudman_typ')];
      if (!organiserType)
        lineProblems.push(`huvudman_typ "${col('huvudman_typ')}" is not Samtliga, Kommunal or Enskild`);
      const code = col('kommunkod');
      if (!/^\d{4}$/.test(code)) lineProblems.push(`kommunkod "${code}" is not a 4-digit municipality code`);
      const key = longMeasureKeys[col('uppgift')];
      if (!key) lineProblems.push(`uppgift "${col('uppgift')}" is not a known measure`);
      const cell = readCell(col('value_raw'));
      if (!cell.ok) lineProblems.push(`value_raw: ${cell.error}`);
      else if (cell.value !== null && col('value') !== '' && Number(col('value').replace(',', '.')) !== cell.value)
        lineProblems.push(`value "${col('value')}" disagrees with value_raw "${col('value_raw')}"`);
      else if (cell.value === null && col('value') !== '')
        lineProblems.push(`value "${col('value')}" given for the mark "${col('value_raw')}"`);
      if (lineProblems.length || !cell.ok) {
        for (const message of lineProblems) problems.push({ line, message });
        continue;
      }
      push(line, {
        indicatorKey: key!,
        organisationCode: code,
        organiserType: organiserType!,
        year: year!,
        value: cell.value,
        missingReason: cell.missingReason,
        rawMark: cell.rawMark,
        pupils: null,
        source: SOURCE,
      });
    } else if (kind === 'wide') {
      const code = col('kommunkod');
      if (!/^\d{4}$/.test(code)) lineProblems.push(`kommunkod "${code}" is not a 4-digit municipality code`);
      const values: Array<[string, ReturnType<typeof readCell>]> = Object.entries(wideColumnKeys).map(([c, key]) => [
        key,
        readCell(col(c)),
      ]);
      for (const [key, cell] of values) if (!cell.ok) lineProblems.push(`${key}: ${cell.error}`);
      if (lineProblems.length) {
        for (const message of lineProblems) problems.push({ line, message });
        continue;
      }
      for (const [key, cell] of values) {
        if (!cell.ok) continue;
        push(line, {
          indicatorKey: key,
          organisationCode: code,
          organiserType: 'all',
          year: year!,
          value: cell.value,
          missingReason: cell.missingReason,
          rawMark: cell.rawMark,
          pupils: null,
          source: SOURCE,
        });
      }
    } else {
      const code = col('skolenhetskod');
      if (!/^\d{8}$/.test(code)) lineProblems.push(`skolenhetskod "${code}" is not an 8-digit school unit code`);
      const municipalityCode = col('kommunkod');
      if (!/^\d{4}$/.test(municipalityCode))
        lineProblems.push(`kommunkod "${municipalityCode}" is not a 4-digit municipality code`);
      const organiserType = organiserTypes[col('huvudman_typ')];
      if (!organiserType || organiserType === 'all')
        lineProblems.push(`huvudman_typ "${col('huvudman_typ')}" is not Kommunal or Enskild`);
      const cells: Array<[string, string, ReturnType<typeof readCell>]> = [
        ['ak9.pupils', 'antal_elever', readCell(col('antal_elever_raw'))],
        ['ak9.allSubjects', 'andel_uppfyllt_alla_amnen', readCell(col('andel_uppfyllt_alla_amnen_raw'))],
        ['ak9.vocationalEligible', 'andel_behoriga_yrkesprogram', readCell(col('andel_behoriga_yrkesprogram_raw'))],
        ['ak9.meritValue', 'meritvarde_17', readCell(col('meritvarde_17_raw'))],
      ];
      for (const [, column, cell] of cells) {
        if (!cell.ok) lineProblems.push(`${column}_raw: ${cell.error}`);
        else if (cell.value !== null && col(column) !== '' && Number(col(column).replace(',', '.')) !== cell.value)
          lineProblems.push(`${column} "${col(column)}" disagrees with ${column}_raw`);
      }
      if (lineProblems.length) {
        for (const message of lineProblems) problems.push({ line, message });
        continue;
      }
      const pupilsCell = cells[0]![2];
      const pupils = pupilsCell.ok ? pupilsCell.value : null;
      for (const [key, , cell] of cells) {
        if (!cell.ok) continue;
        push(line, {
          indicatorKey: key,
          organisationCode: code,
          organiserType: organiserType!,
          year: year!,
          value: cell.value,
          missingReason: cell.missingReason,
          rawMark: cell.rawMark,
          pupils,
          source: SOURCE,
        });
      }
      schoolUnits.push({
        code,
        name: col('skola'),
        municipalityCode,
        organiserType: organiserType!,
        organiserName: col('huvudman'),
      });
    }
  }

  // Each figure carries the number of pupils behind it, so small groups can be flagged.
  if (kind !== 'schoolUnit') {
    const pupils = new Map<string, number | null>();
    for (const m of measurements)
      if (m.indicatorKey === 'ak9.pupils') pupils.set(`${m.organisationCode}|${m.organiserType}|${m.year}`, m.value);
    for (const m of measurements) m.pupils = pupils.get(`${m.organisationCode}|${m.organiserType}|${m.year}`) ?? null;
  }
  return { kind, measurements, schoolUnits, problems, rows: body.length };
}
