// The meetings module's door: focus groups, open-space meetings, edcamps and dialogue meetings,
// their sign-ups, groups and success factors.
export type { MeetingDoc, MeetingGroupDoc, MeetingSignupDoc, SuccessFactorDoc } from './meetings.model.js';
export { MEETING_MAX } from './meetings.model.js';
export * from './meetings.service.js';
export { seedMeetings } from './meetings.repository.js';
export {
  provideMeetingNoticeListener,
  type MeetingNotice,
  type MeetingNoticeKind,
  type MeetingNoticeListener,
} from './meeting-notices.js';
export { canReadMeetings, canOrganiseMeetings, canSignUp, canWriteFactors } from './meetings.policy.js';
export { focusGroupTally, termOf, FOCUS_GROUPS_PER_TERM, type TermTally } from './meetings.terms.js';
export {
  meetingKindValues,
  meetingGroupKindValues,
  type MeetingKind,
  type MeetingGroupKind,
} from './meetings.enums.js';
