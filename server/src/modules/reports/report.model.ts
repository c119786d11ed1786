import type { ItemStatusName, PlanReportData } from './report.query.js';

/** At most this many items go into one report (a plan's areas list up to 100 items each). */
export const MAX_REPORT_ITEMS = 1000;

export const ITEM_STATUS_ORDER: ItemStatusName[] = ['NOT_STARTED', 'IN_PROGRESS', 'AT_RISK', 'DONE', 'CANCELLED'];

/** The board report speaks Swedish: the labels are those of the plan page. */
export const ITEM_STATUS_LABEL: Record<ItemStatusName, string> = {
  NOT_STARTED: 'Ej påbörjad',
  IN_PROGRESS: 'Pågår',
  AT_RISK: 'I riskzonen',
  DONE: 'Klar',
  CANCELLED: 'Inställd',
};
const PLAN_STATUS_LABEL = { DRAFT: 'Utkast', ACTIVE: 'Aktiv', CLOSED: 'Avslutad' } as const;
const TARGET_STATUS_LABEL = { ON_TRACK: 'I fas', AT_RISK: 'Risk', OFF_TRACK: 'Ur fas', NO_DATA: 'Inga data' } as const;

export interface ReportItem {
  area: string;
  text: string;
  responsible: string;
  dueDate: string;
  status: string;
  progress: number;
  /** The latest status update's text: the item's situation. */
  situation: string;
  situationBy: string;
  situationAt: string;
  /** The effect seen, for done items. */
  effect: string;
}

export interface ReportTarget {
  goal: string;
  goalStatus: string;
  indicator: string;
  scope: string;
  target: string;
  latestValue: string;
  latestYear: string;
  status: string;
  reason: string;
}

/** Everything a board report shows, in the order it shows it; every format renders this. */
export interface PlanReport {
  planId: string;
  title: string;
  municipality: string;
  owner: string;
  responsible: string;
  period: string;
  status: string;
  purpose: string;
  startingPoints: string[];
  /** The day the report was made, in Sweden (YYYY-MM-DD). */
  date: string;
  counts: Array<{ status: string; count: number }>;
  itemCount: number;
  progress: { percent: number; counted: number; sum: number; done: number; cancelled: number; explanation: string };
  areas: Array<{ title: string; items: ReportItem[] }>;
  /** Items left out beyond {@link MAX_REPORT_ITEMS} or an area's page. */
  omittedItems: number;
  goals: Array<{ title: string; status: string; targets: ReportTarget[] }>;
}

const swedishDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** A date as Swedes write it (2025-06-01), on Swedish time. */
export function swedishDate(value: Date | string | null): string {
  if (value === null) return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isFinite(date.getTime()) ? swedishDay.format(date) : '';
}

const number = (value: number, decimals: number) =>
  new Intl.NumberFormat('sv-SE', { maximumFractionDigits: decimals, minimumFractionDigits: 0 }).format(value);

function municipalityOf(owner: NonNullable<PlanReportData['actionPlan']>['owner']): string {
  for (let org: { name: string; kind: string; parent?: unknown } | null = owner; org;) {
    if (org.kind === 'MUNICIPALITY') return org.name;
    org = (org.parent as typeof org | undefined) ?? null;
  }
  return owner.name;
}

/**
 * Overall progress as the plan page computes it: the mean of the items' progress, each item
 * weighing the same; done items count as 100 %, cancelled ones are left out.
 */
export function overallProgress(statuses: Array<{ status: ItemStatusName; progress: number }>) {
  let counted = 0;
  let done = 0;
  let cancelled = 0;
  let sum = 0;
  for (const item of statuses) {
    if (item.status === 'CANCELLED') {
      cancelled += 1;
      continue;
    }
    counted += 1;
    if (item.status === 'DONE') done += 1;
    sum += item.status === 'DONE' ? 100 : Math.min(100, Math.max(0, Math.round(item.progress)));
  }
  const percent = counted === 0 ? 0 : Math.round(sum / counted);
  return {
    percent,
    counted,
    done,
    cancelled,
    sum,
    explanation:
      `Medelvärdet av åtgärdernas framsteg, där varje åtgärd väger lika: ${sum} procentenheter delat med ` +
      `${counted} åtgärder. Klara åtgärder räknas som 100 %. Inställda åtgärder (${cancelled}) räknas inte.`,
  };
}

