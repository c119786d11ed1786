import mongoose from 'mongoose';
import { requireViewer, type Viewer } from '../../auth/index.js';
import { ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { notifyOfCoachingExport } from '../notifications/index.js';
import { findOrganisation, findMunicipality } from '../organisations/index.js';
import type { CoachingEntryKind, CoachingSubject, EngagementState } from './coaching.enums.js';
import type { CoachingEntryDoc, EngagementDoc } from './coaching.model.js';
import { engagementAccess, isRegistrarOf } from './coaching.policy.js';
import {
  auditExport,
  engagementFacts,
  exportedEngagement,
  recordsOf,
  type RecordFacts,
} from './coaching.records.repository.js';
import { viewerMunicipality } from './coaching.municipality.js';

// The law, honestly. Stored notes of a municipality can be public documents (allmänna handlingar,
// TF 2 kap.); whether one is secret is decided case by case under offentlighets- och
// sekretesslagen 39 kap. The registrar (registrator) of the municipality lists its engagements as
// facts only (no content, no names) to pick the one a request concerns, and exports that one, whole,
// as material for the assessment. The export is audited (who, when, which; never the content) and
// the engagement's teachers are told that it was made. The registrar's municipalities are in the
// database filter; nobody else reaches content here.

const ENGAGEMENT = { sv: 'Coachningsuppdraget', en: 'The coaching engagement' };

/** The most engagements the registrar's list shows, newest first. */
export const RECORDS_MAX = 1000;

/** An engagement as the registrar lists it: facts only. */
export type CoachingRecordView = RecordFacts;

/** Query.coachingRecords: the registrar's list; FORBIDDEN for other roles of the municipality, NOT_FOUND elsewhere. */
export async function listCoachingRecords(
  viewer: Viewer | null,
  municipalityCode: string,
): Promise<CoachingRecordView[]> {
  const { viewer: v, code } = await viewerMunicipality(viewer, municipalityCode);
  if (!isRegistrarOf(v, code)) throw new ForbiddenError();
  return recordsOf(code, RECORDS_MAX);
}

/** Mutation.exportCoachingEngagement's answer. */
export interface CoachingExportView {
  engagementId: string;
  exportedAt: Date;
  exportedByName: string;
  fileName: string;
  text: string;
  json: string;
}

const SUBJECT_SV: Record<CoachingSubject, string> = {
  svenska: 'svenska',
  svenskaSomAndrasprak: 'svenska som andraspråk',
  bild: 'bild',
  so: 'SO',
  matematik: 'matematik',
  no: 'NO',
};
const STATE_SV: Record<EngagementState, string> = {
  active: 'pågår',
  closed: 'avslutat',
  disposed: 'gallrat (innehållet har tagits bort)',
};
const KIND_SV: Record<CoachingEntryKind, string> = {
  meeting: 'Samtal',
  lessonVisit: 'Lektionsbesök',
  assignment: 'Uppdrag',
  reflection: 'Reflektion',
  nextStep: 'Nästa steg (beslutat av läraren)',
};

const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : '–');
const time = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
const indent = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => `    ${l}`)
    .join('\n');

/** What the export says, built from the stored engagement and its entries. */
export interface ExportMaterial {
  engagement: EngagementDoc;
  entries: CoachingEntryDoc[];
  unitName: string;
  municipalityName: string;
  registrarName: string;
  exportedAt: Date;
}

