import { computed, onBeforeUnmount, onMounted, ref, watch, type Ref, type WatchSource } from 'vue';
import { onBeforeRouteLeave } from 'vue-router';

// What a user typed survives navigation, a reload and a conflict: each form keeps its draft in
// localStorage under the signed-in person, the form and the object it edits, and clears it once
// saved. Drafts are bounded: one is at most DRAFT_MAX_CHARS characters of JSON (a larger one is
// not kept), and at most DRAFT_MAX_COUNT are kept, the oldest dropped first.

const PREFIX = 'lyfta.draft.';
export const DRAFT_MAX_CHARS = 100_000;
export const DRAFT_MAX_COUNT = 50;

interface Stored<T> {
  at: number;
  value: T;
}

/** The key of one form's draft: whose, which form, which object ('new' for a form that creates). */
export function draftKey(personId: string | null | undefined, form: string, objectId: string): string {
  return `${PREFIX}${personId ?? 'anonymous'}.${form}.${objectId}`;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The draft stored under the key, or null. */
export function loadDraft<T>(key: string): T | null {
  const raw = storage()?.getItem(key);
  if (!raw) return null;
  try {
    return (JSON.parse(raw) as Stored<T>).value ?? null;
  } catch {
    return null;
  }
}

/** Keeps a draft under the key (within the bounds); returns whether it was kept. */
export function saveDraft<T>(key: string, value: T): boolean {
  const store = storage();
  if (!store) return false;
  const raw = JSON.stringify({ at: Date.now(), value } satisfies Stored<T>);
  if (raw.length > DRAFT_MAX_CHARS) return false;
  try {
    store.setItem(key, raw);
  } catch {
    return false;
  }
  prune(store, key);
  return true;
}

/** Forgets the draft under the key. */
export function clearDraft(key: string): void {
  storage()?.removeItem(key);
}

function prune(store: Storage, keep: string): void {
  const drafts: Array<{ key: string; at: number }> = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    let at = 0;
    try {
      at = (JSON.parse(store.getItem(key) ?? '{}') as Stored<unknown>).at ?? 0;
    } catch {
      at = 0;
    }
    drafts.push({ key, at });
  }
  if (drafts.length <= DRAFT_MAX_COUNT) return;
  drafts.sort((a, b) => a.at - b.at);
  for (const d of drafts.slice(0, drafts.length - DRAFT_MAX_COUNT)) if (d.key !== keep) store.removeItem(d.key);
}

/**
 * Keeps the watched value as the form's draft while `dirty` says it holds unsaved text, and
 * forgets it once it does not (saved, emptied or discarded).
 */
export function keepDraft<T>(key: () => string, value: WatchSource<T>, dirty: () => boolean): void {
  watch(
    value,
    (v) => {
      if (dirty()) saveDraft(key(), v);
      else clearDraft(key());
    },
    { deep: true },
  );
}

/** Asks before leaving a page with unsaved text: another page of the app, or closing and reloading the tab. */
export function useLeaveGuard(dirty: () => boolean, question: () => string): void {
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!dirty()) return;
    event.preventDefault();
    // Older browsers show their own text only when returnValue is set.
    event.returnValue = '';
  };
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload));
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload));
  onBeforeRouteLeave(() => (dirty() ? window.confirm(question()) : true));
}

/** A form's value kept as a draft: restored on the next visit, guarded on leaving, cleared once saved. */
export interface FormDraft<T> {
  value: Ref<T>;
  /** Whether the value differs from what the form started from (unsaved text). */
  dirty: Ref<boolean>;
  /** Whether the value came back from a stored draft. */
  restored: Ref<boolean>;
  /** After a save: the stored draft is forgotten and the form starts again from `initial`. */
  saved(): void;
  /** Throws the typed text away after asking; false when the user kept it. */
  discard(): boolean;
}

/**
 * One form's draft under `draftKey(person, form, objectId)`; `initial` is what the form starts
 * from (the object's saved state, or empty for a new one).
 */
export function useFormDraft<T>(
  key: () => string,
  initial: () => T,
  questions: { leave: () => string; discard: () => string },
): FormDraft<T> {
  const stored = loadDraft<T>(key());
  const value = ref(stored ?? initial()) as Ref<T>;
  const restored = ref(stored !== null);
  const dirty = computed(() => JSON.stringify(value.value) !== JSON.stringify(initial()));
  keepDraft(key, value, () => dirty.value);
  useLeaveGuard(() => dirty.value, questions.leave);
  return {
    value,
    dirty,
    restored,
    saved() {
      clearDraft(key());
      value.value = initial();
      restored.value = false;
    },
    discard() {
      if (dirty.value && !window.confirm(questions.discard())) return false;
      clearDraft(key());
      value.value = initial();
      restored.value = false;
      return true;
    },
  };
}
