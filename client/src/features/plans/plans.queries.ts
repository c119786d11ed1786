import { graphql } from '../../api/generated/index.js';

/** An organisation by code, to find the municipality's id from the viewer's membership. */
export const OrganisationByCodeQuery = graphql(`
  query OrganisationByCode($code: String!) {
    organisation(code: $code) {
      id
      code
      name
      kind
    }
  }
`);

/** The municipality's plans in short, for the list. */
export const PlansListQuery = graphql(`
  query PlansList($organisationId: ID!) {
    actionPlans(organisationId: $organisationId, first: 50) {
      totalCount
      nodes {
        id
        title
        purpose
        status
        period {
          from
          to
        }
        owner {
          name
        }
        areas {
          id
          items(first: 100) {
            nodes {
              id
              status
              progress
            }
          }
        }
      }
    }
  }
`);

/** Everything an item row shows, and what the update form needs. */
export const ItemFields = graphql(`
  fragment ItemFields on ActionItem {
    id
    text
    description
    status
    progress
    version
    dueDate
    effect
    canUpdate
    updatedAt
    plan {
      id
    }
    area {
      id
    }
    responsible {
      id
      name
    }
    lastUpdate {
      text
      authorName
      at
    }
  }
`);

/** Everything the plan page shows of a plan: its areas and items. */
export const PlanFields = graphql(`
  fragment PlanFields on ActionPlan {
    id
    title
    purpose
    startingPoints
    status
    version
    ownerTitle
    responsibleTitle
    responsible {
      id
      name
    }
    owner {
      id
      name
    }
    period {
      from
      to
    }
    areas {
      id
      title
      items(first: 100) {
        nodes {
          ...ItemFields
        }
      }
    }
  }
`);

/** One plan with its areas and items. */
export const PlanQuery = graphql(`
  query Plan($id: ID!) {
    actionPlan(id: $id) {
      ...PlanFields
    }
  }
`);

/** One item with its history and goals. */
export const ItemQuery = graphql(`
  query ActionItem($id: ID!) {
    actionItem(id: $id) {
      ...ItemFields
      plan {
        id
        title
      }
      area {
        id
        title
      }
      goals {
        id
        title
      }
      updates(first: 50) {
        nodes {
          id
          authorName
          at
          status
          progress
          text
          evidenceUrl
          effect
        }
      }
    }
  }
`);

/** Records a status update against the version the user saw. */
export const RecordStatusUpdateMutation = graphql(`
  mutation RecordStatusUpdate($input: RecordStatusUpdateInput!) {
    recordStatusUpdate(input: $input) {
      ...ItemFields
      updates(first: 50) {
        nodes {
          id
          authorName
          at
          status
          progress
          text
          evidenceUrl
          effect
        }
      }
    }
  }
`);
