import mongoose from 'mongoose';
import type { ByteLru, ByteLruOptions } from '../../../shared/byte-lru.js';
import { budgetedCache, type CacheName } from '../../../shared/cache-budget.js';
import {
  backgroundKeys,
  resultMeasureKeys,
  type BackgroundKey,
  type ResultMeasureKey,
} from '../../indicators/index.js';
import { indicatorIdsByKey } from '../../indicators/index.js';
import { MeasurementModel } from '../../indicators/index.js';
import type { MissingReason, OrganiserType } from '../measurement-input.js';
import { fitResultsModel, rankYear, type MunicipalityYear, type RankingRow, type ResultsModel } from './model.js';

/** One year of analysis for one organiser type: the rows, the model used, and the default ranking. */
export interface YearAnalysis {
  year: number;
  rows: MunicipalityYear[];
  model: ResultsModel;
  ranking: RankingRow[];
  byCode: Map<string, RankingRow>;
}

/** Every year's analysis for one organiser type, newest year first. */
export interface Analysis {
  version: number;
  organiserType: OrganiserType;
  years: YearAnalysis[];
  byYear: Map<number, YearAnalysis>;
}

import { ResultsDataVersionModel } from '../data-version.model.js';

let dataVersion = 0;
// The shared counter as last read from the database, and when it was read.
let sharedVersion: number | null = null;
let sharedCheckedAt = 0;
const SHARED_CHECK_MS = 5000;
const analyses = new Map<OrganiserType, Promise<Analysis>>();
const derivedCaches = new Set<{ clear(): void }>();

/**
 * The in-process version of the results data. Imports and recomputations through this module
 * bump it, which drops every cached analysis; imports by another process are noticed through
 * the shared counter within a few seconds (see `markResultsChanged`).
 */
export function resultsDataVersion(): number {
  return dataVersion;
}

/** Drops every cached analysis (after an import or recomputation). */
export function invalidateResults(): void {
  dataVersion++;
  analyses.clear();
  for (const cache of derivedCaches) cache.clear();
}

/** Records a change of the results data for every process (shared counter), then drops this process's caches. */
export async function markResultsChanged(): Promise<void> {
  const doc = await ResultsDataVersionModel.findOneAndUpdate(
    { _id: 'results' },
    { $inc: { version: 1 }, $set: { changedAt: new Date() } },
    { upsert: true, returnDocument: 'after' },
  ).lean<{ version: number }>();
  sharedVersion = doc?.version ?? null;
  sharedCheckedAt = Date.now();
  invalidateResults();
}

/** Reads the shared counter at most every few seconds, in the background (requests never wait), dropping caches when another process imported. */
export function noticeSharedChanges(): void {
  const now = Date.now();
  if (now - sharedCheckedAt < SHARED_CHECK_MS) return;
  sharedCheckedAt = now;
  ResultsDataVersionModel.findById('results')
    .lean<{ version: number }>()
    .then(
      (doc) => {
        const seen = doc?.version ?? 0;
        // A read that started before this process's own import may come back older: ignore it.
        if (sharedVersion !== null && seen <= sharedVersion) return;
        if (sharedVersion !== null) invalidateResults();
        sharedVersion = seen;
      },
      () => {
        /* the next check tries again */
      },
    );
}

/** A byte-bounded cache (its share of the cache budget) that is emptied whenever the results data changes. */
export function cacheTiedToResults<K, V>(
  name: CacheName,
  options: Omit<ByteLruOptions<K, V>, 'maxBytes'>,
): ByteLru<K, V> {
  const cache = budgetedCache(name, options);
  derivedCaches.add(cache);
  return cache;
}

type Lean = {
  indicatorId: unknown;
  organisationCode: string;
  year: number;
  value: number | null;
  missingReason: MissingReason | null;
  rawMark?: string | null;
  pupils?: number | null;
};

