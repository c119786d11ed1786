import type { GraphQLContext } from '../../graphql/context.js';
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { requiredOrganisation } from '../organisations/index.js';
import {
  coachingEntryKindValues,
  coachingRequestStateValues,
  coachingSubjectValues,
  engagementStateValues,
} from './coaching.enums.js';
import {
  canAcceptRequest,
  canDeclineRequest,
  canForwardRequest,
  canWithdrawRequest,
  isCoachServiceOf,
  isPrincipalOfUnit,
  isTeacherOf,
} from './coaching.policy.js';
import {
  acceptCoachingRequest,
  addCoachingEntry,
  closeCoachingEngagement,
  coachesOf,
  coachingBoard,
  declineCoachingRequest,
  engagementView,
  findVisibleEngagement,
  findVisibleRequest,
  forwardCoachingRequest,
  listVisibleEngagements,
  listVisibleRequests,
  principalUnitsOf,
  unitTeachersOf,
  requestCoaching,
  setCoachingAgreement,
  setCoachingGoal,
  setCoachProfile,
  teacherUnitsOf,
  updateCoachingEntry,
  withdrawCoachingRequest,
} from './coaching.service.js';
import type { EngagementView } from './coaching.views.js';

// Thin: every field of an engagement asks the access the service computed with coaching.policy.ts.
// Content comes only through the content loader, which reads with the parties in its filter.

/** Dates and state show for a party, or as the agreement shares them. */
const sharesDates = (v: EngagementView) => v.access === 'content' || v.e.agreement.sharesDates;
const sharesStatus = (v: EngagementView) => v.access === 'content' || v.e.agreement.sharesStatus;
/** The teachers' names (and a team's) for its parties and the principal of its unit, who arranged it. */
const namesTeachers = (v: EngagementView, ctx: GraphQLContext) =>
  v.access === 'content' || isPrincipalOfUnit(ctx.viewer, v.e);

