import { computed, reactive, ref } from 'vue';
import { defineStore } from 'pinia';
import type { AppError } from '../../api/errors.js';
import { asAppError } from '../../api/request.js';
import { plansApi, type PlanSummary } from './plans.api.js';
import {
  draftFromItem,
  filterAreas,
  normaliseDraft,
  planOwners,
  planProgress,
  validateDraft,
  type ItemFilters,
} from './plans.logic.js';
import type { ActionItem, ActionPlan, ItemDraft } from './plans.types.js';

/** A stale update: the other person's newer item beside what this user typed (kept, never lost). */
export interface UpdateConflict {
  theirs: ActionItem;
  mine: ItemDraft;
}

/** Action plans, the open plan and item, and the status-update form with its conflict handling. */
export const usePlansStore = defineStore('plans', () => {
  /** The municipality's plans, for the list. */
  const list = ref<PlanSummary[]>([]);
  /** The open plan. */
  const plan = ref<ActionPlan | null>(null);
  /** The open item, with its history. */
  const item = ref<ActionItem | null>(null);
  /** A read in flight. */
  const loading = ref(false);
  /** The last failed read. */
  const error = ref<AppError | null>(null);
  /** The plan page's filters. */
  const filters = reactive<ItemFilters>({ status: '', ownerId: '', areaId: '' });
  /** Drafts per item id: what the user typed survives navigation and conflicts. */
  const drafts = reactive<Record<string, ItemDraft>>({});
  /** The version each draft was written against. */
  const draftBase = reactive<Record<string, number>>({});
  /** An update in flight. */
  const saving = ref(false);
  /** The last failed update (not a conflict; those go to `conflict`). */
  const saveError = ref<AppError | null>(null);
  /** Field problems of the draft, as i18n keys. */
  const fieldErrors = ref<Partial<Record<keyof ItemDraft, string>>>({});
  /** A conflict to resolve. */
  const conflict = ref<UpdateConflict | null>(null);
  /** Set after a successful save, for the confirmation message. */
  const lastSavedItemId = ref<string | null>(null);

  const progress = computed(() => (plan.value ? planProgress(plan.value) : null));
  const visibleAreas = computed(() => (plan.value ? filterAreas(plan.value.areas, filters) : []));
  const owners = computed(() => (plan.value ? planOwners(plan.value) : []));
  const totalItems = computed(() => plan.value?.areas.reduce((n, a) => n + a.items.length, 0) ?? 0);
  const shownItems = computed(() => visibleAreas.value.reduce((n, a) => n + a.items.length, 0));

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

  /** Loads the municipality's plans. */
  async function loadList(municipalityCode: string): Promise<void> {
    list.value = (await read(() => plansApi.list(municipalityCode))) ?? [];
  }

  /** Loads one plan (and keeps the filters, so going back to the plan finds them as left). */
  async function loadPlan(id: string): Promise<void> {
    if (plan.value?.id !== id) plan.value = null;
    const loaded = await read(() => plansApi.plan(id));
    if (loaded) plan.value = loaded;
    else if (!error.value) plan.value = null;
  }

  /** Loads one item and prepares its draft unless one is being written. */
  async function loadItem(id: string): Promise<void> {
    if (item.value?.id !== id) item.value = null;
    const loaded = await read(() => plansApi.item(id));
    item.value = loaded;
    if (loaded) ensureDraft(loaded);
  }

  /** Starts a draft for an item if the user has none. */
  function ensureDraft(target: ActionItem): ItemDraft {
    if (!drafts[target.id]) {
      drafts[target.id] = draftFromItem(target);
      draftBase[target.id] = target.version;
    }
    return drafts[target.id]!;
  }

  /** Clears every filter. */
  function clearFilters(): void {
    filters.status = '';
    filters.ownerId = '';
    filters.areaId = '';
  }

  /** The plan's progress if the draft were saved, for showing the effect of closing as done. */
  function progressAfter(draft: ItemDraft, itemId: string): number | null {
    if (!plan.value) return null;
    const areas = plan.value.areas.map((a) => ({
      ...a,
      items: a.items.map((i) =>
        i.id === itemId ? { ...i, status: draft.status, progress: normaliseDraft(draft).progress } : i,
      ),
    }));
    return planProgress({ areas }).percent;
  }

  /** Sends the item's draft; on CONFLICT keeps the draft and fetches their version for comparison. */
  async function submitUpdate(itemId: string): Promise<boolean> {
    const draft = drafts[itemId];
    if (!draft) return false;
    const clean = normaliseDraft(draft);
    fieldErrors.value = validateDraft(clean);
    if (Object.keys(fieldErrors.value).length) return false;
    saving.value = true;
    saveError.value = null;
    lastSavedItemId.value = null;
    try {
      const saved = await plansApi.recordUpdate(itemId, draftBase[itemId] ?? 0, clean);
      applySaved(saved);
      delete drafts[itemId];
      delete draftBase[itemId];
      conflict.value = null;
      lastSavedItemId.value = itemId;
      ensureDraft(saved);
      return true;
    } catch (e) {
      const appError = asAppError(e);
      if (appError.code === 'CONFLICT') {
        const theirs = await plansApi.item(itemId).catch(() => null);
        if (theirs) {
          conflict.value = { theirs, mine: { ...draft } };
          if (item.value?.id === itemId) item.value = theirs;
          return false;
        }
      }
      saveError.value = appError;
      if (appError.code === 'BAD_USER_INPUT') {
        for (const f of appError.fields) fieldErrors.value[f.field as keyof ItemDraft] = f.message.sv;
      }
      return false;
    } finally {
      saving.value = false;
    }
  }

  /** Keeps the user's draft and rebases it on their newer version, ready to send again. */
  function reapplyOnTheirs(): void {
    if (!conflict.value) return;
    const { theirs, mine } = conflict.value;
    drafts[theirs.id] = { ...mine };
    draftBase[theirs.id] = theirs.version;
    conflict.value = null;
  }

  /** Drops the user's draft in favour of their version. */
  function discardDraft(): void {
    if (!conflict.value) return;
    const { theirs } = conflict.value;
    delete drafts[theirs.id];
    delete draftBase[theirs.id];
    ensureDraft(theirs);
    conflict.value = null;
  }

  function applySaved(saved: ActionItem): void {
    if (item.value?.id === saved.id) item.value = { ...saved, goals: item.value.goals };
    if (plan.value) {
      for (const area of plan.value.areas) {
        const i = area.items.findIndex((x) => x.id === saved.id);
        if (i >= 0) area.items[i] = { ...area.items[i]!, ...saved, goals: area.items[i]!.goals };
      }
    }
  }

  return {
    list,
    plan,
    item,
    loading,
    error,
    filters,
    drafts,
    draftBase,
    saving,
    saveError,
    fieldErrors,
    conflict,
    lastSavedItemId,
    progress,
    visibleAreas,
    owners,
    totalItems,
    shownItems,
    loadList,
    loadPlan,
    loadItem,
    ensureDraft,
    clearFilters,
    progressAfter,
    submitUpdate,
    reapplyOnTheirs,
    discardDraft,
  };
});
