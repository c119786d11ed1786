export { CommentModel, type CommentDoc, type CommentTargetType, type Stance } from './comment.model.js';
export * from './comment.service.js';
export { canCommentOn, canModerate, canSeeFullComment, canEditComment } from './comment.policy.js';
