import { graphql } from '../../api/generated/index.js';

/**
 * The teacher's start page in one request: the municipality's latest plans and the newest comments
 * and replies across its plans and items (flat: the server joins each comment to its target), and
 * the teacher panel's polls.
 */
export const TeacherStartQuery = graphql(`
  query TeacherStart($organisationId: ID!, $municipalityCode: String!) {
    actionPlans(organisationId: $organisationId, first: 5) {
      nodes {
        id
        title
        period {
          from
          to
        }
        owner {
          id
          name
        }
      }
    }
    recentComments(municipalityCode: $municipalityCode, first: 8) {
      targetTitle
      planId
      comment {
        id
        authorName
        text
        hidden
        createdAt
      }
    }
    teacherPanel(municipalityCode: $municipalityCode) {
      canJoin
      membership {
        id
        active
      }
      polls {
        id
        title
        state
        closesOn
        canAnswer
        viewerHasAnswered
      }
    }
    myExampleRequests {
      id
      consent
    }
  }
`);

/**
 * The items of the municipality's plans that the viewer may read, flat with each one's plan: the
 * leader's "needs an update" and the principal's "assigned to me" in one request, with the annual
 * cycle's steps that are overdue for the viewer, the quality reports waiting for them, the
 * teacher panel's polls, the teachers' questions waiting for their answer and the viewer's texts
 * lifted as good examples.
 */
export const HomeItemsQuery = graphql(`
  query HomeItems($municipalityCode: String!) {
    municipalityItems(municipalityCode: $municipalityCode) {
      ...ItemFields
      plan {
        id
        title
      }
    }
    overdueCycleSteps(municipalityCode: $municipalityCode) {
      id
      title
      dueDate
      perUnit
      doneCount
      unitCount
      cycle {
        id
        year
        schoolYear
        schoolForm
      }
    }
    qualityReportsToAttend(municipalityCode: $municipalityCode) {
      id
      schoolYear
      status
      updatedAt
      organisation {
        id
        name
      }
    }
    teacherPanel(municipalityCode: $municipalityCode) {
      canJoin
      membership {
        id
        active
      }
      polls {
        id
        title
        state
        closesOn
        canAnswer
        viewerHasAnswered
      }
    }
    questionsToAnswer {
      id
      title
      addressee
      state
      askedAt
      supportCount
    }
    myExampleRequests {
      id
      consent
    }
  }
`);
