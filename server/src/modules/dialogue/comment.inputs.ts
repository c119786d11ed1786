import { z } from 'zod';
import { objectIdString } from '../../auth/index.js';
import { text } from '../../shared/validation.js';
import { COMMENT_TEXT_MAX as MAX } from './comment.model.js';
import { stanceValues } from './comment.enums.js';

const commentText = text({ max: MAX.text, min: 1, multiline: true });

const stance = z.enum(stanceValues);

/** addComment's input. */
export const addCommentInput = z.object({
  targetId: objectIdString,
  text: commentText,
  stance: stance.nullish(),
  parentId: objectIdString.nullish(),
});

/** editComment's input. */
export const editCommentInput = z.object({
  id: objectIdString,
  text: commentText,
  stance: stance.nullish(),
});

/** hideComment's input. */
export const hideCommentInput = z.object({
  id: objectIdString,
  reason: text({ max: MAX.hiddenReason, min: 1 }),
});