export const coachingResolvers: Resolvers = {
  CoachingSubject: coachingSubjectValues,
  CoachingRequestState: coachingRequestStateValues,
  EngagementState: engagementStateValues,
  CoachingEntryKind: coachingEntryKindValues,
  Query: {
    coachingBoard: (_p, { municipalityCode }, ctx) => coachingBoard(ctx.viewer, municipalityCode),
    coachingEngagement: (_p, { id }, ctx) => findVisibleEngagement(ctx.viewer, id),
    coachingRequest: (_p, { id }, ctx) => findVisibleRequest(ctx.viewer, id),
  },
  Mutation: {
    requestCoaching: (_p, { input }, ctx) => requestCoaching(ctx.viewer, input),
    forwardCoachingRequest: (_p, { input }, ctx) => forwardCoachingRequest(ctx.viewer, input),
    acceptCoachingRequest: (_p, { input }, ctx) => acceptCoachingRequest(ctx.viewer, input),
    declineCoachingRequest: (_p, { input }, ctx) => declineCoachingRequest(ctx.viewer, input),
    withdrawCoachingRequest: (_p, { id, expectedVersion }, ctx) =>
      withdrawCoachingRequest(ctx.viewer, id, expectedVersion),
    setCoachingAgreement: (_p, { input }, ctx) => setCoachingAgreement(ctx.viewer, input),
    setCoachingGoal: (_p, { input }, ctx) => setCoachingGoal(ctx.viewer, input),
    addCoachingEntry: (_p, { input }, ctx) => addCoachingEntry(ctx.viewer, input),
    updateCoachingEntry: (_p, { input }, ctx) => updateCoachingEntry(ctx.viewer, input),
    closeCoachingEngagement: (_p, { input }, ctx) => closeCoachingEngagement(ctx.viewer, input),
    setCoachProfile: (_p, { input }, ctx) => setCoachProfile(ctx.viewer, input),
  },
  CoachingBoard: {
    id: (b) => b.municipalityCode,
    requests: (b, _a, ctx) => listVisibleRequests(ctx.viewer, b.municipalityCode),
    engagements: (b, _a, ctx) => listVisibleEngagements(ctx.viewer, b.municipalityCode),
    canAskPrincipal: (b, _a, ctx) => teacherUnitsOf(ctx.viewer, b.municipalityCode).length > 0,
    teacherUnits: (b, _a, ctx) =>
      Promise.all(
        teacherUnitsOf(ctx.viewer, b.municipalityCode).map((id) => requiredOrganisation(ctx.loaders.organisation, id)),
      ),
    principalUnits: (b, _a, ctx) =>
      Promise.all(
        principalUnitsOf(ctx.viewer, b.municipalityCode).map((id) =>
          requiredOrganisation(ctx.loaders.organisation, id),
        ),
      ),
    unitTeachers: (b, _a, ctx) => unitTeachersOf(ctx.viewer, b.municipalityCode),
    isCoachService: (b, _a, ctx) => isCoachServiceOf(ctx.viewer, b.municipalityCode),
    coaches: (b, _a, ctx) => coachesOf(ctx.viewer, b.municipalityCode),
  },
  UnitTeachers: {
    unit: (u, _a, ctx) => requiredOrganisation(ctx.loaders.organisation, u.unitId),
  },
  Coach: {
    id: (c) => c.personId,
  },
  CoachingRequest: {
    id: (r) => r._id.toHexString(),
    unit: (r, _a, ctx) => requiredOrganisation(ctx.loaders.organisation, r.unitId),
    requestedAt: (r) => r.createdAt,
    engagement: async (r, _a, ctx) =>
      r.engagementId
        ? engagementView(ctx.viewer, await ctx.loaders.coachingEngagement.load(r.engagementId.toHexString()))
        : null,
    canForward: (r, _a, ctx) => canForwardRequest(ctx.viewer, r),
    canAccept: (r, _a, ctx) => canAcceptRequest(ctx.viewer, r),
    canDecline: (r, _a, ctx) => canDeclineRequest(ctx.viewer, r),
    canWithdraw: (r, _a, ctx) => canWithdrawRequest(ctx.viewer, r),
  },
  CoachingEngagement: {
    id: (v) => v.e._id.toHexString(),
    municipalityCode: (v) => v.e.municipalityCode,
    // The unit with the subject would name the teacher of a small school: only for those who know who it is.
    unit: (v, _a, ctx) => (namesTeachers(v, ctx) ? requiredOrganisation(ctx.loaders.organisation, v.e.unitId) : null),
    subject: (v) => v.e.subject,
    coachName: (v) => v.e.coachName,
    teacherNames: (v, _a, ctx) => (namesTeachers(v, ctx) ? v.e.teacherNames : []),
    teamName: (v, _a, ctx) => (namesTeachers(v, ctx) ? v.e.teamName : null),
    startedAt: (v) => (sharesDates(v) ? v.e.startedAt : null),
    closedAt: (v) => (sharesDates(v) ? v.e.closedAt : null),
    state: (v) => (sharesStatus(v) ? v.e.state : null),
    agreement: (v) => v.e.agreement,
    viewerIsParty: (v) => v.access === 'content',
    content: async (v, _a, ctx) => {
      if (v.access !== 'content') return null;
      const content = await ctx.loaders.coachingContent.load(v.e._id.toHexString());
      return content && { e: v.e, content, viewerIsTeacher: isTeacherOf(ctx.viewer, v.e) };
    },
    version: (v) => v.e.version,
  },
  CoachingContent: {
    goal: (c) => c.content.goal,
    goalSetAt: (c) => c.content.goalSetAt,
    summary: (c) => c.content.summary,
    entries: (c, _a, ctx) =>
      c.content.entries.map((entry) => ({
        entry,
        canEdit: c.e.state === 'active' && entry.authorId.toHexString() === ctx.viewer?.personId,
      })),
    viewerIsTeacher: (c) => c.viewerIsTeacher,
    canWrite: (c) => c.e.state === 'active',
  },
  CoachingEntry: {
    id: (x) => x.entry._id.toHexString(),
    kind: (x) => x.entry.kind,
    date: (x) => x.entry.date,
    text: (x) => x.entry.text,
    done: (x) => x.entry.done,
    authorName: (x) => x.entry.authorName,
    createdAt: (x) => x.entry.createdAt,
    version: (x) => x.entry.version,
    canEdit: (x) => x.canEdit,
  },
};
