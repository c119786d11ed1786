// The questions module's door for graphql/ only: its resolvers and its per-request loader factory. No other code imports this file.
export { questionResolvers } from './questions.resolvers.js';
export { createQuestionLoaders, type QuestionLoaders } from './questions.loaders.js';
