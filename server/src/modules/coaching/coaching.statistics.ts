import mongoose from 'mongoose';
import { hasRoleIn, isAdmin, type Viewer } from '../../auth/index.js';
import { ForbiddenError } from '../../shared/errors.js';
import { suppressTableSet, type Cell, type GroupCounts, type TableSetCounts } from '../../shared/suppression.js';
import { findOrganisationsByIds, type OrganisationDoc } from '../organisations/index.js';
import { coachingSubjectValues, type CoachingSubject, type EngagementState } from './coaching.enums.js';
import { COACHING_K } from './coaching.model.js';
import { caseloadStates, statisticsRows } from './coaching.records.repository.js';
import { isCoachServiceOf } from './coaching.policy.js';
import { viewerMunicipality } from './coaching.municipality.js';

// Coaching in figures without identification ("1 engagement, SO, Sylteskolan" names the teacher).
// Engagements of every state are counted (a disposed one's facts remain), by school unit and
// subject and by school unit and duration, and suppressed with the teacher panel's rules
// (shared/suppression.ts): a figure from k engagements only, its complement too, and no hidden
// figure worked out from the row or column it is in; a unit hidden in one table is hidden in the
// other, since both show its number of engagements. Only facts are read, never content.

/** How long an engagement has run, from its start to its close (or now), with their stored names. */
export const coachingDurationValues = {
  UNDER_3_MONTHS: 'under3',
  FROM_3_TO_6_MONTHS: 'from3to6',
  FROM_6_TO_12_MONTHS: 'from6to12',
  OVER_12_MONTHS: 'over12',
} as const;
export type DurationBand = (typeof coachingDurationValues)[keyof typeof coachingDurationValues];

/** The statistics' figure states with their API names: NONE is the shared rules' "no data". */
export const coachingFigureStateValues = { SHOWN: 'shown', TOO_FEW: 'tooFew', NONE: 'noData' } as const;

/** One figure as the API shows it (CoachingFigure). */
export type CoachingFigureView = Cell;

const SUBJECTS: readonly CoachingSubject[] = Object.values(coachingSubjectValues);
const BANDS: readonly DurationBand[] = Object.values(coachingDurationValues);
const NONE: Cell = { state: 'noData', value: null };

/** The date a whole number of calendar months later (the day kept, or the month's last day). */
export function addMonths(d: Date, months: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const out = new Date(d);
  out.setUTCFullYear(y, m, Math.min(d.getUTCDate(), last));
  return out;
}

/** The duration band of an engagement that started then and ended (or is looked at) at `end`. */
export function durationBand(startedAt: Date, end: Date): DurationBand {
  if (end < addMonths(startedAt, 3)) return 'under3';
  if (end < addMonths(startedAt, 6)) return 'from3to6';
  if (end < addMonths(startedAt, 12)) return 'from6to12';
  return 'over12';
}

/** The facts of one engagement the statistics count. */
export interface StatisticsFacts {
  unitId: string;
  subject: CoachingSubject;
  startedAt: Date;
  closedAt: Date | null;
}

/** One row of figures: the whole (unitId null) or one unit. */
export interface FigureRow {
  unitId: string | null;
  engagements: Cell;
  counts: Cell[];
}

/** A table of figures: the whole and the units with engagements (by id). */
export interface FigureTable {
  total: FigureRow;
  units: FigureRow[];
}

/** Both tables as they may be shown. */
export interface Figures {
  bySubject: FigureTable;
  byDuration: FigureTable;
}

/**
 * The figures of the engagements for threshold k, at `now`. A column without any engagement
 * (a subject or duration nobody has) is NONE in every row and left out of the arithmetic, which
 * is the same as the reader knowing those zeros (unless only one column would be left); units
 * without engagements have no row.
 */
export function statisticsFigures(facts: readonly StatisticsFacts[], k: number, now: Date): Figures {
  const unitIds = [...new Set(facts.map((f) => f.unitId))].sort();
  const index = new Map(unitIds.map((id, i) => [id, i]));
  const subjectRows = unitIds.map(() => SUBJECTS.map(() => 0));
  const bandRows = unitIds.map(() => BANDS.map(() => 0));
  for (const f of facts) {
    const r = index.get(f.unitId)!;
    subjectRows[r]![SUBJECTS.indexOf(f.subject)]! += 1;
    bandRows[r]![BANDS.indexOf(durationBand(f.startedAt, f.closedAt ?? now))]! += 1;
  }
  const nothing = (width: number): FigureTable => ({
    total: { unitId: null, engagements: NONE, counts: Array.from({ length: width }, () => NONE) },
    units: [],
  });
  if (!facts.length) return { bySubject: nothing(SUBJECTS.length), byDuration: nothing(BANDS.length) };

  const set = [subjectRows, bandRows].map((rows) => {
    const width = rows[0]!.length;
    const totals = Array.from({ length: width }, (_, c) => rows.reduce((s, row) => s + row[c]!, 0));
    // With one column in use its figure in every row would be the row's n: then zeros are kept in
    // the arithmetic (hidden as too few) rather than shown as none.
    const nonzero = totals.flatMap((t, c) => (t > 0 ? [c] : []));
    const used = nonzero.length > 1 ? nonzero : totals.map((_, c) => c);
    const groups: GroupCounts[] = rows.map((row, r) => ({
      key: unitIds[r]!,
      members: Infinity,
      n: row.reduce((s, x) => s + x, 0),
      counts: used.map((c) => row[c]!),
    }));
    const counts: TableSetCounts = {
      additive: true,
      total: { n: facts.length, counts: used.map((c) => totals[c]!) },
      breakdowns: [groups],
      crosses: new Map(),
    };
    return { width, used, counts };
  });
  const shown = suppressTableSet(
    set.map((t) => t.counts),
    1,
    k,
  );
  const [bySubject, byDuration] = set.map(({ width, used }, t): FigureTable => {
    const widen = (cells: Cell[]) => {
      const full = Array.from({ length: width }, () => NONE);
      used.forEach((c, i) => (full[c] = cells[i]!));
      return full;
    };
    const table = shown[t]!;
    const total = { unitId: null, engagements: table.total.n, counts: widen(table.total.counts) };
    // One unit alone is the whole municipality: its row shows what the total shows, no more, no less.
    if (unitIds.length === 1) return { total, units: [{ ...total, unitId: unitIds[0]! }] };
    return {
      total,
      units: table.breakdowns[0]!.map((g) => ({ unitId: g.key, engagements: g.n, counts: widen(g.counts) })),
    };
  });
  return { bySubject: bySubject!, byDuration: byDuration! };
}

