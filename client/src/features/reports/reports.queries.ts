import { graphql } from '../../api/generated/index.js';

/** A plan's goals with their targets' latest values and status, for the board report's print view. */
export const PlanReportGoalsQuery = graphql(`
  query PlanReportGoals($id: ID!) {
    actionPlan(id: $id) {
      id
      goals {
        id
        title
        targets {
          id
          kind
          targetValue
          targetRank
          targetYear
          indicator {
            id
            name {
              sv
              en
            }
            unit
            decimals
          }
          scope {
            id
            name
          }
          progress {
            status
            latestValue
            latestYear
            reason {
              sv
              en
            }
          }
        }
      }
    }
  }
`);
