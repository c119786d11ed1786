import { z } from 'zod';
import { hasRoleIn, isAdmin, requireViewer, type Viewer } from '../../auth/index.js';
import { ForbiddenError } from '../../shared/errors.js';
import type { Logger } from '../../shared/logger.js';
import type { StartupHook } from '../../shared/startup-hook.js';
import { bilingual, parseInput, text } from '../../shared/validation.js';
import { RETENTION_DEFAULT_MONTHS, RETENTION_RANGE, type CoachingSettingsDoc } from './coaching.model.js';
import {
  allRetentions,
  closedBefore,
  disposeEngagement,
  settingsOf,
  writeRetention,
} from './coaching.records.repository.js';
import { viewerMunicipality } from './coaching.municipality.js';
import { addMonths } from './coaching.statistics.js';

// Retention and disposal (gallring). A municipality sets how many months after its close an
// engagement's content is kept (1–120, 24 unless set). A job in every API process disposes of the
// content of closed engagements older than that: their entries are deleted, goal and summary
// cleared, the state set to disposed with the time; the facts stay (statistics still count them).
// Each engagement is taken with a conditional update inside a transaction, so several processes
// running the job at once dispose of each engagement once, and a second run changes nothing.

/** Query.coachingSettings and setCoachingRetention's answer. */
export interface CoachingSettingsView {
  id: string;
  retentionMonths: number;
  isDefault: boolean;
  canEdit: boolean;
  minMonths: number;
  maxMonths: number;
}

/** Who changes the retention: the municipality's administration, or an admin. */
function canSetRetention(viewer: Viewer, municipalityCode: string): boolean {
  return isAdmin(viewer) || hasRoleIn(viewer, municipalityCode, ['administration']);
}

function settingsView(viewer: Viewer, code: string, doc: CoachingSettingsDoc | null): CoachingSettingsView {
  return {
    id: code,
    retentionMonths: doc?.retentionMonths ?? RETENTION_DEFAULT_MONTHS,
    isDefault: !doc,
    canEdit: canSetRetention(viewer, code),
    minMonths: RETENTION_RANGE.min,
    maxMonths: RETENTION_RANGE.max,
  };
}

/** Query.coachingSettings: read by everyone with a role in the municipality (the screens tell how long notes are kept), and an admin. */
export async function coachingSettings(viewer: Viewer | null, municipalityCode: string): Promise<CoachingSettingsView> {
  const { viewer: v, code } = await viewerMunicipality(viewer, municipalityCode);
  return settingsView(v, code, await settingsOf(code));
}

/** setCoachingRetention's input: a whole number of months in RETENTION_RANGE. */
export const retentionInput = z.object({
  municipalityCode: text({ max: 20, min: 1 }),
  months: z
    .number()
    .int(bilingual('måste vara ett helt antal månader', 'must be a whole number of months'))
    .min(
      RETENTION_RANGE.min,
      bilingual(`måste vara minst ${RETENTION_RANGE.min}`, `must be at least ${RETENTION_RANGE.min}`),
    )
    .max(
      RETENTION_RANGE.max,
      bilingual(`får vara högst ${RETENTION_RANGE.max}`, `must be at most ${RETENTION_RANGE.max}`),
    ),
});

/** Mutation.setCoachingRetention: the administration (or an admin); audited as coaching.retention. */
export async function setCoachingRetention(viewer: Viewer | null, raw: unknown): Promise<CoachingSettingsView> {
  requireViewer({ viewer });
  const input = parseInput(retentionInput, raw, 'input');
  const { viewer: v, code } = await viewerMunicipality(viewer, input.municipalityCode);
  if (!canSetRetention(v, code)) throw new ForbiddenError();
  const after = await writeRetention(v, code, input.months);
  return settingsView(v, code, after);
}

/** The latest close an engagement may have had for its content to be disposed of at `now`. */
export function disposalCutoff(now: Date, retentionMonths: number): Date {
  return addMonths(now, -retentionMonths);
}

/**
 * Disposes of the content of every closed engagement whose close lies further back than its
 * municipality's retention at `now`. Returns how many this run disposed of; safe to run in several
 * processes at once and again (each engagement is taken by one conditional update).
 */
export async function disposeExpiredEngagements(now: Date = new Date()): Promise<number> {
  const own = await allRetentions();
  const fallback = disposalCutoff(now, RETENTION_DEFAULT_MONTHS);
  const due = [
    ...own.map((s) => ({
      where: { municipalityCode: s.municipalityCode },
      cutoff: disposalCutoff(now, s.retentionMonths),
    })),
    { where: { except: own.map((s) => s.municipalityCode) }, cutoff: fallback },
  ];
  let disposed = 0;
  for (const { where, cutoff } of due)
    for (const id of await closedBefore(where, cutoff)) if (await disposeEngagement(id, cutoff, now)) disposed++;
  return disposed;
}

/** How soon after start the first disposal runs, and how often after that. */
export const DISPOSAL_SCHEDULE = { firstAfterMs: 60_000, everyMs: 6 * 60 * 60_000 } as const;

/**
 * Runs {@link disposeExpiredEngagements} shortly after start and then on an interval, in this
 * process (every process does; the conditional updates keep it to once per engagement). The timers
 * do not keep the process alive; the returned function stops them and waits for a run under way.
 */
export function scheduleDisposal(logger: Logger, schedule = DISPOSAL_SCHEDULE): () => Promise<void> {
  let current: Promise<void> | null = null;
  let stopped = false;
  const run = () => {
    if (current || stopped) return;
    current = disposeExpiredEngagements()
      .then((n) => {
        if (n) logger.info({ disposed: n }, 'coaching content disposed of after its retention');
      })
      .catch((err: unknown) => logger.error({ err }, 'coaching disposal failed'))
      .finally(() => {
        current = null;
      });
  };
  const first = setTimeout(run, schedule.firstAfterMs);
  first.unref();
  const every = setInterval(run, schedule.everyMs);
  every.unref();
  return async () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(every);
    await current;
  };
}

/** The start-up hook of `npm start`: schedules the disposal job; stopped with the server. */
export const coachingDisposalStartupHook: StartupHook = ({ logger }) => Promise.resolve(scheduleDisposal(logger));
