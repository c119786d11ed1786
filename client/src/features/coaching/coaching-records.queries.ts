import { graphql } from '../../api/generated/index.js';

/** One figure of a statistics table: its value only when shown. */
export const CoachingFigureFieldsFragment = graphql(`
  fragment CoachingFigureFields on CoachingFigure {
    state
    value
  }
`);

/** One row of a statistics table: the whole municipality (no unit) or one school unit. */
export const CoachingStatisticsRowFieldsFragment = graphql(`
  fragment CoachingStatisticsRowFields on CoachingStatisticsRow {
    unit {
      id
      name
    }
    engagements {
      ...CoachingFigureFields
    }
    counts {
      ...CoachingFigureFields
    }
  }
`);

/** The statistics page: the two tables, the coach's own caseload and the retention setting. */
export const CoachingStatisticsQuery = graphql(`
  query CoachingStatistics($municipalityCode: String!) {
    coachingStatistics(municipalityCode: $municipalityCode) {
      id
      threshold
      asOf
      subjects
      durations
      bySubject {
        total {
          ...CoachingStatisticsRowFields
        }
        units {
          ...CoachingStatisticsRowFields
        }
      }
      byDuration {
        total {
          ...CoachingStatisticsRowFields
        }
        units {
          ...CoachingStatisticsRowFields
        }
      }
    }
  }
`);

/** A coach's own engagements, counted by state. */
export const CoachingCaseloadQuery = graphql(`
  query CoachingCaseload($municipalityCode: String!) {
    coachingCaseload(municipalityCode: $municipalityCode) {
      active
      closed
      disposed
      total
    }
  }
`);

/** The municipality's retention of coaching content, and whether the viewer may change it. */
export const CoachingSettingsQuery = graphql(`
  query CoachingSettings($municipalityCode: String!) {
    coachingSettings(municipalityCode: $municipalityCode) {
      id
      retentionMonths
      isDefault
      canEdit
      minMonths
      maxMonths
    }
  }
`);

export const SetCoachingRetentionMutation = graphql(`
  mutation SetCoachingRetention($input: SetCoachingRetentionInput!) {
    setCoachingRetention(input: $input) {
      id
      retentionMonths
      isDefault
      canEdit
      minMonths
      maxMonths
    }
  }
`);

/** The registrar's list: the municipality's engagements as facts, newest first. */
export const CoachingRecordsQuery = graphql(`
  query CoachingRecords($municipalityCode: String!) {
    coachingRecords(municipalityCode: $municipalityCode) {
      id
      unit {
        id
        name
      }
      subject
      startedAt
      closedAt
      state
      disposedAt
    }
  }
`);

/** One engagement taken out for a secrecy assessment (audited; its teachers are told). */
export const ExportCoachingEngagementMutation = graphql(`
  mutation ExportCoachingEngagement($id: ID!) {
    exportCoachingEngagement(id: $id) {
      engagementId
      exportedAt
      exportedByName
      fileName
      text
      json
    }
  }
`);
