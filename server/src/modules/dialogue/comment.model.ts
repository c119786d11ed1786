import mongoose, { Schema, type Types } from 'mongoose';
import { storedText } from '../../shared/validation.js';
import { HIDDEN_REASON_MAX, hiddenMarkSchema, type HiddenMark } from '../../shared/hidden-mark.js';

import { commentTargetTypeValues, stanceValues, type CommentTargetType, type Stance } from './comment.enums.js';

export type { CommentTargetType, Stance } from './comment.enums.js';

/** The longest comment text and hiding reason, in characters as shared/validation.ts counts them. */
export const COMMENT_TEXT_MAX = { text: 5000, hiddenReason: HIDDEN_REASON_MAX } as const;

/** At most this many comments and replies per person within the window (across every API process). */
export const COMMENT_RATE = { count: 20, windowMs: 10 * 60_000 } as const;

/** A comment on a plan, area, item or goal; replies go one level deep. Never deleted, only hidden. */
export interface CommentDoc {
  _id: Types.ObjectId;
  targetType: CommentTargetType;
  targetId: Types.ObjectId;
  municipalityCode: string;
  parentId?: Types.ObjectId | null;
  authorId: Types.ObjectId;
  authorName: string;
  text: string;
  stance?: Stance | null;
  /** Earlier texts, oldest first, with when they were replaced. */
  history: Array<{ text: string; stance?: Stance | null; editedAt: Date }>;
  /** Set when moderation hid it; `pendingReview` when it was hidden by reports, before a moderator decided. */
  hidden?: HiddenMark | null;
  createdAt: Date;
  updatedAt: Date;
}

const commentSchema = new Schema<CommentDoc>(
  {
    targetType: { type: String, enum: Object.values(commentTargetTypeValues), required: true },
    targetId: { type: Schema.Types.ObjectId, required: true },
    municipalityCode: { type: String, required: true },
    parentId: { type: Schema.Types.ObjectId, ref: 'Comment', default: null },
    authorId: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    authorName: { type: String, required: true },
    text: { type: String, required: true, validate: storedText(COMMENT_TEXT_MAX.text) },
    stance: { type: String, enum: [...Object.values(stanceValues), null], default: null },
    history: {
      type: [
        new Schema(
          {
            text: { type: String, required: true, validate: storedText(COMMENT_TEXT_MAX.text) },
            stance: { type: String, default: null },
            editedAt: { type: Date, required: true },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    hidden: { type: hiddenMarkSchema(), default: null },
  },
  { timestamps: true },
);
commentSchema.index({ targetId: 1, parentId: 1, createdAt: 1 });
commentSchema.index({ parentId: 1, createdAt: 1 });
// Posting is rate-limited per person: the recent comments are counted here.
commentSchema.index({ authorId: 1, createdAt: -1 });

export const CommentModel = mongoose.model<CommentDoc>('Comment', commentSchema);
