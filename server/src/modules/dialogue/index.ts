export type { CommentDoc, CommentTargetType, Stance } from './comment.model.js';
export * from './comment.service.js';
export { seedComments } from './comment.seed.js';
export { canCommentOn, canModerate, canSeeFullComment, canEditComment } from './comment.policy.js';
export { COMMENT_TEXT_MAX, COMMENT_RATE } from './comment.model.js';
export { provideCommentWrittenListener, type CommentWritten, type CommentWrittenListener } from './comment-written.js';
export type { ResolvedTarget } from './targets.js';
export type { CommentInScope } from './comment.repository.js';
