import { graphql } from '../../api/generated/index.js';

/** A target with its indicator and the server's assessment of it. */
export const TargetFields = graphql(`
  fragment TargetFields on Target {
    id
    kind
    targetValue
    targetRank
    targetYear
    indicator {
      id
      key
      name {
        sv
        en
      }
      unit
      direction
      decimals
      source
    }
    scope {
      id
      code
      name
    }
    progress {
      status
      reason {
        sv
        en
      }
      latestValue
      latestYear
      changePerYear
      trend {
        year
        value
      }
    }
  }
`);

/** The organisation's goals with their targets' status, for the list and the politician's start page. */
export const GoalsListQuery = graphql(`
  query GoalsList($organisationId: ID!) {
    goals(organisationId: $organisationId, first: 100) {
      totalCount
      nodes {
        id
        title
        description
        owner {
          name
        }
        targets {
          ...TargetFields
        }
      }
    }
  }
`);

/** One goal with targets and the items that serve it. */
export const GoalQuery = graphql(`
  query Goal($id: ID!) {
    goal(id: $id) {
      id
      title
      description
      owner {
        id
        name
        code
      }
      plan {
        id
        title
      }
      targets {
        ...TargetFields
      }
      actionItems {
        id
        text
        status
        progress
      }
    }
  }
`);

/** An indicator's values for the municipality, the country and chosen peers. */
export const IndicatorSeriesQuery = graphql(`
  query IndicatorSeries($indicatorId: ID!, $organisationIds: [String!]!, $fromYear: Int) {
    indicatorSeries(indicatorId: $indicatorId, organisationIds: $organisationIds, fromYear: $fromYear) {
      series {
        organisationCode
        measurements {
          year
          value
          missingReason
          rawMark
        }
      }
    }
  }
`);

/** Municipalities whose name matches, for choosing peers. */
export const MunicipalitySearchQuery = graphql(`
  query MunicipalitySearch($search: String!) {
    organisations(kind: MUNICIPALITY, search: $search, first: 10) {
      nodes {
        code
        name
      }
    }
  }
`);
