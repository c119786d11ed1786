import type { MeetingDoc } from './meetings.model.js';
import type { ThemeOfFactors } from './meetings.service.js';
import type { TermTally } from './meetings.terms.js';

/** A municipality's meetings as the resolvers pass them on. */
export interface MeetingBoardView {
  municipalityCode: string;
  meetings: MeetingDoc[];
}

/** A dialogue meeting's synthesis. */
export interface MeetingSynthesisView {
  meeting: MeetingDoc;
  themes: ThemeOfFactors[];
}

export type FocusGroupTermView = TermTally;
export type FactorThemeView = ThemeOfFactors;
