import mongoose from 'mongoose';
import {
  editScope,
  loadForEdit,
  loadInScope,
  readScope,
  requireViewer,
  toObjectId,
  type EditScope,
  type Viewer,
} from '../../auth/index.js';
import { BadInputError } from '../../shared/errors.js';
import { pageArgs, toPage, type Page } from '../../shared/pagination.js';
import { parseInput } from '../../shared/validation.js';
import { COMMENT_RATE, type CommentDoc } from './comment.model.js';
import { canCommentOn, canEditComment, canModerate } from './comment.policy.js';
import { addCommentInput, editCommentInput, hideCommentInput } from './comment.inputs.js';
import {
  findComment,
  findReplyParent,
  hideCommentOf,
  insertComment,
  commentsWrittenSince,
  restoreCommentOf,
  pageComments,
  reviseComment,
  type CommentInScope,
} from './comment.repository.js';
import { resolveCommentTarget, type ResolvedTarget } from './targets.js';
import { commentWritten } from './comment-written.js';

const TARGET = { sv: 'Det du kommenterar', en: 'What you are commenting on' };
const COMMENT = { sv: 'Kommentaren', en: 'The comment' };

// Every read and write goes through comment.repository.ts with the viewer's scope; NOT_FOUND and
// FORBIDDEN come only from loadInScope and loadForEdit (auth/scope.ts).

/** The target behind an id if the viewer may see it; NOT_FOUND otherwise (existence is not revealed). */
export async function visibleTarget(viewer: Viewer | null, id: unknown, field = 'targetId'): Promise<ResolvedTarget> {
  const targetId = toObjectId(id, field);
  const scope = readScope(requireViewer({ viewer }));
  return loadInScope(scope, () => resolveCommentTarget(scope, targetId), TARGET);
}

/** A comment the viewer may read, with what it comments on; NOT_FOUND for a hidden one as for an absent one. */
export async function findReadableComment(viewer: Viewer | null, id: unknown, field = 'id'): Promise<CommentInScope> {
  const commentId = toObjectId(id, field);
  const scope = readScope(requireViewer({ viewer }));
  return loadInScope(scope, () => findComment(scope, commentId), COMMENT);
}

/** Query.comments: top-level comments on a target the viewer may see. */
export async function listComments(
  viewer: Viewer | null,
  args: { targetId: unknown; first?: number | null; after?: string | null },
): Promise<Page<CommentDoc>> {
  const scope = readScope(requireViewer({ viewer }));
  const target = await visibleTarget(viewer, args.targetId);
  const page = pageArgs(args);
  const { items, total } = await pageComments(scope, target, page);
  return toPage(items, page, total);
}

/** Adds a comment or a reply (one level) to a plan, area, item or goal: anyone who may see it may comment on it. */
export async function addComment(viewer: Viewer | null, input: unknown): Promise<CommentDoc> {
  const v = requireViewer({ viewer });
  const scope = editScope(v);
  const data = parseInput(addCommentInput, input, 'input');
  const targetId = toObjectId(data.targetId, 'input.targetId');
  const target = await loadForEdit(
    scope,
    () => resolveCommentTarget(scope, targetId),
    TARGET,
    (t) => canCommentOn(v, t),
  );
  const since = new Date(Date.now() - COMMENT_RATE.windowMs);
  if ((await commentsWrittenSince(new mongoose.Types.ObjectId(v.personId), since)) >= COMMENT_RATE.count)
    throw new BadInputError([
      {
        field: 'input.text',
        message: {
          sv: `du har skrivit ${COMMENT_RATE.count} kommentarer de senaste ${COMMENT_RATE.windowMs / 60_000} minuterna; vänta en stund (texten finns kvar)`,
          en: `you have written ${COMMENT_RATE.count} comments in the last ${COMMENT_RATE.windowMs / 60_000} minutes; wait a while (your text is kept)`,
        },
      },
    ]);
  let parentId: mongoose.Types.ObjectId | null = null;
  let parentAuthorId: mongoose.Types.ObjectId | null = null;
  if (data.parentId) {
    const parent = await findReplyParent(scope, target, new mongoose.Types.ObjectId(data.parentId));
    if (!parent) {
      throw new BadInputError([
        {
          field: 'input.parentId',
          message: { sv: 'är ingen kommentar att svara på här', en: 'is not a comment you can reply to here' },
        },
      ]);
    }
    parentId = parent._id;
    parentAuthorId = parent.authorId;
  }
  const comment = await insertComment(scope, target, {
    parentId,
    text: data.text,
    stance: data.stance ?? null,
  });
  await commentWritten({ comment, target, writer: v, parentAuthorId });
  return comment;
}

/** A comment the viewer may change by `canChange`; NOT_FOUND when hidden or absent, FORBIDDEN when only visible. */
async function editableComment(
  scope: EditScope,
  id: mongoose.Types.ObjectId,
  canChange: (comment: CommentDoc) => boolean,
): Promise<CommentInScope> {
  return loadForEdit(
    scope,
    () => findComment(scope, id),
    COMMENT,
    (found) => canChange(found.comment),
  );
}

/** The author edits their comment; the earlier text goes to the history. */
export async function editComment(viewer: Viewer | null, input: unknown): Promise<CommentDoc> {
  const v = requireViewer({ viewer });
  const scope = editScope(v);
  const data = parseInput(editCommentInput, input, 'input');
  const canEdit = (c: CommentDoc) => canEditComment(v, c);
  const { comment, target } = await editableComment(scope, new mongoose.Types.ObjectId(data.id), canEdit);
  // Checked again on the text read in the transaction (a moderator may have hidden it meanwhile).
  const recheck = async (current: CommentDoc | null) =>
    (
      await loadForEdit(
        scope,
        async () => current && { comment: current, municipalityCode: target.municipalityCode, status: target.status },
        COMMENT,
        (found) => canEdit(found.comment),
      )
    ).comment;
  return reviseComment(scope, comment._id, recheck, {
    text: data.text,
    stance: data.stance ?? undefined,
  });
}

/** Moderation hides a comment with a reason; the text is kept for the author, moderators and the audit log. */
export async function hideComment(viewer: Viewer | null, input: unknown): Promise<CommentDoc> {
  const v = requireViewer({ viewer });
  const scope = editScope(v);
  const data = parseInput(hideCommentInput, input, 'input');
  const { comment } = await editableComment(scope, new mongoose.Types.ObjectId(data.id), (c) => canModerate(v, c));
  return hideCommentOf(scope, comment, data.reason);
}

/**
 * Hides a comment because readers reported it, before a moderator has looked: the text is kept
 * for its author and moderators, the reason says it waits for review. For the moderation module.
 */
export function hideCommentPendingReview(scope: EditScope, comment: CommentDoc, reason: string): Promise<CommentDoc> {
  return hideCommentOf(scope, comment, reason, { pendingReview: true });
}

/** A moderator's decision on a reported comment: hide it with a reason, or keep it (shown again if reports hid it). */
export async function decideOnComment(
  viewer: Viewer | null,
  id: unknown,
  decision: { hide: true; reason: string } | { hide: false },
): Promise<CommentDoc> {
  const v = requireViewer({ viewer });
  const scope = editScope(v);
  const { comment } = await editableComment(scope, toObjectId(id, 'input.sourceId'), (c) => canModerate(v, c));
  if (decision.hide) return hideCommentOf(scope, comment, decision.reason);
  return comment.hidden?.pendingReview ? restoreCommentOf(scope, comment) : comment;
}
