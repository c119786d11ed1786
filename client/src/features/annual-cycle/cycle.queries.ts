import { graphql } from '../../api/generated/index.js';

/** One step as the cycle page and the start pages show it, with its status for the viewer. */
export const CycleStepFieldsFragment = graphql(`
  fragment CycleStepFields on CycleStep {
    id
    version
    title
    description
    phase
    startDate
    dueDate
    ownerRole
    perUnit
    status
    canMarkDone
    doneCount
    unitCount
    viewerUnit {
      id
      name
    }
    pendingUnits {
      id
      name
    }
    completions {
      unit {
        id
        name
      }
      personName
      at
    }
  }
`);

/** The cycle page in one request: every cycle of the municipality (a handful a year) with its steps. */
export const AnnualCyclePageQuery = graphql(`
  query AnnualCyclePage($municipalityCode: String!) {
    annualCycles(municipalityCode: $municipalityCode) {
      id
      version
      schoolForm
      year
      schoolYear
      canEdit
      units {
        id
        name
      }
      steps {
        ...CycleStepFields
      }
    }
  }
`);

export const CreateAnnualCycleMutation = graphql(`
  mutation CreateAnnualCycle($input: CreateAnnualCycleInput!) {
    createAnnualCycle(input: $input) {
      id
    }
  }
`);

export const CopyAnnualCycleMutation = graphql(`
  mutation CopyAnnualCycle($id: ID!) {
    copyAnnualCycle(id: $id) {
      id
    }
  }
`);

export const DeleteAnnualCycleMutation = graphql(`
  mutation DeleteAnnualCycle($id: ID!, $expectedVersion: Int!) {
    deleteAnnualCycle(id: $id, expectedVersion: $expectedVersion)
  }
`);

export const AddCycleStepMutation = graphql(`
  mutation AddCycleStep($input: AddCycleStepInput!) {
    addCycleStep(input: $input) {
      ...CycleStepFields
    }
  }
`);

export const UpdateCycleStepMutation = graphql(`
  mutation UpdateCycleStep($input: UpdateCycleStepInput!) {
    updateCycleStep(input: $input) {
      ...CycleStepFields
    }
  }
`);

export const DeleteCycleStepMutation = graphql(`
  mutation DeleteCycleStep($id: ID!, $expectedVersion: Int!) {
    deleteCycleStep(id: $id, expectedVersion: $expectedVersion)
  }
`);

export const SetCycleStepDoneMutation = graphql(`
  mutation SetCycleStepDone($input: SetCycleStepDoneInput!) {
    setCycleStepDone(input: $input) {
      ...CycleStepFields
    }
  }
`);

/** The municipality's school units a cycle can name (the first 100 by name, or those matching a search). */
export const CycleUnitChoicesQuery = graphql(`
  query CycleUnitChoices($municipalityCode: String!, $search: String) {
    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, search: $search, first: 100) {
      nodes {
        id
        name
      }
      totalCount
    }
  }
`);

export const UpdateAnnualCycleMutation = graphql(`
  mutation UpdateAnnualCycle($input: UpdateAnnualCycleInput!) {
    updateAnnualCycle(input: $input) {
      id
      version
      units {
        id
        name
      }
    }
  }
`);
