import mongoose from 'mongoose';
import { NotFoundError, BadInputError } from '../../../shared/errors.js';
import { parseInput } from '../../../shared/validation.js';
import { indicatorIdsByKey } from '../../indicators/index.js';
import { MeasurementModel } from '../../indicators/index.js';
import type { MissingReason, OrganiserType } from '../measurement-input.js';
import { municipalities, type MunicipalityInfo } from '../municipalities.js';
import { median } from '../analysis/ranking.js';
import { getAnalysis, type YearAnalysis } from '../analysis/data.js';
import { rankingWeightsInput, type RankingWeights } from './inputs.js';
import { rankYear, rankingFactors, type RankingRow, type ResultsModel } from '../analysis/model.js';
import { StatisticsSchoolUnitModel } from '../school-unit.model.js';

/** Attribution shown with every figure. */
export const RESULTS_ATTRIBUTION = {
  sv: 'Statistik från Skolverket; modellberäknade värden och rankning beräknade av Lyfta',
  en: 'Statistics from Skolverket; model values and ranking computed by Lyfta',
} as const;
export const RESULTS_SOURCE = RESULTS_ATTRIBUTION.sv;
/** Skolverket's own figures, nothing computed by Lyfta. */
export const SKOLVERKET_ATTRIBUTION = { sv: 'Statistik från Skolverket', en: 'Statistics from Skolverket' } as const;

/** Figures from fewer pupils than this are flagged as unreliable. */
export const SMALL_GROUP_PUPILS = 15;

function checkCode(code: string, field = 'code'): MunicipalityInfo {
  if (!/^\d{4}$/.test(code)) {
    throw new BadInputError([
      { field, message: { sv: 'är ingen kommunkod (4 siffror)', en: 'is not a municipality code (4 digits)' } },
    ]);
  }
  const info = municipalities().get(code);
  if (!info) throw new NotFoundError({ sv: `Kommunen ${code}`, en: `Municipality ${code}` });
  return info;
}

async function yearOf(year: number, organiserType: OrganiserType): Promise<YearAnalysis> {
  const analysis = await getAnalysis(organiserType);
  const y = analysis.byYear.get(year);
  if (!y) throw new NotFoundError({ sv: `Resultat för ${year}`, en: `Results for ${year}` });
  return y;
}

/** The populations with ranked results, in a fixed order: where pupils go to school (all, municipal, independent organisers) and, with Kolada's hemkommun data, where they live. */
export async function resultPerspectives(): Promise<OrganiserType[]> {
  // The composite rank is stored for every municipality, year and organiser type that is ranked:
  // one distinct read, instead of computing the analysis of every population on the first visit.
  const ids = await indicatorIdsByKey();
  const present = new Set<string>(
    await MeasurementModel.distinct('organiserType', { indicatorId: ids.get('oj.compositeRank') }),
  );
  const order: OrganiserType[] = ['all', 'municipal', 'independent', 'home'];
  return order.filter((t) => present.has(t));
}

/** Who made a ranking's figures: Kolada's values for the home-municipality population, Skolverket's otherwise; the model and ranks are Lyfta's. */
export function attributionFor(organiserType: OrganiserType): { sv: string; en: string } {
  return organiserType === 'home' ? HOME_ATTRIBUTION : RESULTS_ATTRIBUTION;
}

/** The home-municipality population: values from Kolada (hemkommun), background shares from Skolverket. */
export const HOME_ATTRIBUTION = {
  sv: 'Värden från Kolada (hemkommun) och bakgrundsandelar från Skolverket; modellberäknade värden och rankning beräknade av Lyfta',
  en: 'Values from Kolada (home municipality) and background shares from Skolverket; model values and ranking computed by Lyfta',
} as const;

/** Years with year-9 results (all organisers), newest first. */
export async function resultYears(): Promise<number[]> {
  return (await getAnalysis('all')).years.map((y) => y.year);
}

/**
 * A year's full ranking; default weights come from the cache, custom weights are computed on the
 * spot. Each weight is from 0 to 100 (absent or null: 1) and at least one is above 0, else BAD_USER_INPUT.
 */
export async function rankingFor(
  year: number,
  organiserType: OrganiserType,
  given?: RankingWeights | null,
): Promise<{ year: number; organiserType: OrganiserType; weights: number[]; rows: RankingRow[] }> {
  const weights = given ? parseInput(rankingWeightsInput, given, 'weights') : rankingFactors.map(() => 1);
  const y = await yearOf(year, organiserType);
  const rows = weights.every((w) => w === 1) ? y.ranking : rankYear(y.model, y.rows, weights);
  return {
    year,
    organiserType,
    weights,
    rows: [...rows].sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code)),
  };
}

/** One municipality's ranking row for every year with data, oldest first. */
export async function municipalityHistory(
  code: string,
  organiserType: OrganiserType,
): Promise<{
  info: MunicipalityInfo;
  years: Array<{ year: number; total: number; row: RankingRow; ranking: RankingRow[]; model: ResultsModel }>;
}> {
  const info = checkCode(code);
  const analysis = await getAnalysis(organiserType);
  const years = analysis.years
    .filter((y) => y.byCode.has(code))
    .map((y) => ({
      year: y.year,
      total: y.ranking.length,
      row: y.byCode.get(code)!,
      ranking: y.ranking,
      model: y.model,
    }))
    .reverse();
  return { info, years };
}

