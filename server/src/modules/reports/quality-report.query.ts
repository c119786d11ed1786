/**
 * The one read behind every format of a quality report, executed through the app's GraphQL server
 * with the request's own context (as {@link PLAN_REPORT_QUERY} is): the viewer's scope and the
 * quality module's policies decide, and a report the viewer may not read comes back null, like an
 * absent one.
 */
export const QUALITY_REPORT_QUERY = `query QualityReportExport($id: ID!) {
  qualityReport(id: $id) {
    id kind year schoolYear status headings
    organisation { name kind parent { name kind parent { name kind } } }
    texts { section text updatedAt updatedByName }
    results {
      indicator { key name { sv } unit decimals source }
      figures { year value missingReason rawMark source }
    }
    followUps {
      followUps {
        fromYear text ownerName expectedEffect
        indicator { name { sv } }
        actionItem { text }
        carriedOut carriedOutEvidence effect effectEvidence
      }
    }
    developmentAreas {
      areas {
        id title theme description
        causes { id text evidenceKind evidence indicator { name { sv } } }
      }
    }
    measures {
      measures {
        text ownerName dueDate causeId expectedEffect
        cause { id text }
        indicator { name { sv } }
        actionItem { text plan { title } }
      }
    }
    participation {
      teachers teachersHow staff staffHow pupils pupilsHow
      guardiansOffered guardiansDate guardiansHow
    }
    unitsNotSubmitted { name }
    comments { authorName at text status }
    history { status at byName }
  }
}`;

type Named = { name: string; kind: string };
type IndicatorName = { name: { sv: string } } | null;

export type QualityStatusName = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
export type QualitySectionName = 'CONDITIONS' | 'IMPLEMENTATION' | 'RESULTS' | 'ANALYSIS';
export type MissingReasonName = 'SUPPRESSED' | 'TOO_FEW_PUPILS' | 'NOT_APPLICABLE' | 'NO_DATA' | 'APPROXIMATE';
export type QualityThemeName =
  'TEACHING' | 'READING' | 'ASSESSMENT' | 'SUPPORT' | 'SAFETY' | 'EQUITY' | 'LEADERSHIP' | 'OTHER';
export type EvidenceKindName = 'MEASUREMENT' | 'SURVEY' | 'OBSERVATION';
export type CarriedOutName = 'YES' | 'PARTLY' | 'NO';
export type EffectAnswerName = 'YES' | 'PARTLY' | 'NO' | 'TOO_EARLY';

/** What {@link QUALITY_REPORT_QUERY} answers (enum values as the API names them). */
export interface QualityReportData {
  qualityReport: {
    id: string;
    kind: 'UNIT' | 'ORGANISER';
    year: number;
    schoolYear: string;
    status: QualityStatusName;
    headings: QualitySectionName[];
    organisation: Named & { parent: (Named & { parent: Named | null }) | null };
    texts: Array<{ section: QualitySectionName; text: string; updatedAt: string | null; updatedByName: string | null }>;
    results: Array<{
      indicator: { key: string; name: { sv: string }; unit: string; decimals: number; source: string };
      figures: Array<{
        year: number;
        value: number | null;
        missingReason: MissingReasonName | null;
        rawMark: string | null;
        source: string | null;
      }>;
    }>;
    followUps: {
      followUps: Array<{
        fromYear: number;
        text: string;
        ownerName: string;
        expectedEffect: string;
        indicator: IndicatorName;
        actionItem: { text: string } | null;
        carriedOut: CarriedOutName | null;
        carriedOutEvidence: string | null;
        effect: EffectAnswerName | null;
        effectEvidence: string | null;
      }>;
    };
    developmentAreas: {
      areas: Array<{
        id: string;
        title: string;
        theme: QualityThemeName;
        description: string | null;
        causes: Array<{
          id: string;
          text: string;
          evidenceKind: EvidenceKindName;
          evidence: string;
          indicator: IndicatorName;
        }>;
      }>;
    };
    measures: {
      measures: Array<{
        text: string;
        ownerName: string;
        dueDate: string | null;
        causeId: string | null;
        expectedEffect: string;
        cause: { id: string; text: string } | null;
        indicator: IndicatorName;
        actionItem: { text: string; plan: { title: string } } | null;
      }>;
    };
    participation: {
      teachers: boolean | null;
      teachersHow: string | null;
      staff: boolean | null;
      staffHow: string | null;
      pupils: boolean | null;
      pupilsHow: string | null;
      guardiansOffered: boolean | null;
      guardiansDate: string | null;
      guardiansHow: string | null;
    };
    unitsNotSubmitted: Array<{ name: string }>;
    comments: Array<{ authorName: string; at: string; text: string; status: QualityStatusName }>;
    history: Array<{ status: QualityStatusName; at: string; byName: string }>;
  } | null;
}
