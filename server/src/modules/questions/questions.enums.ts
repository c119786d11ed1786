// The questions' API enums with their stored values (see indicators/indicator.enums.ts).

/** Who a question is raised to: the administration (förvaltningen) or the political level. */
export const addresseeValues = { ADMINISTRATION: 'administration', POLITICIANS: 'politicians' } as const;
export type Addressee = (typeof addresseeValues)[keyof typeof addresseeValues];

/** Where a question stands: waiting, an answer being prepared, answered (publicly). */
export const questionStateValues = {
  NOT_ANSWERED: 'notAnswered',
  PREPARING: 'preparing',
  ANSWERED: 'answered',
} as const;
export type QuestionState = (typeof questionStateValues)[keyof typeof questionStateValues];
