import { missingKey, useI18n } from '../../i18n/index.js';
import { formatNumber } from '../../i18n/format.js';
import { FACTORS, factorValue } from './results.logic.js';

type FactorDef = (typeof FACTORS)[number];

/** How the results pages name a factor and write its figure, one way on every table. */
export function useFactorText() {
  const { t, locale } = useI18n();
  const fmt = (v: number) => formatNumber(v, 1, locale.value);

  /** "Behöriga till yrkesprogram (%) – avvikelse". */
  function factorName(f: FactorDef): string {
    return (
      t(`results.factorNames.${f.measure}`) + (f.deviation ? ` – ${t('results.deviation').toLocaleLowerCase()}` : '')
    );
  }

  /** The figure: the value (a deviation signed), ≈ with its reason when read from ~100, or why it is missing. */
  function factorText(factors: Parameters<typeof factorValue>[0], f: FactorDef): string {
    const v = factorValue(factors, f);
    if (v.value === null) return t(missingKey(v.missingReason));
    const text = v.approximate && !f.deviation ? '100' : (f.deviation && v.value > 0 ? '+' : '') + fmt(v.value);
    return v.approximate
      ? `≈${text} (${t(f.deviation ? 'results.approximateDerived' : 'results.approximateNote')})`
      : text;
  }

  return { factorName, factorText };
}
