import { IndicatorModel } from './indicator.model.js';

/** The definition of one built-in indicator; `key` is stable across installations. */
export interface IndicatorDefinition {
  key: string;
  name: { sv: string; en: string };
  description?: { sv: string; en: string };
  unit: string;
  direction: 'higherIsBetter' | 'lowerIsBetter';
  decimals: number;
  source: { kind: 'skolverket' | 'kolada' | 'lyfta' | 'manual'; koladaKpiId?: string; note?: string };
}

const skolverket = { kind: 'skolverket' as const, note: 'Statistik från Skolverket' };
const lyftaModel = {
  kind: 'lyfta' as const,
  note: 'Beräknat av Lyfta ur Statistik från Skolverket, i stil med SKL:s Öppna jämförelser',
};

/** The three year-9 result measures that Öppna jämförelser ranks, each with a model-calculated twin. */
export const resultMeasureKeys = ['ak9.allSubjects', 'ak9.meritValue', 'ak9.vocationalEligible'] as const;
export type ResultMeasureKey = (typeof resultMeasureKeys)[number];

/** The background variables the results model adjusts for (as present in Skolverket's data). */
export const backgroundKeys = ['ak9.parentsPostSecondary', 'ak9.foreignBackground', 'ak9.shareBoys'] as const;
export type BackgroundKey = (typeof backgroundKeys)[number];

/** The indicator holding a measure's deviation from its model-calculated value. */
export function deviationKey(measure: ResultMeasureKey): `${ResultMeasureKey}.deviation` {
  return `${measure}.deviation`;
}

