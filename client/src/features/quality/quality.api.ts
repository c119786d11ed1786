import { computed, toValue, type MaybeRefOrGetter } from 'vue';
import { useMutation, useQuery } from '@urql/vue';
import { toAppError, type AppError } from '../../api/errors.js';
import { pageData, type PageData } from '../../api/page-data.js';
import {
  ApproveQualityReportDocument,
  CommentQualityReportDocument,
  CreateItemFromMeasureDocument,
  CreateQualityReportDocument,
  InviteToQualityReportDocument,
  QualityInviteesDocument,
  QualityOrganiserOverviewDocument,
  QualityTemplateDocument,
  SaveQualityTemplateDocument,
  UninviteFromQualityReportDocument,
  MeasurePlanChoicesDocument,
  QualityReportDocument,
  QualityReportsDocument,
  QualityThreadDocument,
  ReturnQualityReportDocument,
  SaveDevelopmentAreasDocument,
  SaveFollowUpsDocument,
  SaveParticipationDocument,
  SaveQualityMeasuresDocument,
  SaveQualityTextDocument,
  SubmitQualityReportDocument,
  type DevelopmentAreaInput,
  type FollowUpInput,
  type QualityMeasureInput,
  type QualityReportFieldsFragment,
  type QualityReportQuery,
  type QualityReportSummaryFragment,
  type ContributorRight,
  type QualityGuidanceInput,
  type QualityTextSection,
  type SaveParticipationInput,
} from '../../api/generated/graphql.js';

/** A report as the page shows it. */
export type QualityReport = NonNullable<QualityReportQuery['qualityReport']>;
export type QualityReportFull = QualityReportFieldsFragment;
export type QualityReportSummary = QualityReportSummaryFragment;
export type QualityArea = QualityReportFull['developmentAreas']['areas'][number];
export type QualityMeasure = QualityReportFull['measures']['measures'][number];

/** The answer to a write: the report as it now is, or the error to show. */
export type QualityOutcome = { ok: true; id: string } | { ok: false; error: AppError };

/** The reports of a municipality or unit the viewer may read, newest first. */
export function useQualityReports(
  organisationId: MaybeRefOrGetter<string | null | undefined>,
): PageData<QualityReportSummary[]> {
  const response = useQuery({
    query: QualityReportsDocument,
    variables: () => ({ organisationId: toValue(organisationId) ?? '' }),
    pause: () => !toValue(organisationId),
  });
  return pageData(response, (d) => d.qualityReports);
}

/** One report (null when missing or not readable). */
export function useQualityReport(id: MaybeRefOrGetter<string>): PageData<QualityReport> {
  const response = useQuery({ query: QualityReportDocument, variables: () => ({ id: toValue(id) }) });
  return pageData(response, (d) => d.qualityReport ?? null);
}

/** The organiser's report's overview of its units (null when the report is not readable). */
export function useOrganiserOverview(id: MaybeRefOrGetter<string>) {
  const response = useQuery({ query: QualityOrganiserOverviewDocument, variables: () => ({ id: toValue(id) }) });
  return pageData(response, (d) => d.qualityReport ?? null);
}

/** A unit's reports in full across the years, for its red thread. */
export function useQualityThread(organisationId: MaybeRefOrGetter<string>): PageData<QualityReportFull[]> {
  const response = useQuery({
    query: QualityThreadDocument,
    variables: () => ({ organisationId: toValue(organisationId) }),
  });
  return pageData(response, (d) => d.qualityReports);
}

/** Colleagues the viewer may invite, by name (asked for only while the invite form is open). */
export function useQualityInvitees(
  reportId: MaybeRefOrGetter<string>,
  search: MaybeRefOrGetter<string>,
  wanted: () => boolean,
) {
  const response = useQuery({
    query: QualityInviteesDocument,
    variables: () => ({ reportId: toValue(reportId), search: toValue(search) || null }),
    pause: () => !wanted(),
  });
  return pageData(response, (d) => d.qualityInvitees);
}

/** The municipality's template (version 0: none saved, every optional heading). */
export function useQualityTemplate(organisationId: MaybeRefOrGetter<string | null | undefined>, wanted: () => boolean) {
  const response = useQuery({
    query: QualityTemplateDocument,
    variables: () => ({ organisationId: toValue(organisationId) ?? '' }),
    pause: () => !wanted() || !toValue(organisationId),
  });
  return pageData(response, (d) => d.qualityTemplate);
}

/** Saves the template; the cache asks for it again (it has no id of its own). */
export function useSaveQualityTemplate() {
  const m = useMutation(SaveQualityTemplateDocument);
  return {
    busy: m.fetching,
    save: async (
      organisationId: string,
      expectedVersion: number,
      headings: QualityTextSection[],
      guidance: QualityGuidanceInput,
    ) => {
      const result = await m.executeMutation({ input: { organisationId, expectedVersion, headings, guidance } });
      return result.data ? ({ ok: true } as const) : ({ ok: false, error: toAppError(result.error) } as const);
    },
  };
}

