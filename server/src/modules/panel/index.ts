export type { PanelMemberDoc, PollDoc, QuestionDoc, PollAnswerDoc } from './panel.model.js';
export { K_DEFAULT, K_MAX, K_MIN, K_TEXT, PANEL_MAX, randomId } from './panel.model.js';
export * from './panel.service.js';
export { seedPanel } from './panel.repository.js';
export { canJoinPanel, canManagePolls, canReadPolls } from './panel.policy.js';
export { suppressTable, suppressPoll, type Cell, type CellState } from './panel.suppression.js';
export {
  questionKindValues,
  pollStateValues,
  panelDimensionValues,
  figureStateValues,
  type QuestionKind,
  type PollState,
  type PanelDimension,
  type FigureState,
} from './panel.enums.js';
