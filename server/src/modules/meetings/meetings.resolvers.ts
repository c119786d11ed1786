import type { GraphQLContext } from '../../graphql/context.js';
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import type { MeetingGroupDoc } from './meetings.model.js';
import { meetingGroupKindValues, meetingKindValues } from './meetings.enums.js';
import { MEETING_MAX } from './meetings.model.js';
import { canOrganiseMeetings, canSignUp, canWriteFactors } from './meetings.policy.js';
import {
  addMeetingGroup,
  addSuccessFactor,
  cancelMeeting,
  cancelSignUp,
  createMeeting,
  editMeeting,
  hasStarted,
  leaveMeetingGroup,
  editSuccessFactor,
  findVisibleMeeting,
  focusGroupTerms,
  joinMeetingGroup,
  listVisibleMeetings,
  setSuccessFactorTheme,
  signUp,
  synthesis,
  withdrawSuccessFactor,
} from './meetings.service.js';

/** Whether the group's meeting is cancelled (its writes closed). */
async function meetingCancelledOf(g: MeetingGroupDoc, ctx: GraphQLContext): Promise<boolean> {
  return !!(await ctx.loaders.meeting.load(g.meetingId.toHexString()))?.cancelledAt;
}

const isMember = (g: MeetingGroupDoc, ctx: GraphQLContext) =>
  g.memberIds.some((m) => m.toHexString() === ctx.viewer?.personId);