/** The plans and their open areas a measure can become an action item in (asked for only when wanted). */
export function useMeasurePlanChoices(
  organisationId: MaybeRefOrGetter<string | null | undefined>,
  wanted: () => boolean,
) {
  const response = useQuery({
    query: MeasurePlanChoicesDocument,
    variables: () => ({ organisationId: toValue(organisationId) ?? '' }),
    pause: () => !wanted() || !toValue(organisationId),
  });
  return pageData(response, (d) =>
    d.actionPlans.nodes
      .filter((p) => p.status !== 'CLOSED')
      .map((p) => ({ id: p.id, title: p.title, areas: p.areas.filter((a) => !a.archived) })),
  );
}

function outcome(
  result: { data?: unknown; error?: unknown },
  pick: (data: never) => { id: string } | null | undefined,
): QualityOutcome {
  const got = result.data ? pick(result.data as never) : null;
  return got ? { ok: true, id: got.id } : { ok: false, error: toAppError(result.error) };
}

/**
 * The report's writes. Each answers with the whole report, which the normalised cache puts in
 * place for every page showing it; none keeps state here.
 */
export function useQualityWrites() {
  const m = {
    create: useMutation(CreateQualityReportDocument),
    text: useMutation(SaveQualityTextDocument),
    areas: useMutation(SaveDevelopmentAreasDocument),
    measures: useMutation(SaveQualityMeasuresDocument),
    participation: useMutation(SaveParticipationDocument),
    followUps: useMutation(SaveFollowUpsDocument),
    submit: useMutation(SubmitQualityReportDocument),
    giveBack: useMutation(ReturnQualityReportDocument),
    approve: useMutation(ApproveQualityReportDocument),
    comment: useMutation(CommentQualityReportDocument),
    toItem: useMutation(CreateItemFromMeasureDocument),
    invite: useMutation(InviteToQualityReportDocument),
    uninvite: useMutation(UninviteFromQualityReportDocument),
  };
  return {
    busy: computed(() => Object.values(m).some((x) => x.fetching.value)),
    create: async (organisationId: string, year: number) =>
      outcome(
        await m.create.executeMutation({ input: { organisationId, year } }),
        (d: { createQualityReport: { id: string } }) => d.createQualityReport,
      ),
    saveText: async (reportId: string, section: QualityTextSection, expectedVersion: number, text: string) =>
      outcome(
        await m.text.executeMutation({ input: { reportId, section, expectedVersion, text } }),
        (d: { saveQualityText: { id: string } }) => d.saveQualityText,
      ),
    saveAreas: async (reportId: string, expectedVersion: number, areas: DevelopmentAreaInput[]) =>
      outcome(
        await m.areas.executeMutation({ input: { reportId, expectedVersion, areas } }),
        (d: { saveDevelopmentAreas: { id: string } }) => d.saveDevelopmentAreas,
      ),
    saveMeasures: async (reportId: string, expectedVersion: number, measures: QualityMeasureInput[]) =>
      outcome(
        await m.measures.executeMutation({ input: { reportId, expectedVersion, measures } }),
        (d: { saveQualityMeasures: { id: string } }) => d.saveQualityMeasures,
      ),
    saveParticipation: async (input: SaveParticipationInput) =>
      outcome(
        await m.participation.executeMutation({ input }),
        (d: { saveParticipation: { id: string } }) => d.saveParticipation,
      ),
    saveFollowUps: async (reportId: string, expectedVersion: number, followUps: FollowUpInput[]) =>
      outcome(
        await m.followUps.executeMutation({ input: { reportId, expectedVersion, followUps } }),
        (d: { saveFollowUps: { id: string } }) => d.saveFollowUps,
      ),
    submit: async (id: string) =>
      outcome(
        await m.submit.executeMutation({ id }),
        (d: { submitQualityReport: { id: string } }) => d.submitQualityReport,
      ),
    giveBack: async (reportId: string, text: string) =>
      outcome(
        await m.giveBack.executeMutation({ input: { reportId, text } }),
        (d: { returnQualityReport: { id: string } }) => d.returnQualityReport,
      ),
    approve: async (reportId: string, text: string | null) =>
      outcome(
        await m.approve.executeMutation({ input: { reportId, text } }),
        (d: { approveQualityReport: { id: string } }) => d.approveQualityReport,
      ),
    comment: async (reportId: string, text: string) =>
      outcome(
        await m.comment.executeMutation({ input: { reportId, text } }),
        (d: { commentQualityReport: { id: string } }) => d.commentQualityReport,
      ),
    invite: async (reportId: string, personId: string, right: ContributorRight) =>
      outcome(
        await m.invite.executeMutation({ input: { reportId, personId, right } }),
        (d: { inviteToQualityReport: { id: string } }) => d.inviteToQualityReport,
      ),
    uninvite: async (reportId: string, personId: string) =>
      outcome(
        await m.uninvite.executeMutation({ input: { reportId, personId } }),
        (d: { uninviteFromQualityReport: { id: string } }) => d.uninviteFromQualityReport,
      ),
    toItem: async (reportId: string, measureId: string, areaId: string) =>
      outcome(
        await m.toItem.executeMutation({ input: { reportId, measureId, areaId } }),
        (d: { createItemFromMeasure: { item: { id: string } } }) => d.createItemFromMeasure.item,
      ),
  };
}
