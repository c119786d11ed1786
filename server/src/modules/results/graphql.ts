// The results module's door for graphql/ only: its resolvers and the response cache that
// graphql/apollo.ts plugs into Apollo. No other code imports this file.
import type { Resolvers } from '../../graphql/generated/resolvers-types.js';
import { resultsResolvers as figures } from './api/resolvers.js';
import { peerChoiceResolvers } from './api/similar.js';

/** The module's resolver map: the figures and, beside them, the choice of peers. */
export const resultsResolvers: Resolvers = {
  ...figures,
  Query: { ...figures.Query, ...peerChoiceResolvers.Query },
};
export { resultsResponseCache, type ResultsResponseCache } from './api/response-cache.js';
