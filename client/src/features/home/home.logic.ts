import { attentionReasons, type AttentionReason } from '../plans/plans.logic.js';
import type { ActionItem, ActionPlan } from '../plans/plans.types.js';

/** An item that needs its owner's attention, with the plan it belongs to. */
export interface AttentionItem {
  item: ActionItem;
  planTitle: string;
  reasons: AttentionReason[];
}

/** Items across plans that need an update, most urgent first (overdue, then at risk, then stale). */
export function itemsNeedingUpdate(plans: ActionPlan[], now: Date): AttentionItem[] {
  const weight: Record<AttentionReason, number> = { OVERDUE: 4, AT_RISK: 2, STALE: 1 };
  return plans
    .flatMap((plan) =>
      plan.areas.flatMap((area) =>
        area.items.map((item) => ({ item, planTitle: plan.title, reasons: attentionReasons(item, now) })),
      ),
    )
    .filter((x) => x.reasons.length > 0)
    .sort(
      (a, b) =>
        b.reasons.reduce((n, r) => n + weight[r], 0) - a.reasons.reduce((n, r) => n + weight[r], 0) ||
        (a.item.dueDate ?? '9999').localeCompare(b.item.dueDate ?? '9999'),
    );
}

/** Items across plans assigned to one person. */
export function itemsAssignedTo(plans: ActionPlan[], personId: string): Array<{ item: ActionItem; planTitle: string }> {
  return plans.flatMap((plan) =>
    plan.areas.flatMap((area) =>
      area.items.filter((i) => i.owner?.id === personId).map((item) => ({ item, planTitle: plan.title })),
    ),
  );
}

/** The newest entries first, at most `limit`. */
export function newestFirst<T extends { at: string }>(entries: T[], limit: number): T[] {
  return [...entries].sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}
