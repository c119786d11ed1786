import type { Resolvers } from './generated/resolvers-types.js';
import { DateTime } from './scalars.js';
import { healthResolvers } from '../modules/health/graphql.js';
import { organisationResolvers } from '../modules/organisations/graphql.js';
import { peopleResolvers } from '../modules/people/graphql.js';
import { planResolvers } from '../modules/plans/graphql.js';
import { goalResolvers } from '../modules/goals/graphql.js';
import { commentResolvers } from '../modules/dialogue/graphql.js';
import { notificationResolvers } from '../modules/notifications/graphql.js';
import { auditResolvers } from '../modules/audit/graphql.js';
import { indicatorsResolvers } from '../modules/indicators/graphql.js';
import { resultsResolvers } from '../modules/results/graphql.js';
import { deficiencyResolvers } from '../modules/deficiencies/graphql.js';
import { annualCycleResolvers } from '../modules/annual-cycle/graphql.js';
import { qualityResolvers } from '../modules/quality/graphql.js';
import { panelResolvers } from '../modules/panel/graphql.js';
import { chatResolvers } from '../modules/chats/graphql.js';
import { exampleResolvers } from '../modules/examples/graphql.js';
import { moderationResolvers } from '../modules/moderation/graphql.js';
import { questionResolvers } from '../modules/questions/graphql.js';
import { meetingResolvers } from '../modules/meetings/graphql.js';
import { coachingRecordsResolvers, coachingResolvers } from '../modules/coaching/graphql.js';

// Each module contributes its resolver map; they are merged per type here.
const moduleResolvers: Resolvers[] = [
  qualityResolvers,
  healthResolvers,
  organisationResolvers,
  peopleResolvers,
  planResolvers,
  goalResolvers,
  commentResolvers,
  notificationResolvers,
  auditResolvers,
  indicatorsResolvers,
  resultsResolvers,
  deficiencyResolvers,
  annualCycleResolvers,
  panelResolvers,
  chatResolvers,
  exampleResolvers,
  moderationResolvers,
  questionResolvers,
  meetingResolvers,
  coachingResolvers,
  coachingRecordsResolvers,
];

/** All resolvers of the API, merged from the modules. */
export function buildResolvers(): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of moduleResolvers) {
    for (const [type, fields] of Object.entries(part)) {
      merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    }
  }
  return { ...(merged as Resolvers), DateTime };
}
