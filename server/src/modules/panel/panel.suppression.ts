// Which figures of a poll's results may be shown: the shared suppression rules
// (shared/suppression.ts), where a poll's questions are the tables of one set over the same answers
// and breakdowns, and "items" are answers. A group without any member in the poll's audience is
// "no data" (known from the audience alone, never from who answered).
export {
  crossExposure,
  shownTable,
  suppressTable,
  suppressTableSet as suppressPoll,
  type Cell,
  type CellState,
  type CrossCounts,
  type GroupCounts,
  type Mask,
  type ShownTable,
  type ShownTableSet as ShownQuestion,
  type TableCounts,
  type TableSetCounts as QuestionCounts,
} from '../../shared/suppression.js';
