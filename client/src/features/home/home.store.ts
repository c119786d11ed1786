import { ref } from 'vue';
import { defineStore } from 'pinia';
import type { AppError } from '../../api/errors.js';
import { asAppError } from '../../api/request.js';
import type { CommentView } from '../dialogue/dialogue.api.js';
import { resultsApi } from '../results/results.api.js';
import type { MunicipalityResults, PeerComparison, SchoolUnitResults } from '../results/results.types.js';

/** A comment with where it was written, for the teacher's start page. */
export interface RecentComment {
  comment: CommentView;
  at: string;
  targetTitle: string;
  planId: string;
}

/** The principal's unit figures on the start page (the plans come from the GraphQL cache, home.api.ts). */
export const useHomeStore = defineStore('home', () => {
  /** The principal's unit and municipality figures. */
  const unit = ref<SchoolUnitResults['units'][number] | null>(null);
  const unitYear = ref<number | null>(null);
  const municipality = ref<MunicipalityResults | null>(null);
  const comparison = ref<PeerComparison | null>(null);
  const error = ref<AppError | null>(null);

  /** Loads a principal's unit with the municipality's and the country's figures to compare. */
  async function loadUnit(municipalityCode: string, unitCode: string): Promise<void> {
    // Each part stands alone: the unit's own figures are worth showing even if a comparison fails.
    const [units, history] = await Promise.allSettled([
      resultsApi.schoolUnits(municipalityCode),
      resultsApi.municipality(municipalityCode),
    ]);
    if (units.status === 'fulfilled') {
      unit.value = units.value.units.find((u) => u.schoolUnitCode === unitCode) ?? null;
      unitYear.value = units.value.year ?? null;
    } else error.value = asAppError(units.reason);
    if (history.status === 'fulfilled') municipality.value = history.value;
    const year = unitYear.value ?? municipality.value?.years.at(-1)?.year;
    if (year) comparison.value = await resultsApi.peers(municipalityCode, year, []).catch(() => null);
  }

  return {
    unit,
    unitYear,
    municipality,
    comparison,
    error,
    loadUnit,
  };
});
