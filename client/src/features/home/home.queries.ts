import { graphql } from '../../api/generated/index.js';

/**
 * The start page in one request: the municipality's plans in full and, for teachers, the threads
 * on every plan and item (the page used to ask once per plan and once per thread).
 */
export const HomePlansQuery = graphql(`
  query HomePlans($organisationId: ID!, $withComments: Boolean!) {
    actionPlans(organisationId: $organisationId, first: 50) {
      nodes {
        ...PlanFields
        comments(first: 100) @include(if: $withComments) {
          nodes {
            ...CommentFields
            replies {
              ...CommentFields
            }
          }
        }
        areas {
          id
          items(first: 100) {
            nodes {
              id
              comments(first: 100) @include(if: $withComments) {
                nodes {
                  ...CommentFields
                  replies {
                    ...CommentFields
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);
