import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { findOrganisation } from '../organisations/index.js';
import { coachingSettings, setCoachingRetention } from './coaching.disposal.js';
import { exportCoachingEngagement, listCoachingRecords } from './coaching.records.js';
import {
  coachingCaseload,
  coachingDurationValues,
  coachingFigureStateValues,
  coachingStatistics,
} from './coaching.statistics.js';

/** Coaching's statistics, the registrar's list and export, and retention (schema/coaching-records.graphql). */
// CoachingSubject and EngagementState are translated in coaching.resolvers.ts.
export const coachingRecordsResolvers: Resolvers = {
  CoachingDuration: coachingDurationValues,
  CoachingFigureState: coachingFigureStateValues,
  Query: {
    coachingCaseload: (_p, { municipalityCode }, ctx) => coachingCaseload(ctx.viewer, municipalityCode),
    coachingStatistics: (_p, { municipalityCode }, ctx) => coachingStatistics(ctx.viewer, municipalityCode),
    coachingRecords: (_p, { municipalityCode }, ctx) => listCoachingRecords(ctx.viewer, municipalityCode),
    coachingSettings: (_p, { municipalityCode }, ctx) => coachingSettings(ctx.viewer, municipalityCode),
  },
  Mutation: {
    exportCoachingEngagement: (_p, { id }, ctx) => exportCoachingEngagement(ctx.viewer, id),
    setCoachingRetention: (_p, { input }, ctx) => setCoachingRetention(ctx.viewer, input),
  },
  CoachingStatistics: {
    subjects: (s) => [...s.subjects],
    durations: (s) => [...s.durations],
  },
  CoachingRecord: {
    id: (r) => r._id.toHexString(),
    unit: async (r) => (await findOrganisation(r.unitId))!,
  },
  Notification: {
    coachingEngagementId: (n) =>
      n.notice.targetType === 'coachingEngagement' ? n.notice.targetId.toHexString() : null,
  },
};
