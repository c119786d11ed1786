import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import {
  MunicipalityNamesDocument,
  SavedPeersDocument,
  SetResultPeersDocument,
  SimilarMunicipalitiesDocument,
} from '../../api/generated/graphql.js';

/** A municipality to compare with. */
export interface Peer {
  code: string;
  name: string;
}

/** As many peers as the server keeps for a person (Person.resultPeers). */
export const MAX_PEERS = 10;

/** The query parameter holding the chosen peers' codes: `?jamfor=0680,1480`. */
export const PEERS_PARAM = 'jamfor';

/** What a typed name or code means. */
export type PeerMatch =
  { kind: 'match'; peer: Peer } | { kind: 'ambiguous'; options: Peer[] } | { kind: 'unknown' } | { kind: 'empty' };

/** Lower case, without accents (å ä ö é → a a o e), dashes and runs of spaces as one space. */
function fold(s: string): string {
  return plain(s).normalize('NFD').replace(/\p{M}/gu, '');
}
/** Lower case, dashes and runs of spaces as one space; accents kept. */
function plain(s: string): string {
  return s
    .toLocaleLowerCase('sv')
    .replace(/[\s\-–]+/g, ' ')
    .trim();
}

/**
 * What a person typed as a peer, as people type it: the name in any case, with or without
 * "kommun" (also "Jönköpings kommun"), with or without å, ä, ö and é, or the four-digit code.
 * The name as written wins (Habo is Habo, Håbo is Håbo); then the name without accents; then the
 * beginning of one name. Several candidates are ambiguous, none is unknown.
 */
export function matchMunicipality(typed: string, names: readonly Peer[]): PeerMatch {
  const text = typed.trim();
  if (!text) return { kind: 'empty' };
  if (/^\d{4}$/.test(text)) {
    const peer = names.find((n) => n.code === text);
    return peer ? { kind: 'match', peer } : { kind: 'unknown' };
  }
  const words = plain(text);
  const withoutKommun = words.replace(/(^| )kommun( |$)/g, ' ').trim();
  const variants = [withoutKommun];
  // "Jönköpings kommun": the genitive s belongs to "kommun", not to the name.
  if (withoutKommun !== words && withoutKommun.endsWith('s')) variants.push(withoutKommun.slice(0, -1));
  const pick = (found: Peer[]): PeerMatch | null =>
    found.length === 1
      ? { kind: 'match', peer: found[0]! }
      : found.length > 1
        ? { kind: 'ambiguous', options: found }
        : null;
  const exact = names.filter((n) => variants.includes(plain(n.name)));
  const folded = variants.map(fold);
  return (
    pick(exact) ??
    pick(names.filter((n) => folded.includes(fold(n.name)))) ??
    pick(names.filter((n) => folded.some((v) => v && fold(n.name).startsWith(v)))) ?? { kind: 'unknown' }
  );
}

/** Peer codes from the URL's `jamfor`: four digits each, no repeats, not the page's own municipality, at most MAX_PEERS. */
export function codesFromQuery(value: unknown, own?: string | null): string[] {
  const raw = Array.isArray(value) ? value.join(',') : typeof value === 'string' ? value : '';
  const codes = raw
    .split(',')
    .map((c) => c.trim())
    .filter((c) => /^\d{4}$/.test(c) && c !== own);
  return [...new Set(codes)].slice(0, MAX_PEERS);
}

/** Every municipality's code and name (one request, then the cache). */
export function useMunicipalityNames(): ComputedRef<Peer[]> {
  const response = useQuery({ query: MunicipalityNamesDocument });
  return computed(
    () => response.data.value?.municipalityNames.map((m) => ({ code: m.municipalityCode, name: m.name })) ?? [],
  );
}

/** Municipalities like this one by the model's background shares in a year, as one-click suggestions. */
export function useSimilarMunicipalities(
  code: MaybeRefOrGetter<string | null>,
  year: MaybeRefOrGetter<number | null>,
): ComputedRef<Peer[]> {
  const response = useQuery({
    query: SimilarMunicipalitiesDocument,
    variables: () => ({ code: toValue(code) ?? '', year: toValue(year) ?? 0 }),
    pause: () => !toValue(code) || !toValue(year),
  });
  return computed(
    () => response.data.value?.similarMunicipalities.map((m) => ({ code: m.municipalityCode, name: m.name })) ?? [],
  );
}

/**
 * The peers chosen on a page: those in the URL (`?jamfor=…`) when it has any, else the signed-in
 * person's saved ones. Choosing writes both: a new history entry (back and forward step through
 * the choices) and the person's preference on the server, so the peers come back on any device.
 */
export function usePeers(own: MaybeRefOrGetter<string | null>, max = MAX_PEERS) {
  const route = useRoute();
  const router = useRouter();
  const names = useMunicipalityNames();
  const saved = useQuery({ query: SavedPeersDocument });
  const save = useMutation(SetResultPeersDocument);

  const codes = computed<string[]>(() => {
    const ownCode = toValue(own);
    const inUrl = codesFromQuery(route.query[PEERS_PARAM], ownCode);
    const chosen = inUrl.length ? inUrl : (saved.data.value?.me?.resultPeers ?? []).filter((c) => c !== ownCode);
    return chosen.slice(0, max);
  });
  const peers = computed<Peer[]>(() =>
    codes.value.map((code) => ({ code, name: names.value.find((n) => n.code === code)?.name ?? code })),
  );
  const saveError = computed<AppError | null>(() => (save.error.value ? toAppError(save.error.value) : null));

  async function set(chosen: Peer[]): Promise<void> {
    const next = [...new Set(chosen.map((p) => p.code))].slice(0, max);
    const query = { ...route.query };
    if (next.length) query[PEERS_PARAM] = next.join(',');
    else delete query[PEERS_PARAM];
    await router.push({ query });
    if (saved.data.value?.me) await save.executeMutation({ codes: next });
  }

  return { peers, names, set, saveError };
}
