import mongoose, { type Types } from 'mongoose';
import { z } from 'zod';
import {
  editScope,
  isAdministrationOf,
  loadEditable,
  loadVisible,
  readScope,
  requireViewer,
  toObjectId,
  type EditScope,
  type Viewer,
} from '../../auth/index.js';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  type FieldProblem,
  type LocalizedText,
} from '../../shared/errors.js';
import { parseInput, text } from '../../shared/validation.js';

const inviteeSearch = text({ max: 100 });
const municipalityCodeInput = z.string().regex(/^\d{4}$/, { message: 'fyra siffror / four digits' });
import { indicatorIdsByKey } from '../indicators/index.js';
import { findOrganisation, type OrganisationDoc } from '../organisations/index.js';
import { findPeople, pagePeopleOf, personOfMunicipality, type PersonDoc } from '../people/index.js';
import { createActionItem, type ActionItemDoc } from '../plans/index.js';
import { OPTIONAL_HEADINGS, type TextSection } from './quality.enums.js';
import {
  approveInput,
  commentInput,
  createReportInput,
  inviteInput,
  itemFromMeasureInput,
  saveAreasInput,
  saveFollowUpsInput,
  saveMeasuresInput,
  saveParticipationInput,
  saveTemplateInput,
  saveTextInput,
} from './quality.inputs.js';
import type { FollowUpDoc, QualityReportDoc, QualityTemplateDoc } from './quality.model.js';
import {
  canCommentReport,
  canInviteToReport,
  canReadReport,
  canReviewReport,
  canStartReport,
  canSubmitReport,
  canWriteReport,
  isOpenForWriting,
  principalUnits,
} from './quality.policy.js';
import {
  changeReport,
  findReport,
  findTemplate,
  insertReport,
  listReports,
  reportOfYear,
  reportsWithItems,
  saveTemplate,
} from './quality.repository.js';
import { sectionView, submitProblems } from './quality.rules.js';

const REPORT: LocalizedText = { sv: 'Kvalitetsrapporten', en: 'The quality report' };
const ORGANISATION: LocalizedText = { sv: 'Organisationen', en: 'The organisation' };
const oid = (s: string) => new mongoose.Types.ObjectId(s);
const hex = (id: Types.ObjectId) => id.toHexString();
const NOT_OPEN: LocalizedText = {
  sv: 'Rapporten är inlämnad eller godkänd och kan inte ändras nu. Den kan ändras igen om förvaltningen skickar tillbaka den.',
  en: 'The report has been handed in or approved and cannot be changed now. It can be changed again if the administration sends it back.',
};

/** Query.qualityReport: the report if the viewer may read it, else null (hidden and absent alike). */
export async function findVisibleReport(viewer: Viewer | null, id: unknown): Promise<QualityReportDoc | null> {
  const reportId = toObjectId(id, 'id');
  return findReport(readScope(requireViewer({ viewer })), reportId);
}

/**
 * The reports of an organisation the viewer may read: a school unit's across the years, or for a
 * municipality every report of it (the units' and the organiser's). Organisations are public
 * registry data: an unknown id is NOT_FOUND, a known one without readable reports an empty list.
 */
export async function listQualityReports(
  viewer: Viewer | null,
  args: { organisationId: unknown; year?: number | null },
): Promise<QualityReportDoc[]> {
  const scope = readScope(requireViewer({ viewer }));
  const org = await loadVisible(
    () => findOrganisation(toObjectId(args.organisationId, 'organisationId')),
    () => true,
    ORGANISATION,
  );
  return listReports(
    scope,
    org.kind === 'municipality'
      ? { municipalityCode: org.municipalityCode, year: args.year }
      : { organisationId: org._id, year: args.year },
  );
}

/** The reports (within the scope) whose measures became these action items: ActionItem.qualityMeasures. */
export function reportsOfItems(viewer: Viewer | null, itemIds: readonly Types.ObjectId[]) {
  return reportsWithItems(readScope(requireViewer({ viewer })), itemIds);
}

