import { z } from 'zod';
import { objectIdString } from '../../auth/ids.js';

const stance = z.enum(['FOR', 'AGAINST', 'NEUTRAL']);

/** addComment's input. */
export const addCommentInput = z.object({
  targetId: objectIdString,
  text: z.string().trim().min(1).max(5000),
  stance: stance.nullish(),
  parentId: objectIdString.nullish(),
});

/** editComment's input. */
export const editCommentInput = z.object({
  id: objectIdString,
  text: z.string().trim().min(1).max(5000),
  stance: stance.nullish(),
});

/** hideComment's input. */
export const hideCommentInput = z.object({
  id: objectIdString,
  reason: z.string().trim().min(1).max(500),
});

/** GraphQL stance names → stored values. */
export const stanceFromGql = { FOR: 'for', AGAINST: 'against', NEUTRAL: 'neutral' } as const;
