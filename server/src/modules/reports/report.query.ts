/**
 * The one read behind every report format. It is executed through the app's GraphQL server with
 * the request's own context, so the viewer's scope, the loaders and every policy apply exactly as
 * they do on the plan page: a plan the viewer may not open comes back null, like an absent one.
 */
export const PLAN_REPORT_QUERY = `query PlanReport($id: ID!) {
  actionPlan(id: $id) {
    id title purpose startingPoints status ownerTitle responsibleTitle
    period { from to }
    owner { name kind parent { name kind parent { name kind } } }
    responsible { name }
    areas {
      title
      items(first: 100) {
        totalCount
        nodes { text status progress effect dueDate responsible { name } lastUpdate { text authorName at } }
      }
    }
    goals {
      title status
      targets {
        kind targetValue targetRank targetYear
        indicator { name { sv } unit decimals }
        scope { name }
        progress { status latestValue latestYear reason { sv } }
      }
    }
  }
}`;

type Named = { name: string; kind: string };

/** What {@link PLAN_REPORT_QUERY} answers (enum values as the API names them). */
export interface PlanReportData {
  actionPlan: {
    id: string;
    title: string;
    purpose: string;
    startingPoints: string[];
    status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
    ownerTitle: string | null;
    responsibleTitle: string | null;
    period: { from: string; to: string };
    owner: Named & { parent: (Named & { parent: Named | null }) | null };
    responsible: { name: string } | null;
    areas: Array<{
      title: string;
      items: {
        totalCount: number;
        nodes: Array<{
          text: string;
          status: ItemStatusName;
          progress: number;
          effect: string | null;
          dueDate: string | null;
          responsible: { name: string } | null;
          lastUpdate: { text: string; authorName: string; at: string } | null;
        }>;
      };
    }>;
    goals: Array<{
      title: string;
      status: 'DRAFT' | 'ACTIVE' | 'CLOSED';
      targets: Array<{
        kind: 'VALUE' | 'RANK';
        targetValue: number | null;
        targetRank: number | null;
        targetYear: number;
        indicator: { name: { sv: string }; unit: string; decimals: number };
        scope: { name: string };
        progress: {
          status: 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK' | 'NO_DATA';
          latestValue: number | null;
          latestYear: number | null;
          reason: { sv: string };
        };
      }>;
    }>;
  } | null;
}

export type ItemStatusName = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE' | 'AT_RISK' | 'CANCELLED';
