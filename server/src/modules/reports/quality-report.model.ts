import { swedishDate } from './report.model.js';
import type {
  CarriedOutName,
  EffectAnswerName,
  EvidenceKindName,
  MissingReasonName,
  QualityReportData,
  QualitySectionName,
  QualityStatusName,
  QualityThemeName,
} from './quality-report.query.js';

type Data = NonNullable<QualityReportData['qualityReport']>;

// The board reads Swedish: the labels are those of the report page.
export const QUALITY_STATUS_LABEL: Record<QualityStatusName, string> = {
  DRAFT: 'Utkast',
  SUBMITTED: 'Inlämnad',
  RETURNED: 'Återsänd',
  APPROVED: 'Godkänd',
};
export const SECTION_LABEL: Record<QualitySectionName, string> = {
  CONDITIONS: 'Förutsättningar',
  IMPLEMENTATION: 'Genomförande',
  RESULTS: 'Resultat',
  ANALYSIS: 'Analys',
};
/** Why a figure is missing, as the results pages say it: a missing value is never a zero. */
export const MISSING_LABEL: Record<MissingReasonName, string> = {
  SUPPRESSED: 'Sekretess',
  TOO_FEW_PUPILS: 'För få elever',
  NOT_APPLICABLE: 'Ej tillämpligt',
  NO_DATA: 'Uppgift saknas',
  APPROXIMATE: '≈100 (1–4 elever saknas)',
};
export const THEME_LABEL: Record<QualityThemeName, string> = {
  TEACHING: 'Undervisning',
  READING: 'Språk, läsande och skrivande',
  ASSESSMENT: 'Bedömning och betyg',
  SUPPORT: 'Extra anpassningar och särskilt stöd',
  SAFETY: 'Trygghet och studiero',
  EQUITY: 'Likvärdighet',
  LEADERSHIP: 'Styrning och ledning',
  OTHER: 'Övrigt',
};
export const EVIDENCE_LABEL: Record<EvidenceKindName, string> = {
  MEASUREMENT: 'Mätt resultat',
  SURVEY: 'Enkät',
  OBSERVATION: 'Iakttagelse',
};
const CARRIED_OUT_LABEL: Record<CarriedOutName, string> = { YES: 'Ja', PARTLY: 'Delvis', NO: 'Nej' };
const EFFECT_LABEL: Record<EffectAnswerName, string> = {
  YES: 'Ja',
  PARTLY: 'Delvis',
  NO: 'Nej',
  TOO_EARLY: 'För tidigt att säga',
};
export const NOT_ANSWERED = 'Inte besvarat';
export const CAUSE_GONE = 'Orsaken finns inte längre i analysen';
export const PUPILS_WARNING = 'Eleverna har inte deltagit. Skollagen kräver att de ges möjlighet att delta.';

export interface QualityFigureRow {
  indicator: string;
  /** One text per year, oldest first: the figure, or why it is missing. */
  values: string[];
  missing: boolean[];
}

export interface QualityExportMeasure {
  area: string;
  cause: string;
  text: string;
  owner: string;
  dueDate: string;
  indicator: string;
  expectedEffect: string;
  /** The action item it became, with its plan. */
  actionItem: string;
}

export interface QualityExportFollowUp {
  fromYear: string;
  text: string;
  owner: string;
  expectedEffect: string;
  indicator: string;
  actionItem: string;
  carriedOut: string;
  carriedOutEvidence: string;
  effect: string;
  effectEvidence: string;
}

/** Everything an exported quality report shows, in the order the report page shows it. */
export interface QualityExport {
  reportId: string;
  kind: 'UNIT' | 'ORGANISER';
  kindLabel: string;
  /** "Kvalitetsrapport Kronan 7-9 2025/26" */
  title: string;
  organisation: string;
  municipality: string;
  schoolYear: string;
  status: string;
  /** The day the file was made, in Sweden (YYYY-MM-DD). */
  date: string;
  figures: { years: string[]; rows: QualityFigureRow[]; sources: string[] };
  /** The headings before the follow-up (förutsättningar, genomförande, resultat). */
  textsBefore: Array<{ heading: string; text: string; savedBy: string }>;
  followUps: QualityExportFollowUp[];
  /** The analysis heading, after the follow-up. */
  textsAfter: Array<{ heading: string; text: string; savedBy: string }>;
  areas: Array<{
    title: string;
    theme: string;
    description: string;
    causes: Array<{ text: string; evidenceKind: string; evidence: string; indicator: string }>;
  }>;
  measures: QualityExportMeasure[];
  /** Unit reports only. */
  participation: {
    groups: Array<{ group: string; answer: string; how: string }>;
    pupilsWarning: boolean;
  } | null;
  /** Organiser reports only: the units whose report of the year is not handed in. */
  unitsNotSubmitted: string[] | null;
  comments: Array<{ author: string; at: string; text: string; returned: boolean }>;
  history: Array<{ status: string; at: string; by: string }>;
}

export const schoolYearOf = (year: number) => `${year - 1}/${String(year).slice(2)}`;

const number = (value: number, decimals: number) =>
  new Intl.NumberFormat('sv-SE', { maximumFractionDigits: decimals, minimumFractionDigits: 0 }).format(value);

function municipalityOf(org: Data['organisation']): string {
  for (let o: { name: string; kind: string; parent?: unknown } | null = org; o;) {
    if (o.kind === 'MUNICIPALITY') return o.name;
    o = (o.parent as typeof o | undefined) ?? null;
  }
  return org.name;
}

