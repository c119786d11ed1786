import type { Types } from 'mongoose';
import type { Viewer } from '../../auth/index.js';
import type { HiddenMark } from '../../shared/hidden-mark.js';
import { decideOnComment, findReadableComment, hideCommentPendingReview, type CommentDoc } from '../dialogue/index.js';
import {
  decideOnQuestion,
  findVisibleQuestion,
  hideQuestionPendingReview,
  type TeacherQuestionDoc,
} from '../questions/index.js';
import { editScope } from '../../auth/index.js';
import type { ReportedSource } from './moderation.enums.js';

/** A text that can be reported, as moderation needs it: whose, where, and whether it is hidden. */
export interface ModeratedDoc {
  _id: Types.ObjectId;
  municipalityCode: string;
  hidden?: HiddenMark | null;
}

/** A moderator's decision: hide with a reason readers see, or keep. */
export type Decision = { hide: true; reason: string } | { hide: false };

/**
 * What moderation does with one kind of text, through its own module's door: read it as the viewer
 * may (NOT_FOUND otherwise, exactly as an unknown id), hide it pending review, and carry out a
 * moderator's decision. The owning module keeps the hidden mark and who may read a hidden text.
 */
interface ModeratedSource<D extends ModeratedDoc> {
  find(viewer: Viewer, id: string): Promise<D>;
  authorOf(doc: D): Types.ObjectId;
  hidePendingReview(viewer: Viewer, doc: D, reason: string): Promise<unknown>;
  decide(viewer: Viewer, id: string, decision: Decision): Promise<D>;
}

const comments: ModeratedSource<CommentDoc> = {
  find: async (viewer, id) => (await findReadableComment(viewer, id, 'input.sourceId')).comment,
  authorOf: (c) => c.authorId,
  hidePendingReview: (viewer, c, reason) => hideCommentPendingReview(editScope(viewer), c, reason),
  decide: decideOnComment,
};

const questions: ModeratedSource<TeacherQuestionDoc> = {
  find: findVisibleQuestion,
  authorOf: (q) => q.askerId,
  hidePendingReview: hideQuestionPendingReview,
  decide: decideOnQuestion,
};

// Each source is written for its own document type; the table holds them by what they share.
const erased = <D extends ModeratedDoc>(s: ModeratedSource<D>) => s as unknown as ModeratedSource<ModeratedDoc>;

/** The reportable kinds of text, by their stored source name. */
export const MODERATED_SOURCES: { [S in ReportedSource]: ModeratedSource<ModeratedDoc> } = {
  comment: erased(comments),
  question: erased(questions),
};
