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
    canEdit
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
    schools {
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
      description
      position
      archived
      version
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
      qualityMeasures {
        report {
          id
          schoolYear
          organisation {
            id
            name
          }
        }
        measure {
          id
          text
        }
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

/** Creates a plan (a draft); the plan page then reads it. */
export const CreateActionPlanMutation = graphql(`
  mutation CreateActionPlan($input: CreateActionPlanInput!) {
    createActionPlan(input: $input) {
      id
      title
      status
      version
    }
  }
`);

/** Publishes a draft or closes an active plan, against the version seen. */
export const PublishActionPlanMutation = graphql(`
  mutation PublishActionPlan($input: VersionedInput!) {
    publishActionPlan(input: $input) {
      id
      status
      version
    }
  }
`);

export const CloseActionPlanMutation = graphql(`
  mutation CloseActionPlan($input: VersionedInput!) {
    closeActionPlan(input: $input) {
      id
      status
      version
    }
  }
`);

/** An area's own fields, as the plan page shows them. */
export const AreaFields = graphql(`
  fragment AreaFields on Area {
    id
    title
    description
    position
    archived
    version
  }
`);

/** Adds an area; the plan's list of areas comes back so every cached copy of the plan has it. */
export const CreateAreaMutation = graphql(`
  mutation CreateArea($input: CreateAreaInput!) {
    createArea(input: $input) {
      ...AreaFields
      items(first: 100) {
        nodes {
          id
        }
      }
      plan {
        id
        areas {
          id
        }
      }
    }
  }
`);

/** Edits a plan's own fields; the answer carries them all, so every cached copy of the plan has them. */
export const UpdateActionPlanMutation = graphql(`
  mutation UpdateActionPlan($input: UpdateActionPlanInput!) {
    updateActionPlan(input: $input) {
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
      schools {
        id
        name
      }
      period {
        from
        to
      }
    }
  }
`);

export const UpdateAreaMutation = graphql(`
  mutation UpdateArea($input: UpdateAreaInput!) {
    updateArea(input: $input) {
      ...AreaFields
    }
  }
`);

export const ArchiveAreaMutation = graphql(`
  mutation ArchiveArea($input: ArchiveAreaInput!) {
    archiveArea(input: $input) {
      ...AreaFields
    }
  }
`);

/** Moves an area; the plan's areas come back in their new order. */
export const MoveAreaMutation = graphql(`
  mutation MoveArea($input: MoveAreaInput!) {
    moveArea(input: $input) {
      id
      areas {
        id
        position
        version
      }
    }
  }
`);

/** Moves an item; every area's items come back in their new order. */
export const MoveActionItemMutation = graphql(`
  mutation MoveActionItem($input: MoveActionItemInput!) {
    moveActionItem(input: $input) {
      id
      areas {
        id
        items(first: 100) {
          nodes {
            id
            version
          }
        }
      }
    }
  }
`);

/** Adds an item; its area's items come back so the plan page lists it. */
export const CreateActionItemMutation = graphql(`
  mutation CreateActionItem($input: CreateActionItemInput!) {
    createActionItem(input: $input) {
      ...ItemFields
      area {
        id
        items(first: 100) {
          nodes {
            id
          }
        }
      }
    }
  }
`);

export const UpdateActionItemMutation = graphql(`
  mutation UpdateActionItem($input: UpdateActionItemInput!) {
    updateActionItem(input: $input) {
      ...ItemFields
    }
  }
`);

export const CancelActionItemMutation = graphql(`
  mutation CancelActionItem($input: VersionedInput!) {
    cancelActionItem(input: $input) {
      ...ItemFields
    }
  }
`);

/** The people a plan or an item may be assigned to. */
export const AssignablePeopleQuery = graphql(`
  query AssignablePeople($organisationId: ID!) {
    assignablePeople(organisationId: $organisationId) {
      id
      name
    }
  }
`);

/** The municipality's school units, found by name, for the plan's participants. */
export const SchoolUnitsQuery = graphql(`
  query SchoolUnits($municipalityCode: String!, $search: String) {
    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, search: $search, first: 50) {
      nodes {
        id
        name
        code
      }
    }
  }
`);
