import { runMutation, runQuery } from '../../api/request.js';
import type { CommentFieldsFragment } from '../../api/generated/graphql.js';
import {
  AddCommentDocument as AddCommentMutation,
  CommentsDocument as CommentsQuery,
  EditCommentDocument as EditCommentMutation,
  HideCommentDocument as HideCommentMutation,
} from '../../api/generated/graphql.js';

/** A stance a commenter may take on an initiative. */
export type Stance = 'FOR' | 'AGAINST' | 'NEUTRAL';

/** One comment as the thread shows it. */
export interface CommentView {
  id: string;
  parentId: string | null;
  authorId: string | null;
  authorName: string;
  /** Null when hidden from this viewer. */
  text: string | null;
  stance: Stance | null;
  hidden: boolean;
  hiddenReason: string | null;
  edited: boolean;
  createdAt: string;
  replies: CommentView[];
}

/** What can carry a thread. */
export type CommentTargetType = 'ACTION_PLAN' | 'AREA' | 'ACTION_ITEM' | 'GOAL';

function toComment(raw: CommentFieldsFragment & { replies?: CommentFieldsFragment[] }): CommentView {
  return {
    id: raw.id,
    parentId: raw.parentId ?? null,
    authorId: raw.author?.id ?? null,
    authorName: raw.authorName,
    text: raw.text ?? null,
    stance: raw.stance ?? null,
    hidden: raw.hidden,
    hiddenReason: raw.hiddenReason ?? null,
    edited: raw.edited,
    createdAt: raw.createdAt,
    replies: raw.replies?.map((r) => toComment(r)) ?? [],
  };
}

/** The dialogue feature's calls to the server; tests replace its functions with spies. */
export const dialogueApi = {
  /** The thread on a target. */
  async thread(targetId: string): Promise<CommentView[]> {
    const data = await runQuery(CommentsQuery, { targetId });
    return data.comments.nodes.map((c) => toComment(c));
  },
  /** Adds a comment (or a reply when parentId is given). */
  async add(targetId: string, text: string, stance: Stance | null, parentId: string | null): Promise<CommentView> {
    const data = await runMutation(AddCommentMutation, { input: { targetId, text, stance, parentId } });
    return toComment(data.addComment);
  },
  /** Edits the viewer's own comment. */
  async edit(id: string, text: string, stance: Stance | null): Promise<CommentView> {
    const data = await runMutation(EditCommentMutation, { input: { id, text, stance } });
    return toComment(data.editComment);
  },
  /** Hides a comment with a reason (moderators). */
  async hide(id: string, reason: string): Promise<CommentView> {
    const data = await runMutation(HideCommentMutation, { input: { id, reason } });
    return toComment(data.hideComment);
  },
};