/** The municipality's template for its units' reports; without one, every optional heading. */
export async function templateOf(
  viewer: Viewer | null,
  municipalityCode: string,
): Promise<Pick<QualityTemplateDoc, 'municipalityCode' | 'headings' | 'guidance' | 'version'>> {
  const scope = readScope(requireViewer({ viewer }));
  const found = await findTemplate(scope, municipalityCode);
  return found ?? { municipalityCode, headings: [...OPTIONAL_HEADINGS], guidance: {}, version: 0 };
}

/** Saves the municipality's template (its administration). */
export async function saveQualityTemplate(viewer: Viewer | null, input: unknown) {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(saveTemplateInput, input, 'input');
  const org = await loadEditable(
    () => findOrganisation(oid(data.organisationId)),
    { canSee: () => true, canEdit: (o) => o.kind === 'municipality' && covers(scope, o.municipalityCode) },
    ORGANISATION,
  );
  return saveTemplate(
    scope,
    org.municipalityCode,
    data.expectedVersion,
    { headings: data.headings, guidance: data.guidance ?? {} },
    (current) => new ConflictError(current && { version: current.version, headings: current.headings }),
  );
}

const covers = (scope: EditScope, code: string) => scope.edit === 'all' || scope.edit.includes(code);

/**
 * Starts a report for a school unit (its principal or the administration) or the municipality (the
 * administration's own report). The template's headings are copied in, and the measures of the
 * unit's latest earlier report are carried forward for their follow-up.
 */
export async function createQualityReport(viewer: Viewer | null, input: unknown): Promise<QualityReportDoc> {
  const v = requireViewer({ viewer });
  const scope = editScope(v);
  const data = parseInput(createReportInput, input, 'input');
  const org = await loadEditable(
    () => findOrganisation(oid(data.organisationId)),
    { canSee: () => true, canEdit: (o) => canStartReport(v, o) },
    ORGANISATION,
  );
  if (org.kind !== 'municipality' && org.kind !== 'schoolUnit')
    throw new BadInputError([
      {
        field: 'input.organisationId',
        message: { sv: 'måste vara en skolenhet eller kommunen', en: 'must be a school unit or the municipality' },
      },
    ]);
  if (await reportOfYear(scope, org._id, data.year))
    throw new BadInputError([
      {
        field: 'input.year',
        message: { sv: 'har redan en rapport för det här läsåret', en: 'already has a report for this school year' },
      },
    ]);
  const template = await templateOf(v, org.municipalityCode);
  const earlier = await latestEarlierReport(scope, org, data.year);
  const now = new Date();
  const followUps: FollowUpDoc[] = (earlier?.measures.measures ?? []).map((m) => ({
    _id: new mongoose.Types.ObjectId(),
    fromReportId: earlier!._id,
    fromYear: earlier!.year,
    measureId: m._id,
    text: m.text,
    ownerName: m.ownerName,
    expectedEffect: m.expectedEffect,
    indicatorKey: m.indicatorKey ?? null,
    actionItemId: earlier!.measureLinks.find((l) => l.measureId.equals(m._id))?.actionItemId ?? null,
    carriedOut: null,
    carriedOutEvidence: null,
    effect: null,
    effectEvidence: null,
  }));
  try {
    return await insertReport(scope, {
      kind: org.kind === 'municipality' ? 'organiser' : 'unit',
      organisationId: org._id,
      organisationCode: org.code,
      municipalityCode: org.municipalityCode,
      year: data.year,
      status: 'draft',
      headings: [...template.headings],
      texts: {
        conditions: { version: 1, text: '' },
        implementation: { version: 1, text: '' },
        results: { version: 1, text: '' },
        analysis: { version: 1, text: '' },
      },
      developmentAreas: { version: 1, areas: [] },
      measures: { version: 1, measures: [] },
      participation: { version: 1 },
      followUps: { version: 1, followUps },
      comments: [],
      history: [{ status: 'draft', at: now, byName: v.name }],
      contributors: [],
      measureLinks: [],
      measureReservations: [],
    });
  } catch (e) {
    // Two starts at once: the unique index lets one through.
    if ((e as { code?: number }).code === 11000)
      throw new BadInputError([
        {
          field: 'input.year',
          message: { sv: 'har redan en rapport för det här läsåret', en: 'already has a report for this school year' },
        },
      ]);
    throw e;
  }
}

