import mongoose, { Schema, type Types } from 'mongoose';
import { storedText } from './validation.js';

/** The longest reason a moderator gives for hiding a text, in characters as shared/validation.ts counts them. */
export const HIDDEN_REASON_MAX = 500;

/** The name a text hidden by readers' reports is hidden under, until a moderator decides. */
export const HIDDEN_BY_REPORTS_NAME = 'Lyfta';

/**
 * How a text written by someone (a comment, a question) is hidden by moderation: never deleted,
 * only marked. `pendingReview` when readers' reports hid it and no moderator has decided yet.
 */
export interface HiddenMark {
  reason: string;
  byId: Types.ObjectId;
  byName: string;
  at: Date;
  pendingReview?: boolean;
}

/** The mark as stored on the text's document (a subdocument, null while shown). */
export function hiddenMarkSchema() {
  return new Schema<HiddenMark>(
    {
      reason: { type: String, required: true, validate: storedText(HIDDEN_REASON_MAX) },
      byId: { type: Schema.Types.ObjectId, required: true },
      byName: { type: String, required: true },
      at: { type: Date, required: true },
      pendingReview: { type: Boolean, default: false },
    },
    { _id: false },
  );
}

/** A new mark by the viewer (a moderator), or by readers' reports when `pendingReview`. */
export function newHiddenMark(
  viewer: { personId: string; name: string },
  reason: string,
  pendingReview = false,
): HiddenMark {
  return {
    reason,
    byId: new mongoose.Types.ObjectId(viewer.personId),
    byName: pendingReview ? HIDDEN_BY_REPORTS_NAME : viewer.name,
    at: new Date(),
    pendingReview,
  };
}
