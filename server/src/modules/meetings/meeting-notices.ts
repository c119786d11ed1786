import type { Types } from 'mongoose';
import type { Viewer } from '../../auth/index.js';
import type { MeetingDoc } from './meetings.model.js';

/** What the people of a meeting are told: its day or place changed, it was cancelled, or a place became theirs. */
export type MeetingNoticeKind = 'meetingChanged' | 'meetingCancelled' | 'meetingPlace';

/** One thing to tell the people of a meeting, after it is committed. */
export interface MeetingNotice {
  kind: MeetingNoticeKind;
  meeting: MeetingDoc;
  /** Who did it: the organiser, or for a place from the waiting list the one who gave it back. */
  actor: Viewer;
  /** Who is told (the actor never is). */
  recipientIds: Types.ObjectId[];
}

/** Told after the change is committed; must not throw (its failures are its own to log). */
export type MeetingNoticeListener = (notice: MeetingNotice) => Promise<void>;

// Notifications sit above meetings in the module graph, so meetings cannot import them: the
// notifications module hands its listener over when it loads (as questions' question-answered.ts).
let listener: MeetingNoticeListener | null = null;

/** Called once by the notifications module: who is told of a meeting's change. */
export function provideMeetingNoticeListener(next: MeetingNoticeListener): void {
  listener = next;
}

/** Tells the listener, if one is loaded; a failure there never fails the change, which is already saved. */
export async function meetingNotice(notice: MeetingNotice): Promise<void> {
  if (!listener) return;
  const recipientIds = notice.recipientIds.filter((id) => id.toHexString() !== notice.actor.personId);
  if (!recipientIds.length) return;
  try {
    await listener({ ...notice, recipientIds });
  } catch {
    // The listener logs its own failures; the change stands.
  }
}
