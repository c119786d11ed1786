import { reactive, ref } from 'vue';
import { defineStore } from 'pinia';
import type { AppError } from '../../api/errors.js';
import { asAppError } from '../../api/request.js';
import { dialogueApi, type CommentView, type Stance } from './dialogue.api.js';

/** The longest comment the server accepts. */
export const MAX_COMMENT_LENGTH = 5000;

/** Why a comment text cannot be sent, as an i18n key, or null when it can. */
export function commentProblem(text: string): string | null {
  if (!text.trim()) return 'comments.emptyText';
  if (text.length > MAX_COMMENT_LENGTH) return 'comments.tooLong';
  return null;
}

/** Comment threads by target id, with posting, replying, editing and hiding. */
export const useDialogueStore = defineStore('dialogue', () => {
  /** Loaded threads, by target id. */
  const threads = reactive<Record<string, CommentView[]>>({});
  /** Targets whose thread is loading. */
  const loading = reactive<Record<string, boolean>>({});
  /** The last error per target. */
  const errors = reactive<Record<string, AppError | null>>({});
  /** A write in flight. */
  const busy = ref(false);

  /** Loads (or reloads) a target's thread. */
  async function load(targetId: string): Promise<void> {
    loading[targetId] = true;
    errors[targetId] = null;
    try {
      threads[targetId] = await dialogueApi.thread(targetId);
    } catch (e) {
      errors[targetId] = asAppError(e);
    } finally {
      loading[targetId] = false;
    }
  }

  async function write(targetId: string, fn: () => Promise<CommentView>): Promise<CommentView | null> {
    busy.value = true;
    errors[targetId] = null;
    try {
      return await fn();
    } catch (e) {
      errors[targetId] = asAppError(e);
      return null;
    } finally {
      busy.value = false;
    }
  }

  /** Posts a comment or a reply and shows it at once. */
  async function post(
    targetId: string,
    text: string,
    stance: Stance | null,
    parentId: string | null = null,
  ): Promise<boolean> {
    const saved = await write(targetId, () => dialogueApi.add(targetId, text.trim(), stance, parentId));
    if (!saved) return false;
    const thread = (threads[targetId] ??= []);
    if (parentId) thread.find((c) => c.id === parentId)?.replies.push(saved);
    else thread.push(saved);
    return true;
  }

  /** Edits a comment and replaces it in the thread. */
  async function edit(targetId: string, id: string, text: string, stance: Stance | null): Promise<boolean> {
    const saved = await write(targetId, () => dialogueApi.edit(id, text.trim(), stance));
    if (saved) replace(targetId, saved);
    return !!saved;
  }

  /** Hides a comment with a reason and shows it hidden. */
  async function hide(targetId: string, id: string, reason: string): Promise<boolean> {
    const saved = await write(targetId, () => dialogueApi.hide(id, reason.trim()));
    if (saved) replace(targetId, saved);
    return !!saved;
  }

  function replace(targetId: string, saved: CommentView): void {
    for (const c of threads[targetId] ?? []) {
      if (c.id === saved.id) Object.assign(c, { ...saved, replies: c.replies });
      for (const r of c.replies) if (r.id === saved.id) Object.assign(r, saved);
    }
  }

  return { threads, loading, errors, busy, load, post, edit, hide };
});
