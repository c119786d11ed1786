import type { MessageKey } from '../../i18n/index.js';
import type { ActionItem, ActionPlan, Area, ItemDraft, ItemStatus } from './plans.types.js';

/** An item that has not been touched in this many days needs an update. */
export const STALE_AFTER_DAYS = 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A plan's overall progress and how it was reached, so the UI can explain the number. */
export interface PlanProgress {
  percent: number;
  /** Items that count (cancelled ones do not). */
  counted: number;
  done: number;
  cancelled: number;
  sum: number;
}

/**
 * Overall progress as the mean of the items' progress, every item weighing the same; done items
 * count as 100 % whatever their last figure, cancelled ones are left out (they will never finish).
 */
export function planProgress(plan: Pick<ActionPlan, 'areas'>): PlanProgress {
  let counted = 0;
  let done = 0;
  let cancelled = 0;
  let sum = 0;
  for (const item of plan.areas.flatMap((a) => a.items)) {
    if (item.status === 'CANCELLED') {
      cancelled += 1;
      continue;
    }
    counted += 1;
    const p = item.status === 'DONE' ? 100 : clampProgress(item.progress);
    if (item.status === 'DONE') done += 1;
    sum += p;
  }
  return { percent: counted === 0 ? 0 : Math.round(sum / counted), counted, done, cancelled, sum: Math.round(sum) };
}

/** Keeps a progress figure within 0–100 and whole. */
export function clampProgress(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** The filters of the plan page; an empty string means "any". */
export interface ItemFilters {
  status: ItemStatus | '';
  ownerId: string;
  areaId: string;
}

/** The plan's areas with only the items the filters let through; areas left empty are dropped. */
export function filterAreas(areas: Area[], filters: ItemFilters): Area[] {
  return areas
    .filter((area) => !filters.areaId || area.id === filters.areaId)
    .map((area) => ({
      ...area,
      items: area.items.filter(
        (item) =>
          (!filters.status || item.status === filters.status) &&
          (!filters.ownerId || item.owner?.id === filters.ownerId),
      ),
    }))
    .filter((area) => area.items.length > 0);
}

/** The distinct owners of a plan's items, sorted by name, for the owner filter. */
export function planOwners(plan: Pick<ActionPlan, 'areas'>): Array<{ id: string; name: string }> {
  const byId = new Map<string, string>();
  for (const item of plan.areas.flatMap((a) => a.items)) if (item.owner) byId.set(item.owner.id, item.owner.name);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** Why an item needs its owner's attention. */
export type AttentionReason = 'OVERDUE' | 'AT_RISK' | 'STALE';

/** The reasons an item needs an update now (none for finished or cancelled items). */
export function attentionReasons(
  item: Pick<ActionItem, 'status' | 'dueDate' | 'updatedAt'>,
  now: Date,
): AttentionReason[] {
  if (item.status === 'DONE' || item.status === 'CANCELLED') return [];
  const reasons: AttentionReason[] = [];
  if (item.dueDate && endOfDay(item.dueDate) < now.getTime()) reasons.push('OVERDUE');
  if (item.status === 'AT_RISK') reasons.push('AT_RISK');
  const updated = Date.parse(item.updatedAt);
  if (Number.isFinite(updated) && now.getTime() - updated > STALE_AFTER_DAYS * DAY_MS) reasons.push('STALE');
  return reasons;
}

function endOfDay(isoDate: string): number {
  const d = new Date(isoDate.length === 10 ? `${isoDate}T23:59:59.999Z` : isoDate);
  return d.getTime();
}

/** The starting draft for an item's update form: its current state, with no text yet. */
export function draftFromItem(item: Pick<ActionItem, 'status' | 'progress'>): ItemDraft {
  return { status: item.status, progress: clampProgress(item.progress), text: '', evidenceUrl: '', effect: '' };
}

/**
 * Closing an item as done means it is finished: progress goes to 100. Any other figure is sent as
 * typed, so one outside 0–100 is refused on its field rather than saved as the nearest bound.
 */
export function normaliseDraft(draft: ItemDraft): ItemDraft {
  return {
    ...draft,
    progress: draft.status === 'DONE' ? 100 : draft.progress,
    text: draft.text.trim(),
    evidenceUrl: draft.evidenceUrl.trim(),
    effect: draft.status === 'DONE' ? draft.effect.trim() : '',
  };
}

/** Field problems of a draft before it is sent (message keys into i18n). */
export function validateDraft(draft: ItemDraft): Partial<Record<keyof ItemDraft, MessageKey>> {
  const problems: Partial<Record<keyof ItemDraft, MessageKey>> = {};
  if (
    typeof draft.progress !== 'number' ||
    !Number.isInteger(draft.progress) ||
    draft.progress < 0 ||
    draft.progress > 100
  )
    problems.progress = 'update.errors.progress';
  if (draft.text.trim().length > 2000) problems.text = 'update.errors.textTooLong';
  const url = draft.evidenceUrl.trim();
  if (url && !/^https?:\/\/\S+$/i.test(url)) problems.evidenceUrl = 'update.errors.url';
  if (!draft.text.trim()) problems.text = 'update.errors.textMissing';
  if (draft.status === 'DONE' && !draft.effect.trim()) problems.effect = 'update.errors.effectMissing';
  return problems;
}

/** Which of the draft's fields differ from the other person's newer version (for the side-by-side view). */
export function conflictingFields(
  mine: ItemDraft,
  theirs: Pick<ActionItem, 'status' | 'progress'>,
): Array<'status' | 'progress'> {
  const fields: Array<'status' | 'progress'> = [];
  if (mine.status !== theirs.status) fields.push('status');
  if (clampProgress(mine.progress) !== clampProgress(theirs.progress)) fields.push('progress');
  return fields;
}

/** The plan's progress if the draft were saved, for showing the effect of closing as done. */
export function progressAfter(plan: Pick<ActionPlan, 'areas'>, draft: ItemDraft, itemId: string): number {
  const areas = plan.areas.map((a) => ({
    ...a,
    items: a.items.map((i) =>
      i.id === itemId ? { ...i, status: draft.status, progress: normaliseDraft(draft).progress } : i,
    ),
  }));
  return planProgress({ areas }).percent;
}

/** What a CONFLICT carries about the item: its state when the server refused the update. */
interface ConflictPayload {
  version?: number;
  status?: ItemStatus;
  progress?: number;
  effect?: string | null;
  lastUpdate?: ActionItem['lastUpdate'];
}

/** Their version of an item: the item as this user saw it, with the server's current state on top. */
export function theirVersion(seen: ActionItem, current: unknown): ActionItem {
  const c = (current ?? {}) as ConflictPayload;
  return {
    ...seen,
    version: c.version ?? seen.version,
    status: c.status ?? seen.status,
    progress: c.progress ?? seen.progress,
    effect: c.effect !== undefined ? c.effect : seen.effect,
    lastUpdate: c.lastUpdate !== undefined ? c.lastUpdate : seen.lastUpdate,
  };
}
