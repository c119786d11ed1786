import { graphql } from '../../api/generated/index.js';

/** The moderators' queue: reported comments and questions with open reports, the longest waiting first. */
export const ModerationQueueQuery = graphql(`
  query ModerationQueue($municipalityCode: String!) {
    moderationQueue(municipalityCode: $municipalityCode) {
      source
      sourceId
      reportCount
      notes
      firstReportedAt
      hiddenByReports
      reasons {
        reason
        count
      }
      content {
        id
        authorName
        text
        hidden
        hiddenReason
        writtenAt
        ... on Question {
          title
        }
      }
    }
  }
`);

/** The municipality's threshold for hiding a text by readers' reports. */
export const ModerationSettingsQuery = graphql(`
  query ModerationSettings($municipalityCode: String!) {
    moderationSettings(municipalityCode: $municipalityCode) {
      id
      autoHideAfter
      autoHideMin
      autoHideMax
    }
  }
`);

export const SetModerationSettingsMutation = graphql(`
  mutation SetModerationSettings($input: ModerationSettingsInput!) {
    setModerationSettings(input: $input) {
      id
      autoHideAfter
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
