import type { FieldProblem } from '../../shared/errors.js';
import type { QualityReportDoc } from './quality.model.js';

// What a report must hold before it is handed in, and how a section is shown in a CONFLICT.

/** The law's words the analysis is held to (prop. 2021/22:160 s. 226). */
export const ANALYSIS_QUOTE = {
  sv: 'Det är inte tillräckligt med enbart en sammanställning eller beskrivning av resultatet.',
  en: 'A compilation or description of the results alone is not enough.',
};

/**
 * Why the report cannot be handed in yet, field by field: the analysis needs at least one
 * development area; every development area needs a cause citing its evidence; every measure names
 * the cause it targets; teachers, other staff and pupils are answered for (skollagen 4 kap. 4 §).
 * An organiser's report is held to the same analysis rule.
 */
export function submitProblems(report: QualityReportDoc): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const areas = report.developmentAreas.areas;
  if (!areas.length)
    problems.push({
      field: 'developmentAreas',
      message: {
        sv: 'behöver minst ett utvecklingsområde med orsaker till resultaten',
        en: 'needs at least one development area with the causes of the results',
      },
    });
  areas.forEach((a, i) => {
    if (!a.causes.some((c) => c.text.trim() && c.evidence.trim()))
      problems.push({
        field: `developmentAreas.${i}.causes`,
        message: {
          sv: `”${a.title}” saknar en orsak med underlag – varför blev resultatet så? ${ANALYSIS_QUOTE.sv}`,
          en: `"${a.title}" lacks a cause with its evidence – why did the result turn out so? ${ANALYSIS_QUOTE.en}`,
        },
      });
  });
  const causes = new Set(areas.flatMap((a) => a.causes.map((c) => c._id.toHexString())));
  report.measures.measures.forEach((m, i) => {
    if (!m.causeId || !causes.has(m.causeId.toHexString()))
      problems.push({
        field: `measures.${i}.causeId`,
        message: {
          sv: `åtgärden ”${m.text.slice(0, 60)}” behöver ange vilken orsak den riktar sig mot`,
          en: `the measure "${m.text.slice(0, 60)}" needs the cause it targets`,
        },
      });
  });
  if (report.kind === 'unit') {
    const p = report.participation;
    const missing = (
      [
        ['teachers', p.teachers, 'lärarnas', "teachers'"],
        ['staff', p.staff, 'övrig personals', "other staff's"],
        ['pupils', p.pupils, 'elevernas', "pupils'"],
      ] as const
    ).filter(([, answer]) => answer === null || answer === undefined);
    for (const [field, , sv, en] of missing)
      problems.push({
        field: `participation.${field}`,
        message: { sv: `ange ${sv} delaktighet`, en: `state the ${en} participation` },
      });
  }
  return problems;
}

const hex = (id: { toHexString(): string } | null | undefined) => id?.toHexString() ?? null;
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** A section as the API shows it, for the `current` of a CONFLICT: the client puts it beside the text the user wrote. */
export function sectionView(report: QualityReportDoc, path: string): Record<string, unknown> {
  const stamp = (m: { version: number; updatedAt?: Date | null; updatedByName?: string | null }) => ({
    version: m.version,
    updatedAt: iso(m.updatedAt),
    updatedByName: m.updatedByName ?? null,
  });
  if (path.startsWith('texts.')) {
    const key = path.slice(6) as keyof QualityReportDoc['texts'];
    const t = report.texts[key];
    return { section: key, ...stamp(t), text: t.text };
  }
  if (path === 'developmentAreas')
    return {
      ...stamp(report.developmentAreas),
      areas: report.developmentAreas.areas.map((a) => ({
        id: hex(a._id),
        title: a.title,
        theme: a.theme,
        description: a.description ?? null,
        causes: a.causes.map((c) => ({
          id: hex(c._id),
          text: c.text,
          evidenceKind: c.evidenceKind,
          evidence: c.evidence,
        })),
      })),
    };
  if (path === 'measures')
    return {
      ...stamp(report.measures),
      measures: report.measures.measures.map((m) => ({
        id: hex(m._id),
        text: m.text,
        ownerName: m.ownerName,
        dueDate: iso(m.dueDate),
        causeId: hex(m.causeId),
        expectedEffect: m.expectedEffect,
      })),
    };
  if (path === 'participation') {
    const { version, updatedAt, updatedByName, guardiansDate, ...rest } = report.participation;
    return { ...stamp({ version, updatedAt, updatedByName }), ...rest, guardiansDate: iso(guardiansDate) };
  }
  return {
    ...stamp(report.followUps),
    followUps: report.followUps.followUps.map((f) => ({
      id: hex(f._id),
      carriedOut: f.carriedOut ?? null,
      carriedOutEvidence: f.carriedOutEvidence ?? null,
      effect: f.effect ?? null,
      effectEvidence: f.effectEvidence ?? null,
    })),
  };
}