type Target = NonNullable<PlanReportData['actionPlan']>['goals'][number]['targets'][number];

function targetText(target: Target): string {
  if (target.kind === 'RANK') return `Plats ${target.targetRank ?? '–'} eller bättre år ${target.targetYear}`;
  const value = target.targetValue === null ? '–' : number(target.targetValue, target.indicator.decimals);
  return `${value} ${unitText(target.indicator.unit)} år ${target.targetYear}`.replace(/ {2,}/g, ' ');
}

function unitText(unit: string): string {
  return (
    ({ percent: '%', points: 'poäng', percentagePoints: 'procentenheter', rank: '', count: 'st' } as const)[
      unit as 'percent'
    ] ?? unit
  );
}

/** The report of one plan as the viewer may see it, made on `now`. */
export function buildPlanReport(data: NonNullable<PlanReportData['actionPlan']>, now: Date): PlanReport {
  const areas: PlanReport['areas'] = [];
  let kept = 0;
  let omitted = 0;
  const all: Array<{ status: ItemStatusName; progress: number }> = [];
  for (const area of data.areas) {
    omitted += Math.max(0, area.items.totalCount - area.items.nodes.length);
    const items: ReportItem[] = [];
    for (const item of area.items.nodes) {
      if (kept >= MAX_REPORT_ITEMS) {
        omitted += 1;
        continue;
      }
      kept += 1;
      all.push(item);
      items.push({
        area: area.title,
        text: item.text,
        responsible: item.responsible?.name ?? '',
        dueDate: swedishDate(item.dueDate),
        status: ITEM_STATUS_LABEL[item.status],
        progress: item.status === 'DONE' ? 100 : item.progress,
        situation: item.lastUpdate?.text ?? '',
        situationBy: item.lastUpdate?.authorName ?? '',
        situationAt: swedishDate(item.lastUpdate?.at ?? null),
        effect: item.status === 'DONE' ? (item.effect ?? '') : '',
      });
    }
    areas.push({ title: area.title, items });
  }
  return {
    planId: data.id,
    title: data.title,
    municipality: municipalityOf(data.owner),
    owner: data.ownerTitle ? `${data.owner.name} (${data.ownerTitle})` : data.owner.name,
    responsible: data.responsible
      ? `${data.responsible.name}${data.responsibleTitle ? ` (${data.responsibleTitle})` : ''}`
      : '',
    period: `${data.period.from}–${data.period.to}`,
    status: PLAN_STATUS_LABEL[data.status],
    purpose: data.purpose,
    startingPoints: data.startingPoints,
    date: swedishDate(now),
    counts: ITEM_STATUS_ORDER.map((status) => ({
      status: ITEM_STATUS_LABEL[status],
      count: all.filter((i) => i.status === status).length,
    })),
    itemCount: all.length,
    progress: overallProgress(all),
    areas,
    omittedItems: omitted,
    goals: data.goals.map((goal) => ({
      title: goal.title,
      status: PLAN_STATUS_LABEL[goal.status],
      targets: goal.targets.map((t) => ({
        goal: goal.title,
        goalStatus: PLAN_STATUS_LABEL[goal.status],
        indicator: t.indicator.name.sv,
        scope: t.scope.name,
        target: targetText(t),
        latestValue:
          t.progress.latestValue === null
            ? ''
            : t.kind === 'RANK'
              ? `Plats ${number(t.progress.latestValue, 0)}`
              : `${number(t.progress.latestValue, t.indicator.decimals)} ${unitText(t.indicator.unit)}`.trim(),
        latestYear: t.progress.latestYear === null ? '' : String(t.progress.latestYear),
        status: TARGET_STATUS_LABEL[t.progress.status],
        reason: t.progress.reason.sv,
      })),
    })),
  };
}
