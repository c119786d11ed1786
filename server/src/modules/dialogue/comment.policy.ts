import { canModerateIn } from '../../auth/index.js';
import type { Viewer } from '../../auth/index.js';
import { canViewPlan, type PlanFacts } from '../plans/index.js';

/** What the comment policies need to know about the commented thing. */
export type CommentTargetFacts = PlanFacts;

/** Anyone who may see the target may comment on it: teachers therefore only on what is published. */
export function canCommentOn(viewer: Viewer | null, target: CommentTargetFacts): boolean {
  return canViewPlan(viewer, target);
}

/** Moderators of a municipality: its administration, or an admin. */
export function canModerate(viewer: Viewer | null, comment: { municipalityCode: string }): boolean {
  return canModerateIn(viewer, comment.municipalityCode);
}

/** A hidden comment's text and history are shown to its author and to moderators only. */
export function canSeeFullComment(
  viewer: Viewer | null,
  comment: { municipalityCode: string; authorId: { toHexString(): string } },
): boolean {
  if (!viewer) return false;
  return comment.authorId.toHexString() === viewer.personId || canModerate(viewer, comment);
}

/** Only the author edits, and not after moderation hid the comment. */
export function canEditComment(
  viewer: Viewer | null,
  comment: { authorId: { toHexString(): string }; hidden?: unknown },
): boolean {
  return !!viewer && comment.authorId.toHexString() === viewer.personId && !comment.hidden;
}
