import type { Types } from 'mongoose';
import type { Viewer } from '../../auth/index.js';
import type { ChatDoc } from './chat.model.js';

/**
 * A chat whose time changed or that was called off (its reason in `chat.cancelReason`), who did
 * it, and who posted questions to it.
 */
export interface ChatRescheduled {
  kind: 'rescheduled' | 'cancelled';
  /** The chat as it is after the change. */
  chat: ChatDoc;
  /** The times before the change (for a cancelled chat, its times). */
  before: Pick<ChatDoc, 'startsAt' | 'endsAt'>;
  changedBy: Viewer;
  /** The authors of the chat's questions (the one who changed it is not left out here; the listener decides). */
  authorIds: Types.ObjectId[];
}

/** Told after the change is committed; must not throw (its failures are its own to log). */
export type ChatRescheduledListener = (event: ChatRescheduled) => Promise<void>;

// Notifications sit above chats in the module graph, so chats cannot import them: the
// notifications module hands its listener over when it loads (as questions' question-answered.ts).
let listener: ChatRescheduledListener | null = null;

/** Called once by the notifications module: who is told of a chat's new time or its cancelling. */
export function provideChatRescheduledListener(next: ChatRescheduledListener): void {
  listener = next;
}

/** Tells the listener, if one is loaded; a failure there never fails the change, which is already saved. */
export async function chatRescheduled(event: ChatRescheduled): Promise<void> {
  if (!listener) return;
  try {
    await listener(event);
  } catch {
    // The listener logs its own failures; the change stands.
  }
}
