import mongoose from 'mongoose';
import { requireViewer, type Viewer, toObjectId, loadEditable, loadVisible } from '../../auth/index.js';
import { BadInputError, ForbiddenError } from '../../shared/errors.js';
import { pageArgs, toPage, type Page } from '../../shared/pagination.js';
import { parseInput } from '../../shared/validation.js';
import { inTransaction, recordAudit } from '../audit/index.js';
import { canViewPlan } from '../plans/index.js';
import { CommentModel, type CommentDoc } from './comment.model.js';
import { canCommentOn, canEditComment, canModerate } from './comment.policy.js';
import { addCommentInput, editCommentInput, hideCommentInput, stanceFromGql } from './comment.inputs.js';
import { resolveCommentTarget, type ResolvedTarget } from './targets.js';

const TARGET = { sv: 'Det du kommenterar', en: 'What you are commenting on' };
const COMMENT = { sv: 'Kommentaren', en: 'The comment' };

/** The target behind an id if the viewer may see it; NOT_FOUND otherwise (existence is not revealed). */
export async function visibleTarget(viewer: Viewer | null, id: unknown, field = 'targetId'): Promise<ResolvedTarget> {
  const targetId = toObjectId(id, field);
  const v = requireViewer({ viewer });
  return loadVisible(
    () => resolveCommentTarget(targetId),
    (target) => canViewPlan(v, target),
    TARGET,
  );
}

/** Query.comments: top-level comments on a target the viewer may see. */
export async function listComments(
  viewer: Viewer | null,
  args: { targetId: unknown; first?: number | null; after?: string | null },
): Promise<Page<CommentDoc>> {
  const target = await visibleTarget(viewer, args.targetId);
  const page = pageArgs(args);
  const filter = { targetId: target.id, parentId: null };
  const [items, total] = await Promise.all([
    CommentModel.find(filter).sort({ createdAt: 1, _id: 1 }).skip(page.offset).limit(page.first).lean<CommentDoc[]>(),
    CommentModel.countDocuments(filter),
  ]);
  return toPage(items, page, total);
}

/** Adds a comment or a reply (one level) to a plan, area, item or goal. */
export async function addComment(viewer: Viewer | null, input: unknown): Promise<CommentDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(addCommentInput, input, 'input');
  const target = await visibleTarget(v, data.targetId, 'input.targetId');
  if (!canCommentOn(v, target)) throw new ForbiddenError();
  let parentId: mongoose.Types.ObjectId | null = null;
  if (data.parentId) {
    const parent = await CommentModel.findById(new mongoose.Types.ObjectId(data.parentId))
      .select({ targetId: 1, parentId: 1 })
      .lean();
    if (!parent || !parent.targetId.equals(target.id) || parent.parentId) {
      throw new BadInputError([
        {
          field: 'input.parentId',
          message: { sv: 'är ingen kommentar att svara på här', en: 'is not a comment you can reply to here' },
        },
      ]);
    }
    parentId = parent._id;
  }
  return inTransaction(async (session) => {
    const [created] = await CommentModel.create(
      [
        {
          targetType: target.type,
          targetId: target.id,
          municipalityCode: target.municipalityCode,
          parentId,
          authorId: new mongoose.Types.ObjectId(v.personId),
          authorName: v.name,
          text: data.text,
          stance: data.stance ? stanceFromGql[data.stance] : null,
          history: [],
          hidden: null,
        },
      ],
      { session },
    );
    const comment = created!.toObject() as CommentDoc;
    await recordAudit(session, v, {
      action: 'comment.add',
      targetType: 'Comment',
      targetId: comment._id,
      municipalityCode: comment.municipalityCode,
      before: null,
      after: comment,
    });
    return comment;
  });
}

// A comment is as visible as what it comments on.
async function loadComment(id: string): Promise<{ comment: CommentDoc; target: ResolvedTarget } | null> {
  const commentId = new mongoose.Types.ObjectId(id);
  const comment = await CommentModel.findById(commentId).lean<CommentDoc>();
  // The target is looked up even for a missing comment, so that a made-up id costs what a hidden one does.
  const target = await resolveCommentTarget(comment?.targetId ?? commentId);
  return comment && target ? { comment, target } : null;
}

/** A comment the viewer may change by `canEdit`; NOT_FOUND when hidden or absent, FORBIDDEN when only visible. */
async function editableComment(
  viewer: Viewer,
  id: string,
  canEdit: (comment: CommentDoc) => boolean,
): Promise<CommentDoc> {
  const { comment } = await loadEditable(
    () => loadComment(id),
    { canSee: ({ target }) => canViewPlan(viewer, target), canEdit: ({ comment }) => canEdit(comment) },
    COMMENT,
  );
  return comment;
}

/** The author edits their comment; the earlier text goes to the history. */
export async function editComment(viewer: Viewer | null, input: unknown): Promise<CommentDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(editCommentInput, input, 'input');
  const comment = await editableComment(v, data.id, (c) => canEditComment(v, c));
  // The text replaced is read in the transaction: a concurrent edit is then a write conflict, which
  // the transaction retries, so every earlier text lands in the history and no edit fails.
  return inTransaction(async (session) => {
    const current = await CommentModel.findById(comment._id).session(session).lean<CommentDoc>();
    if (!current || !canEditComment(v, current)) throw new ForbiddenError();
    const after = await CommentModel.findOneAndUpdate(
      { _id: current._id },
      {
        $set: { text: data.text, stance: data.stance ? stanceFromGql[data.stance] : (current.stance ?? null) },
        $push: { history: { text: current.text, stance: current.stance ?? null, editedAt: new Date() } },
      },
      { session, new: true },
    ).lean<CommentDoc>();
    await recordAudit(session, v, {
      action: 'comment.edit',
      targetType: 'Comment',
      targetId: current._id,
      municipalityCode: current.municipalityCode,
      before: { text: current.text, stance: current.stance },
      after: { text: after!.text, stance: after!.stance },
    });
    return after!;
  });
}

/** Moderation hides a comment with a reason; the text is kept for the author, moderators and the audit log. */
export async function hideComment(viewer: Viewer | null, input: unknown): Promise<CommentDoc> {
  const v = requireViewer({ viewer });
  const data = parseInput(hideCommentInput, input, 'input');
  const comment = await editableComment(v, data.id, (c) => canModerate(v, c));
  return inTransaction(async (session) => {
    const hidden = {
      reason: data.reason,
      byId: new mongoose.Types.ObjectId(v.personId),
      byName: v.name,
      at: new Date(),
    };
    const after = await CommentModel.findOneAndUpdate(
      { _id: comment._id },
      { $set: { hidden } },
      { session, new: true },
    ).lean<CommentDoc>();
    await recordAudit(session, v, {
      action: 'comment.hide',
      targetType: 'Comment',
      targetId: comment._id,
      municipalityCode: comment.municipalityCode,
      before: { hidden: comment.hidden ?? null },
      after: { hidden: after!.hidden },
    });
    return after!;
  });
}
