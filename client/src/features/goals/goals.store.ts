import { ref } from 'vue';
import { defineStore } from 'pinia';

/** A municipality to compare with. */
export interface Peer {
  code: string;
  name: string;
}

/** More lines than this make a chart unreadable. */
export const MAX_PEERS = 4;

/** The country's code in indicator series. */
export const NATIONAL_CODE = 'SE';

/**
 * What the user chose on the goal pages: the municipalities to compare with. The goals and their
 * series are server state and come from the cache (goals.api.ts).
 */
export const useGoalsStore = defineStore('goals', () => {
  /** Municipalities chosen to compare with. */
  const peers = ref<Peer[]>([]);

  /** Sets the peer municipalities (at most MAX_PEERS, municipality codes only); the charts follow. */
  function setPeers(chosen: Peer[]): void {
    peers.value = chosen.filter((p) => /^\d{4}$/.test(p.code)).slice(0, MAX_PEERS);
  }

  return { peers, setPeers };
});
