import mongoose, { type Types } from 'mongoose';
import { inEditScope, type EditScope, type MunicipalityScope, type ReadScope } from '../../auth/index.js';
import { createAudited, updateVersioned } from '../audit/index.js';
import { principalUnits } from './quality.policy.js';
import {
  QualityReportModel,
  QualityTemplateModel,
  type QualityReportDoc,
  type QualityTemplateDoc,
} from './quality.model.js';

// Every read and write of quality reports takes the viewer's scope as its first argument. A report
// is read whole by the municipality's administration (the scope's `all`), by its unit's principal
// and by the colleagues invited to it; once approved, by every reading role (the scope's `published`).
// The same rule in memory is canReadReport (quality.policy.ts); the tests hold the two together.

const trusted = mongoose.trusted;
const codes = (scope: MunicipalityScope) => (scope === 'all' ? {} : { municipalityCode: trusted({ $in: [...scope] }) });

/** The query condition that keeps a read of reports inside the scope. */
export function reportFilter(scope: ReadScope): Record<string, unknown> {
  if (scope.all === 'all') return {};
  const branches: Record<string, unknown>[] = [];
  if (scope.all.length) branches.push(codes(scope.all));
  if (scope.published === 'all' || scope.published.length)
    branches.push({ ...codes(scope.published), status: 'approved' });
  const units = principalUnits(scope.viewer);
  if (units.length) branches.push({ kind: 'unit', organisationCode: trusted({ $in: units }) });
  if (scope.viewer) branches.push({ 'contributors.personId': new mongoose.Types.ObjectId(scope.viewer.personId) });
  return branches.length ? { $or: trusted(branches) } : { _id: null };
}

/** One report by id within the scope, or null (hidden and absent alike). */
export function findReport(scope: ReadScope, id: Types.ObjectId): Promise<QualityReportDoc | null> {
  return QualityReportModel.findOne({ _id: id, ...reportFilter(scope) })
    .lean<QualityReportDoc>()
    .exec();
}

/** The reports of an organisation (a unit's across years) or, for a municipality, all of its reports, within the scope. */
export function listReports(
  scope: ReadScope,
  where: { organisationId?: Types.ObjectId; municipalityCode?: string; year?: number | null },
): Promise<QualityReportDoc[]> {
  const filter: Record<string, unknown> = { ...reportFilter(scope) };
  if (where.organisationId) filter.organisationId = where.organisationId;
  if (where.municipalityCode) filter.municipalityCode = where.municipalityCode;
  if (where.year) filter.year = where.year;
  return QualityReportModel.find(filter)
    .sort({ year: -1, organisationCode: 1 })
    .limit(2000)
    .lean<QualityReportDoc[]>()
    .exec();
}

/** The reports within the scope whose measures became one of the action items. */
export function reportsWithItems(scope: ReadScope, itemIds: readonly Types.ObjectId[]): Promise<QualityReportDoc[]> {
  return QualityReportModel.find({
    'measureLinks.actionItemId': trusted({ $in: [...itemIds] }),
    ...reportFilter(scope),
  })
    .lean<QualityReportDoc[]>()
    .exec();
}

/** The organisation's report of a year, whatever the scope: for the uniqueness check and carrying measures forward. */
export function reportOfYear(scope: EditScope, organisationId: Types.ObjectId, year: number) {
  return QualityReportModel.findOne({ organisationId, year }).lean<QualityReportDoc>().exec();
}

/** Creates a report (version 1) with its audit event. */
export function insertReport(
  scope: EditScope,
  doc: Omit<QualityReportDoc, '_id' | 'version' | 'createdAt' | 'updatedAt'>,
) {
  return createAudited<QualityReportDoc>({
    viewer: scope.viewer,
    model: QualityReportModel,
    doc: doc as unknown as Record<string, unknown>,
    action: 'qualityReport.create',
    targetType: 'QualityReport',
  });
}

/**
 * Changes a report with its audit event. `where` carries the conditions the change was decided on
 * (a section's version, the status it leaves); when they no longer hold nothing changes and
 * `conflict` is thrown with the current report.
 */
export async function changeReport(
  scope: EditScope,
  id: Types.ObjectId,
  where: Record<string, unknown>,
  update: Record<string, unknown>,
  action: string,
  conflict: (current: QualityReportDoc | null) => Error,
  auditView?: (doc: QualityReportDoc) => unknown,
): Promise<QualityReportDoc> {
  // updateVersioned looks the document up again with `where` when the change does not apply; these
  // conditions are not the scope but what the change was decided on, so the report is read as it is.
  const stale = new Error('stale');
  try {
    return await updateVersioned<QualityReportDoc>({
      viewer: scope.viewer,
      model: QualityReportModel,
      id,
      where,
      expectedVersion: null,
      update,
      action,
      targetType: 'QualityReport',
      conflict: () => stale,
      auditView,
    });
  } catch (e) {
    if (e !== stale) throw e;
    throw conflict(await QualityReportModel.findById(id).lean<QualityReportDoc>().exec());
  }
}

/** The municipality's template, or null when it has none yet. */
export function findTemplate(_scope: ReadScope, municipalityCode: string): Promise<QualityTemplateDoc | null> {
  return QualityTemplateModel.findOne({ municipalityCode }).lean<QualityTemplateDoc>().exec();
}

/** Creates or changes the municipality's template against the version seen (0: none yet). */
export async function saveTemplate(
  scope: EditScope,
  municipalityCode: string,
  expectedVersion: number,
  set: Pick<QualityTemplateDoc, 'headings' | 'guidance'>,
  conflict: (current: QualityTemplateDoc | null) => Error,
): Promise<QualityTemplateDoc> {
  if (!inEditScope(scope, { municipalityCode })) throw new Error('a write outside the edit scope');
  if (expectedVersion === 0) {
    try {
      return await createAudited<QualityTemplateDoc>({
        viewer: scope.viewer,
        model: QualityTemplateModel,
        doc: { municipalityCode, ...set },
        action: 'qualityTemplate.create',
        targetType: 'QualityTemplate',
      });
    } catch (e) {
      if ((e as { code?: number }).code === 11000)
        throw conflict(await QualityTemplateModel.findOne({ municipalityCode }).lean<QualityTemplateDoc>());
      throw e;
    }
  }
  const current = await QualityTemplateModel.findOne({ municipalityCode }).lean<QualityTemplateDoc>();
  if (!current) throw conflict(null);
  return updateVersioned<QualityTemplateDoc>({
    viewer: scope.viewer,
    model: QualityTemplateModel,
    id: current._id,
    expectedVersion,
    update: { $set: set },
    action: 'qualityTemplate.update',
    targetType: 'QualityTemplate',
    conflict,
  });
}
