import mongoose, { type Types } from 'mongoose';
import { newHiddenMark } from '../../shared/hidden-mark.js';
import { inReadScope, municipalityFilter, type EditScope, type ReadScope, type ScopedFacts } from '../../auth/index.js';
import type { PageArgs } from '../../shared/pagination.js';
import { inTransaction, recordAudit } from '../audit/index.js';
import { CommentModel, type CommentDoc, type CommentTargetType, type Stance } from './comment.model.js';
import { resolveCommentTarget, type ResolvedTarget } from './targets.js';

// Every read and write of the comments collection takes the viewer's scope as its first argument.
// A comment is as visible as what it comments on: comments are read with the municipality filter
// and kept only when their target (a plan, area, item or goal) is in the scope too, looked up
// through those modules' scoped repositories or a request's scoped loaders.

const inIds = (ids: readonly Types.ObjectId[]) => mongoose.trusted({ $in: [...ids] });
const hex = (id: Types.ObjectId) => id.toHexString();
const oldestFirst = { createdAt: 1, _id: 1 } as const;

/**
 * How the targets of one kind are looked up in the scope: a request's loaders pass their plan,
 * area, item and goal loaders (built with the same scope), which the page has mostly read already.
 */
export type TargetLookup = (
  type: CommentTargetType,
  ids: Types.ObjectId[],
) => Promise<ReadonlyArray<{ _id: Types.ObjectId } | null | Error>>;

async function onTargetsInScope(comments: CommentDoc[], targets: TargetLookup): Promise<CommentDoc[]> {
  if (!comments.length) return comments;
  const byType = new Map<CommentTargetType, Map<string, Types.ObjectId>>();
  for (const c of comments) {
    const ids = byType.get(c.targetType) ?? new Map<string, Types.ObjectId>();
    ids.set(hex(c.targetId), c.targetId);
    byType.set(c.targetType, ids);
  }
  const visible = new Set<string>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      for (const t of await targets(type, [...ids.values()])) if (t && !(t instanceof Error)) visible.add(hex(t._id));
    }),
  );
  return comments.filter((c) => visible.has(hex(c.targetId)));
}

/** The top-level comments on the targets, oldest first, where the target lies in the scope. */
export async function commentsOnTargets(
  scope: ReadScope,
  targetIds: readonly Types.ObjectId[],
  targets: TargetLookup,
): Promise<CommentDoc[]> {
  const found = await CommentModel.find({ targetId: inIds(targetIds), parentId: null, ...municipalityFilter(scope) })
    .sort(oldestFirst)
    .lean<CommentDoc[]>();
  return onTargetsInScope(found, targets);
}

/** The replies to the comments, oldest first, where their target lies in the scope. */
export async function repliesToComments(
  scope: ReadScope,
  parentIds: readonly Types.ObjectId[],
  targets: TargetLookup,
): Promise<CommentDoc[]> {
  const found = await CommentModel.find({ parentId: inIds(parentIds), ...municipalityFilter(scope) })
    .sort(oldestFirst)
    .lean<CommentDoc[]>();
  return onTargetsInScope(found, targets);
}

/** A page of the top-level comments on a target of the scope (from {@link resolveCommentTarget}), and their total. */
export async function pageComments(
  scope: ReadScope,
  target: ResolvedTarget,
  page: PageArgs,
): Promise<{ items: CommentDoc[]; total: number }> {
  if (!inReadScope(scope, target)) return { items: [], total: 0 };
  const filter = { targetId: target.id, parentId: null, ...municipalityFilter(scope) };
  const [items, total] = await Promise.all([
    CommentModel.find(filter).sort(oldestFirst).skip(page.offset).limit(page.first).lean<CommentDoc[]>(),
    CommentModel.countDocuments(filter),
  ]);
  return { items, total };
}

/**
 * The newest comments and replies on the plans and their items, newest first, at most `first`.
 * Only plans in the scope count (checked here on the plans given), and items only of those plans.
 */
export function latestCommentsOnPlans(
  scope: ReadScope,
  plans: ReadonlyArray<{ _id: Types.ObjectId } & ScopedFacts>,
  items: ReadonlyArray<{ _id: Types.ObjectId; planId: Types.ObjectId }>,
  first: number,
): Promise<CommentDoc[]> {
  const inScope = plans.filter((p) => inReadScope(scope, p));
  const planIds = new Set(inScope.map((p) => hex(p._id)));
  const targetIds = [
    ...inScope.map((p) => p._id),
    ...items.filter((i) => planIds.has(hex(i.planId))).map((i) => i._id),
  ];
  if (!targetIds.length) return Promise.resolve([]);
  return CommentModel.find({ targetId: inIds(targetIds), ...municipalityFilter(scope) })
    .sort({ createdAt: -1, _id: -1 })
    .limit(first)
    .lean<CommentDoc[]>()
    .exec();
}

/** A comment with what it comments on, in the scope; the facts the scope decides on are the target's. */
export type CommentInScope = { comment: CommentDoc; target: ResolvedTarget } & ScopedFacts;

