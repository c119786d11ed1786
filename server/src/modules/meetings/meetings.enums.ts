// The meetings' API enums with their stored values (see indicators/indicator.enums.ts).

/** The kinds of meeting the administration invites to. */
export const meetingKindValues = {
  FOCUS_GROUP: 'focusGroup',
  OPEN_SPACE: 'openSpace',
  EDCAMP: 'edcamp',
  DIALOGUE_MEETING: 'dialogueMeeting',
} as const;
export type MeetingKind = (typeof meetingKindValues)[keyof typeof meetingKindValues];

/** A dialogue meeting's groups: home groups of one profession, expert groups mixing them. */
export const meetingGroupKindValues = { HOME: 'home', EXPERT: 'expert' } as const;
export type MeetingGroupKind = (typeof meetingGroupKindValues)[keyof typeof meetingGroupKindValues];