/** The export as plain text (Swedish, the language of the municipality's records), headed as material for a secrecy assessment. */
export function exportText(m: ExportMaterial): string {
  const e = m.engagement;
  const lines = [
    'MATERIAL FÖR SEKRETESSPRÖVNING',
    'Offentlighets- och sekretesslagen (2009:400) 39 kap.',
    '',
    `Uttaget ur Lyfta ${time(m.exportedAt)} av ${m.registrarName} (registrator), ${m.municipalityName}.`,
    'Handlingen lämnas inte ut förrän en sekretessprövning i det enskilda fallet har gjorts.',
    'Uttaget är loggat och lärarna i uppdraget har fått veta att det gjorts.',
    '',
    `Coachningsuppdrag ${e._id.toHexString()}`,
    `Skolenhet: ${m.unitName}`,
    `Ämne: ${SUBJECT_SV[e.subject]}`,
    `Lärare: ${e.teacherNames.join(', ') || '–'}${e.teamName ? ` (lärarlag: ${e.teamName})` : ''}`,
    `Coach: ${e.coachName}`,
    `Startade: ${day(e.startedAt)}`,
    `Avslutades: ${day(e.closedAt)}`,
    `Status: ${STATE_SV[e.state]}`,
    ...(e.disposedAt ? [`Gallrades: ${day(e.disposedAt)}`] : []),
    `Överenskommelsen: skolledningen ser datum ${e.agreement.sharesDates ? 'ja' : 'nej'}, status ${e.agreement.sharesStatus ? 'ja' : 'nej'}`,
    '',
  ];
  if (e.state === 'disposed') {
    lines.push('Innehållet (mål, anteckningar och sammanfattning) har gallrats och finns inte längre.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`Mål${e.goalSetAt ? ` (satt ${day(e.goalSetAt)})` : ''}:`, e.goal ? indent(e.goal) : '    –', '');
  lines.push(`Anteckningar (${m.entries.length}):`);
  m.entries.forEach((x, i) => {
    const done = x.kind === 'assignment' ? (x.done ? ', klart' : ', inte klart') : '';
    lines.push(
      `${i + 1}. ${KIND_SV[x.kind]}${x.date ? ` ${x.date}` : ''}${done} – ${x.authorName}, skrivet ${time(x.createdAt)}`,
    );
    lines.push(indent(x.text));
  });
  if (!m.entries.length) lines.push('    –');
  lines.push('', 'Lärarens sammanfattning:', e.summary ? indent(e.summary) : '    –');
  return `${lines.join('\n')}\n`;
}

/** The export as JSON: the same heading and the engagement as stored. */
export function exportJson(m: ExportMaterial): string {
  const e = m.engagement;
  return JSON.stringify(
    {
      heading: 'Material för sekretessprövning enligt offentlighets- och sekretesslagen (2009:400) 39 kap.',
      exportedAt: m.exportedAt.toISOString(),
      exportedBy: m.registrarName,
      municipality: m.municipalityName,
      engagement: {
        id: e._id.toHexString(),
        unit: m.unitName,
        subject: e.subject,
        teacherNames: e.teacherNames,
        teamName: e.teamName,
        coachName: e.coachName,
        startedAt: e.startedAt.toISOString(),
        closedAt: e.closedAt?.toISOString() ?? null,
        state: e.state,
        disposedAt: e.disposedAt?.toISOString() ?? null,
        agreement: { sharesDates: e.agreement.sharesDates, sharesStatus: e.agreement.sharesStatus },
      },
      content:
        e.state === 'disposed'
          ? null
          : {
              goal: e.goal,
              goalSetAt: e.goalSetAt?.toISOString() ?? null,
              entries: m.entries.map((x) => ({
                kind: x.kind,
                date: x.date,
                text: x.text,
                done: x.done,
                authorName: x.authorName,
                createdAt: x.createdAt.toISOString(),
              })),
              summary: e.summary,
            },
    },
    null,
    2,
  );
}

const registrarCodes = (viewer: Viewer) => [
  ...new Set(viewer.memberships.filter((m) => m.role === 'registrar').map((m) => m.municipalityCode)),
];

/**
 * Mutation.exportCoachingEngagement. The registrar of the engagement's municipality gets the
 * whole engagement; anyone else who may know of it (its parties, the principal of its unit, the
 * administration, an admin) FORBIDDEN; everyone else NOT_FOUND, exactly as an unknown id: the same
 * two queries are made for every id (the facts, then the content in the registrar's
 * municipalities, which finds nothing for anyone else).
 */
export async function exportCoachingEngagement(viewer: Viewer | null, id: string): Promise<CoachingExportView> {
  const v = requireViewer({ viewer });
  const oid = mongoose.isValidObjectId(id) ? new mongoose.Types.ObjectId(id) : new mongoose.Types.ObjectId();
  const [facts, found] = await Promise.all([engagementFacts(oid), exportedEngagement(oid, registrarCodes(v))]);
  if (!facts || !found || !isRegistrarOf(v, facts.municipalityCode)) {
    if (facts && engagementAccess(v, facts)) throw new ForbiddenError();
    throw new NotFoundError(ENGAGEMENT);
  }
  const { engagement, entries } = found;
  const exportedAt = new Date();
  const [unit, municipality] = await Promise.all([
    findOrganisation(engagement.unitId),
    findMunicipality(engagement.municipalityCode),
  ]);
  const material: ExportMaterial = {
    engagement,
    entries: engagement.state === 'disposed' ? [] : entries,
    unitName: unit?.name ?? '–',
    municipalityName: municipality?.name ?? engagement.municipalityCode,
    registrarName: v.name,
    exportedAt,
  };
  await auditExport(v, engagement, exportedAt);
  await notifyOfCoachingExport({
    engagementId: engagement._id,
    municipalityCode: engagement.municipalityCode,
    teacherIds: engagement.teacherIds,
    registrar: v,
  });
  return {
    engagementId: engagement._id.toHexString(),
    exportedAt,
    exportedByName: v.name,
    fileName: `sekretessprovning-coachning-${engagement._id.toHexString()}-${day(exportedAt)}.txt`,
    text: exportText(material),
    json: exportJson(material),
  };
}
