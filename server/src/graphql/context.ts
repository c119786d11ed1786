import type { Request, Response } from 'express';
import type { Logger } from '../shared/logger.js';
import { readScope, type LoginThrottleRules, type Viewer } from '../auth/index.js';
import { createOrganisationLoader, organisationJoin } from '../modules/organisations/graphql.js';
import { createPersonLoader, personJoin } from '../modules/people/graphql.js';
import { createPlanLoaders } from '../modules/plans/graphql.js';
import { createGoalLoaders } from '../modules/goals/graphql.js';
import { createCommentLoaders } from '../modules/dialogue/graphql.js';
import { createCycleLoaders } from '../modules/annual-cycle/graphql.js';
import { createQualityLoaders } from '../modules/quality/graphql.js';
import { createPanelLoaders } from '../modules/panel/graphql.js';
import { createExampleLoaders } from '../modules/examples/graphql.js';
import { createModerationLoaders } from '../modules/moderation/graphql.js';
import { createQuestionLoaders } from '../modules/questions/graphql.js';
import { createMeetingLoaders } from '../modules/meetings/graphql.js';
import { createChatLoaders } from '../modules/chats/graphql.js';
import { createCoachingLoaders } from '../modules/coaching/graphql.js';

/** Builds the DataLoaders for one request with the viewer's scope; never shared between requests or users. */
export function createLoaders(viewer: Viewer | null) {
  const scope = readScope(viewer);
  const organisation = createOrganisationLoader();
  const person = createPersonLoader();
  const plans = createPlanLoaders(scope, { organisations: organisationJoin(organisation), people: personJoin(person) });
  const goals = createGoalLoaders(scope);
  return {
    organisation,
    person,
    ...plans,
    ...goals,
    ...createCommentLoaders(scope, { plan: plans.plan, area: plans.area, item: plans.item, goal: goals.goal }),
    ...createCycleLoaders(scope),
    ...createQualityLoaders(scope),
    ...createPanelLoaders(viewer),
    ...createExampleLoaders(),
    ...createModerationLoaders(viewer),
    ...createQuestionLoaders(scope),
    ...createMeetingLoaders(scope),
    ...createChatLoaders(scope),
    ...createCoachingLoaders(viewer),
  };
}

/** The per-request DataLoaders. */
export type Loaders = ReturnType<typeof createLoaders>;

/** What every resolver receives: the request, and per-request state built fresh for each request. */
export interface GraphQLContext {
  req: Request;
  res: Response;
  logger: Logger;
  /** The signed-in person, or null. */
  viewer: Viewer | null;
  /** The database kind the process runs on, for Query.health. */
  databaseKind: 'mongodb' | 'embedded';
  /** Per-request loaders (batched reads). */
  loaders: Loaders;
  /** Whether cookies get the Secure flag (production). */
  secureCookies: boolean;
  /** How sign-in attempts are throttled (configured). */
  loginThrottle: LoginThrottleRules;
}
