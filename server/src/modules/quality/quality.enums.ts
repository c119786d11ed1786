// The quality module's API enums with their stored values (see indicators/indicator.enums.ts).

/** Where a quality report is in its review: written, handed in, sent back with comments, approved. */
export const reportStatusValues = {
  DRAFT: 'draft',
  SUBMITTED: 'submitted',
  RETURNED: 'returned',
  APPROVED: 'approved',
} as const;
export type ReportStatus = (typeof reportStatusValues)[keyof typeof reportStatusValues];

/** A school unit's own report (the principal's, skollagen 4 kap. 4 §) or the organiser's (3 §). */
export const reportKindValues = { UNIT: 'unit', ORGANISER: 'organiser' } as const;
export type ReportKind = (typeof reportKindValues)[keyof typeof reportKindValues];

/** The report's free-text headings; förutsättningar, genomförande and resultat are optional per template. */
export const textSectionValues = {
  CONDITIONS: 'conditions',
  IMPLEMENTATION: 'implementation',
  RESULTS: 'results',
  ANALYSIS: 'analysis',
} as const;
export type TextSection = (typeof textSectionValues)[keyof typeof textSectionValues];
/** The headings a template may leave out; the analysis is always there. */
export const OPTIONAL_HEADINGS = ['conditions', 'implementation', 'results'] as const satisfies readonly TextSection[];

/** What a cause rests on: a measured result, a survey, or an observation (a lesson visit, a talk). */
export const evidenceKindValues = { MEASUREMENT: 'measurement', SURVEY: 'survey', OBSERVATION: 'observation' } as const;
export type EvidenceKind = (typeof evidenceKindValues)[keyof typeof evidenceKindValues];

/** The themes a development area is grouped under in the organiser's report. */
export const qualityThemeValues = {
  TEACHING: 'teaching',
  READING: 'reading',
  ASSESSMENT: 'assessment',
  SUPPORT: 'support',
  SAFETY: 'safety',
  EQUITY: 'equity',
  LEADERSHIP: 'leadership',
  OTHER: 'other',
} as const;
export type QualityTheme = (typeof qualityThemeValues)[keyof typeof qualityThemeValues];

/** Whether an earlier measure was carried out. */
export const carriedOutValues = { YES: 'yes', PARTLY: 'partly', NO: 'no' } as const;
export type CarriedOut = (typeof carriedOutValues)[keyof typeof carriedOutValues];

/** Whether an earlier measure had the effect it was to have: a separate answer from carried out. */
export const effectAnswerValues = { YES: 'yes', PARTLY: 'partly', NO: 'no', TOO_EARLY: 'tooEarly' } as const;
export type EffectAnswer = (typeof effectAnswerValues)[keyof typeof effectAnswerValues];

/** What an invited colleague may do in a report: comment on it, or also write its sections. */
export const contributorRightValues = { COMMENT: 'comment', WRITE: 'write' } as const;
export type ContributorRight = (typeof contributorRightValues)[keyof typeof contributorRightValues];