/** One comment whose target lies in the scope, or null (hidden and absent alike). */
export async function findComment(scope: ReadScope, id: Types.ObjectId): Promise<CommentInScope | null> {
  const comment = await CommentModel.findOne({ _id: id, ...municipalityFilter(scope) }).lean<CommentDoc>();
  // The target is looked up even for a missing comment, so that a made-up id costs what a hidden one does.
  const target = await resolveCommentTarget(scope, comment?.targetId ?? id);
  if (!comment || !target || !target.id.equals(comment.targetId)) return null;
  return { comment, target, municipalityCode: target.municipalityCode, status: target.status };
}

/** A top-level comment on the target that a reply may answer, or null. */
export function findReplyParent(
  scope: ReadScope,
  target: ResolvedTarget,
  parentId: Types.ObjectId,
): Promise<Pick<CommentDoc, '_id' | 'authorId'> | null> {
  if (!inReadScope(scope, target)) return Promise.resolve(null);
  return CommentModel.findOne({ _id: parentId, targetId: target.id, parentId: null, ...municipalityFilter(scope) })
    .select({ _id: 1, authorId: 1 })
    .lean<Pick<CommentDoc, '_id' | 'authorId'>>()
    .exec();
}

/** Adds a comment (or reply) on a target of the scope, by the scope's viewer, with its audit event. */
export function insertComment(
  scope: EditScope,
  target: ResolvedTarget,
  doc: { parentId: Types.ObjectId | null; text: string; stance: Stance | null },
): Promise<CommentDoc> {
  if (!inReadScope(scope, target)) throw new Error('a comment outside the scope');
  return inTransaction(async (session) => {
    const [created] = await CommentModel.create(
      [
        {
          targetType: target.type,
          targetId: target.id,
          municipalityCode: target.municipalityCode,
          parentId: doc.parentId,
          authorId: new mongoose.Types.ObjectId(scope.viewer.personId),
          authorName: scope.viewer.name,
          text: doc.text,
          stance: doc.stance,
          history: [],
          hidden: null,
        },
      ],
      { session },
    );
    const comment = created!.toObject() as CommentDoc;
    await recordAudit(session, scope.viewer, {
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

/**
 * Replaces a comment's text; the earlier text goes to the history. The text replaced is read in the
 * transaction and checked again by `recheck` (which throws as loadForEdit does): a concurrent edit is
 * then a write conflict, which the transaction retries, so every earlier text lands in the history.
 */
export function reviseComment(
  scope: EditScope,
  id: Types.ObjectId,
  recheck: (current: CommentDoc | null) => Promise<CommentDoc>,
  change: { text: string; stance?: Stance | null },
): Promise<CommentDoc> {
  return inTransaction(async (session) => {
    const current = await recheck(
      await CommentModel.findOne({ _id: id, ...municipalityFilter(scope) })
        .session(session)
        .lean<CommentDoc>(),
    );
    const after = await CommentModel.findOneAndUpdate(
      { _id: current._id },
      {
        $set: { text: change.text, stance: change.stance ?? current.stance ?? null },
        $push: { history: { text: current.text, stance: current.stance ?? null, editedAt: new Date() } },
      },
      { session, returnDocument: 'after' },
    ).lean<CommentDoc>();
    await recordAudit(session, scope.viewer, {
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

/** How many comments and replies a person wrote since `since` (for the posting rate limit). */
export function commentsWrittenSince(authorId: Types.ObjectId, since: Date): Promise<number> {
  return CommentModel.countDocuments({ authorId, createdAt: mongoose.trusted({ $gt: since }) }).exec();
}

/**
 * Hides a comment of the scope with a reason, by the scope's viewer, with its audit event. With
 * `pendingReview` it is hidden by reports until a moderator decides.
 */
export function hideCommentOf(
  scope: EditScope,
  comment: CommentDoc,
  reason: string,
  options: { pendingReview?: boolean } = {},
): Promise<CommentDoc> {
  return inTransaction(async (session) => {
    const hidden = newHiddenMark(scope.viewer, reason, options.pendingReview);
    const after = await CommentModel.findOneAndUpdate(
      { _id: comment._id, ...municipalityFilter(scope) },
      { $set: { hidden } },
      { session, returnDocument: 'after' },
    ).lean<CommentDoc>();
    if (!after) throw new Error('the comment left the scope while it was hidden');
    await recordAudit(session, scope.viewer, {
      action: options.pendingReview ? 'comment.hideByReports' : 'comment.hide',
      targetType: 'Comment',
      targetId: comment._id,
      municipalityCode: comment.municipalityCode,
      before: { hidden: comment.hidden ?? null },
      after: { hidden: after.hidden },
    });
    return after;
  });
}

/** Shows a comment hidden by reports again after a moderator kept it, with its audit event. */
export function restoreCommentOf(scope: EditScope, comment: CommentDoc): Promise<CommentDoc> {
  return inTransaction(async (session) => {
    const after = await CommentModel.findOneAndUpdate(
      { _id: comment._id, ...municipalityFilter(scope) },
      { $set: { hidden: null } },
      { session, returnDocument: 'after' },
    ).lean<CommentDoc>();
    if (!after) throw new Error('the comment left the scope while it was restored');
    await recordAudit(session, scope.viewer, {
      action: 'comment.restore',
      targetType: 'Comment',
      targetId: comment._id,
      municipalityCode: comment.municipalityCode,
      before: { hidden: comment.hidden ?? null },
      after: { hidden: null },
    });
    return after;
  });
}