export const meetingResolvers: Resolvers = {
  MeetingKind: meetingKindValues,
  MeetingGroupKind: meetingGroupKindValues,
  Query: {
    meetingBoard: async (_p, { municipalityCode }, ctx) => ({
      municipalityCode,
      meetings: await listVisibleMeetings(ctx.viewer, municipalityCode),
    }),
    meeting: (_p, { id }, ctx) => findVisibleMeeting(ctx.viewer, id),
    meetingSynthesis: async (_p, { id }, ctx) => {
      const meeting = await findVisibleMeeting(ctx.viewer, id);
      const groups = await ctx.loaders.meetingGroups.load(meeting._id.toHexString());
      const factors = await Promise.all(groups.map((g) => ctx.loaders.groupFactors.load(g._id.toHexString())));
      return { meeting, themes: synthesis(groups, factors.flat()) };
    },
  },
  Mutation: {
    createMeeting: (_p, { input }, ctx) => createMeeting(ctx.viewer, input),
    signUpForMeeting: (_p, { id }, ctx) => signUp(ctx.viewer, id),
    joinMeetingWaitingList: (_p, { id }, ctx) => signUp(ctx.viewer, id, true),
    cancelMeetingSignUp: (_p, { id }, ctx) => cancelSignUp(ctx.viewer, id),
    editMeeting: (_p, { input }, ctx) => editMeeting(ctx.viewer, input),
    cancelMeeting: (_p, { input }, ctx) => cancelMeeting(ctx.viewer, input),
    addMeetingGroup: (_p, { input }, ctx) => addMeetingGroup(ctx.viewer, input),
    joinMeetingGroup: (_p, { id }, ctx) => joinMeetingGroup(ctx.viewer, id),
    leaveMeetingGroup: (_p, { id }, ctx) => leaveMeetingGroup(ctx.viewer, id),
    addSuccessFactor: (_p, { input }, ctx) => addSuccessFactor(ctx.viewer, input),
    editSuccessFactor: (_p, { input }, ctx) => editSuccessFactor(ctx.viewer, input),
    withdrawSuccessFactor: (_p, { id, expectedVersion }, ctx) => withdrawSuccessFactor(ctx.viewer, id, expectedVersion),
    setSuccessFactorTheme: (_p, { input }, ctx) => setSuccessFactorTheme(ctx.viewer, input),
  },
  MeetingBoard: {
    id: (b) => b.municipalityCode,
    meetings: (b) => b.meetings,
    canOrganise: (b, _a, ctx) => canOrganiseMeetings(ctx.viewer, b.municipalityCode),
    focusGroupTerms: (b) => focusGroupTerms(b.meetings),
  },
  Meeting: {
    id: (m) => m._id.toHexString(),
    signedUpCount: async (m, _a, ctx) => (await ctx.loaders.meetingSignups.load(m._id.toHexString())).length,
    seatsLeft: async (m, _a, ctx) =>
      m.cap === null ? null : Math.max(0, m.cap - (await ctx.loaders.meetingSignups.load(m._id.toHexString())).length),
    viewerSignedUp: async (m, _a, ctx) =>
      (await ctx.loaders.meetingSignups.load(m._id.toHexString())).some(
        (s) => s.personId.toHexString() === ctx.viewer?.personId,
      ),
    viewerWaitingPosition: async (m, _a, ctx) => {
      const at = (await ctx.loaders.meetingWaiting.load(m._id.toHexString())).findIndex(
        (s) => s.personId.toHexString() === ctx.viewer?.personId,
      );
      return at < 0 ? null : at + 1;
    },
    waitingCount: async (m, _a, ctx) => (await ctx.loaders.meetingWaiting.load(m._id.toHexString())).length,
    waitingList: (m, _a, ctx) =>
      canOrganiseMeetings(ctx.viewer, m.municipalityCode) ? ctx.loaders.meetingWaiting.load(m._id.toHexString()) : null,
    started: (m) => hasStarted(m),
    cancelledAt: (m) => m.cancelledAt ?? null,
    cancelReason: (m) => m.cancelReason ?? null,
    canSignUp: (m, _a, ctx) => !m.cancelledAt && canSignUp(ctx.viewer, m.municipalityCode),
    canOrganise: (m, _a, ctx) => canOrganiseMeetings(ctx.viewer, m.municipalityCode),
    signups: async (m, _a, ctx) =>
      canOrganiseMeetings(ctx.viewer, m.municipalityCode) ? ctx.loaders.meetingSignups.load(m._id.toHexString()) : null,
    groups: (m, _a, ctx) => ctx.loaders.meetingGroups.load(m._id.toHexString()),
  },
  MeetingSignup: {
    id: (s) => s._id.toHexString(),
  },
  MeetingGroup: {
    id: (g) => g._id.toHexString(),
    memberCount: (g) => g.memberIds.length,
    viewerIsMember: (g, _a, ctx) => isMember(g, ctx),
    canJoin: async (g, _a, ctx) => canSignUp(ctx.viewer, g.municipalityCode) && !(await meetingCancelledOf(g, ctx)),
    canWriteFactors: async (g, _a, ctx) =>
      g.kind === 'home' && canWriteFactors(ctx.viewer, g) && !(await meetingCancelledOf(g, ctx)),
    factorLimit: () => MEETING_MAX.factorsPerGroup,
    factors: (g, _a, ctx) => ctx.loaders.groupFactors.load(g._id.toHexString()),
    withdrawnFactors: (g, _a, ctx) =>
      canOrganiseMeetings(ctx.viewer, g.municipalityCode) || isMember(g, ctx)
        ? ctx.loaders.groupWithdrawnFactors.load(g._id.toHexString())
        : null,
  },
  SuccessFactor: {
    id: (f) => f._id.toHexString(),
    group: async (f, _a, ctx) =>
      (await ctx.loaders.meetingGroups.load(f.meetingId.toHexString())).find((g) => g._id.equals(f.groupId))!,
    withdrawn: (f) => f.withdrawn,
    canEdit: async (f, _a, ctx) => {
      if (f.withdrawn) return false;
      const groups = await ctx.loaders.meetingGroups.load(f.meetingId.toHexString());
      const group = groups.find((g) => g._id.equals(f.groupId));
      return !!group && canWriteFactors(ctx.viewer, group) && !(await meetingCancelledOf(group, ctx));
    },
    canSetTheme: (f, _a, ctx) => canOrganiseMeetings(ctx.viewer, f.municipalityCode),
  },
  MeetingSynthesis: {
    id: (s) => s.meeting._id.toHexString(),
  },
};
