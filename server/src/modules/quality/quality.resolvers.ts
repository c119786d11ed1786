import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { NotFoundError } from '../../shared/errors.js';
import { indicatorIdsByKey, organisationMeasurements } from '../indicators/index.js';
import { requiredOrganisation } from '../organisations/index.js';
import {
  carriedOutValues,
  contributorRightValues,
  effectAnswerValues,
  evidenceKindValues,
  qualityThemeValues,
  reportKindValues,
  reportStatusValues,
  textSectionValues,
  type TextSection,
} from './quality.enums.js';
import type { QualityReportDoc } from './quality.model.js';
import {
  canCommentReport,
  canInviteToReport,
  canReviewReport,
  canSubmitReport,
  canWriteReport,
} from './quality.policy.js';
import { submitProblems } from './quality.rules.js';
import {
  approveQualityReport,
  commentQualityReport,
  createItemFromMeasure,
  createQualityReport,
  findVisibleReport,
  inviteToQualityReport,
  listQualityReports,
  qualityInvitees,
  reportsToAttend,
  returnQualityReport,
  saveDevelopmentAreas,
  saveFollowUps,
  saveParticipation,
  saveQualityMeasures,
  saveQualityTemplate,
  saveQualityText,
  submitQualityReport,
  templateOf,
  uninviteFromQualityReport,
  unitReportsOf,
  unitsNotSubmittedOf,
} from './quality.service.js';
import { findOrganisation } from '../organisations/index.js';
import { isAdministrationOf, toObjectId } from '../../auth/index.js';
import type { GraphQLContext } from '../../graphql/context.js';

const hex = (id: { toHexString(): string }) => id.toHexString();
/** The figures a report is filled in with: year 9's results and its pupils, as Skolverket publishes them. */
const RESULT_KEYS = ['ak9.allSubjects', 'ak9.meritValue', 'ak9.vocationalEligible', 'ak9.pupils'] as const;
const TEXT_ORDER: TextSection[] = ['conditions', 'implementation', 'results', 'analysis'];

const indicatorOf = (key: string | null | undefined, ctx: GraphQLContext) =>
  key ? ctx.loaders.indicatorByKey.load(key) : null;

const itemOf = (report: QualityReportDoc, measureId: { toHexString(): string }, ctx: GraphQLContext) => {
  const link = report.measureLinks.find((l) => l.measureId.equals(measureId.toHexString()));
  return link ? ctx.loaders.item.load(hex(link.actionItemId)) : null;
};

