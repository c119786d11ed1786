import { graphql } from '../../api/generated/index.js';

/** The moderators' queue: reported comments with open reports, the longest waiting first. */
export const ModerationQueueQuery = graphql(`
  query ModerationQueue($municipalityCode: String!) {
    moderationQueue(municipalityCode: $municipalityCode) {
      sourceId
      reportCount
      notes
      firstReportedAt
      hiddenByReports
      reasons {
        reason
        count
      }
      comment {
        id
        authorName
        text
        hidden
        hiddenReason
        createdAt
      }
    }
  }
`);

export const ReportContentMutation = graphql(`
  mutation ReportContent($input: ReportContentInput!) {
    reportContent(input: $input) {
      id
      reason
      state
    }
  }
`);

export const ReviewReportsMutation = graphql(`
  mutation ReviewReports($input: ReviewReportsInput!) {
    reviewReports(input: $input) {
      id
      text
      hidden
      hiddenReason
    }
  }
`);