/** Loads every municipality's results and background for one organiser type, by year. */
export async function loadMunicipalityYears(organiserType: OrganiserType): Promise<Map<number, MunicipalityYear[]>> {
  const ids = await indicatorIdsByKey();
  const keyById = new Map<string, string>();
  for (const key of [...resultMeasureKeys, ...backgroundKeys, 'ak9.pupils']) {
    const id = ids.get(key);
    if (id) keyById.set(id, key);
  }
  const byYear = new Map<number, Map<string, MunicipalityYear>>();
  if (!keyById.size) return new Map();
  const docs = await MeasurementModel.find(
    { indicatorId: mongoose.trusted({ $in: [...keyById.keys()] }), organiserType },
    { _id: 0, indicatorId: 1, organisationCode: 1, year: 1, value: 1, missingReason: 1, rawMark: 1, pupils: 1 },
  ).lean<Lean[]>();
  for (const d of docs) {
    if (!/^\d{4}$/.test(d.organisationCode)) continue;
    const key = keyById.get(String(d.indicatorId))!;
    let year = byYear.get(d.year);
    if (!year) byYear.set(d.year, (year = new Map()));
    let row = year.get(d.organisationCode);
    if (!row)
      year.set(d.organisationCode, (row = { code: d.organisationCode, pupils: null, background: {}, measures: {} }));
    if (key === 'ak9.pupils') row.pupils = d.value;
    else if ((backgroundKeys as readonly string[]).includes(key)) row.background[key as BackgroundKey] = d.value;
    else
      row.measures[key as ResultMeasureKey] = {
        value: d.value,
        missingReason: d.missingReason,
        rawMark: d.rawMark ?? null,
      };
    if (row.pupils === null && d.pupils !== null && d.pupils !== undefined) row.pupils = d.pupils;
  }
  const out = new Map<number, MunicipalityYear[]>();
  for (const [year, rows] of byYear) {
    // Only years with some result measure count; background alone cannot be ranked.
    const list = [...rows.values()]
      .filter((r) => Object.keys(r.measures).length > 0)
      .sort((a, b) => a.code.localeCompare(b.code));
    if (list.length) out.set(year, list);
  }
  return out;
}

/**
 * The home-municipality population (`home`, Kolada's hemkommun) has no background shares of its
 * own: Skolverket publishes them for pupils by where the school is (`all`). Its rows take the
 * municipality's `all` shares where they have none, so the model can be applied to them.
 */
function withAllBackground(rows: MunicipalityYear[], all: readonly MunicipalityYear[] | undefined): MunicipalityYear[] {
  const byCode = new Map((all ?? []).map((r) => [r.code, r]));
  return rows.map((r) => {
    const shares = byCode.get(r.code)?.background;
    if (!shares) return r;
    const background = { ...r.background };
    for (const key of backgroundKeys) if (background[key] === undefined && key in shares) background[key] = shares[key];
    return { ...r, background };
  });
}

/** Builds the analysis of every year: models always fitted on all organisers, applied to the organiser type's rows. */
export function analyse(
  organiserType: OrganiserType,
  version: number,
  rows: Map<number, MunicipalityYear[]>,
  allOrganisers: Map<number, MunicipalityYear[]>,
): Analysis {
  const years: YearAnalysis[] = [];
  for (const year of [...rows.keys()].sort((a, b) => b - a)) {
    const yearRows =
      organiserType === 'home' ? withAllBackground(rows.get(year)!, allOrganisers.get(year)) : rows.get(year)!;
    const model = fitResultsModel(year, allOrganisers.get(year) ?? yearRows);
    const ranking = rankYear(model, yearRows);
    years.push({ year, rows: yearRows, model, ranking, byCode: new Map(ranking.map((r) => [r.code, r])) });
  }
  return { version, organiserType, years, byYear: new Map(years.map((y) => [y.year, y])) };
}

/** The cached analysis for an organiser type, loading it from the database on first use after a change. */
export function getAnalysis(organiserType: OrganiserType): Promise<Analysis> {
  noticeSharedChanges();
  let pending = analyses.get(organiserType);
  if (!pending) {
    const version = dataVersion;
    pending = (async () => {
      // Read before the data, so any later import shows up as a different counter.
      if (sharedVersion === null) {
        sharedVersion = (await ResultsDataVersionModel.findById('results').lean<{ version: number }>())?.version ?? 0;
        sharedCheckedAt = Date.now();
      }
      const own = await loadMunicipalityYears(organiserType);
      const all = organiserType === 'all' ? own : await getAnalysisRows('all');
      return analyse(organiserType, version, own, all);
    })();
    analyses.set(organiserType, pending);
    // A failed load is not cached: the next request tries again.
    pending.catch(() => {
      if (analyses.get(organiserType) === pending) analyses.delete(organiserType);
    });
  }
  return pending;
}

async function getAnalysisRows(organiserType: OrganiserType): Promise<Map<number, MunicipalityYear[]>> {
  const a = await getAnalysis(organiserType);
  return new Map(a.years.map((y) => [y.year, y.rows]));
}