/** Quality reports, their sections, the organiser's overview and the measure ↔ item link. */
export const qualityResolvers: Resolvers = {
  QualityReportStatus: reportStatusValues,
  QualityReportKind: reportKindValues,
  QualityTextSection: textSectionValues,
  EvidenceKind: evidenceKindValues,
  QualityTheme: qualityThemeValues,
  CarriedOut: carriedOutValues,
  EffectAnswer: effectAnswerValues,
  ContributorRight: contributorRightValues,
  Query: {
    qualityReport: (_p, args, ctx) => findVisibleReport(ctx.viewer, args.id),
    qualityReports: (_p, args, ctx) => listQualityReports(ctx.viewer, args),
    qualityInvitees: (_p, args, ctx) => qualityInvitees(ctx.viewer, args),
    qualityReportsToAttend: (_p, args, ctx) => reportsToAttend(ctx.viewer, args.municipalityCode),
    qualityTemplate: async (_p, args, ctx) => {
      const org = await findOrganisation(toObjectId(args.organisationId, 'organisationId'));
      if (!org) throw new NotFoundError({ sv: 'Organisationen', en: 'The organisation' });
      return templateOf(ctx.viewer, org.municipalityCode);
    },
  },
  Mutation: {
    createQualityReport: (_p, args, ctx) => createQualityReport(ctx.viewer, args.input),
    saveQualityText: (_p, args, ctx) => saveQualityText(ctx.viewer, args.input),
    saveDevelopmentAreas: (_p, args, ctx) => saveDevelopmentAreas(ctx.viewer, args.input),
    saveQualityMeasures: (_p, args, ctx) => saveQualityMeasures(ctx.viewer, args.input),
    saveParticipation: (_p, args, ctx) => saveParticipation(ctx.viewer, args.input),
    saveFollowUps: (_p, args, ctx) => saveFollowUps(ctx.viewer, args.input),
    submitQualityReport: (_p, args, ctx) => submitQualityReport(ctx.viewer, args.id),
    returnQualityReport: (_p, args, ctx) => returnQualityReport(ctx.viewer, args.input),
    approveQualityReport: (_p, args, ctx) => approveQualityReport(ctx.viewer, args.input),
    commentQualityReport: (_p, args, ctx) => commentQualityReport(ctx.viewer, args.input),
    inviteToQualityReport: (_p, args, ctx) => inviteToQualityReport(ctx.viewer, args.input),
    uninviteFromQualityReport: (_p, args, ctx) => uninviteFromQualityReport(ctx.viewer, args.input),
    createItemFromMeasure: (_p, args, ctx) => createItemFromMeasure(ctx.viewer, args.input),
    saveQualityTemplate: (_p, args, ctx) => saveQualityTemplate(ctx.viewer, args.input),
  },
  QualityReport: {
    id: (r) => hex(r._id),
    organisation: (r, _a, ctx) => requiredOrganisation(ctx.loaders.organisation, r.organisationId),
    schoolYear: (r) => `${r.year - 1}/${String(r.year).slice(2)}`,
    headings: (r) => TEXT_ORDER.filter((s) => s === 'analysis' || r.headings.includes(s)),
    texts: async (r, _a, ctx) => {
      const template = r.kind === 'unit' ? await templateOf(ctx.viewer, r.municipalityCode) : null;
      return TEXT_ORDER.filter((s) => s === 'analysis' || r.headings.includes(s)).map((section) => ({
        section,
        ...r.texts[section],
        guidance: template?.guidance?.[section] ?? null,
      }));
    },
    results: async (r) => {
      const ids = await indicatorIdsByKey();
      const wanted = RESULT_KEYS.filter((k) => ids.has(k));
      const docs = await organisationMeasurements({
        organisationCode: r.organisationCode,
        indicatorIds: wanted.map((k) => ids.get(k)!),
        fromYear: r.year - 2,
        toYear: r.year,
      });
      return wanted
        .map((key) => ({ key, id: ids.get(key)!, docs: docs.filter((d) => String(d.indicatorId) === ids.get(key)) }))
        .map(({ key, docs: found }) => ({
          key,
          figures: [r.year - 2, r.year - 1, r.year].map((year) => {
            const d = found.find((m) => m.year === year);
            return d
              ? {
                  year,
                  value: d.value ?? null,
                  missingReason: d.missingReason ?? null,
                  rawMark: d.rawMark ?? null,
                  source: d.source,
                }
              : { year, value: null, missingReason: 'noData' as const, rawMark: null, source: null };
          }),
        }));
    },
    developmentAreas: (r) => r.developmentAreas,
    measures: (r) => r,
    participation: (r) => r.participation,
    followUps: (r) => r.followUps,
    comments: (r) => r.comments,
    contributors: (r) => r.contributors,
    submitProblems: (r) => submitProblems(r),
    canWrite: (r, _a, ctx) => canWriteReport(ctx.viewer, r),
    canSubmit: (r, _a, ctx) => canSubmitReport(ctx.viewer, r),
    canReview: (r, _a, ctx) => canReviewReport(ctx.viewer, r),
    canComment: (r, _a, ctx) => canCommentReport(ctx.viewer, r),
    canInvite: (r, _a, ctx) => canInviteToReport(ctx.viewer, r),
    canLinkItems: (r, _a, ctx) => isAdministrationOf(ctx.viewer, r.municipalityCode),
    unitReports: (r, _a, ctx) => unitReportsOf(ctx.viewer, r),
    unitsNotSubmitted: async (r, _a, ctx) => {
      const ids = await unitsNotSubmittedOf(ctx.viewer, r);
      return Promise.all(ids.map((id) => requiredOrganisation(ctx.loaders.organisation, id)));
    },
    themes: async (r, _a, ctx) => {
      const units = await unitReportsOf(ctx.viewer, r);
      return Object.values(qualityThemeValues)
        .map((theme) => ({
          theme,
          areas: units.flatMap((report) =>
            report.developmentAreas.areas.filter((a) => a.theme === theme).map((area) => ({ report, area })),
          ),
        }))
        .filter((g) => g.areas.length);
    },
  },
  QualityResult: {
    indicator: async (row, _a, ctx) => {
      const doc = await ctx.loaders.indicatorByKey.load(row.key);
      if (!doc) throw new NotFoundError({ sv: 'Indikatorn', en: 'The indicator' });
      return doc;
    },
  },
  QualityText: {},
  DevelopmentAreas: { areas: (s) => s.areas },
  DevelopmentArea: {
    id: (a) => hex(a._id),
    description: (a) => a.description ?? null,
  },
  Cause: {
    id: (c) => hex(c._id),
    indicator: (c, _a, ctx) => indicatorOf(c.indicatorKey, ctx),
  },
  QualityMeasures: {
    version: (r) => r.measures.version,
    updatedAt: (r) => r.measures.updatedAt ?? null,
    updatedByName: (r) => r.measures.updatedByName ?? null,
    measures: (r) => r.measures.measures.map((measure) => ({ measure, report: r })),
  },
  QualityMeasure: {
    id: ({ measure }) => hex(measure._id),
    text: ({ measure }) => measure.text,
    ownerName: ({ measure }) => measure.ownerName,
    dueDate: ({ measure }) => measure.dueDate ?? null,
    expectedEffect: ({ measure }) => measure.expectedEffect,
    causeId: ({ measure }) => (measure.causeId ? hex(measure.causeId) : null),
    cause: ({ measure, report }) =>
      (measure.causeId &&
        report.developmentAreas.areas.flatMap((a) => a.causes).find((c) => c._id.equals(measure.causeId!))) ||
      null,
    indicator: ({ measure }, _a, ctx) => indicatorOf(measure.indicatorKey, ctx),
    actionItem: ({ measure, report }, _a, ctx) => itemOf(report, measure._id, ctx),
  },
  FollowUps: { followUps: (s) => s.followUps },
  FollowUp: {
    id: (f) => hex(f._id),
    fromReportId: (f) => hex(f.fromReportId),
    measureId: (f) => hex(f.measureId),
    indicator: (f, _a, ctx) => indicatorOf(f.indicatorKey, ctx),
    actionItem: (f, _a, ctx) => (f.actionItemId ? ctx.loaders.item.load(hex(f.actionItemId)) : null),
  },
  QualityComment: { id: (c) => hex(c._id) },
  QualityContributor: {
    person: async (c, _a, ctx) => {
      const p = await ctx.loaders.person.load(hex(c.personId));
      if (!p) throw new NotFoundError({ sv: 'Personen', en: 'The person' });
      return p;
    },
  },
  ThemedArea: {
    organisation: ({ report }, _a, ctx) => requiredOrganisation(ctx.loaders.organisation, report.organisationId),
    reportId: ({ report }) => hex(report._id),
    area: ({ area }) => area,
    measures: ({ report, area }) => {
      const causes = new Set(area.causes.map((c) => hex(c._id)));
      return report.measures.measures
        .filter((m) => m.causeId && causes.has(hex(m.causeId)))
        .map((measure) => ({ measure, report }));
    },
  },
  QualityTemplate: {
    headings: (t) => t.headings,
    guidance: (t) => TEXT_ORDER.map((section) => ({ section, text: t.guidance?.[section] ?? null })),
  },
  QualityMeasureLink: {
    report: ({ report }) => report,
    measure: (view) => view,
  },
  ActionItem: {
    qualityMeasures: async (item, _a, ctx) => {
      const reports = await ctx.loaders.reportsByItem.load(hex(item._id));
      return reports.flatMap((report) =>
        report.measureLinks
          .filter((l) => l.actionItemId.equals(item._id))
          .flatMap((l) => {
            const measure = report.measures.measures.find((m) => m._id.equals(l.measureId));
            return measure ? [{ measure, report }] : [];
          }),
      );
    },
  },
};