const yesNo = (value: boolean | null) => (value === null ? NOT_ANSWERED : value ? 'Ja' : 'Nej');
const savedBy = (t: { updatedByName: string | null; updatedAt: string | null }) =>
  t.updatedByName ? `Sparat av ${t.updatedByName} ${swedishDate(t.updatedAt)}`.trim() : '';

/** The export of one quality report as the viewer may read it, made on `now`. */
export function buildQualityReport(data: Data, now: Date): QualityExport {
  const years = data.results[0]?.figures.map((f) => f.year) ?? [data.year - 2, data.year - 1, data.year];
  const rows: QualityFigureRow[] = data.results.map((r) => ({
    indicator: r.indicator.name.sv,
    values: r.figures.map((f) =>
      f.value === null
        ? MISSING_LABEL[f.missingReason ?? 'NO_DATA']
        : `${number(f.value, r.indicator.decimals)}${r.indicator.unit === 'percent' ? ' %' : ''}`,
    ),
    missing: r.figures.map((f) => f.value === null),
  }));
  const sources = [
    ...new Set(data.results.flatMap((r) => r.figures.map((f) => f.source)).filter((s): s is string => !!s)),
  ];

  // As the page shows a reader: an optional heading nobody wrote under is left out; the analysis stays.
  const texts = data.texts
    .filter((t) => t.text || t.section === 'ANALYSIS')
    .map((t) => ({ section: t.section, heading: SECTION_LABEL[t.section], text: t.text, savedBy: savedBy(t) }));

  const areaOfCause = new Map<string, string>();
  for (const area of data.developmentAreas.areas) for (const c of area.causes) areaOfCause.set(c.id, area.title);

  const p = data.participation;
  const participation =
    data.kind === 'UNIT'
      ? {
          groups: [
            { group: 'Lärare', answer: yesNo(p.teachers), how: p.teachersHow ?? '' },
            { group: 'Övrig personal', answer: yesNo(p.staff), how: p.staffHow ?? '' },
            { group: 'Elever', answer: yesNo(p.pupils), how: p.pupilsHow ?? '' },
            {
              group: 'Vårdnadshavare erbjudna',
              answer: yesNo(p.guardiansOffered),
              how: [p.guardiansDate ? swedishDate(p.guardiansDate) : '', p.guardiansHow ?? '']
                .filter(Boolean)
                .join(', '),
            },
          ],
          pupilsWarning: p.pupils === false,
        }
      : null;

  return {
    reportId: data.id,
    kind: data.kind,
    kindLabel: data.kind === 'ORGANISER' ? 'Huvudmannens rapport' : 'Skolenhetens rapport',
    title: `Kvalitetsrapport ${data.organisation.name} ${data.schoolYear}`,
    organisation: data.organisation.name,
    municipality: municipalityOf(data.organisation),
    schoolYear: data.schoolYear,
    status: QUALITY_STATUS_LABEL[data.status],
    date: swedishDate(now),
    figures: { years: years.map(schoolYearOf), rows, sources },
    textsBefore: texts.filter((t) => t.section !== 'ANALYSIS'),
    followUps: data.followUps.followUps.map((f) => ({
      fromYear: schoolYearOf(f.fromYear),
      text: f.text,
      owner: f.ownerName,
      expectedEffect: f.expectedEffect,
      indicator: f.indicator?.name.sv ?? '',
      actionItem: f.actionItem?.text ?? '',
      carriedOut: f.carriedOut ? CARRIED_OUT_LABEL[f.carriedOut] : NOT_ANSWERED,
      carriedOutEvidence: f.carriedOutEvidence ?? '',
      effect: f.effect ? EFFECT_LABEL[f.effect] : NOT_ANSWERED,
      effectEvidence: f.effectEvidence ?? '',
    })),
    textsAfter: texts.filter((t) => t.section === 'ANALYSIS'),
    areas: data.developmentAreas.areas.map((a) => ({
      title: a.title,
      theme: THEME_LABEL[a.theme],
      description: a.description ?? '',
      causes: a.causes.map((c) => ({
        text: c.text,
        evidenceKind: EVIDENCE_LABEL[c.evidenceKind],
        evidence: c.evidence,
        indicator: c.indicator?.name.sv ?? '',
      })),
    })),
    measures: data.measures.measures.map((m) => ({
      area: m.cause ? (areaOfCause.get(m.cause.id) ?? '') : '',
      cause: m.cause ? m.cause.text : m.causeId ? CAUSE_GONE : '',
      text: m.text,
      owner: m.ownerName,
      dueDate: swedishDate(m.dueDate),
      indicator: m.indicator?.name.sv ?? '',
      expectedEffect: m.expectedEffect,
      actionItem: m.actionItem ? `${m.actionItem.text} (${m.actionItem.plan.title})` : '',
    })),
    participation,
    unitsNotSubmitted: data.kind === 'ORGANISER' ? data.unitsNotSubmitted.map((u) => u.name) : null,
    comments: data.comments.map((c) => ({
      author: c.authorName,
      at: swedishDate(c.at),
      text: c.text,
      returned: c.status === 'RETURNED',
    })),
    history: data.history.map((h) => ({ status: QUALITY_STATUS_LABEL[h.status], at: swedishDate(h.at), by: h.byName })),
  };
}
