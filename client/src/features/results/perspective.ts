import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { OrganiserType } from '../../api/generated/graphql.js';

/** The population's name in the address (?urval=kommunala); all organisers is the default and has none. */
export const PERSPECTIVE_PARAM: Record<OrganiserType, string> = {
  ALL: 'alla',
  MUNICIPAL: 'kommunala',
  INDEPENDENT: 'fristaende',
  HOME: 'hemkommun',
};

/** The population the results pages show, kept in the address so a link or a reload shows the same. */
export function usePerspective() {
  const route = useRoute();
  const router = useRouter();
  const perspective = computed<OrganiserType>(
    () =>
      (Object.entries(PERSPECTIVE_PARAM).find(([, v]) => v === route.query.urval)?.[0] as OrganiserType | undefined) ??
      'ALL',
  );
  /** The address's query for a population, to carry it over in links. */
  const query = (p: OrganiserType = perspective.value) => (p === 'ALL' ? {} : { urval: PERSPECTIVE_PARAM[p] });
  function choose(p: OrganiserType): void {
    void router.replace({ query: { ...route.query, urval: p === 'ALL' ? undefined : PERSPECTIVE_PARAM[p] } });
  }
  return { perspective, query, choose };
}