async function latestEarlierReport(scope: EditScope, org: OrganisationDoc, year: number) {
  for (let y = year - 1; y >= year - 3; y--) {
    const found = await reportOfYear(scope, org._id, y);
    if (found) return found;
  }
  return null;
}

/** A report to change: NOT_FOUND when hidden or absent, FORBIDDEN when readable but not the viewer's to change. */
async function reportFor(
  scope: EditScope,
  id: string,
  canChange: (viewer: Viewer, report: QualityReportDoc) => boolean,
  refusal?: (report: QualityReportDoc) => LocalizedText | undefined,
): Promise<QualityReportDoc> {
  const report = await loadVisible(
    () => findReport(scope, oid(id)),
    (r) => canReadReport(scope.viewer, r),
    REPORT,
  );
  if (!canChange(scope.viewer, report)) throw new ForbiddenError(refusal?.(report));
  return report;
}

const notOpen = (r: QualityReportDoc) => (isOpenForWriting(r.status) ? undefined : NOT_OPEN);

type SectionPath = `texts.${TextSection}` | 'developmentAreas' | 'measures' | 'participation' | 'followUps';

/**
 * Saves one section against that section's own version, so two people writing different sections
 * never stand in each other's way; a stale version changes nothing and answers CONFLICT with the
 * section as it is now. A report handed in meanwhile answers FORBIDDEN with why.
 */
async function saveSection(
  scope: EditScope,
  report: QualityReportDoc,
  path: SectionPath,
  expectedVersion: number,
  set: Record<string, unknown>,
): Promise<QualityReportDoc> {
  const stamp = { [`${path}.updatedAt`]: new Date(), [`${path}.updatedByName`]: scope.viewer.name };
  return changeReport(
    scope,
    report._id,
    { [`${path}.version`]: expectedVersion, status: mongoose.trusted({ $in: ['draft', 'returned'] }) },
    { $set: { ...set, ...stamp }, $inc: { [`${path}.version`]: 1 } },
    `qualityReport.save.${path}`,
    (current) => {
      if (!current) return new NotFoundError(REPORT);
      if (!isOpenForWriting(current.status)) return new ForbiddenError(NOT_OPEN);
      return new ConflictError(sectionView(current, path));
    },
    (doc) => ({ status: doc.status, section: sectionView(doc, path) }),
  );
}

/** Saves one heading's text. */
export async function saveQualityText(viewer: Viewer | null, input: unknown): Promise<QualityReportDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(saveTextInput, input, 'input');
  const report = await reportFor(scope, data.reportId, canWriteReport, notOpen);
  const section = data.section as TextSection;
  return saveSection(scope, report, `texts.${section}`, data.expectedVersion, { [`texts.${section}.text`]: data.text });
}

/** Keeps the ids of entries that exist, gives new entries new ids; an unknown id is refused. */
function keptId(id: string | null | undefined, known: Set<string>, field: string, problems: FieldProblem[]) {
  if (!id) return new mongoose.Types.ObjectId();
  if (!known.has(id)) problems.push({ field, message: { sv: 'finns inte i rapporten', en: 'is not in the report' } });
  return oid(id);
}

async function checkIndicator(key: string | null | undefined, field: string, problems: FieldProblem[]) {
  if (!key) return null;
  const ids = await indicatorIdsByKey();
  if (!ids.has(key))
    problems.push({ field, message: { sv: 'är ingen känd indikator', en: 'is not a known indicator' } });
  return key;
}

