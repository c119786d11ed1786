import { graphql } from '../../api/generated/index.js';

/** A report in a list: the hub and the red thread. */
export const QualityReportSummary = graphql(`
  fragment QualityReportSummary on QualityReport {
    id
    kind
    year
    schoolYear
    status
    updatedAt
    organisation {
      id
      name
      code
      kind
    }
  }
`);

/** The measures of a report, with the cause each targets and the action item it became. */
export const QualityMeasureFields = graphql(`
  fragment QualityMeasureFields on QualityMeasure {
    id
    text
    ownerName
    dueDate
    causeId
    expectedEffect
    indicator {
      id
      key
      name {
        sv
        en
      }
    }
    actionItem {
      id
      text
      status
      progress
    }
  }
`);

/** Everything the report page shows and its forms need. */
export const QualityReportFields = graphql(`
  fragment QualityReportFields on QualityReport {
    ...QualityReportSummary
    version
    headings
    canWrite
    canSubmit
    canReview
    canComment
    canInvite
    canLinkItems
    texts {
      section
      text
      guidance
      version
      updatedAt
      updatedByName
    }
    results {
      indicator {
        id
        key
        unit
        decimals
        name {
          sv
          en
        }
      }
      figures {
        year
        value
        missingReason
        rawMark
        source
      }
    }
    developmentAreas {
      version
      updatedAt
      updatedByName
      areas {
        id
        title
        theme
        description
        causes {
          id
          text
          evidenceKind
          evidence
        }
      }
    }
    measures {
      version
      updatedAt
      updatedByName
      measures {
        ...QualityMeasureFields
      }
    }
    participation {
      version
      updatedAt
      updatedByName
      teachers
      teachersHow
      staff
      staffHow
      pupils
      pupilsHow
      guardiansOffered
      guardiansDate
      guardiansHow
    }
    followUps {
      version
      updatedAt
      updatedByName
      followUps {
        id
        fromYear
        fromReportId
        measureId
        text
        ownerName
        expectedEffect
        carriedOut
        carriedOutEvidence
        effect
        effectEvidence
        actionItem {
          id
          text
          status
        }
      }
    }
    comments {
      id
      authorName
      at
      text
      status
    }
    history {
      status
      at
      byName
    }
    contributors {
      right
      person {
        id
        name
      }
    }
    submitProblems {
      field
      message {
        sv
        en
      }
    }
  }
`);

/** The reports of a municipality (or a unit) the viewer may read, newest year first. */
export const QualityReportsQuery = graphql(`
  query QualityReports($organisationId: ID!) {
    qualityReports(organisationId: $organisationId) {
      ...QualityReportSummary
    }
  }
`);

/** One report. */
export const QualityReportQuery = graphql(`
  query QualityReport($id: ID!) {
    qualityReport(id: $id) {
      ...QualityReportFields
    }
  }
`);

/** The organiser's report's overview of its units: who has not handed in, their reports, areas by theme. */
export const QualityOrganiserOverviewQuery = graphql(`
  query QualityOrganiserOverview($id: ID!) {
    qualityReport(id: $id) {
      id
      unitReports {
        ...QualityReportSummary
      }
      unitsNotSubmitted {
        id
        name
      }
      themes {
        theme
        areas {
          organisation {
            id
            name
          }
          area {
            id
            title
          }
          measures {
            id
            text
          }
        }
      }
    }
  }
`);

/** A unit's reports in full across the years: the red thread from result to measure to next year's result. */
export const QualityThreadQuery = graphql(`
  query QualityThread($organisationId: ID!) {
    qualityReports(organisationId: $organisationId) {
      ...QualityReportFields
    }
  }
`);

/** The plans and areas a measure can become an action item in. */
export const MeasurePlanChoicesQuery = graphql(`
  query MeasurePlanChoices($organisationId: ID!) {
    actionPlans(organisationId: $organisationId, first: 50) {
      nodes {
        id
        title
        status
        areas {
          id
          title
          archived
        }
      }
    }
  }
`);

