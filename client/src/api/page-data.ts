import { computed, type ComputedRef, type Ref } from 'vue';
import type { CombinedError } from '@urql/core';
import { toAppError, type AppError } from './errors.js';

/** A query's answer as views use it: mapped data, whether it is loading, and an AppError. */
export interface PageData<T> {
  data: ComputedRef<T | null>;
  fetching: Readonly<Ref<boolean>>;
  error: ComputedRef<AppError | null>;
  /** Asks the server again (the retry button). */
  refetch(): void;
}

/** Wraps a urql query response for views: mapped data and the error as an AppError. */
export function pageData<D, T>(
  response: { data: Ref<D | undefined>; fetching: Ref<boolean>; error: Ref<CombinedError | undefined> } & {
    executeQuery(opts?: { requestPolicy?: 'network-only' }): unknown;
  },
  map: (data: D) => T | null,
): PageData<T> {
  return {
    data: computed(() => (response.data.value ? map(response.data.value) : null)),
    fetching: response.fetching,
    error: computed(() => (response.error.value ? toAppError(response.error.value) : null)),
    refetch: () => void response.executeQuery({ requestPolicy: 'network-only' }),
  };
}
