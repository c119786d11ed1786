// Pure rules of the quality pages: school years, which years a report can be started for, and the
// red thread from one year's results through causes and measures to the next year's follow-up.

/** The school year a report year stands for: 2026 → "2025/26". */
export function schoolYearOf(year: number): string {
  return `${year - 1}/${String(year).slice(2)}`;
}

/** The report year (the calendar year the school year ends in) of the school year running on a date; a school year starts in July. */
export function runningReportYear(now: Date): number {
  return now.getMonth() >= 6 ? now.getFullYear() + 1 : now.getFullYear();
}

/** The years a report can be started for now: the school year just ended and the one running, less those that have one. */
export function startableYears(now: Date, existing: readonly number[]): number[] {
  const running = runningReportYear(now);
  return [running - 1, running].filter((y) => !existing.includes(y));
}

/** The sections of the report page a server field path belongs to, for the hand-in problems. */
export function sectionOfProblem(field: string): 'developmentAreas' | 'measures' | 'participation' | 'other' {
  const head = field.split('.')[0];
  return head === 'developmentAreas' || head === 'measures' || head === 'participation' ? head : 'other';
}

interface ThreadFollowUp {
  measureId?: string | null;
  fromReportId: string;
}
interface ThreadReport {
  id: string;
  year: number;
  developmentAreas: { areas: Array<{ causes: Array<{ id: string }> }> };
  measures: { measures: Array<{ id: string; causeId?: string | null }> };
  followUps: { followUps: ThreadFollowUp[] };
}
type AreaOf<R extends ThreadReport> = R['developmentAreas']['areas'][number];
type MeasureOf<R extends ThreadReport> = R['measures']['measures'][number];
type FollowUpOf<R extends ThreadReport> = R['followUps']['followUps'][number];

/** One year of the thread: the report, each area with the measures aimed at its causes, and what the next year said of each measure. */
export interface ThreadYear<R extends ThreadReport> {
  report: R;
  next: R | null;
  areas: Array<{ area: AreaOf<R>; measures: Array<{ measure: MeasureOf<R>; followUp: FollowUpOf<R> | null }> }>;
  /** Measures whose cause is no longer in the analysis. */
  loose: Array<{ measure: MeasureOf<R>; followUp: FollowUpOf<R> | null }>;
}

/**
 * The red thread of one unit, oldest year first: result → cause → development area → measure →
 * action item → the next year's follow-up (carried out? had effect?) and results.
 */
export function redThread<R extends ThreadReport>(reports: readonly R[]): ThreadYear<R>[] {
  const byYear = [...reports].sort((a, b) => a.year - b.year);
  return byYear.map((report, i) => {
    const next = byYear[i + 1] ?? null;
    const followUpOf = (m: MeasureOf<R>): FollowUpOf<R> | null =>
      next?.followUps.followUps.find((f) => f.fromReportId === report.id && f.measureId === m.id) ?? null;
    const used = new Set<string>();
    const areas = report.developmentAreas.areas.map((area: AreaOf<R>) => {
      const causes = new Set(area.causes.map((c) => c.id));
      const measures = report.measures.measures
        .filter((m: MeasureOf<R>) => m.causeId && causes.has(m.causeId))
        .map((measure: MeasureOf<R>) => {
          used.add(measure.id);
          return { measure, followUp: followUpOf(measure) };
        });
      return { area, measures };
    });
    const loose = report.measures.measures
      .filter((m: MeasureOf<R>) => !used.has(m.id))
      .map((measure: MeasureOf<R>) => ({ measure, followUp: followUpOf(measure) }));
    return { report, next, areas, loose };
  });
}