/** A row as the API shows it, with its unit. */
export interface ShownStatisticsRow {
  unit: OrganisationDoc | null;
  engagements: Cell;
  counts: Cell[];
}

/** A table as the API shows it: no total for a principal. */
export interface ShownStatisticsTable {
  total: ShownStatisticsRow | null;
  units: ShownStatisticsRow[];
}

/** Query.coachingStatistics. */
export interface ShownStatistics {
  id: string;
  threshold: number;
  asOf: Date;
  subjects: readonly CoachingSubject[];
  bySubject: ShownStatisticsTable;
  durations: readonly DurationBand[];
  byDuration: ShownStatisticsTable;
}

/** Who reads the statistics: the coach service, the administration and an admin all of them; a principal their own units' rows. */
function statisticsReach(viewer: Viewer, municipalityCode: string): 'all' | 'ownUnits' | null {
  if (isAdmin(viewer) || hasRoleIn(viewer, municipalityCode, ['administration', 'coach'])) return 'all';
  if (hasRoleIn(viewer, municipalityCode, ['principal'])) return 'ownUnits';
  return null;
}

/** The facts the statistics count: every engagement of the municipality, without its content. */
async function statisticsFacts(municipalityCode: string): Promise<StatisticsFacts[]> {
  return (await statisticsRows(municipalityCode)).map((d) => ({
    unitId: d.unitId.toHexString(),
    subject: d.subject,
    startedAt: d.startedAt,
    closedAt: d.closedAt,
  }));
}

/**
 * A municipality's coaching statistics as the viewer may see them: UNAUTHENTICATED without a
 * session, NOT_FOUND for a municipality they hold no role in, FORBIDDEN for roles there without
 * a part in it (teachers, politicians, the registrar, the municipality's administrator).
 */
export async function coachingStatistics(
  viewer: Viewer | null,
  municipalityCode: string,
  now: Date = new Date(),
): Promise<ShownStatistics> {
  const { viewer: v, code } = await viewerMunicipality(viewer, municipalityCode);
  const reach = statisticsReach(v, code);
  if (!reach) throw new ForbiddenError();
  const figures = statisticsFigures(await statisticsFacts(code), COACHING_K, now);
  const ownUnits =
    reach === 'ownUnits'
      ? [
          ...new Set(
            v.memberships
              .filter((m) => m.role === 'principal' && m.municipalityCode === code)
              .map((m) => m.organisationId),
          ),
        ]
      : null;
  const unitIds = ownUnits ?? figures.bySubject.units.map((r) => r.unitId!);
  const units = new Map(
    (await findOrganisationsByIds(unitIds.map((id) => new mongoose.Types.ObjectId(id)))).map((o) => [
      o._id.toHexString(),
      o,
    ]),
  );
  const byName = (a: ShownStatisticsRow, b: ShownStatisticsRow) =>
    (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '', 'sv');
  const shownTable = (table: FigureTable, width: number): ShownStatisticsTable => {
    const rows = new Map(table.units.map((r) => [r.unitId!, r]));
    const unitRows = unitIds
      .filter((id) => units.has(id))
      .map((id): ShownStatisticsRow => {
        const row = rows.get(id);
        // A principal's unit without engagements: none, which the principal knows already.
        if (!row) return { unit: units.get(id)!, engagements: NONE, counts: Array.from({ length: width }, () => NONE) };
        return { unit: units.get(id)!, engagements: row.engagements, counts: row.counts };
      })
      .sort(byName);
    return {
      total: ownUnits ? null : { unit: null, engagements: table.total.engagements, counts: table.total.counts },
      units: unitRows,
    };
  };
  return {
    id: code,
    threshold: COACHING_K,
    asOf: now,
    subjects: SUBJECTS,
    bySubject: shownTable(figures.bySubject, SUBJECTS.length),
    durations: BANDS,
    byDuration: shownTable(figures.byDuration, BANDS.length),
  };
}

/** Query.coachingCaseload: a coach's own engagements counted by state. */
export interface Caseload {
  active: number;
  closed: number;
  disposed: number;
  total: number;
}

/** The viewer's own engagements as a coach of the municipality, by state (counts only; the list is the board's). */
export async function coachingCaseload(viewer: Viewer | null, municipalityCode: string): Promise<Caseload> {
  const { viewer: v, code } = await viewerMunicipality(viewer, municipalityCode);
  if (!isCoachServiceOf(v, code)) throw new ForbiddenError();
  const states = await caseloadStates(code, new mongoose.Types.ObjectId(v.personId));
  const count = (state: EngagementState) => states.filter((s) => s === state).length;
  return { active: count('active'), closed: count('closed'), disposed: count('disposed'), total: states.length };
}
