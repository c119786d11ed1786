import { requireViewer } from '../../auth/index.js';
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { missingReasonOut, organiserTypeIn, organiserTypeOut } from '../results/index.js';
import { IndicatorModel } from './indicator.model.js';
import { indicatorSeries, listIndicators } from './indicator-series.service.js';

const sourceLabels: Record<string, string> = {
  skolverket: 'Statistik från Skolverket',
  kolada: 'Kolada (RKA)',
  lyfta: 'Beräknat av Lyfta ur Statistik från Skolverket',
  manual: 'Inmatat i Lyfta',
};

/** Query.indicators, indicator, indicatorSeries, and the Indicator/Measurement fields; any signed-in viewer may read them. */
export const indicatorsResolvers: Resolvers = {
  Query: {
    indicators: async (_p, _a, ctx) => {
      requireViewer(ctx);
      return listIndicators();
    },
    indicator: async (_p, args, ctx) => {
      requireViewer(ctx);
      return IndicatorModel.findOne({ key: args.key }).lean();
    },
    indicatorSeries: async (_p, args, ctx) => {
      requireViewer(ctx);
      const organiserType = organiserTypeIn(args.organiserType);
      const r = await indicatorSeries({
        indicatorId: args.indicatorId,
        organisationCodes: args.organisationIds,
        fromYear: args.fromYear,
        toYear: args.toYear,
        organiserType,
      });
      return { indicator: r.indicator, organiserType: organiserTypeOut(organiserType), series: r.series };
    },
  },
  Indicator: {
    id: (i) => String(i._id),
    direction: (i) => (i.direction === 'lowerIsBetter' ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER'),
    description: (i) => (i.description?.sv && i.description.en ? { sv: i.description.sv, en: i.description.en } : null),
    source: (i) => i.source?.note ?? sourceLabels[i.source?.kind ?? 'manual'] ?? 'Lyfta',
    koladaKpiId: (i) => i.source?.koladaKpiId ?? null,
  },
  Measurement: {
    organiserType: (m) => organiserTypeOut(m.organiserType),
    value: (m) => m.value ?? null,
    missingReason: (m) => missingReasonOut(m.missingReason),
    rawMark: (m) => m.rawMark ?? null,
    modelValue: (m) => m.modelValue ?? null,
    pupils: (m) => m.pupils ?? null,
    girls: (m) => m.gender?.girls ?? null,
    boys: (m) => m.gender?.boys ?? null,
  },
};
