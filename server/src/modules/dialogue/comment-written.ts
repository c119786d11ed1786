import type { Viewer } from '../../auth/index.js';
import type { CommentDoc } from './comment.model.js';
import type { ResolvedTarget } from './targets.js';

/** What happened when a comment or reply was written: the comment, its target and who wrote it. */
export interface CommentWritten {
  comment: CommentDoc;
  target: ResolvedTarget;
  writer: Viewer;
  /** For a reply: the author of the comment replied to. */
  parentAuthorId: CommentDoc['authorId'] | null;
}

/** Told after a comment is committed; must not throw (its failures are its own to log). */
export type CommentWrittenListener = (event: CommentWritten) => Promise<void>;

// Notifications sit above dialogue in the module graph (they read plans, people and comments), so
// dialogue cannot import them: the notifications module hands dialogue its listener when it loads.
let listener: CommentWrittenListener | null = null;

/** Called once by the notifications module: who is told of a new comment. */
export function provideCommentWrittenListener(next: CommentWrittenListener): void {
  listener = next;
}

/** Tells the listener, if one is loaded; a failure there never fails the comment, which is already saved. */
export async function commentWritten(event: CommentWritten): Promise<void> {
  if (!listener) return;
  try {
    await listener(event);
  } catch {
    // The listener logs its own failures; the comment stands.
  }
}
