import { computed, ref } from 'vue';
import { defineStore } from 'pinia';
import type { AppError } from '../../api/errors.js';
import { asAppError } from '../../api/request.js';
import { resultsApi, type RankingTable } from './results.api.js';
import { rankingView, type RankingSortKey } from './results.logic.js';
import type { MunicipalityResults, PeerComparison, SchoolUnitResults } from './results.types.js';

/** Open-data results: the national ranking with its sort and search, and one municipality's page. */
export const useResultsStore = defineStore('results', () => {
  /** Years with results, newest first. */
  const years = ref<number[]>([]);
  /** The chosen ranking year. */
  const year = ref<number | null>(null);
  /** The loaded ranking. */
  const ranking = ref<RankingTable | null>(null);
  /** The ranking table's search text. */
  const query = ref('');
  /** The ranking table's sort column and order. */
  const sortKey = ref<RankingSortKey>('rank');
  const ascending = ref(true);
  /** The open municipality's history. */
  const municipality = ref<MunicipalityResults | null>(null);
  /** The open municipality against the country, county and peers. */
  const comparison = ref<PeerComparison | null>(null);
  /** The open municipality's school units. */
  const schoolUnits = ref<SchoolUnitResults | null>(null);
  /** Peer municipality codes for the comparison. */
  const peerCodes = ref<string[]>([]);
  const loading = ref(false);
  const error = ref<AppError | null>(null);

  const rows = computed(() =>
    ranking.value ? rankingView(ranking.value.rows, query.value, sortKey.value, ascending.value) : [],
  );

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

  /** Loads the years and the ranking of the chosen (default: latest) year. */
  async function loadRanking(forYear?: number): Promise<void> {
    if (!years.value.length) years.value = (await read(() => resultsApi.years())) ?? [];
    const chosen = forYear ?? year.value ?? years.value[0];
    if (chosen === undefined) return;
    year.value = chosen;
    const previous = years.value.find((y) => y < chosen) ?? null;
    ranking.value = await read(() => resultsApi.ranking(chosen, previous));
  }

  /** Sorts by a column; choosing the same column again reverses the order. */
  function sortBy(key: RankingSortKey): void {
    if (sortKey.value === key) ascending.value = !ascending.value;
    else {
      sortKey.value = key;
      // Names read best A–Ö, changes best first; ranks and scores with the best (lowest) first.
      ascending.value = key !== 'change';
    }
  }

  /** Loads one municipality's history, its comparison for the latest year and its school units. */
  async function loadMunicipality(code: string): Promise<void> {
    if (municipality.value?.municipalityCode !== code) {
      municipality.value = null;
      comparison.value = null;
      schoolUnits.value = null;
    }
    const [history, units] = await Promise.all([
      read(() => resultsApi.municipality(code)),
      resultsApi.schoolUnits(code).catch(() => null),
    ]);
    municipality.value = history;
    schoolUnits.value = units;
    await loadComparison();
  }

  /** (Re)loads the comparison for the latest year with the chosen peers. */
  async function loadComparison(): Promise<void> {
    const m = municipality.value;
    const latest = m?.years.at(-1)?.year;
    if (!m || latest === undefined) return;
    comparison.value = await resultsApi.peers(m.municipalityCode, latest, peerCodes.value).catch((e) => {
      error.value = asAppError(e);
      return null;
    });
  }

  /** Sets the peers and reloads the comparison. */
  async function setPeers(codes: string[]): Promise<void> {
    peerCodes.value = codes;
    await loadComparison();
  }

  return {
    years,
    year,
    ranking,
    query,
    sortKey,
    ascending,
    municipality,
    comparison,
    schoolUnits,
    peerCodes,
    loading,
    error,
    rows,
    loadRanking,
    sortBy,
    loadMunicipality,
    loadComparison,
    setPeers,
  };
});
