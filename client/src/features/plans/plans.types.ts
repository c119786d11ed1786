/** How far an action item has come; the server's enum, mirrored for the client's logic. */
export type ItemStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'AT_RISK' | 'DONE' | 'CANCELLED';

/** Every status in the order the UI lists them. */
export const ITEM_STATUSES: readonly ItemStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'AT_RISK', 'DONE', 'CANCELLED'];

/** A person as the plans screens show them. */
export interface PersonRef {
  id: string;
  name: string;
}

/** One entry in an item's status history. */
export interface StatusUpdate {
  id: string;
  status: ItemStatus;
  progress: number;
  text: string;
  evidenceUrl: string | null;
  effect: string | null;
  authorName: string;
  at: string;
}

/** One thing the organiser will do ("Borås Stad ska: …"). */
export interface ActionItem {
  id: string;
  planId: string;
  areaId: string;
  title: string;
  description: string;
  owner: PersonRef | null;
  dueDate: string | null;
  status: ItemStatus;
  progress: number;
  /** Optimistic-concurrency version; an update names the version it was based on. */
  version: number;
  updatedAt: string;
  /** The effect seen, recorded when the item was closed as done. */
  effect: string | null;
  lastUpdate: { text: string; authorName: string; at: string } | null;
  canUpdate: boolean;
  goals: Array<{ id: string; title: string }>;
  /** The quality-report measures the item came from. */
  fromQuality: Array<{ reportId: string; unit: string; schoolYear: string; measure: string }>;
  updates: StatusUpdate[];
}

/** A part of a plan, e.g. "Rektors uppdrag". */
export interface Area {
  id: string;
  title: string;
  description: string;
  /** Archived: kept with its history; only when every item is cancelled or moved away. */
  archived: boolean;
  version: number;
  items: ActionItem[];
}

/** A plan's life: drafts are seen by the administration only. */
export type PlanStatus = 'DRAFT' | 'ACTIVE' | 'CLOSED';

/** A municipality's action plan. */
export interface ActionPlan {
  id: string;
  title: string;
  purpose: string;
  startingPoints: string[];
  organisationName: string;
  periodFrom: string;
  periodTo: string;
  responsible: PersonRef | null;
  responsibleTitle: string | null;
  /** Who owns the plan, as a title (e.g. "Utbildningsnämnden"). */
  ownerTitle: string | null;
  /** The school units taking part (a programme names its schools). */
  schools: Array<{ id: string; name: string }>;
  status: PlanStatus;
  /** Whether the viewer may edit the plan, its areas and items. */
  canEdit: boolean;
  version: number;
  areas: Area[];
}

/** What the leader types into the update form. */
export interface ItemDraft {
  status: ItemStatus;
  progress: number;
  text: string;
  evidenceUrl: string;
  /** The effect seen; asked for when closing as done. */
  effect: string;
}
