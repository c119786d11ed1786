// The teacher panel's API enums with their stored values (see indicators/indicator.enums.ts).
// SchoolForm is the annual cycle's list, reused as it is.

/** The kinds of question a poll asks. */
export const questionKindValues = {
  SINGLE_CHOICE: 'single',
  MULTIPLE_CHOICE: 'multiple',
  SCALE: 'scale',
  FREE_TEXT: 'text',
} as const;
export type QuestionKind = (typeof questionKindValues)[keyof typeof questionKindValues];

/** Where a poll stands: written, open for answers, closed (on its date or earlier). */
export const pollStateValues = { DRAFT: 'draft', OPEN: 'open', CLOSED: 'closed' } as const;
export type PollState = (typeof pollStateValues)[keyof typeof pollStateValues];

/** What a poll's audience and results can be divided by: the teacher's school form, subject, unit. */
export const panelDimensionValues = { SCHOOL_FORM: 'schoolForm', SUBJECT: 'subject', UNIT: 'unit' } as const;
export type PanelDimension = (typeof panelDimensionValues)[keyof typeof panelDimensionValues];

/** How one figure of the results is shown: its value, too few answers, or no data. */
export const figureStateValues = { SHOWN: 'shown', TOO_FEW: 'tooFew', NO_DATA: 'noData' } as const;
export type FigureState = (typeof figureStateValues)[keyof typeof figureStateValues];
