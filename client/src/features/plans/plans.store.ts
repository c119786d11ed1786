import { reactive, ref } from 'vue';
import { defineStore } from 'pinia';
import type { AppError } from '../../api/errors.js';
import type { MessageKey } from '../../i18n/index.js';
import { draftFromItem, normaliseDraft, theirVersion, validateDraft, type ItemFilters } from './plans.logic.js';
import type { ActionItem, ItemDraft } from './plans.types.js';

/** A field's problem: an i18n key (checked here) or the server's text in both languages. */
export type FieldMessage = MessageKey | { sv: string; en: string };

/** A stale update: the other person's newer item beside what this user typed (kept, never lost). */
export interface UpdateConflict {
  theirs: ActionItem;
  mine: ItemDraft;
}

/**
 * The plans pages' UI state: filters, drafts and the outcome of sending one. Plans and items
 * themselves are server state and live in the GraphQL cache (see plans.api.ts).
 */
export const usePlansStore = defineStore('plans', () => {
  /** The plan page's filters (kept, so going back to the plan finds them as left). */
  const filters = reactive<ItemFilters>({ status: '', ownerId: '', areaId: '' });
  /** Drafts per item id: what the user typed survives navigation and conflicts. */
  const drafts = reactive<Record<string, ItemDraft>>({});
  /** The version each draft was written against. */
  const draftBase = reactive<Record<string, number>>({});
  /** The last failed update that is the form's to show (not a conflict; those go to `conflict`). */
  const saveError = ref<AppError | null>(null);
  /** Field problems of the draft: i18n keys from the form's own checks, both languages from the server. */
  const fieldErrors = ref<Partial<Record<keyof ItemDraft, FieldMessage>>>({});
  /** A conflict to resolve. */
  const conflict = ref<UpdateConflict | null>(null);
  /** Set after a successful save, for the confirmation message. */
  const lastSavedItemId = ref<string | null>(null);

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

  /** The draft ready to send, or null (with `fieldErrors` set) when it has problems. */
  function prepareSubmit(itemId: string): ItemDraft | null {
    const draft = drafts[itemId];
    if (!draft) return null;
    const clean = normaliseDraft(draft);
    fieldErrors.value = validateDraft(clean);
    saveError.value = null;
    lastSavedItemId.value = null;
    return Object.keys(fieldErrors.value).length ? null : clean;
  }

  /** After a save: a fresh draft on the saved version and the confirmation. */
  function saved(item: ActionItem): void {
    delete drafts[item.id];
    delete draftBase[item.id];
    conflict.value = null;
    lastSavedItemId.value = item.id;
    ensureDraft(item);
  }

  /**
   * After a refused save. CONFLICT: their version comes with the error (no refetch) and the draft
   * is kept beside it. BAD_USER_INPUT: each problem lands on its field. Anything else the form
   * shows; trouble with the server or network also reaches the notifications.
   */
  function failed(item: ActionItem, error: AppError): void {
    const draft = drafts[item.id];
    if (error.code === 'CONFLICT' && draft) {
      conflict.value = { theirs: theirVersion(item, error.current), mine: { ...draft } };
      return;
    }
    saveError.value = error;
    if (error.code === 'BAD_USER_INPUT') {
      for (const f of error.fields) fieldErrors.value[f.field as keyof ItemDraft] = f.message;
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

  return {
    filters,
    drafts,
    draftBase,
    saveError,
    fieldErrors,
    conflict,
    lastSavedItemId,
    ensureDraft,
    clearFilters,
    prepareSubmit,
    saved,
    failed,
    reapplyOnTheirs,
    discardDraft,
  };
});
