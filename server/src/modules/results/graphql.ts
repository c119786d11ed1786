// The results module's door for graphql/ only: its resolvers and the response cache that
// graphql/apollo.ts plugs into Apollo. No other code imports this file.
export { resultsResolvers } from './api/resolvers.js';
export { resultsResponseCache, type ResultsResponseCache } from './api/response-cache.js';