export const CreateQualityReportMutation = graphql(`
  mutation CreateQualityReport($input: CreateQualityReportInput!) {
    createQualityReport(input: $input) {
      ...QualityReportFields
    }
  }
`);

export const SaveQualityTextMutation = graphql(`
  mutation SaveQualityText($input: SaveQualityTextInput!) {
    saveQualityText(input: $input) {
      ...QualityReportFields
    }
  }
`);

export const SaveDevelopmentAreasMutation = graphql(`
  mutation SaveDevelopmentAreas($input: SaveDevelopmentAreasInput!) {
    saveDevelopmentAreas(input: $input) {
      ...QualityReportFields
    }
  }
`);

export const SaveQualityMeasuresMutation = graphql(`
  mutation SaveQualityMeasures($input: SaveQualityMeasuresInput!) {
    saveQualityMeasures(input: $input) {
      ...QualityReportFields
    }
  }
`);

export const SaveParticipationMutation = graphql(`
  mutation SaveParticipation($input: SaveParticipationInput!) {
    saveParticipation(input: $input) {
      ...QualityReportFields
    }
  }
`);

export const SaveFollowUpsMutation = graphql(`
  mutation SaveFollowUps($input: SaveFollowUpsInput!) {
    saveFollowUps(input: $input) {
      ...QualityReportFields
    }
  }
`);

export const SubmitQualityReportMutation = graphql(`
  mutation SubmitQualityReport($id: ID!) {
    submitQualityReport(id: $id) {
      ...QualityReportFields
    }
  }
`);

export const ReturnQualityReportMutation = graphql(`
  mutation ReturnQualityReport($input: QualityCommentInput!) {
    returnQualityReport(input: $input) {
      ...QualityReportFields
    }
  }
`);

export const ApproveQualityReportMutation = graphql(`
  mutation ApproveQualityReport($input: ApproveQualityReportInput!) {
    approveQualityReport(input: $input) {
      ...QualityReportFields
    }
  }
`);

export const CommentQualityReportMutation = graphql(`
  mutation CommentQualityReport($input: QualityCommentInput!) {
    commentQualityReport(input: $input) {
      ...QualityReportFields
    }
  }
`);

export const CreateItemFromMeasureMutation = graphql(`
  mutation CreateItemFromMeasure($input: ItemFromMeasureInput!) {
    createItemFromMeasure(input: $input) {
      item {
        id
        text
      }
      report {
        id
        measures {
          version
          measures {
            id
            actionItem {
              id
              text
              status
              progress
            }
          }
        }
      }
    }
  }
`);

/** Colleagues the viewer may invite to a report. */
export const QualityInviteesQuery = graphql(`
  query QualityInvitees($reportId: ID!, $search: String) {
    qualityInvitees(reportId: $reportId, search: $search) {
      id
      name
      title
    }
  }
`);

export const InviteToQualityReportMutation = graphql(`
  mutation InviteToQualityReport($input: QualityInviteInput!) {
    inviteToQualityReport(input: $input) {
      ...QualityReportFields
    }
  }
`);

export const UninviteFromQualityReportMutation = graphql(`
  mutation UninviteFromQualityReport($input: QualityInviteInput!) {
    uninviteFromQualityReport(input: $input) {
      ...QualityReportFields
    }
  }
`);

/** The municipality's template for its units' reports. */
export const QualityTemplateQuery = graphql(`
  query QualityTemplate($organisationId: ID!) {
    qualityTemplate(organisationId: $organisationId) {
      headings
      version
      guidance {
        section
        text
      }
    }
  }
`);

export const SaveQualityTemplateMutation = graphql(`
  mutation SaveQualityTemplate($input: SaveQualityTemplateInput!) {
    saveQualityTemplate(input: $input) {
      headings
      version
      guidance {
        section
        text
      }
    }
  }
`);
