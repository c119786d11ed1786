import type { OrganisationDoc } from '../organisations/index.js';
import type { ShownResults } from './panel.service.js';

/** A municipality's panel as the resolvers pass it on. */
export interface PanelView {
  municipality: OrganisationDoc;
}

/** One question's results. */
export type QuestionResultView = ShownResults['questions'][number];