/** Every indicator Lyfta knows from the start: Skolverket's year-9 statistics, the model deviations and the rank. */
export const indicatorCatalog: readonly IndicatorDefinition[] = [
  {
    key: 'ak9.allSubjects',
    name: { sv: 'Andel (%) som fått godkänt betyg i alla ämnen, åk 9', en: 'Share (%) passing all subjects, year 9' },
    unit: 'percent',
    direction: 'higherIsBetter',
    decimals: 1,
    source: skolverket,
  },
  {
    key: 'ak9.meritValue',
    name: { sv: 'Genomsnittligt meritvärde (17 ämnen), åk 9', en: 'Average merit value (17 subjects), year 9' },
    unit: 'points',
    direction: 'higherIsBetter',
    decimals: 1,
    source: skolverket,
  },
  {
    key: 'ak9.vocationalEligible',
    name: {
      sv: 'Andel (%) behöriga till yrkesprogram, åk 9',
      en: 'Share (%) eligible for vocational programmes, year 9',
    },
    unit: 'percent',
    direction: 'higherIsBetter',
    decimals: 1,
    source: skolverket,
  },
  {
    key: 'ak9.allSubjects.deviation',
    name: {
      sv: 'Avvikelse från modellberäknat värde, godkänt i alla ämnen',
      en: 'Deviation from model-calculated value, passing all subjects',
    },
    description: {
      sv: 'Faktiskt värde minus Lyftas modellberäknade värde (minsta kvadrat-anpassning på bakgrundsvariabler).',
      en: "Actual value minus Lyfta's model-calculated value (least-squares fit on background variables).",
    },
    unit: 'percentagePoints',
    direction: 'higherIsBetter',
    decimals: 1,
    source: lyftaModel,
  },
  {
    key: 'ak9.meritValue.deviation',
    name: {
      sv: 'Avvikelse från modellberäknat värde, meritvärde',
      en: 'Deviation from model-calculated value, merit value',
    },
    description: {
      sv: 'Faktiskt värde minus Lyftas modellberäknade värde (minsta kvadrat-anpassning på bakgrundsvariabler).',
      en: "Actual value minus Lyfta's model-calculated value (least-squares fit on background variables).",
    },
    unit: 'points',
    direction: 'higherIsBetter',
    decimals: 1,
    source: lyftaModel,
  },
  {
    key: 'ak9.vocationalEligible.deviation',
    name: {
      sv: 'Avvikelse från modellberäknat värde, behöriga till yrkesprogram',
      en: 'Deviation from model-calculated value, eligible for vocational programmes',
    },
    description: {
      sv: 'Faktiskt värde minus Lyftas modellberäknade värde (minsta kvadrat-anpassning på bakgrundsvariabler).',
      en: "Actual value minus Lyfta's model-calculated value (least-squares fit on background variables).",
    },
    unit: 'percentagePoints',
    direction: 'higherIsBetter',
    decimals: 1,
    source: lyftaModel,
  },
  {
    key: 'oj.compositeRank',
    name: {
      sv: 'Sammanvägd rankning, Öppna jämförelser grundskola (Lyftas beräkning)',
      en: 'Composite rank, open comparisons of compulsory school (computed by Lyfta)',
    },
    description: {
      sv: 'Rang bland kommunerna på medelvärdet av rangerna för de sex faktorerna; 1 är bäst.',
      en: "Rank among municipalities on the mean of the six factors' ranks; 1 is best.",
    },
    unit: 'rank',
    direction: 'lowerIsBetter',
    decimals: 0,
    source: lyftaModel,
  },
  {
    key: 'ak9.pupils',
    name: { sv: 'Totalt antal elever årskurs 9', en: 'Pupils in year 9' },
    unit: 'count',
    direction: 'higherIsBetter',
    decimals: 0,
    source: skolverket,
  },
  {
    key: 'ak9.meritValue16',
    name: { sv: 'Genomsnittligt meritvärde (16 ämnen), åk 9', en: 'Average merit value (16 subjects), year 9' },
    unit: 'points',
    direction: 'higherIsBetter',
    decimals: 1,
    source: skolverket,
  },
  {
    key: 'ak9.shareGirls',
    name: { sv: 'Andel (%) flickor, åk 9', en: 'Share (%) girls, year 9' },
    description: { sv: 'Bakgrundsvariabel.', en: 'Background variable.' },
    unit: 'percent',
    direction: 'higherIsBetter',
    decimals: 1,
    source: skolverket,
  },
  {
    key: 'ak9.shareBoys',
    name: { sv: 'Andel (%) pojkar, åk 9', en: 'Share (%) boys, year 9' },
    description: { sv: 'Bakgrundsvariabel.', en: 'Background variable.' },
    unit: 'percent',
    direction: 'higherIsBetter',
    decimals: 1,
    source: skolverket,
  },
  {
    key: 'ak9.foreignBackground',
    name: { sv: 'Andel (%) elever med utländsk bakgrund, åk 9', en: 'Share (%) with foreign background, year 9' },
    description: { sv: 'Bakgrundsvariabel.', en: 'Background variable.' },
    unit: 'percent',
    direction: 'higherIsBetter',
    decimals: 1,
    source: skolverket,
  },
  {
    key: 'ak9.parentsPostSecondary',
    name: {
      sv: 'Andel (%) med föräldrar med eftergymnasial utbildning, åk 9',
      en: 'Share (%) with a parent with post-secondary education, year 9',
    },
    description: { sv: 'Bakgrundsvariabel.', en: 'Background variable.' },
    unit: 'percent',
    direction: 'higherIsBetter',
    decimals: 1,
    source: skolverket,
  },
];

/** Creates or refreshes the built-in indicators; returns their ids by key. Idempotent. */
export async function ensureIndicators(
  definitions: readonly IndicatorDefinition[] = indicatorCatalog,
): Promise<Map<string, string>> {
  if (definitions.length) {
    await IndicatorModel.bulkWrite(
      definitions.map((d) => ({
        updateOne: {
          filter: { key: d.key },
          update: {
            $set: {
              name: d.name,
              description: d.description,
              unit: d.unit,
              direction: d.direction,
              decimals: d.decimals,
              source: d.source,
            },
          },
          upsert: true,
        },
      })),
      { ordered: false },
    );
  }
  return indicatorIdsByKey();
}

/** Every indicator's id by key. */
export async function indicatorIdsByKey(): Promise<Map<string, string>> {
  const docs = await IndicatorModel.find({}, { key: 1 }).lean();
  return new Map(docs.map((d) => [d.key, String(d._id)]));
}
