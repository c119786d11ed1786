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
        status
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
      ...GoalHeadFields
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
        plan {
          id
          title
        }
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

/** The indicator catalogue, for choosing a target's indicator (direction and unit shown). */
export const GoalIndicatorsQuery = graphql(`
  query GoalIndicators {
    indicators {
      id
      key
      name {
        sv
        en
      }
      unit
      direction
      decimals
    }
  }
`);

/** The items of the municipality's plans the viewer may read, for linking them to a goal. */
export const GoalItemChoicesQuery = graphql(`
  query GoalItemChoices($municipalityCode: String!) {
    municipalityItems(municipalityCode: $municipalityCode, first: 500) {
      id
      text
      status
      progress
      plan {
        id
        title
      }
    }
  }
`);

/** The municipality's goals by title, for linking an item to them. */
export const GoalChoicesQuery = graphql(`
  query GoalChoices($organisationId: ID!) {
    goals(organisationId: $organisationId, first: 100) {
      nodes {
        id
        title
        status
      }
    }
  }
`);

/** What the goal page shows of the goal itself; every write of it answers with these. */
export const GoalHeadFields = graphql(`
  fragment GoalHeadFields on Goal {
    id
    title
    description
    status
    version
    canEdit
    period {
      from
      to
    }
  }
`);

export const CreateGoalMutation = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      ...GoalHeadFields
    }
  }
`);

export const UpdateGoalMutation = graphql(`
  mutation UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      ...GoalHeadFields
    }
  }
`);

export const AddTargetMutation = graphql(`
  mutation AddTarget($input: AddTargetInput!) {
    addTarget(input: $input) {
      id
      version
      targets {
        ...TargetFields
      }
    }
  }
`);

export const UpdateTargetMutation = graphql(`
  mutation UpdateTarget($input: UpdateTargetInput!) {
    updateTarget(input: $input) {
      id
      version
      targets {
        ...TargetFields
      }
    }
  }
`);

export const RemoveTargetMutation = graphql(`
  mutation RemoveTarget($goalId: ID!, $targetId: ID!) {
    removeTarget(goalId: $goalId, targetId: $targetId) {
      id
      version
      targets {
        ...TargetFields
      }
    }
  }
`);

/** A link answers with the item's goals; the goal's items are dropped from the cache and asked again. */
export const LinkGoalToItemMutation = graphql(`
  mutation LinkGoalToItem($input: GoalItemLinkInput!) {
    linkGoalToItem(input: $input) {
      id
      goals {
        id
        title
      }
    }
  }
`);

export const UnlinkGoalFromItemMutation = graphql(`
  mutation UnlinkGoalFromItem($input: GoalItemLinkInput!) {
    unlinkGoalFromItem(input: $input) {
      id
      goals {
        id
        title
      }
    }
  }
`);
