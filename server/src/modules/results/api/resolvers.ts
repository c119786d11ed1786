import { requireViewer } from '../../../auth/index.js';
import type { MunicipalityResults, Resolvers } from '../../../graphql/generated/resolvers-types.js';
import { municipalities } from '../municipalities.js';
import { approximateBytes, stringBytes } from '../../../shared/byte-lru.js';
import { cacheTiedToResults, noticeSharedChanges, resultsDataVersion } from '../analysis/data.js';
import {
  RESULTS_ATTRIBUTION,
  RESULTS_SOURCE,
  SKOLVERKET_ATTRIBUTION,
  municipalityHistory,
  peerComparisonFor,
  rankingFor,
  resultYears,
  resultPerspectives,
  attributionFor,
  factorMedians,
  resultsModelFor,
  schoolUnitResultsFor,
  type PeerRow,
} from './service.js';
import { distanceOut, factorsOut, figureOut, measureModelsOut, organiserTypeIn, rowApproximate } from './shape.js';
import { arrowValues, bandValues, resultMeasureValues } from '../results.enums.js';

const RANKING_METHOD =
  'Each municipality is ranked on six factors (1 = best, ties share the best rank, missing values last): ' +
  "share passing all subjects, average merit value, share eligible for vocational programmes, and each one's " +
  'deviation from the model-calculated value. The composite is the weighted mean of the six ranks, ranked again. ' +
  'Bands: top quarter, middle half, bottom quarter.';

const MODEL_METHOD =
  "Lyfta's model-calculated values, in the manner of SKL's Öppna jämförelser (not Skolverket's SALSA): ordinary least squares per year and measure " +
  'across all municipalities (all organisers) on the share with a parent with post-secondary education, the share ' +
  'with foreign background and the share of boys. Where a municipality lacks a background share, a reduced fit on ' +
  'the shares it has is used. Values published as ~100 are left out of the fit and read as 100 for deviations and ranks.';

// The finished answer per municipality and organiser type; emptied whenever the data changes.
const historyCache = cacheTiedToResults<string, MunicipalityResults>('municipalityResults', {
  sizeOf: (key, answer) => stringBytes(key) + approximateBytes(answer),
});
// Answers being computed, so a burst of requests for one municipality computes it once; gone when settled.
const historyLoading = new Map<string, Promise<MunicipalityResults>>();

function peerRowOut(p: PeerRow) {
  return {
    municipalityCode: p.info.code,
    name: p.info.name,
    countyCode: p.info.countyCode,
    countyName: p.info.countyName,
    pupils: p.row?.pupils ?? null,
    unreliable: p.unreliable,
    rank: p.row?.rank ?? null,
    factors: p.row ? factorsOut(p.row) : [],
  };
}

/** Query.ranking, municipalityResults, resultsModel, peerComparison, schoolUnitResults: any signed-in viewer may read them. */
export const resultsResolvers: Resolvers = {
  Band: bandValues,
  Arrow: arrowValues,
  ResultMeasure: resultMeasureValues,
  Query: {
    resultYears: async (_p, _a, ctx) => {
      requireViewer(ctx);
      return resultYears();
    },
    resultPerspectives: async (_p, _a, ctx) => {
      requireViewer(ctx);
      return resultPerspectives();
    },
    ranking: async (_p, args, ctx) => {
      requireViewer(ctx);
      const r = await rankingFor(args.year, organiserTypeIn(args.organiserType), args.weights);
      return {
        year: r.year,
        organiserType: r.organiserType,
        weights: r.weights,
        total: r.rows.length,
        source: attributionFor(r.organiserType).sv,
        attribution: attributionFor(r.organiserType),
        method: RANKING_METHOD,
        municipalities: r.rows.map((row) => {
          const info = municipalities().get(row.code);
          return {
            municipalityCode: row.code,
            name: info?.name ?? row.code,
            countyName: info?.countyName ?? null,
            pupils: row.pupils,
            rank: row.rank,
            score: row.score,
            band: row.band,
            incomplete: row.incomplete,
            approximate: rowApproximate(row),
            factors: factorsOut(row),
          };
        }),
      };
    },
    municipalityResults: (_p, args, ctx) => {
      requireViewer(ctx);
      noticeSharedChanges();
      const organiserType = organiserTypeIn(args.organiserType);
      const key = `${resultsDataVersion()}|${args.code}|${organiserType}`;
      const cached = historyCache.get(key) ?? historyLoading.get(key);
      if (cached) return cached;
      const loading = municipalityHistory(args.code, organiserType).then(({ info, years }) => ({
        municipalityCode: info.code,
        name: info.name,
        countyName: info.countyName,
        organiserType: organiserType,
        source: attributionFor(organiserType).sv,
        attribution: attributionFor(organiserType),
        years: years.map(({ year, total, row, ranking, model }, i) => ({
          year,
          total,
          rank: row.rank,
          band: row.band,
          score: row.score,
          incomplete: row.incomplete,
          approximate: rowApproximate(row),
          pupils: row.pupils,
          factors: factorsOut(row, years[i - 1]?.year === year - 1 ? years[i - 1]!.row : undefined),
          distanceToTop25: distanceOut(ranking, info.code),
          fits: measureModelsOut(model, true),
          nationalMedians: factorMedians(ranking),
        })),
      }));
      historyLoading.set(key, loading);
      // An answer computed across a data change carries the old version in its key and is never asked for again.
      loading.then(
        (answer) => {
          historyLoading.delete(key);
          if (key.startsWith(`${resultsDataVersion()}|`)) historyCache.set(key, answer);
        },
        () => historyLoading.delete(key),
      );
      return loading;
    },
    resultsModel: async (_p, args, ctx) => {
      requireViewer(ctx);
      const model = await resultsModelFor(args.year);
      return {
        year: model.year,
        method: MODEL_METHOD,
        source: RESULTS_SOURCE,
        attribution: RESULTS_ATTRIBUTION,
        fits: measureModelsOut(model),
      };
    },
    peerComparison: async (_p, args, ctx) => {
      requireViewer(ctx);
      const c = await peerComparisonFor(args.code, args.year, args.peers, organiserTypeIn(args.organiserType));
      return {
        year: c.year,
        organiserType: c.organiserType,
        municipality: peerRowOut(c.municipality),
        national: c.national,
        county: c.county,
        peers: c.peers.map(peerRowOut),
        source: attributionFor(c.organiserType).sv,
        attribution: attributionFor(c.organiserType),
      };
    },
    schoolUnitResults: async (_p, args, ctx) => {
      requireViewer(ctx);
      const r = await schoolUnitResultsFor(args.municipalityCode, args.year);
      return {
        municipalityCode: r.municipalityCode,
        year: r.year,
        source: SKOLVERKET_ATTRIBUTION.sv,
        attribution: SKOLVERKET_ATTRIBUTION,
        units: r.units.map((u) => ({
          schoolUnitCode: u.code,
          name: u.name,
          organiserType: u.organiserType,
          organiserName: u.organiserName,
          pupils: u.pupils,
          unreliable: u.unreliable,
          allSubjects: figureOut(u.allSubjects),
          meritValue: figureOut(u.meritValue),
          vocationalEligible: figureOut(u.vocationalEligible),
        })),
      };
    },
  },
};
