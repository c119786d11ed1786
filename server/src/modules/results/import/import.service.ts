import { basename } from 'node:path';
import type { Logger } from '../../../shared/logger.js';
import { deviationKey, ensureIndicators } from '../../indicators/index.js';
import { readTextFile } from '../csv.js';
import { parseKoladaJson, type KoladaKpiMapping } from './kolada.parse.js';
import { ImportValidationError, type MeasurementInput, type OrganiserType } from '../measurement-input.js';
import { upsertMeasurements, type ResolvedMeasurement, type WriteCounts } from './measurement-writer.js';
import { analyse, loadMunicipalityYears, markResultsChanged } from '../analysis/data.js';
import { StatisticsSchoolUnitModel } from '../school-unit.model.js';
import { parseSkolverketCsv } from './skolverket.parse.js';

/** What one file's import did. */
export interface ImportSummary extends WriteCounts {
  file: string;
  kind: string;
  rows: number;
  measurements: number;
  years: number[];
  derived?: WriteCounts;
}

const organiserTypes: OrganiserType[] = ['all', 'municipal', 'independent', 'home'];

async function resolve(inputs: readonly MeasurementInput[], file: string): Promise<ResolvedMeasurement[]> {
  const ids = await ensureIndicators();
  const unknown = [...new Set(inputs.map((m) => m.indicatorKey).filter((k) => !ids.has(k)))];
  if (unknown.length) {
    throw new ImportValidationError(file, [{ line: 1, message: `unknown indicator key(s): ${unknown.join(', ')}` }]);
  }
  return inputs.map(({ indicatorKey, ...rest }) => ({ ...rest, indicatorId: ids.get(indicatorKey)! }));
}

function progress(logger: Logger | undefined, file: string) {
  return (done: number, total: number) => logger?.info({ file, written: done, total }, 'import progress');
}

/**
 * Imports one of Skolverket's CSV exports (plain or gzip): validates the whole file first and
 * writes nothing if any line is bad (ImportValidationError lists the lines), then upserts only
 * what changed and recomputes model values and ranks for the years it touched.
 */
export async function importSkolverketFile(path: string, logger?: Logger): Promise<ImportSummary> {
  const file = basename(path);
  const parsed = parseSkolverketCsv(readTextFile(path));
  if (parsed.problems.length) throw new ImportValidationError(file, parsed.problems);
  logger?.info(
    { file, kind: parsed.kind, rows: parsed.rows, measurements: parsed.measurements.length },
    'import validated',
  );
  const resolved = await resolve(parsed.measurements, file);
  if (parsed.schoolUnits.length) {
    await StatisticsSchoolUnitModel.bulkWrite(
      parsed.schoolUnits.map((u) => ({
        updateOne: {
          filter: { code: u.code },
          update: {
            $set: {
              name: u.name,
              municipalityCode: u.municipalityCode,
              organiserType: u.organiserType,
              organiserName: u.organiserName,
            },
          },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  }
  const counts = await upsertMeasurements(resolved, progress(logger, file));
  const years = [...new Set(parsed.measurements.map((m) => m.year))].sort();
  await markResultsChanged();
  logger?.info({ file, ...counts }, 'import written');
  const summary: ImportSummary = {
    file,
    kind: parsed.kind,
    rows: parsed.rows,
    measurements: resolved.length,
    years,
    ...counts,
  };
  if (parsed.kind !== 'schoolUnit' && counts.inserted + counts.updated > 0)
    summary.derived = await recomputeDerived(logger);
  return summary;
}

/** Imports a file in the Kolada API's JSON shape with the given KPI mapping; same guarantees as the CSV import. */
export async function importKoladaFile(
  path: string,
  mapping: Record<string, KoladaKpiMapping>,
  logger?: Logger,
): Promise<ImportSummary & { unmapped: Record<string, number>; deleted: number }> {
  const file = basename(path);
  const parsed = parseKoladaJson(readTextFile(path), mapping);
  if (parsed.problems.length) throw new ImportValidationError(file, parsed.problems);
  logger?.info(
    { file, entries: parsed.entries, measurements: parsed.measurements.length, unmapped: parsed.unmapped },
    'import validated',
  );
  const resolved = await resolve(parsed.measurements, file);
  const counts = await upsertMeasurements(resolved, progress(logger, file));
  await markResultsChanged();
  logger?.info({ file, ...counts }, 'import written');
  const years = [...new Set(parsed.measurements.map((m) => m.year))].sort();
  const summary = {
    file,
    kind: 'kolada',
    rows: parsed.entries,
    measurements: resolved.length,
    years,
    unmapped: parsed.unmapped,
    deleted: parsed.deleted,
    ...counts,
  };
  return counts.inserted + counts.updated > 0 ? { ...summary, derived: await recomputeDerived(logger) } : summary;
}

/**
 * Recomputes and stores what Lyfta derives from the results: each measure's model-calculated
 * value and deviation (as `.deviation` measurements) and the composite rank (`oj.compositeRank`),
 * for every year and organiser type with data. Only changed values are written.
 */
export async function recomputeDerived(logger?: Logger): Promise<WriteCounts> {
  const ids = await ensureIndicators();
  const all = await loadMunicipalityYears('all');
  const derived: ResolvedMeasurement[] = [];
  for (const organiserType of organiserTypes) {
    const rows = organiserType === 'all' ? all : await loadMunicipalityYears(organiserType);
    const analysis = analyse(organiserType, -1, rows, all);
    // The home-municipality population's results come from Kolada, its model from Skolverket's figures.
    const from =
      organiserType === 'home' ? 'Kolada (hemkommun) och Statistik från Skolverket' : 'Statistik från Skolverket';
    for (const y of analysis.years) {
      for (const r of y.ranking) {
        const base = { organisationCode: r.code, organiserType, year: y.year, pupils: r.pupils };
        for (const f of r.factors) {
          derived.push({
            ...base,
            indicatorId: ids.get(deviationKey(f.measure))!,
            value: f.deviation,
            modelValue: f.modelValue,
            missingReason: f.deviation === null ? 'noData' : null,
            rawMark: f.actual.rawMark === '~100' ? '~100' : null,
            source: `Lyfta (modellberäknat värde) ur ${from}`,
          });
        }
        derived.push({
          ...base,
          indicatorId: ids.get('oj.compositeRank')!,
          value: r.rank,
          missingReason: null,
          rawMark: null,
          source: `Lyfta (sammanvägd rankning) ur ${from}`,
        });
      }
    }
  }
  const counts = await upsertMeasurements(derived);
  await markResultsChanged();
  logger?.info({ ...counts, measurements: derived.length }, 'model values and ranks recomputed');
  return counts;
}
