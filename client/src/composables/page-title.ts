import { onBeforeUnmount, ref, watch } from 'vue';

/**
 * The title of the page shown, when it has one of its own (a plan's title); App.vue puts it in the
 * tab's title before the app's name, and falls back to the route's title when it is null.
 */
export const pageTitle = ref<string | null>(null);

/** Gives the current page its own title while it is shown (null: the route's title). */
export function usePageTitle(title: () => string | null | undefined): void {
  watch(title, (v) => (pageTitle.value = v || null), { immediate: true });
  onBeforeUnmount(() => (pageTitle.value = null));
}