/** Saves the development areas with their causes (the analysis: every area needs a cause before the report is handed in). */
export async function saveDevelopmentAreas(viewer: Viewer | null, input: unknown): Promise<QualityReportDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(saveAreasInput, input, 'input');
  const report = await reportFor(scope, data.reportId, canWriteReport, notOpen);
  const problems: FieldProblem[] = [];
  const knownAreas = new Set(report.developmentAreas.areas.map((a) => hex(a._id)));
  const knownCauses = new Set(report.developmentAreas.areas.flatMap((a) => a.causes.map((c) => hex(c._id))));
  const areas = await Promise.all(
    data.areas.map(async (a, i) => ({
      _id: keptId(a.id, knownAreas, `input.areas.${i}.id`, problems),
      title: a.title,
      theme: a.theme,
      description: a.description ?? null,
      causes: await Promise.all(
        a.causes.map(async (c, j) => ({
          _id: keptId(c.id, knownCauses, `input.areas.${i}.causes.${j}.id`, problems),
          text: c.text,
          evidenceKind: c.evidenceKind,
          evidence: c.evidence,
          indicatorKey: await checkIndicator(c.indicatorKey, `input.areas.${i}.causes.${j}.indicatorKey`, problems),
        })),
      ),
    })),
  );
  if (problems.length) throw new BadInputError(problems);
  return saveSection(scope, report, 'developmentAreas', data.expectedVersion, { 'developmentAreas.areas': areas });
}

/** Saves the measures; each names the cause it targets (a cause of this report), the indicator it should move and its expected effect. */
export async function saveQualityMeasures(viewer: Viewer | null, input: unknown): Promise<QualityReportDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(saveMeasuresInput, input, 'input');
  const report = await reportFor(scope, data.reportId, canWriteReport, notOpen);
  const problems: FieldProblem[] = [];
  const existing = new Set(report.measures.measures.map((m) => hex(m._id)));
  const causes = new Set(report.developmentAreas.areas.flatMap((a) => a.causes.map((c) => hex(c._id))));
  const measures = await Promise.all(
    data.measures.map(async (m, i) => {
      if (m.causeId && !causes.has(m.causeId))
        problems.push({
          field: `input.measures.${i}.causeId`,
          message: { sv: 'är ingen orsak i rapportens analys', en: "is not a cause in the report's analysis" },
        });
      return {
        _id: keptId(m.id, existing, `input.measures.${i}.id`, problems),
        text: m.text,
        ownerName: m.ownerName,
        dueDate: m.dueDate ?? null,
        causeId: m.causeId ? oid(m.causeId) : null,
        indicatorKey: await checkIndicator(m.indicatorKey, `input.measures.${i}.indicatorKey`, problems),
        expectedEffect: m.expectedEffect,
      };
    }),
  );
  if (problems.length) throw new BadInputError(problems);
  return saveSection(scope, report, 'measures', data.expectedVersion, { 'measures.measures': measures });
}

/** Saves who took part in the analysis. */
export async function saveParticipation(viewer: Viewer | null, input: unknown): Promise<QualityReportDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const { reportId, expectedVersion, ...fields } = parseInput(saveParticipationInput, input, 'input');
  const report = await reportFor(scope, reportId, canWriteReport, notOpen);
  const set = Object.fromEntries(
    Object.entries({
      teachers: null,
      teachersHow: null,
      staff: null,
      staffHow: null,
      pupils: null,
      pupilsHow: null,
      guardiansOffered: null,
      guardiansDate: null,
      guardiansHow: null,
      ...fields,
    }).map(([k, value]) => [`participation.${k}`, value ?? null]),
  );
  return saveSection(scope, report, 'participation', expectedVersion, set);
}

/** Saves the follow-up of the measures carried forward: carried out? had effect? Two separate answers. */
export async function saveFollowUps(viewer: Viewer | null, input: unknown): Promise<QualityReportDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(saveFollowUpsInput, input, 'input');
  const report = await reportFor(scope, data.reportId, canWriteReport, notOpen);
  const given = new Map(data.followUps.map((f) => [f.id, f]));
  const problems: FieldProblem[] = data.followUps.flatMap((f, i) =>
    report.followUps.followUps.some((c) => hex(c._id) === f.id)
      ? []
      : [{ field: `input.followUps.${i}.id`, message: { sv: 'finns inte i rapporten', en: 'is not in the report' } }],
  );
  if (problems.length) throw new BadInputError(problems);
  const followUps = report.followUps.followUps.map((c) => {
    const f = given.get(hex(c._id));
    return f
      ? {
          ...c,
          carriedOut: f.carriedOut ?? null,
          carriedOutEvidence: f.carriedOutEvidence ?? null,
          effect: f.effect ?? null,
          effectEvidence: f.effectEvidence ?? null,
        }
      : c;
  });
  return saveSection(scope, report, 'followUps', data.expectedVersion, { 'followUps.followUps': followUps });
}

