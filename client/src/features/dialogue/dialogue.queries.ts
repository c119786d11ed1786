import { graphql } from '../../api/generated/index.js';

/** Everything a comment shows. */
export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    parentId
    authorName
    author {
      id
    }
    text
    stance
    hidden
    hiddenReason
    edited
    createdAt
    updatedAt
    canLiftAsExample
    canReport
    reportedByViewer
    goodExample {
      id
      consent
    }
  }
`);

/** The thread under a plan, item or goal: top-level comments with their replies. */
export const CommentsQuery = graphql(`
  query Comments($targetId: ID!) {
    comments(targetId: $targetId, first: 100) {
      totalCount
      nodes {
        ...CommentFields
        replies {
          ...CommentFields
        }
      }
    }
  }
`);

/** Adds a comment or a reply. */
export const AddCommentMutation = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);

/** The author edits their comment. */
export const EditCommentMutation = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      ...CommentFields
    }
  }
`);

/** A moderator hides a comment with a reason. */
export const HideCommentMutation = graphql(`
  mutation HideComment($input: HideCommentInput!) {
    hideComment(input: $input) {
      ...CommentFields
    }
  }
`);
