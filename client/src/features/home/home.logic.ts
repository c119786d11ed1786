import { attentionReasons, type AttentionReason } from '../plans/plans.logic.js';
import type { ActionItem } from '../plans/plans.types.js';

/** An item with the title of its plan, as the start pages list them. */
export interface PlanItemEntry {
  item: ActionItem;
  planTitle: string;
}

/** An item that needs its owner's attention, with the plan it belongs to. */
export interface AttentionItem {
  item: ActionItem;
  planTitle: string;
  reasons: AttentionReason[];
}

/** Items across plans that need an update, most urgent first (overdue, then at risk, then stale). */
export function itemsNeedingUpdate(entries: PlanItemEntry[], now: Date): AttentionItem[] {
  const weight: Record<AttentionReason, number> = { OVERDUE: 4, AT_RISK: 2, STALE: 1 };
  return entries
    .map(({ item, planTitle }) => ({ item, planTitle, reasons: attentionReasons(item, now) }))
    .filter((x) => x.reasons.length > 0)
    .sort(
      (a, b) =>
        b.reasons.reduce((n, r) => n + weight[r], 0) - a.reasons.reduce((n, r) => n + weight[r], 0) ||
        (a.item.dueDate ?? '9999').localeCompare(b.item.dueDate ?? '9999'),
    );
}

/** Items across plans assigned to one person. */
export function itemsAssignedTo(entries: PlanItemEntry[], personId: string): PlanItemEntry[] {
  return entries.filter((e) => e.item.owner?.id === personId);
}

/** The newest entries first, at most `limit`. */
export function newestFirst<T extends { at: string }>(entries: T[], limit: number): T[] {
  return [...entries].sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}