// Status changes: each is decided on the status the report has, and carries it in its condition,
// so two at once cannot both pass (the second finds the status moved and is refused).

async function moveStatus(
  scope: EditScope,
  report: QualityReportDoc,
  from: readonly QualityReportDoc['status'][],
  to: QualityReportDoc['status'],
  comment?: string | null,
): Promise<QualityReportDoc> {
  const now = new Date();
  const push: Record<string, unknown> = { history: { status: to, at: now, byName: scope.viewer.name } };
  if (comment)
    push.comments = {
      _id: new mongoose.Types.ObjectId(),
      authorId: oid(scope.viewer.personId),
      authorName: scope.viewer.name,
      at: now,
      text: comment,
      status: to,
    };
  return changeReport(
    scope,
    report._id,
    { status: mongoose.trusted({ $in: [...from] }) },
    { $set: { status: to }, $push: push },
    `qualityReport.${to}`,
    (current) =>
      current
        ? new ConflictError(
            { status: current.status },
            {
              sv: 'Rapportens status har ändrats under tiden. Ladda om och se hur den står nu.',
              en: "The report's status changed in the meantime. Reload to see where it stands.",
            },
          )
        : new NotFoundError(REPORT),
    (doc) => ({ status: doc.status }),
  );
}

/** Hands a unit report in for review; the organiser's report is marked approved (done) by its administration. Refused while the analysis lacks causes. */
export async function submitQualityReport(viewer: Viewer | null, id: unknown): Promise<QualityReportDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const report = await reportFor(scope, String(toObjectId(id, 'id')), canSubmitReport, notOpen);
  const problems = submitProblems(report);
  if (problems.length) throw new BadInputError(problems);
  return moveStatus(scope, report, ['draft', 'returned'], report.kind === 'organiser' ? 'approved' : 'submitted');
}

const NOT_SUBMITTED: LocalizedText = {
  sv: 'Bara en inlämnad rapport kan skickas tillbaka eller godkännas, av kommunens förvaltning.',
  en: "Only a handed-in report can be returned or approved, by the municipality's administration.",
};

/** Sends a handed-in report back with a comment saying what to revise (the administration). */
export async function returnQualityReport(viewer: Viewer | null, input: unknown): Promise<QualityReportDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(commentInput, input, 'input');
  const report = await reportFor(scope, data.reportId, canReviewReport, () => NOT_SUBMITTED);
  return moveStatus(scope, report, ['submitted'], 'returned', data.text);
}

/** Approves a handed-in report (the administration), with an optional comment. */
export async function approveQualityReport(viewer: Viewer | null, input: unknown): Promise<QualityReportDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(approveInput, input, 'input');
  const report = await reportFor(scope, data.reportId, canReviewReport, () => NOT_SUBMITTED);
  return moveStatus(scope, report, ['submitted'], 'approved', data.text);
}

/** Adds a comment to a report: the administration, the unit's principal, invited colleagues. */
export async function commentQualityReport(viewer: Viewer | null, input: unknown): Promise<QualityReportDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(commentInput, input, 'input');
  const report = await reportFor(scope, data.reportId, canCommentReport);
  if (report.comments.length >= 300)
    throw new BadInputError([
      {
        field: 'input.text',
        message: { sv: 'rapporten har redan 300 kommentarer', en: 'the report already has 300 comments' },
      },
    ]);
  return changeReport(
    scope,
    report._id,
    { 'comments.299': mongoose.trusted({ $exists: false }) },
    {
      $push: {
        comments: {
          _id: new mongoose.Types.ObjectId(),
          authorId: oid(scope.viewer.personId),
          authorName: scope.viewer.name,
          at: new Date(),
          text: data.text,
          status: report.status,
        },
      },
    },
    'qualityReport.comment',
    () =>
      new BadInputError([
        {
          field: 'input.text',
          message: { sv: 'rapporten har redan 300 kommentarer', en: 'the report already has 300 comments' },
        },
      ]),
    (doc) => ({ comments: doc.comments.length }),
  );
}

