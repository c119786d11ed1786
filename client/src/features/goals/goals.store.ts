import { reactive, ref } from 'vue';
import { defineStore } from 'pinia';
import type { AppError } from '../../api/errors.js';
import { asAppError } from '../../api/request.js';
import { goalsApi, type SeriesByCode } from './goals.api.js';
import type { Goal, GoalDetail } from './goals.types.js';

/** A municipality to compare with. */
export interface Peer {
  code: string;
  name: string;
}

/** More lines than this make a chart unreadable. */
export const MAX_PEERS = 4;

/** The country's code in indicator series. */
export const NATIONAL_CODE = 'SE';

/** Goals with their targets, the open goal, and the indicator series behind its charts. */
export const useGoalsStore = defineStore('goals', () => {
  /** The municipality's goals. */
  const list = ref<Goal[]>([]);
  /** The open goal. */
  const goal = ref<GoalDetail | null>(null);
  /** Indicator series per target id: the scope, the country and the chosen peers, by code. */
  const series = reactive<Record<string, SeriesByCode>>({});
  /** Municipalities chosen to compare with. */
  const peers = ref<Peer[]>([]);
  /** A read in flight. */
  const loading = ref(false);
  /** The last failed read. */
  const error = ref<AppError | null>(null);

  async function read<T>(fn: () => Promise<T>): Promise<T | null> {
    loading.value = true;
    error.value = null;
    try {
      return await fn();
    } catch (e) {
      error.value = asAppError(e);
      return null;
    } finally {
      loading.value = false;
    }
  }

  /** Loads the municipality's goals. */
  async function loadList(municipalityCode: string): Promise<void> {
    list.value = (await read(() => goalsApi.list(municipalityCode))) ?? [];
  }

  /** Loads one goal and the series of its value targets. */
  async function loadGoal(id: string): Promise<void> {
    if (goal.value?.id !== id) goal.value = null;
    goal.value = await read(() => goalsApi.goal(id));
    await loadSeries();
  }

  /** (Re)loads the series of the open goal's value targets for the scope, the country and the peers. */
  async function loadSeries(): Promise<void> {
    const g = goal.value;
    if (!g) return;
    await Promise.all(
      g.targets
        .filter((t) => t.kind === 'VALUE')
        .map(async (t) => {
          const codes = [...new Set([t.scopeCode, NATIONAL_CODE, ...peers.value.map((p) => p.code)])];
          try {
            series[t.id] = await goalsApi.series(t.indicatorId, codes);
          } catch (e) {
            // A chart without comparison lines is still useful; the target's own trend remains.
            error.value = asAppError(e);
          }
        }),
    );
  }

  /** Sets the peer municipalities and reloads the comparison lines. */
  async function setPeers(chosen: Peer[]): Promise<void> {
    peers.value = chosen.filter((p) => /^\d{4}$/.test(p.code)).slice(0, MAX_PEERS);
    await loadSeries();
  }

  return { list, goal, series, peers, loading, error, loadList, loadGoal, loadSeries, setPeers };
});
