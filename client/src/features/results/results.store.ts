import { ref } from 'vue';
import { defineStore } from 'pinia';
import type { RankingSortKey } from './results.logic.js';

/**
 * The results pages' UI state: the ranking's chosen year, search and sort. The figures themselves
 * are server state and live in the GraphQL cache (see results.api.ts).
 */
export const useResultsStore = defineStore('results', () => {
  /** The chosen ranking year; null means the latest. */
  const year = ref<number | null>(null);
  /** The ranking table's search text. */
  const query = ref('');
  /** The ranking table's sort column and order. */
  const sortKey = ref<RankingSortKey>('rank');
  const ascending = ref(true);

  /** Sorts by a column; choosing the same column again reverses the order. */
  function sortBy(key: RankingSortKey): void {
    if (sortKey.value === key) ascending.value = !ascending.value;
    else {
      sortKey.value = key;
      // Names read best A–Ö, changes best first; ranks and scores with the best (lowest) first.
      ascending.value = key !== 'change';
    }
  }

  return { year, query, sortKey, ascending, sortBy };
});