/** Invites a colleague of the municipality to comment on or co-write the report (its principal or the administration); inviting again changes the right. */
export async function inviteToQualityReport(viewer: Viewer | null, input: unknown): Promise<QualityReportDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(inviteInput, input, 'input');
  const report = await reportFor(scope, data.reportId, canInviteToReport);
  const personId = await personOfMunicipality(oid(data.personId), report.municipalityCode);
  const [person] = personId ? await findPeople([personId]) : [];
  if (!person)
    throw new BadInputError([
      {
        field: 'input.personId',
        message: { sv: 'är ingen person i kommunen', en: 'is not a person of the municipality' },
      },
    ]);
  if (report.kind === 'organiser' && data.right === 'write')
    throw new BadInputError([
      {
        field: 'input.right',
        message: {
          sv: 'huvudmannens rapport skrivs av förvaltningen; bjud in att kommentera',
          en: 'the administration writes the organiser’s report; invite to comment',
        },
      },
    ]);
  const others = report.contributors.filter((c) => hex(c.personId) !== data.personId);
  if (others.length >= 40)
    throw new BadInputError([
      {
        field: 'input.personId',
        message: { sv: 'rapporten har redan 40 inbjudna', en: 'the report already has 40 invited' },
      },
    ]);
  const contributors = [...others, { personId: person._id, name: person.name, right: data.right ?? 'comment' }];
  return changeReport(
    scope,
    report._id,
    { version: report.version },
    { $set: { contributors } },
    'qualityReport.invite',
    (current) => (current ? new ConflictError({ version: current.version }) : new NotFoundError(REPORT)),
    (doc) => ({ contributors: doc.contributors }),
  );
}

/**
 * Colleagues who may be invited to a report, by name or e-mail: for a unit report the people with a
 * role at the unit, for the organiser's report the municipality's; asked by whoever may invite.
 */
export async function qualityInvitees(
  viewer: Viewer | null,
  args: { reportId: unknown; search?: unknown },
): Promise<PersonDoc[]> {
  const scope = editScope(requireViewer({ viewer }));
  const report = await reportFor(scope, String(toObjectId(args.reportId, 'reportId')), canInviteToReport);
  const search = parseInput(inviteeSearch, args.search ?? '', 'search');
  const { items } = await pagePeopleOf(
    report.municipalityCode,
    { search: search || undefined, includeInactive: false },
    0,
    200,
  );
  const invited = new Set(report.contributors.map((c) => hex(c.personId)));
  return items.filter(
    (p) =>
      p._id.toHexString() !== scope.viewer.personId &&
      !invited.has(p._id.toHexString()) &&
      (report.kind === 'organiser' || p.memberships.some((m) => m.organisationCode === report.organisationCode)),
  );
}

/** Takes an invitation back. */
export async function uninviteFromQualityReport(viewer: Viewer | null, input: unknown): Promise<QualityReportDoc> {
  const scope = editScope(requireViewer({ viewer }));
  const data = parseInput(inviteInput, input, 'input');
  const report = await reportFor(scope, data.reportId, canInviteToReport);
  return changeReport(
    scope,
    report._id,
    {},
    { $pull: { contributors: { personId: oid(data.personId) } } },
    'qualityReport.uninvite',
    () => new NotFoundError(REPORT),
    (doc) => ({ contributors: doc.contributors }),
  );
}

/**
 * Turns a decided measure into an action item of a plan (the administration writes plans): the
 * item takes the measure's text, due date and expected effect, and the report keeps the link, so
 * each shows the other. The measure is reserved first, so two clicks at once make one item.
 */
