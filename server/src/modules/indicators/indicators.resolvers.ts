import { requireViewer } from '../../auth/index.js';
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { directionValues, missingReasonValues, organiserTypeValues } from './indicator.enums.js';
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
  Direction: directionValues,
  MissingReason: missingReasonValues,
  OrganiserType: organiserTypeValues,
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
      const organiserType = args.organiserType ?? 'all';
      const r = await indicatorSeries({
        indicatorId: args.indicatorId,
        organisationCodes: args.organisationIds,
        fromYear: args.fromYear,
        toYear: args.toYear,
        organiserType,
      });
      return { indicator: r.indicator, organiserType, series: r.series };
    },
  },
  Indicator: {
    id: (i) => String(i._id),
    description: (i) => (i.description?.sv && i.description.en ? { sv: i.description.sv, en: i.description.en } : null),
    source: (i) => i.source?.note ?? sourceLabels[i.source?.kind ?? 'manual'] ?? 'Lyfta',
    koladaKpiId: (i) => i.source?.koladaKpiId ?? null,
  },
  Measurement: {
    value: (m) => m.value ?? null,
    missingReason: (m) => m.missingReason ?? null,
    rawMark: (m) => m.rawMark ?? null,
    modelValue: (m) => m.modelValue ?? null,
    pupils: (m) => m.pupils ?? null,
    girls: (m) => m.gender?.girls ?? null,
    boys: (m) => m.gender?.boys ?? null,
  },
};
