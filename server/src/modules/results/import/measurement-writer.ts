import mongoose from 'mongoose';
import type { AnyBulkWriteOperation } from 'mongoose';
import { MeasurementModel } from '../../indicators/index.js';
import type { MeasurementInput } from '../measurement-input.js';

/** What an upsert did: new, changed and untouched measurements. */
export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const BATCH = 1000;

type Stored = {
  _id: unknown;
  indicatorId: unknown;
  organisationCode: string;
  organiserType: string;
  year: number;
  value: number | null;
  modelValue?: number | null;
  missingReason: string | null;
  rawMark?: string | null;
  pupils?: number | null;
  gender?: { girls?: number | null; boys?: number | null } | null;
  source: string;
};

const keyOf = (indicatorId: string, code: string, organiserType: string, year: number) =>
  `${indicatorId}|${code}|${organiserType}|${year}`;

function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  return (a ?? null) === (b ?? null);
}

/** The measurement as written (indicator resolved to its id). */
export interface ResolvedMeasurement extends Omit<MeasurementInput, 'indicatorKey'> {
  indicatorId: string;
  modelValue?: number | null;
}

/**
 * Upserts measurements by indicator + organisation + organiser type + year (one bulkWrite per
 * batch: inserts for new keys, updates by id for changed ones), writing only those
 * whose content differs from what is stored, so importing the same file twice changes nothing
 * (not even `importedAt`). A blank cell ("no data") never overwrites a stored, more specific
 * reason for a missing value.
 */
export async function upsertMeasurements(
  rows: readonly ResolvedMeasurement[],
  onProgress?: (done: number, total: number) => void,
): Promise<WriteCounts> {
  const counts: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
  if (!rows.length) return counts;
  const indicatorIds = [...new Set(rows.map((r) => r.indicatorId))];
  const years = [...new Set(rows.map((r) => r.year))];
  const existing = new Map<string, Stored>();
  const stored = await MeasurementModel.find(
    // Operators built here from validated data, not user input: exempt from filter sanitizing.
    { indicatorId: mongoose.trusted({ $in: indicatorIds }), year: mongoose.trusted({ $in: years }) },
    { importedAt: 0 },
  ).lean<Stored[]>();
  for (const s of stored) existing.set(keyOf(String(s.indicatorId), s.organisationCode, s.organiserType, s.year), s);

  const now = new Date();
  const ops: AnyBulkWriteOperation[] = [];
  for (const r of rows) {
    const old = existing.get(keyOf(r.indicatorId, r.organisationCode, r.organiserType, r.year));
    const fields = {
      value: r.value,
      modelValue: r.modelValue ?? null,
      missingReason: r.missingReason,
      rawMark: r.rawMark ?? null,
      pupils: r.pupils,
      gender: { girls: r.gender?.girls ?? null, boys: r.gender?.boys ?? null },
      source: r.source,
      importedAt: now,
    };
    if (!old) {
      counts.inserted++;
      ops.push({
        insertOne: {
          document: {
            indicatorId: r.indicatorId,
            organisationCode: r.organisationCode,
            organiserType: r.organiserType,
            year: r.year,
            ...fields,
          },
        },
      });
      continue;
    }
    const blankOverReason =
      r.value === null && r.missingReason === 'noData' && !r.rawMark && old.value === null && old.missingReason;
    const same =
      sameNumber(old.value, r.value) &&
      (old.missingReason ?? null) === (r.missingReason ?? null) &&
      (old.rawMark ?? null) === (r.rawMark ?? null) &&
      sameNumber(old.pupils, r.pupils) &&
      sameNumber(old.modelValue, r.modelValue) &&
      sameNumber(old.gender?.girls, r.gender?.girls) &&
      sameNumber(old.gender?.boys, r.gender?.boys) &&
      old.source === r.source;
    if (same || blankOverReason) {
      counts.unchanged++;
      continue;
    }
    counts.updated++;
    // The stored document was found by its natural key above; updating it by _id is the cheapest write.
    ops.push({ updateOne: { filter: { _id: old._id }, update: { $set: fields } } });
  }
  for (let i = 0; i < ops.length; i += BATCH) {
    await MeasurementModel.bulkWrite(ops.slice(i, i + BATCH), { ordered: false });
    onProgress?.(Math.min(i + BATCH, ops.length), ops.length);
  }
  return counts;
}