export async function createItemFromMeasure(
  viewer: Viewer | null,
  input: unknown,
): Promise<{ report: QualityReportDoc; item: ActionItemDoc }> {
  const v = requireViewer({ viewer });
  const scope = editScope(v);
  const data = parseInput(itemFromMeasureInput, input, 'input');
  const report = await reportFor(scope, data.reportId, (viewer, r) => covers(editScope(viewer), r.municipalityCode));
  const measure = report.measures.measures.find((m) => hex(m._id) === data.measureId);
  if (!measure)
    throw new BadInputError([
      { field: 'input.measureId', message: { sv: 'finns inte i rapporten', en: 'is not in the report' } },
    ]);
  const taken = () =>
    new BadInputError([
      {
        field: 'input.measureId',
        message: { sv: 'är redan en aktivitet i en plan', en: 'is already an action item of a plan' },
      },
    ]);
  await changeReport(
    scope,
    report._id,
    {
      'measureLinks.measureId': mongoose.trusted({ $ne: measure._id }),
      measureReservations: mongoose.trusted({ $ne: measure._id }),
    },
    { $addToSet: { measureReservations: measure._id } },
    'qualityReport.reserveMeasure',
    (current) => (current ? taken() : new NotFoundError(REPORT)),
    (doc) => ({ measureReservations: doc.measureReservations }),
  );
  let item: ActionItemDoc;
  try {
    item = await createActionItem(v, {
      areaId: data.areaId,
      text: measure.text,
      description: `Förväntad effekt: ${measure.expectedEffect}`,
      dueDate: measure.dueDate?.toISOString() ?? null,
    });
  } catch (e) {
    await changeReport(
      scope,
      report._id,
      {},
      { $pull: { measureReservations: measure._id } },
      'qualityReport.releaseMeasure',
      () => new NotFoundError(REPORT),
      (doc) => ({
        measureReservations: doc.measureReservations,
      }),
    );
    throw e;
  }
  const linked = await changeReport(
    scope,
    report._id,
    {},
    {
      $push: { measureLinks: { measureId: measure._id, actionItemId: item._id } },
      $pull: { measureReservations: measure._id },
    },
    'qualityReport.measureToItem',
    () => new NotFoundError(REPORT),
    (doc) => ({ measureLinks: doc.measureLinks }),
  );
  return { report: linked, item };
}

/**
 * What waits for the viewer in a municipality, oldest change first: the administration's unit
 * reports handed in for review; a principal's own unit's reports still in draft or sent back.
 */
export async function reportsToAttend(viewer: Viewer | null, municipalityCode: unknown): Promise<QualityReportDoc[]> {
  const v = requireViewer({ viewer });
  const code = parseInput(municipalityCodeInput, municipalityCode, 'municipalityCode');
  const reports = await listReports(readScope(v), { municipalityCode: code });
  const units = new Set(principalUnits(v));
  const reviews = isAdministrationOf(v, code);
  return reports
    .filter(
      (r) =>
        r.kind === 'unit' &&
        ((reviews && r.status === 'submitted') ||
          (units.has(r.organisationCode) && (r.status === 'draft' || r.status === 'returned'))),
    )
    .sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime())
    .slice(0, 50);
}

/** For the organiser's report: the same year's unit reports the viewer may read. */
export async function unitReportsOf(viewer: Viewer | null, report: QualityReportDoc): Promise<QualityReportDoc[]> {
  if (report.kind !== 'organiser') return [];
  const all = await listReports(readScope(requireViewer({ viewer })), {
    municipalityCode: report.municipalityCode,
    year: report.year,
  });
  return all.filter((r) => r.kind === 'unit');
}

/**
 * For the organiser's report: the units expected to report (those with a report this year or the
 * year before) whose report of the year is not handed in: none yet, a draft, or sent back. Shown
 * to the municipality's administration (and an admin) only, who read every report anyway.
 */
export async function unitsNotSubmittedOf(viewer: Viewer | null, report: QualityReportDoc): Promise<Types.ObjectId[]> {
  const v = requireViewer({ viewer });
  const scope = readScope(v);
  if (report.kind !== 'organiser' || !(scope.all === 'all' || scope.all.includes(report.municipalityCode))) return [];
  const [now, before] = await Promise.all([
    listReports(scope, { municipalityCode: report.municipalityCode, year: report.year }),
    listReports(scope, { municipalityCode: report.municipalityCode, year: report.year - 1 }),
  ]);
  const units = new Map<string, Types.ObjectId>();
  for (const r of [...now, ...before]) if (r.kind === 'unit') units.set(hex(r.organisationId), r.organisationId);
  const handedIn = new Set(
    now
      .filter((r) => r.kind === 'unit' && (r.status === 'submitted' || r.status === 'approved'))
      .map((r) => hex(r.organisationId)),
  );
  return [...units].filter(([id]) => !handedIn.has(id)).map(([, id]) => id);
}
