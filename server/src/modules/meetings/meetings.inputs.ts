import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { calendarDay, text } from '../../shared/validation.js';
import { meetingGroupKindValues, meetingKindValues } from './meetings.enums.js';
import { MEETING_MAX as M } from './meetings.model.js';

/** createMeeting's input: the municipality, the kind, what, when, where and an optional cap. */
export const createMeetingInput = z.object({
  municipalityCode: text({ max: 20, min: 1 }),
  kind: z.enum(Object.values(meetingKindValues) as [string, ...string[]]),
  title: text({ max: M.title, min: 1 }),
  description: text({ max: M.description, multiline: true }).default(''),
  date: calendarDay,
  place: text({ max: M.place, min: 1 }),
  cap: z.number().int().min(1).max(M.cap).nullish(),
});

/** addMeetingGroup's input: a home or expert group of a dialogue meeting. */
export const addGroupInput = z.object({
  meetingId: objectIdString,
  kind: z.enum(Object.values(meetingGroupKindValues) as [string, ...string[]]),
  name: text({ max: M.groupName, min: 1 }),
});

const factorText = text({ max: M.factor, min: 1, multiline: true });

export const addFactorInput = z.object({ groupId: objectIdString, text: factorText });

export const editFactorInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  text: factorText,
});

/** setSuccessFactorTheme's input: a theme, or an empty one to clear it. */
export const factorThemeInput = z.object({ id: objectIdString, theme: text({ max: M.theme }) });

/**
 * editMeeting's input: what the organiser may change, on the version seen. A field left out stays as
 * it is; `cap: null` removes the cap.
 */
export const editMeetingInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  title: text({ max: M.title, min: 1 }).optional(),
  description: text({ max: M.description, multiline: true }).optional(),
  date: calendarDay.optional(),
  place: text({ max: M.place, min: 1 }).optional(),
  cap: z.number().int().min(1).max(M.cap).nullish(),
});

/** cancelMeeting's input: the organiser's reason, shown on the meeting's page. */
export const cancelMeetingInput = z.object({
  id: objectIdString,
  expectedVersion: z.number().int().min(1),
  reason: text({ max: M.cancelReason, min: 1, multiline: true }),
});
