import { reactive } from 'vue';
import { defineStore } from 'pinia';
import type { AppError } from '../../api/errors.js';
import type { MessageKey } from '../../i18n/index.js';

/** The longest comment the server accepts. */
export const MAX_COMMENT_LENGTH = 5000;

/** Why a comment text cannot be sent, as an i18n key, or null when it can. */
export function commentProblem(text: string): MessageKey | null {
  if (!text.trim()) return 'comments.emptyText';
  if (text.length > MAX_COMMENT_LENGTH) return 'comments.tooLong';
  return null;
}

/** The threads' UI state: the last refused write per target. Threads themselves live in the GraphQL cache. */
export const useDialogueStore = defineStore('dialogue', () => {
  /** The last refused write per target id. */
  const errors = reactive<Record<string, AppError | null>>({});
  return { errors };
});