/** The results model fitted for a year (always on all organisers). */
export async function resultsModelFor(year: number): Promise<ResultsModel> {
  return (await yearOf(year, 'all')).model;
}

/** Medians of the six factors over some ranking rows. */
export function factorMedians(
  rows: readonly RankingRow[],
): Array<{ factor: string; median: number | null; count: number }> {
  return rankingFactors.map((f, index) => {
    const values = rows.map((r) => {
      const factor = r.factors[index >> 1]!;
      return f.kind === 'value' ? factor.analysisValue : factor.deviation;
    });
    return { factor: f.key, median: median(values), count: values.filter((v) => v !== null).length };
  });
}

/** A ranking row with its municipality's name and county, and whether it is too small to rely on. */
export interface PeerRow {
  info: MunicipalityInfo;
  row: RankingRow | null;
  unreliable: boolean;
}

function peerRow(y: YearAnalysis, info: MunicipalityInfo): PeerRow {
  const row = y.byCode.get(info.code) ?? null;
  return { info, row, unreliable: !row || row.pupils === null || row.pupils < SMALL_GROUP_PUPILS };
}

/** A municipality against the national median, its county's median and chosen peers, for one year. */
export async function peerComparisonFor(
  code: string,
  year: number,
  peers: readonly string[],
  organiserType: OrganiserType,
) {
  const info = checkCode(code);
  if (peers.length > 50) {
    throw new BadInputError([
      { field: 'peers', message: { sv: 'högst 50 kommuner', en: 'at most 50 municipalities' } },
    ]);
  }
  const peerInfos = [...new Set(peers)].filter((p) => p !== code).map((p) => checkCode(p, 'peers'));
  const y = await yearOf(year, organiserType);
  const countyRows = y.ranking.filter((r) => municipalities().get(r.code)?.countyCode === info.countyCode);
  return {
    year,
    organiserType,
    municipality: peerRow(y, info),
    national: {
      label: 'Riket (median)',
      name: { sv: 'Riket', en: 'Sweden' },
      code: 'SE',
      municipalities: y.ranking.length,
      medians: factorMedians(y.ranking),
    },
    county: {
      label: `${info.countyName} (median)`,
      name: { sv: info.countyName, en: info.countyName },
      code: info.countyCode,
      municipalities: countyRows.length,
      medians: factorMedians(countyRows),
    },
    peers: peerInfos.map((p) => peerRow(y, p)),
  };
}

/** One school unit's published figure. */
export interface UnitFigure {
  value: number | null;
  missingReason: MissingReason | null;
  rawMark: string | null;
}

/** The school units' results within a municipality for a year (default: the latest year any unit has). */
export async function schoolUnitResultsFor(municipalityCode: string, year?: number | null) {
  checkCode(municipalityCode, 'municipalityCode');
  const units = await StatisticsSchoolUnitModel.find({ municipalityCode }).sort({ name: 1 }).lean();
  const ids = await indicatorIdsByKey();
  const keys = ['ak9.pupils', 'ak9.allSubjects', 'ak9.meritValue', 'ak9.vocationalEligible'] as const;
  const keyById = new Map(keys.filter((k) => ids.has(k)).map((k) => [ids.get(k)!, k]));
  const docs = units.length
    ? await MeasurementModel.find(
        {
          indicatorId: mongoose.trusted({ $in: [...keyById.keys()] }),
          organisationCode: mongoose.trusted({ $in: units.map((u) => u.code) }),
          ...(year ? { year } : {}),
        },
        { _id: 0, indicatorId: 1, organisationCode: 1, year: 1, value: 1, missingReason: 1, rawMark: 1, pupils: 1 },
      ).lean()
    : [];
  const shownYear = year ?? (docs.length ? Math.max(...docs.map((d) => d.year)) : null);
  const byUnit = new Map<string, Partial<Record<(typeof keys)[number], UnitFigure>>>();
  for (const d of docs) {
    if (d.year !== shownYear) continue;
    const key = keyById.get(String(d.indicatorId));
    if (!key) continue;
    const figures = byUnit.get(d.organisationCode) ?? {};
    figures[key] = {
      value: d.value ?? null,
      missingReason: (d.missingReason ?? null) as MissingReason | null,
      rawMark: d.rawMark ?? null,
    };
    byUnit.set(d.organisationCode, figures);
  }
  const none: UnitFigure = { value: null, missingReason: 'noData', rawMark: null };
  return {
    municipalityCode,
    year: shownYear,
    units: units
      .filter((u) => byUnit.has(u.code))
      .map((u) => {
        const f = byUnit.get(u.code)!;
        const pupils = f['ak9.pupils']?.value ?? null;
        return {
          code: u.code,
          name: u.name,
          organiserType: u.organiserType as OrganiserType,
          organiserName: u.organiserName ?? null,
          pupils,
          unreliable: pupils === null || pupils < SMALL_GROUP_PUPILS,
          allSubjects: f['ak9.allSubjects'] ?? none,
          meritValue: f['ak9.meritValue'] ?? none,
          vocationalEligible: f['ak9.vocationalEligible'] ?? none,
        };
      }),
  };
}
