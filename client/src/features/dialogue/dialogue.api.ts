import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import type { CombinedError } from '@urql/core';
import { toAppError } from '../../api/errors.js';
import { pageData, type PageData } from '../../api/page-data.js';
import { useDialogueStore } from './dialogue.store.js';
import type { CommentFieldsFragment, ConsentState } from '../../api/generated/graphql.js';
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
  /** Whether the viewer (a leader) may lift it as a good example (features/examples). */
  canLift?: boolean;
  /** Whether the viewer may report it, and has (features/moderation). */
  canReport?: boolean;
  reportedByViewer?: boolean;
  /** The good example made of it, where the viewer may see one. */
  example?: { id: string; consent: ConsentState } | null;
}

/** What can carry a thread. */
export type CommentTargetType = 'ACTION_PLAN' | 'AREA' | 'ACTION_ITEM' | 'GOAL';

/** Maps the API's comment (with its replies) onto the client's. */
export function toComment(raw: CommentFieldsFragment & { replies?: CommentFieldsFragment[] }): CommentView {
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
    canLift: raw.canLiftAsExample,
    canReport: raw.canReport,
    reportedByViewer: raw.reportedByViewer,
    example: raw.goodExample ?? null,
  };
}

/** The thread on a target, from the cache and the server. */
export function useThread(targetId: MaybeRefOrGetter<string>): PageData<CommentView[]> {
  const response = useQuery({ query: CommentsQuery, variables: () => ({ targetId: toValue(targetId) }) });
  return pageData(response, (d) => d.comments.nodes.map((c) => toComment(c)));
}

/**
 * Posting, replying, editing and hiding on a target's thread. The cache puts each answer in the
 * thread (see api/cache.ts); a refused write is kept in the dialogue store for the thread to show.
 */
export function useCommentWrites(targetId: MaybeRefOrGetter<string>) {
  const dialogue = useDialogueStore();
  const add = useMutation(AddCommentMutation);
  const editing = useMutation(EditCommentMutation);
  const hiding = useMutation(HideCommentMutation);
  const busy = computed(() => add.fetching.value || editing.fetching.value || hiding.fetching.value);

  async function outcome(run: Promise<{ data?: unknown; error?: CombinedError }>): Promise<boolean> {
    const target = toValue(targetId);
    dialogue.errors[target] = null;
    const result = await run;
    if (result.error) dialogue.errors[target] = toAppError(result.error);
    return !result.error && !!result.data;
  }

  return {
    busy,
    /** Posts a comment, or a reply when parentId is given. */
    post: (text: string, stance: Stance | null, parentId: string | null = null) =>
      outcome(add.executeMutation({ input: { targetId: toValue(targetId), text: text.trim(), stance, parentId } })),
    /** Edits the viewer's own comment. */
    edit: (id: string, text: string, stance: Stance | null) =>
      outcome(editing.executeMutation({ input: { id, text: text.trim(), stance } })),
    /** Hides a comment with a reason (moderators). */
    hide: (id: string, reason: string) => outcome(hiding.executeMutation({ input: { id, reason: reason.trim() } })),
  };
}
