import { graphql } from '../../api/generated/index.js';

export const GoodExampleFields = graphql(`
  fragment GoodExampleFields on GoodExample {
    id
    context
    text
    authorName
    note
    liftedByName
    liftedAt
    consent
    consentAt
    named
    version
    canAnswer
  }
`);

/** The public page: a municipality's published examples; for its administration also every lifted one. */
export const GoodExamplesQuery = graphql(`
  query GoodExamples($municipalityCode: String!) {
    municipality: organisation(code: $municipalityCode) {
      id
      name
    }
    goodExamples(municipalityCode: $municipalityCode) {
      ...GoodExampleFields
    }
  }
`);

export const LiftedExamplesQuery = graphql(`
  query LiftedExamples($municipalityCode: String!) {
    liftedExamples(municipalityCode: $municipalityCode) {
      ...GoodExampleFields
    }
  }
`);

/** The author's own texts lifted as examples, waiting ones first. */
export const MyExampleRequestsQuery = graphql(`
  query MyExampleRequests {
    myExampleRequests {
      ...GoodExampleFields
    }
  }
`);

export const LiftAsExampleMutation = graphql(`
  mutation LiftAsExample($input: LiftExampleInput!) {
    liftAsExample(input: $input) {
      ...GoodExampleFields
    }
  }
`);

export const AnswerExampleMutation = graphql(`
  mutation AnswerExample($input: AnswerExampleInput!) {
    answerExample(input: $input) {
      ...GoodExampleFields
    }
  }
`);
