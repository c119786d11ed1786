import { graphql } from '../../api/generated/index.js';

/** What a deficiency page and its forms show. */
export const DeficiencyFields = graphql(`
  fragment DeficiencyFields on Deficiency {
    id
    title
    source
    decisionReference
    decisionDate
    area
    areaOther
    requirement
    intervention
    reportDeadline
    state
    reportedAt
    overdue
    version
    canEdit
    canAddMeasures
    nextStates
    fromComplaint
    createdAt
    owner {
      id
      name
    }
    unit {
      id
      name
    }
    measures {
      id
      text
      owner
      dueDate
      done
      doneAt
      addedByName
    }
    evidence {
      id
      text
      url
      date
      byName
    }
    history {
      id
      state
      at
      byName
      date
      note
    }
  }
`);

/** A municipality's deficiencies, newest first, optionally in one state. */
export const DeficienciesQuery = graphql(`
  query Deficiencies($organisationId: ID!, $state: DeficiencyState) {
    deficiencies(organisationId: $organisationId, state: $state, first: 100) {
      totalCount
      nodes {
        id
        title
        source
        area
        areaOther
        state
        overdue
        reportDeadline
        unit {
          id
          name
        }
      }
    }
  }
`);

/** One deficiency with its measures, evidence, history and the complaint behind it (when the viewer handles it). */
export const DeficiencyQuery = graphql(`
  query Deficiency($id: ID!) {
    deficiency(id: $id) {
      ...DeficiencyFields
      complaint {
        id
        subject
        receivedAt
      }
    }
  }
`);

/** The municipality's school units, for the unit choice. */
export const DeficiencyUnitsQuery = graphql(`
  query DeficiencyUnits($municipalityCode: String!) {
    organisations(kind: SCHOOL_UNIT, municipalityCode: $municipalityCode, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const CreateDeficiencyMutation = graphql(`
  mutation CreateDeficiency($input: CreateDeficiencyInput!) {
    createDeficiency(input: $input) {
      ...DeficiencyFields
    }
  }
`);

export const UpdateDeficiencyMutation = graphql(`
  mutation UpdateDeficiency($input: UpdateDeficiencyInput!) {
    updateDeficiency(input: $input) {
      ...DeficiencyFields
    }
  }
`);

export const ChangeDeficiencyStateMutation = graphql(`
  mutation ChangeDeficiencyState($input: ChangeDeficiencyStateInput!) {
    changeDeficiencyState(input: $input) {
      ...DeficiencyFields
    }
  }
`);

export const AddDeficiencyMeasureMutation = graphql(`
  mutation AddDeficiencyMeasure($input: AddDeficiencyMeasureInput!) {
    addDeficiencyMeasure(input: $input) {
      ...DeficiencyFields
    }
  }
`);

export const SetDeficiencyMeasureDoneMutation = graphql(`
  mutation SetDeficiencyMeasureDone($input: SetDeficiencyMeasureDoneInput!) {
    setDeficiencyMeasureDone(input: $input) {
      ...DeficiencyFields
    }
  }
`);

export const AddDeficiencyEvidenceMutation = graphql(`
  mutation AddDeficiencyEvidence($input: AddDeficiencyEvidenceInput!) {
    addDeficiencyEvidence(input: $input) {
      ...DeficiencyFields
    }
  }
`);

/** What a complaint page shows (the personal data are null unless the viewer handles it). */
export const ComplaintFields = graphql(`
  fragment ComplaintFields on Complaint {
    id
    receivedAt
    channel
    complainantName
    complainantContact
    personalDataVisible
    subject
    confirmedAt
    investigator
    findings
    investigatedAt
    answeredAt
    answer
    state
    version
    canEdit
    canCreateDeficiency
    owner {
      id
      name
    }
    unit {
      id
      name
    }
    deficiency {
      id
      title
      state
    }
  }
`);

/** A municipality's complaints the viewer handles, newest received first. */
export const ComplaintsQuery = graphql(`
  query Complaints($organisationId: ID!, $state: ComplaintState) {
    complaints(organisationId: $organisationId, state: $state, first: 100) {
      totalCount
      nodes {
        id
        receivedAt
        channel
        subject
        state
        unit {
          id
          name
        }
      }
    }
  }
`);

/** How many of the municipality's complaints are in each state (anonymised). */
export const ComplaintCountsQuery = graphql(`
  query ComplaintCounts($organisationId: ID!) {
    complaintCounts(organisationId: $organisationId) {
      state
      count
    }
  }
`);

export const ComplaintQuery = graphql(`
  query Complaint($id: ID!) {
    complaint(id: $id) {
      ...ComplaintFields
    }
  }
`);

export const CreateComplaintMutation = graphql(`
  mutation CreateComplaint($input: CreateComplaintInput!) {
    createComplaint(input: $input) {
      ...ComplaintFields
    }
  }
`);

export const UpdateComplaintMutation = graphql(`
  mutation UpdateComplaint($input: UpdateComplaintInput!) {
    updateComplaint(input: $input) {
      ...ComplaintFields
    }
  }
`);

export const DeficiencyFromComplaintMutation = graphql(`
  mutation DeficiencyFromComplaint($input: DeficiencyFromComplaintInput!) {
    createDeficiencyFromComplaint(input: $input) {
      ...DeficiencyFields
      complaint {
        id
        deficiency {
          id
          title
          state
        }
        canCreateDeficiency
      }
    }
  }
`);
