import { ref } from 'vue';
import { defineStore } from 'pinia';
import type { AppError } from '../../api/errors.js';
import { asAppError } from '../../api/request.js';
import { plansApi } from '../plans/plans.api.js';
import { dialogueApi, type CommentView } from '../dialogue/dialogue.api.js';
import { resultsApi } from '../results/results.api.js';
import type { ActionPlan } from '../plans/plans.types.js';
import type { MunicipalityResults, PeerComparison, SchoolUnitResults } from '../results/results.types.js';
import { newestFirst } from './home.logic.js';

/** A comment with where it was written, for the teacher's start page. */
export interface RecentComment {
  comment: CommentView;
  at: string;
  targetTitle: string;
  planId: string;
}

/** What the start page shows for each role, gathered from the feature APIs. */
export const useHomeStore = defineStore('home', () => {
  /** The municipality's plans in full (items with owners, dates and status). */
  const plans = ref<ActionPlan[]>([]);
  /** The latest comments across the plans. */
  const comments = ref<RecentComment[]>([]);
  /** The principal's unit and municipality figures. */
  const unit = ref<SchoolUnitResults['units'][number] | null>(null);
  const unitYear = ref<number | null>(null);
  const municipality = ref<MunicipalityResults | null>(null);
  const comparison = ref<PeerComparison | null>(null);
  const loading = ref(false);
  const error = ref<AppError | null>(null);

  /** Loads the municipality's plans in full. */
  async function loadPlans(municipalityCode: string): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const list = await plansApi.list(municipalityCode);
      const full = await Promise.all(list.map((p) => plansApi.plan(p.id)));
      plans.value = full.filter((p): p is ActionPlan => p !== null);
    } catch (e) {
      error.value = asAppError(e);
    } finally {
      loading.value = false;
    }
  }

  /** Loads the latest comments on the plans and their items (call after loadPlans). */
  async function loadComments(limit = 8): Promise<void> {
    const targets = plans.value.flatMap((p) => [
      { id: p.id, title: p.title, planId: p.id },
      ...p.areas.flatMap((a) => a.items.map((i) => ({ id: i.id, title: i.title, planId: p.id }))),
    ]);
    const threads = await Promise.all(
      targets.map(async (target) => ({
        target,
        thread: await dialogueApi.thread(target.id).catch(() => [] as CommentView[]),
      })),
    );
    const all = threads.flatMap(({ target, thread }) =>
      thread
        .flatMap((c) => [c, ...c.replies])
        .map((c) => ({ comment: c, at: c.createdAt, targetTitle: target.title, planId: target.planId })),
    );
    comments.value = newestFirst(all, limit);
  }

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
    plans,
    comments,
    unit,
    unitYear,
    municipality,
    comparison,
    loading,
    error,
    loadPlans,
    loadComments,
    loadUnit,
  };
});
